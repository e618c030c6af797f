// GDPR Art. 13(1)(a), 14(1)(a), 27: a controller not established in the EEA names its representative in the Union.
import { defineRule } from '../check/rule.js';
import { isEea } from '../data/data.js';

export default defineRule(
  {
    id: 'representative',
    articles: ['Art. 13(1)(a)', 'Art. 14(1)(a)', 'Art. 27'],
    severity: 'error',
    description: 'A controller established outside the EEA names its representative in the Union, with contact details.',
    messages: {
      missing: {
        en: 'Controller is established in `{country}`, outside the EEA, but no `representative` is named: give the identity and contact details of its representative in the Union (Art. 13(1)(a), Art. 27)',
        fi: 'Rekisterinpitäjä on sijoittautunut ETA-alueen ulkopuolelle (`{country}`), mutta `representative` puuttuu: kerro unionissa olevan edustajan identiteetti ja yhteystiedot (13 art. 1 a, 27 art.)',
        sv: 'Den personuppgiftsansvarige är etablerad i `{country}`, utanför EES, men ingen `representative` anges: ange identitet och kontaktuppgifter för dess företrädare i unionen (artikel 13.1 a och 27)',
      },
      noContact: {
        en: 'Representative `{name}` has no `email`, `phone` or `address`: a name alone is not contact details (Art. 13(1)(a))',
        fi: 'Edustajalle `{name}` ei ole annettu kenttää `email`, `phone` eikä `address`: pelkkä nimi ei ole yhteystieto (13 art. 1 a)',
        sv: 'Företrädaren `{name}` har ingen `email`, `phone` eller `address`: ett namn ensamt är inga kontaktuppgifter (artikel 13.1 a)',
      },
    },
  },
  ({ register, report }) => {
    const controller = register.controller;
    const representative = register.representative;
    if (controller && !representative) {
      const key = controller.address?.country ? 'address' : controller.postal_address?.country ? 'postal_address' : undefined;
      const country = key ? controller[key]?.country : undefined;
      if (key && country && !isEea(country)) report(['controller', key, 'country'], 'missing', { country });
    }
    if (representative && !representative.email && !representative.phone && !representative.address) {
      report(['representative'], 'noContact', { name: representative.name });
    }
  },
);
