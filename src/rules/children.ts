// GDPR Art. 8(1) and Tietosuojalaki (1050/2018) 5 §: when an information society service is offered
// directly to a child on the basis of consent, a child under 13 in Finland (under 13 to 16 elsewhere in
// the Union, never under 13) cannot consent alone: the holder of parental responsibility gives or
// authorises the consent. Other consent of children is not governed by an age in the Regulation, so the
// rule says nothing of it.
import { defineRule } from '../check/rule.js';
import type { Controller, Register } from '../types.js';

/** The lowest age Art. 8(1) lets a member state set, and the age Finland set. */
const UNION_MINIMUM = 13;
const FINLAND = 13;

/** Established in Finland by what the register says: its country, or a Y-tunnus or an address that names no other country. */
function isFinnish(controller: Controller | undefined): boolean {
  if (!controller) return false;
  if (controller.country) return controller.country === 'FI';
  const addresses = [controller.address, controller.postal_address].filter((a) => a && typeof a === 'object');
  if (addresses.some((a) => a!.country && a!.country !== 'FI')) return false;
  return Boolean(controller.business_id) || addresses.length > 0;
}

function restsOnConsent(register: Register): boolean {
  return (register.purposes ?? []).some((p) => p?.legal_basis === 'consent') || (register.legal_bases ?? []).includes('consent');
}

export default defineRule(
  {
    id: 'children',
    articles: ['Art. 8(1)', 'Tietosuojalaki (1050/2018) 5 §'],
    severity: 'error',
    description: 'Consent asked from children for an online service follows the age limit of Art. 8: 13 years in Finland, younger children through the holder of parental responsibility.',
    messages: {
      underMinimum: {
        en: 'Children consent alone from the age of `{age}`, but no child under 13 can consent alone to an information society service, and `parental_consent` does not say how the holder of parental responsibility consents for them (Art. 8(1))',
        fi: 'Lapsi antaa suostumuksen itse `{age}` vuoden iästä, mutta alle 13-vuotias ei voi yksin antaa suostumusta tietoyhteiskunnan palveluun, eikä `parental_consent` kerro, miten huoltaja antaa suostumuksen (8 art. 1 kohta)',
        sv: 'Barn samtycker själva från `{age}` års ålder, men inget barn under 13 år kan ensamt samtycka till informationssamhällets tjänster, och `parental_consent` anger inte hur den som har föräldraansvar för barnet ger samtycke för det (artikel 8.1)',
      },
      notFinnishAge: {
        en: 'The age limit for a child’s own consent is `{age}`, but in Finland it is 13 years for information society services (Tietosuojalaki 5 §); check the limit, or set `information_society_service: false` if the consent is not for such a service',
        fi: 'Lapsen oman suostumuksen ikäraja on `{age}`, mutta Suomessa se on tietoyhteiskunnan palveluissa 13 vuotta (tietosuojalaki 5 §); tarkista ikäraja tai merkitse `information_society_service: false`, jos suostumus ei koske tällaista palvelua',
        sv: 'Åldersgränsen för ett barns eget samtycke är `{age}`, men i Finland är den 13 år för informationssamhällets tjänster (dataskyddslagen 5 §); kontrollera gränsen, eller ange `information_society_service: false` om samtycket inte gäller en sådan tjänst',
        severity: 'warn',
      },
    },
  },
  ({ register, report }) => {
    const children = register.children;
    if (!children || typeof children.age_limit !== 'number') return;
    if (children.information_society_service === false || !restsOnConsent(register)) return;
    const age = children.age_limit;
    if (age < UNION_MINIMUM && !children.parental_consent) report(['children', 'age_limit'], 'underMinimum', { age });
    else if (age !== FINLAND && isFinnish(register.controller)) report(['children', 'age_limit'], 'notFinnishAge', { age });
  },
);
