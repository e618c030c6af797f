// GDPR Art. 13(1)(b), 14(1)(b), 37(7): the contact details of a designated data protection officer;
// Art. 37(1)(a): a public authority or body always designates one.
import { defineRule } from '../check/rule.js';
import { sentences, textValues } from '../check/text.js';
import { findWords, words } from '../check/words.js';
import type { Register } from '../types.js';

const OFFICER = words(['tietosuojavastaav*', 'dataskyddsombud*', 'data protection officer*', 'DPO']);
/** A sentence that denies there is an officer, or speaks of one only as a possibility. */
const NOT_SO = words(['ei', 'eikä', 'emme', 'jos', 'mikäli', 'not', 'no', 'if', 'inte', 'ej', 'ingen', 'inget', 'om']);
/** Without an officer, the word right before it: "utan utsett dataskyddsombud", "ilman nimettyä tietosuojavastaavaa", "without a designated DPO". */
const WITHOUT_OFFICER = /(?<!\p{L})(?:utan|ilman|without)\s+(?:an?\s+)?(?:\p{L}+\s+)?(?:dataskyddsombud|tietosuojavastaava|data protection officer|DPO)/iu;
/** The organisation's own officer, in a heading or a list item too: "our data protection officer", "tietosuojavastaavamme". */
const OURS = words(['our data protection officer*', 'our DPO', 'vårt dataskyddsombud', 'vår dataskyddsombud', 'tietosuojavastaavamme', 'tietosuojavastaavaamme', 'tietosuojavastaavallamme', 'tietosuojavastaavaltamme']);
/** An e-mail address or a phone number: the sentence gives a contact. */
const CONTACT = /@|\+?\d[\d ]{5,}\d/u;

/**
 * A sentence of the register's description that says there is a data protection officer: a sentence
 * (not a heading or a label such as "Yhdistyksen tietosuojavastaava", unless it says "our officer")
 * that neither denies it nor makes it a condition, and gives no contact.
 */
function mentionedOfficer(register: Register): string | undefined {
  for (const sentence of sentences(textValues(register.description).join('\n'))) {
    const [word] = findWords(sentence, OFFICER);
    if (!word || findWords(sentence, NOT_SO).length || WITHOUT_OFFICER.test(sentence) || CONTACT.test(sentence)) continue;
    const said = /[.!:]\s*$/u.test(sentence) && sentence.trim().split(/\s+/u).length >= 3;
    if (said || findWords(sentence, OURS).length) return word;
  }
  return undefined;
}

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
      mentioned: {
        en: 'The text speaks of a data protection officer (`{word}`), but the register has no `dpo` with the officer\'s contact details (Art. 13(1)(b))',
        fi: 'Tekstissä mainitaan tietosuojavastaava (`{word}`), mutta rekisterissä ei ole kenttää `dpo` ja tietosuojavastaavan yhteystietoja (13 art. 1 b)',
        sv: 'Texten nämner ett dataskyddsombud (`{word}`), men registret har ingen `dpo` med dataskyddsombudets kontaktuppgifter (artikel 13.1 b)',
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
    else if (!dpo) {
      const word = mentionedOfficer(register);
      if (word) report(['description'], 'mentioned', { word });
    }
    if (!dpo) return;
    if (!dpo.email && !dpo.phone && !dpo.address && !dpo.web_form) report(['dpo'], 'noContact', {}, 'key');
  },
);
