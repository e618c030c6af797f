// GDPR Art. 7(3), 13(2)(c), 14(2)(d): consent can be withdrawn at any time, as easily as it was given.
import { defineRule } from '../check/rule.js';
import { hasRight } from '../resolve/facts.js';

export default defineRule(
  {
    id: 'consent-withdrawal',
    articles: ['Art. 7(3)', 'Art. 13(2)(c)', 'Art. 14(2)(d)'],
    severity: 'error',
    description: 'A purpose, or a register, resting on consent says how to withdraw it, and the right to withdraw is never restricted.',
    messages: {
      noHow: {
        en: 'Purpose {n} rests on `consent` but does not say in `consent.how_to_withdraw` how to withdraw it, as easily as it was given (Art. 7(3))',
        fi: 'Tarkoitus {n} perustuu suostumukseen, mutta `consent.how_to_withdraw` ei kerro, miten suostumuksen voi peruuttaa yhtä helposti kuin sen antaa (7 art. 3)',
        sv: 'Ändamål {n} grundar sig på `consent` men anger inte i `consent.how_to_withdraw` hur samtycket återkallas, lika lätt som det gavs (artikel 7.3)',
      },
      notConsent: {
        en: 'Purpose {n} describes `consent` but rests on `{basis}`: withdrawal applies only to processing based on consent, so the notice does not show it; change `legal_basis` or remove `consent` (Art. 7(3))',
        fi: 'Tarkoitukselle {n} on kuvattu `consent`, mutta se perustuu arvoon `{basis}`: peruuttaminen koskee vain suostumukseen perustuvaa käsittelyä, joten selosteessa sitä ei näytetä; muuta `legal_basis` tai poista `consent` (7 art. 3)',
        sv: 'Ändamål {n} beskriver `consent` men grundar sig på `{basis}`: återkallande gäller endast behandling som grundar sig på samtycke, så beskrivningen visar det inte; ändra `legal_basis` eller ta bort `consent` (artikel 7.3)',
      },
      noHowRegister: {
        en: 'The register rests on `consent` in `legal_bases`, but no purpose says in `consent.how_to_withdraw` how to withdraw it, as easily as it was given (Art. 7(3), Art. 13(2)(c))',
        fi: 'Rekisterin oikeusperusteissa `legal_bases` on suostumus `consent`, mutta yhdenkään tarkoituksen `consent.how_to_withdraw` ei kerro, miten suostumuksen voi peruuttaa yhtä helposti kuin sen antaa (7 art. 3, 13 art. 2 c)',
        sv: 'Registret grundar sig på `consent` i `legal_bases`, men inget ändamål anger i `consent.how_to_withdraw` hur samtycket återkallas, lika lätt som det gavs (artikel 7.3 och 13.2 c)',
      },
      restricted: {
        en: 'Restriction of `withdraw_consent`: consent can be withdrawn at any time, so this right cannot be restricted (Art. 7(3))',
        fi: 'Oikeutta `withdraw_consent` rajoitetaan: suostumuksen voi peruuttaa milloin tahansa, joten oikeutta ei voi rajoittaa (7 art. 3)',
        sv: 'Begränsning av `withdraw_consent`: samtycke kan återkallas när som helst, så den här rättigheten kan inte begränsas (artikel 7.3)',
      },
    },
  },
  ({ register, facts, report }) => {
    register.purposes?.forEach((purpose, i) => {
      const n = purpose.id ? `\`${purpose.id}\`` : `${i + 1}`;
      if (purpose.consent && purpose.legal_basis && purpose.legal_basis !== 'consent') {
        report(['purposes', i, 'consent'], 'notConsent', { n, basis: purpose.legal_basis }, 'key');
      }
      if (purpose.legal_basis !== 'consent' || purpose.consent?.how_to_withdraw) return;
      report(['purposes', i], 'noHow', { n });
    });
    // Consent named for the register as a whole, tied to no purpose, still needs a way to withdraw it.
    const purposes = register.purposes ?? [];
    const registerConsent = Array.isArray(register.legal_bases) && register.legal_bases.includes('consent');
    if (registerConsent && !purposes.some((p) => p.legal_basis === 'consent' || p.consent?.how_to_withdraw)) report(['legal_bases'], 'noHowRegister', {}, 'key');
    // A restriction of a right that does not apply at all is `rights-restriction`'s to report.
    if (!hasRight(facts, 'withdraw_consent')) return;
    register.rights?.restrictions?.forEach((r, i) => {
      if (r.right === 'withdraw_consent') report(['rights', 'restrictions', i, 'right'], 'restricted');
    });
  },
);
