// GDPR Art. 12(5), 15(3): access to one's data is free whenever asked; a fee only for further copies
// or manifestly unfounded or excessive requests. "Free once a year" is the repealed Henkilötietolaki 26 §.
import { defineRule } from '../check/rule.js';
import { allTexts, sentences } from '../check/text.js';
import { findWords, languageVersions, listed, mayMatch, words } from '../check/words.js';

/** A limit of once a year: "kerran vuodessa", "once a year", "en gång per år". */
const ONCE_A_YEAR = words([
  'kerran vuodessa', 'kerran kalenterivuodessa', 'kerran vuoden aikana', 'kerran vuoden välein', 'kerran kahdentoista kuukauden aikana',
  'once a year', 'once per year', 'once every year', 'once in a year', 'once per calendar year', 'once a calendar year', 'once every twelve months',
  'en gång per år', 'en gång om året', 'en gång per kalenderår', 'en gång varje år', 'en gång årligen',
]);

/**
 * A limit of what is "reasonable" in extent, which the GDPR does not set: "kohtuullisissa määrin", "within reasonable
 * limits". (Access "at reasonable intervals" is recital 63's own wording, and no limit.)
 */
const WITHIN_REASON = words([
  'kohtuullisissa määrin', 'kohtuullisessa määrin', 'within reasonable limits', 'to a reasonable extent', 'inom rimliga gränser', 'i rimlig omfattning',
]);

/** Access to the data: an inspection, a copy, an extract. */
const ACCESS = words([
  'tarkastu*', 'tarkasta*', 'tarkista*', 'pääsy*', 'otte*', 'kopio*', 'tiedo*', 'tietoje*', 'henkilötie*', 'selvity*',
  'access', 'copy', 'copies', 'extract*', 'inspect*', 'data', 'personal data',
  'registerutdrag*', 'utdrag*', 'kopia*', 'tillgång*', 'insyn*', 'uppgifter*', 'personuppgift*', 'besked*',
]);

/** A sentence that points back to the right named before it: "denna rätt", "tätä oikeutta", "this right". */
const THIS_RIGHT = /(?<!\p{L})(?:denna rätt|den här rätten|rätten|tätä oikeutta|tämän oikeuden|oikeuttaan|oikeuttasi|this right|that right|the right)(?!\p{L})/iu;

/** Free of charge, or a fee. */
const CHARGE = words([
  'maksu*', 'maksuto*', 'maksutta', 'veloitu*', 'ilmai*', 'free', 'charge*', 'fee', 'fees', 'cost*', 'gratis', 'kostnad*', 'avgift*',
]);

/**
 * The words of the first sentence that makes free access a yearly allowance, or one "within reason" (*Tarkastusoikeuden
 * käyttäminen kohtuullisissa määrin on maksutonta*); the access may be named in
 * the sentence before it ("Du har rätt att få ett registerutdrag. Du kan utnyttja denna rätt kostnadsfritt,
 * en gång per kalenderår").
 */
function freeAccessLimit(value: string): string[] {
  if (!mayMatch(value, ONCE_A_YEAR) && !mayMatch(value, WITHIN_REASON)) return [];
  const all = sentences(value);
  for (const [i, sentence] of all.entries()) {
    const once = [...findWords(sentence, ONCE_A_YEAR), ...findWords(sentence, WITHIN_REASON)];
    const access = findWords(sentence, ACCESS).length > 0 || (i > 0 && THIS_RIGHT.test(sentence) && findWords(all[i - 1]!, ACCESS).length > 0);
    if (once.length && access && findWords(sentence, CHARGE).length) return once;
  }
  return [];
}

export default defineRule(
  {
    id: 'access-charge',
    articles: ['Art. 12(5)', 'Art. 15(3)'],
    severity: 'warn',
    description: 'Access to one\'s data is free whenever asked, not once a year: a fee is allowed only for further copies or manifestly unfounded or excessive requests.',
    messages: {
      yearly: {
        en: 'Free access is limited to {found}: access and the first copy are free whenever asked, and a reasonable fee is allowed only for further copies or manifestly unfounded or excessive requests (Art. 12(5), Art. 15(3))',
        fi: 'Maksuton tarkastus on rajattu ({found}): pääsy tietoihin ja ensimmäinen jäljennös ovat maksuttomia aina pyydettäessä, ja kohtuullisen maksun saa periä vain lisäjäljennöksistä tai selvästi perusteettomista tai kohtuuttomista pyynnöistä (12 art. 5, 15 art. 3)',
        sv: 'Avgiftsfri tillgång är begränsad till {found}: tillgång och den första kopian är alltid avgiftsfria när den registrerade begär dem, och en rimlig avgift får tas ut endast för ytterligare kopior eller för uppenbart ogrundade eller orimliga begäranden (artikel 12.5 och 15.3)',
      },
    },
  },
  ({ register, report }) => {
    for (const { path, text } of allTexts(register)) {
      for (const { path: at, value } of languageVersions(path, text)) {
        const found = freeAccessLimit(value);
        if (found.length) report(at, 'yearly', { found: listed(found) });
      }
    }
  },
);
