// GDPR Art. 13(1)(a), 14(1)(a): the identity and contact details of the controller. WP260 rev.01: the
// contact details allow several ways to reach the controller, a postal address among them.
import { defineRule } from '../check/rule.js';
import type { Address, Controller, Register } from '../types.js';

/** What an address lacks to be one a letter can be sent to. */
function missingParts(address: Address): string[] {
  const missing: string[] = [];
  if (!address.street && !address.po_box) missing.push('`street` or `po_box`');
  if (!address.postal_code) missing.push('`postal_code`');
  if (!address.city) missing.push('`city`');
  return missing;
}

/** A Finnish or Swedish postal code: five digits, the Swedish with a space after the third; the country's letters may lead ("FI-00100", "FIN-00100"). */
const NORDIC_CODE = /^(?:(?:FI|FIN|SF|SE|S)-)?(?:\d{5}|\d{3} \d{2})$/u;

/** A postal code of an address in Finland or Sweden, or of no country named, that is not of their form ("282190"). */
function mistyped(address: Address): boolean {
  const code = address.postal_code?.trim();
  const nordic = address.country === undefined || address.country === 'FI' || address.country === 'SE';
  return code !== undefined && nordic && !NORDIC_CODE.test(code);
}

/** A site's page for contacting or support ("https://www.f-secure.com/support", "…/en/contact", "…/ota-yhteytta"), not a page under it ("…/tuki/tietosuojaseloste"): a way to reach the controller. */
const CONTACT_PAGE =
  /^(?:https?:\/\/)?[^/\s]+\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:support|contact|contact-us|yhteystiedot|yhteydenotto|ota-yhteytta|palaute|tuki|asiakaspalvelu|kontakt|kontakta-oss|kundservice|kundtjanst)\/?(?:\.html?)?(?:[?#]\S*)?$/iu;

/** A way to reach the controller other than by letter: its own (its site's contact page too), or that of its contact person or data protection officer. */
function reachableElsewise(register: Register): boolean {
  if (CONTACT_PAGE.test(register.controller?.website ?? '')) return true;
  return [register.controller, register.contact_person, register.dpo].some((c) => Boolean(c?.email || c?.phone || c?.web_form));
}

export default defineRule(
  {
    id: 'controller-contact',
    articles: ['Art. 13(1)(a)', 'Art. 14(1)(a)'],
    severity: 'error',
    description: 'The controller is named and can be reached in writing: by e-mail and at a complete postal address.',
    messages: {
      missing: {
        en: 'Missing `controller`: the notice must say who the controller is and how to contact it (Art. 13(1)(a))',
        fi: 'Puuttuu `controller`: selosteen on kerrottava rekisterinpitäjä ja sen yhteystiedot (13 art. 1 a)',
        sv: '`controller` saknas: beskrivningen måste ange vem den personuppgiftsansvarige är och hur den kan kontaktas (artikel 13.1 a)',
      },
      noWrittenChannel: {
        en: 'The controller{name} has no `email`, `address` or `postal_address`: give at least one way to reach it in writing (Art. 13(1)(a))',
        fi: 'Rekisterinpitäjälle{name} ei ole annettu kenttää `email`, `address` eikä `postal_address`: anna ainakin yksi kirjallinen yhteystieto (13 art. 1 a)',
        sv: 'Den personuppgiftsansvarige{name} har ingen `email`, `address` eller `postal_address`: ange åtminstone ett sätt att nå den skriftligt (artikel 13.1 a)',
      },
      onlyEmail: {
        en: 'The controller{name} gives only an e-mail address: add its postal address in `address` or `postal_address`, so that it can be identified and reached by post (Art. 13(1)(a))',
        fi: 'Rekisterinpitäjästä{name} annetaan vain sähköpostiosoite: lisää postiosoite kenttään `address` tai `postal_address`, jotta rekisterinpitäjä voidaan yksilöidä ja tavoittaa postitse (13 art. 1 a)',
        sv: 'Den personuppgiftsansvarige{name} anger bara en e-postadress: lägg till postadressen i `address` eller `postal_address`, så att den personuppgiftsansvarige kan identifieras och nås per post (artikel 13.1 a)',
        // An e-mail address is a contact detail: a postal address beside it is good practice (WP260), not the letter of the article.
        severity: 'warn',
      },
      countryOnly: {
        en: 'The controller{name} names its country but no address: add its postal address in `address` or `postal_address` (Art. 13(1)(a))',
        fi: 'Rekisterinpitäjän{name} maa kerrotaan, mutta osoitetta ei: lisää postiosoite kenttään `address` tai `postal_address` (13 art. 1 a)',
        sv: 'Den personuppgiftsansvarige{name} anger sitt land men ingen adress: lägg till postadressen i `address` eller `postal_address` (artikel 13.1 a)',
        severity: 'warn',
      },
      onlyPost: {
        en: 'The controller{name} gives only a postal address: add an e-mail address, a phone number or a web form, so that it can be reached in more than one way (Art. 13(1)(a); WP260 rev.01)',
        fi: 'Rekisterinpitäjästä{name} annetaan vain postiosoite: lisää sähköpostiosoite, puhelinnumero tai verkkolomake, jotta rekisterinpitäjän tavoittaa muutenkin kuin kirjeellä (13 art. 1 a; WP260 rev.01)',
        sv: 'Den personuppgiftsansvarige{name} anger bara en postadress: lägg till en e-postadress, ett telefonnummer eller ett webbformulär, så att den kan nås på fler sätt än per brev (artikel 13.1 a; WP260 rev.01)',
        severity: 'warn',
      },
      incompleteAddress: {
        en: 'The controller’s `{key}` lacks {missing}: a letter cannot be sent to it, and the notice gives no e-mail address either (Art. 13(1)(a))',
        fi: 'Rekisterinpitäjän osoitteesta `{key}` puuttuu {missing}: siihen ei voi lähettää kirjettä, eikä selosteessa ole sähköpostiosoitettakaan (13 art. 1 a)',
        sv: 'I den personuppgiftsansvariges `{key}` saknas {missing}: ett brev kan inte skickas dit, och beskrivningen anger inte heller någon e-postadress (artikel 13.1 a)',
      },
      postalCode: {
        en: 'The postal code `{code}` in the controller’s `{key}` is not a Finnish or Swedish postal code of five digits: check it, or give the `country` the address is in (Art. 13(1)(a))',
        fi: 'Postinumero `{code}` rekisterinpitäjän osoitteessa `{key}` ei ole viisinumeroinen suomalainen tai ruotsalainen postinumero: tarkista se, tai anna maa kenttään `country` (13 art. 1 a)',
        sv: 'Postnumret `{code}` i den personuppgiftsansvariges `{key}` är inte ett finskt eller svenskt postnummer med fem siffror: kontrollera det, eller ange landet i `country` (artikel 13.1 a)',
        severity: 'warn',
      },
      incompleteAddressBesideEmail: {
        en: 'The controller’s `{key}` lacks {missing}: a letter cannot be sent to it (Art. 13(1)(a))',
        fi: 'Rekisterinpitäjän osoitteesta `{key}` puuttuu {missing}: siihen ei voi lähettää kirjettä (13 art. 1 a)',
        sv: 'I den personuppgiftsansvariges `{key}` saknas {missing}: ett brev kan inte skickas dit (artikel 13.1 a)',
        severity: 'warn',
      },
    },
  },
  ({ register, report }) => {
    const controller: Controller | undefined = register.controller;
    if (!controller) {
      report([], 'missing');
      return;
    }
    // A controller without a name is reported by the schema (`name` is required); the rest still is.
    const name = typeof controller.name === 'string' && controller.name ? ` \`${controller.name}\`` : '';
    const hasAddress = Boolean(controller.address || controller.postal_address);
    // A phone number or a web form alone leaves no channel for a written request that can be proved later.
    // The register's contact person with a postal address ("Rekisteristä vastaava yhteyshenkilö …, 90570 Oulu") takes its letters.
    const byPost = hasAddress || Boolean(register.contact_person?.address);
    if (!controller.email && !hasAddress) report(['controller'], 'noWrittenChannel', { name });
    else if (!byPost && controller.country) report(['controller', 'country'], 'countryOnly', { name }, 'key');
    else if (!byPost) report(['controller', 'email'], 'onlyEmail', { name }, 'key');
    else if (hasAddress && !reachableElsewise(register)) report(['controller'], 'onlyPost', { name }, 'key');
    const complete = (key: 'address' | 'postal_address'): boolean => {
      const address = controller[key];
      return Boolean(address && typeof address === 'object' && !missingParts(address).length);
    };
    for (const key of ['address', 'postal_address'] as const) {
      const address = controller[key];
      if (!address || typeof address !== 'object') continue;
      // A visiting address given in part ("YY 054/055, Oulun yliopisto, Oulu") beside a whole postal address leaves the controller reachable by post.
      const missing = key === 'address' && complete('postal_address') ? [] : missingParts(address);
      // Beside an e-mail address the controller can still be reached in writing: then it is a warning.
      const id = controller.email ? 'incompleteAddressBesideEmail' : 'incompleteAddress';
      if (missing.length) report(['controller', key], id, { key, missing: missing.join(', ') }, 'key');
      else if (mistyped(address)) report(['controller', key, 'postal_code'], 'postalCode', { key, code: address.postal_code! });
    }
  },
);
