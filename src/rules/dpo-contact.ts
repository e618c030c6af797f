// GDPR Art. 13(1)(b), 14(1)(b), 37(7): the contact details of a designated data protection officer.
import { defineRule } from '../check/rule.js';

export default defineRule(
  {
    id: 'dpo-contact',
    articles: ['Art. 13(1)(b)', 'Art. 14(1)(b)', 'Art. 37(7)'],
    severity: 'error',
    description: 'A designated data protection officer can be contacted directly: by e-mail, phone, post or web form.',
    messages: {
      noContact: {
        en: 'The data protection officer has no `email`, `phone`, `address` or `web_form`: the notice must give the officer\'s contact details, a name is not enough (Art. 13(1)(b))',
        fi: 'Tietosuojavastaavalle ei ole annettu kenttää `email`, `phone`, `address` eikä `web_form`: selosteessa on oltava tietosuojavastaavan yhteystiedot, pelkkä nimi ei riitä (13 art. 1 b)',
      },
    },
  },
  ({ register, report }) => {
    const dpo = register.dpo;
    if (!dpo) return;
    if (!dpo.email && !dpo.phone && !dpo.address && !dpo.web_form) report(['dpo'], 'noContact', {}, 'key');
  },
);
