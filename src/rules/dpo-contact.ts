// GDPR Art. 13(1)(b), 14(1)(b), 37(7): the contact details of a designated data protection officer;
// Art. 37(1)(a): a public authority or body always designates one.
import { defineRule } from '../check/rule.js';

export default defineRule(
  {
    id: 'dpo-contact',
    articles: ['Art. 13(1)(b)', 'Art. 14(1)(b)', 'Art. 37(1)(a)', 'Art. 37(7)'],
    severity: 'error',
    description: 'A designated data protection officer can be contacted directly: by e-mail, phone, post or web form; a public authority names one.',
    messages: {
      publicAuthority: {
        en: 'The controller is a public authority but the register has no `dpo`: a public authority must designate a data protection officer and give the officer\'s contact details (Art. 37(1)(a), Art. 13(1)(b))',
        fi: 'Rekisterinpitäjä on viranomainen, mutta rekisterissä ei ole kenttää `dpo`: viranomaisen on nimettävä tietosuojavastaava ja annettava tämän yhteystiedot (37 art. 1 a, 13 art. 1 b)',
        sv: 'Den personuppgiftsansvarige är en myndighet men registret har ingen `dpo`: en myndighet ska utse ett dataskyddsombud och ange dataskyddsombudets kontaktuppgifter (artikel 37.1 a och 13.1 b)',
      },
      noContact: {
        en: 'The data protection officer has no `email`, `phone`, `address` or `web_form`: the notice must give the officer\'s contact details, a name is not enough (Art. 13(1)(b))',
        fi: 'Tietosuojavastaavalle ei ole annettu kenttää `email`, `phone`, `address` eikä `web_form`: selosteessa on oltava tietosuojavastaavan yhteystiedot, pelkkä nimi ei riitä (13 art. 1 b)',
        sv: 'Dataskyddsombudet har ingen `email`, `phone`, `address` eller `web_form`: beskrivningen måste ange dataskyddsombudets kontaktuppgifter, ett namn räcker inte (artikel 13.1 b)',
      },
    },
  },
  ({ register, report }) => {
    const dpo = register.dpo;
    if (!dpo && register.controller?.public_authority === true) report(['controller', 'public_authority'], 'publicAuthority');
    if (!dpo) return;
    if (!dpo.email && !dpo.phone && !dpo.address && !dpo.web_form) report(['dpo'], 'noContact', {}, 'key');
  },
);
