/** Whether a piece of a contact block is a name: of an organisation in any form, or of a person. */
import { NAME, SUFFIX, validName } from './contact-details.js';

/** Short words that join the words of a name: "Föreningen för …", "Society of …". */
const JOINERS = new Set('ja sekä och för i av på of and the for in de du'.split(' '));

/** Verbs that make a piece a sentence about the controller, not its name. */
const VERBS = new Set(
  (
    'on ovat toimii vastaa käsittelee ylläpitää kerää är ansvarar behandlar drivs ägs is are acts processes collects operated run owned ' +
    // a question that leads to the address ("Har du frågor, kontakta oss på …"), no name
    'har have has ' +
    // a clause before an address ("Kysymyksiin vastataan osoitteessa", "Frågor besvaras på"), no name
    'vastataan käsitellään lähetetään besvaras hanteras behandlas skickas answered handled sent'
  ).split(' '),
);

/** Words of a contact sentence that carry nothing once its details are taken out. */
const FILLER = new Set(
  (
    'our can be reached at the is are you by via may contact contacted write and for with from here or us to please ' +
    'voi voit voitte tavoittaa tavoitat osoitteesta osoitteessa osoitteeseen sähköpostitse puhelimitse numerosta numerossa numeroon yhteyttä ottaa sekä tai ja on myös ' +
    'kan nås på via eller och är du ni kontakta oss per'
  ).split(' '),
);

export function isFiller(fragment: string): boolean {
  return fragment.split(/[^\p{L}\d]+/u).every((w) => !w || FILLER.has(w.toLowerCase()));
}

/** Words that start a clause: "…, jonka tavoittaa …", "…, who can …". */
const CLAUSE = new Set('jonka joka joihin som vars who which whom'.split(' '));

/** A name that opens with a web domain written in lower case, words after it: "example.works - Plattform für Datenschutz". */
const DOMAIN_FIRST = /^\p{Ll}[\p{L}\d-]*\.\p{Ll}{2,}\s+\S*\s*\p{Lu}/u;

/** A piece with an address in it, not a name: a house number at its end ("… Satamatie 5"), a number before a street ("… 12 High Street"), a British postcode. */
const ADDRESS_LIKE = new RegExp(String.raw`\s\d{1,4}(?:[ \t]?[A-Za-z])?$|(?<![\p{L}\d])\d{1,4}[ \t]+(?!${SUFFIX}(?![\p{L}]))\p{Lu}|(?<![\p{L}\d])[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![\p{L}\d])`, 'u');

/** Abbreviations written with a colon inside: a sole trader's "T:mi" (toiminimi), the "S:t" of a saint's name. */
const ABBREVIATED = /(?<![\p{L}])(?:T:mi|S:t)(?![\p{L}])/gu;

/**
 * An organisation's or a person's name, whatever its form ("Sisäministeriö", "Espoon kaupunki",
 * "Tmi Matti Meikäläinen", "X församling"): short, capitalised (or opening with its web domain),
 * not a sentence.
 */
export function isOrganisationName(s: string): boolean {
  if (s.length < 2 || s.length > 100 || !/^[\p{Lu}\d]/u.test(s) && !DOMAIN_FIRST.test(s) || /[:!?]$|\d{3}/u.test(s) || ADDRESS_LIKE.test(s)) return false;
  // A colon inside a word is a label's ("Puh:040"), not a name's, but in the abbreviations "T:mi" (toiminimi) and "S:t" (Sankt).
  if (/:\p{L}/u.test(s.replace(ABBREVIATED, ''))) return false;
  const words = s.split(/\s+/u);
  if (words.length > 8) return false;
  const lower = words.filter((w) => /^\p{Ll}{3,}/u.test(w) && !JOINERS.has(w)).length;
  return lower <= 2 && !words.some((w) => VERBS.has(w.toLowerCase())) && !CONDITION_FIRST.test(s);
}

/** A clause that opens on a condition is no name: "If you reside in the European Union", "Jos asut …", "Om du bor …". */
const CONDITION_FIRST = /^(?:[Ii]f|[Ww]hen|[Ww]here|[Ww]hether|[Uu]nless|[Jj]os|[Kk]un|[Mm]ikäli|[Ee]llei|[Oo]m|[Nn]är|[Ii]fall)\s+\p{Ll}/u;

/**
 * An organisation's name under a label that says it is one ("Yhdistyksen nimi: Oskillaatio – Helsingin
 * yliopiston fysikaalisten tieteiden alumnit ry"): as long as an association's name may be, lower-case
 * words and dashes allowed, but no sentence.
 */
export function isLabelledOrganisationName(s: string): boolean {
  if (isOrganisationName(s)) return true;
  const words = s.split(/\s+/u);
  // A full stop ends a sentence, not an abbreviated form ("r.y.", "Inc.").
  const sentenceEnd = /[:!?]$/u.test(s) || (/\.$/u.test(s) && !/(?:^|\s)(?:\p{L}\.){2,}$|\s\p{Lu}\p{L}{0,3}\.$/u.test(s));
  return s.length <= 120 && /^[\p{Lu}\d]/u.test(s) && !sentenceEnd && words.length <= 12 && !words.some((w) => VERBS.has(w.toLowerCase()));
}

const PERSON = new RegExp(`^${NAME}$`, 'u');

/** A person's name: two or three capitalised words ("Anna-Karin Lindqvist"). */
export function isPersonName(s: string): boolean {
  return PERSON.test(s) && validName(s);
}

/** A job title written before a person's name, capitalised or not: "Hallintojohtaja Anna Aho", "sihteeri Ville Vaara", "Chef Erik Holm". */
const TITLE_WORD =
  /^\p{L}*?(?:johtaja|päällikkö|sihteeri|vastaava|asiantuntija|koordinaattori|suunnittelija|tutkija|esimies|rehtori|lakimies|hoitaja|tiedottaja|terapeutti|lääkäri|valmentaja|kouluttaja|yrittäjä|omistaja|terapeut|läkare|ägare|grundare|therapist|owner|founder|chef|direktör|ansvarig|sekreterare|ordförande|kassör|skattmästare|jurist|forskare|handläggare|samordnare|manager|director|officer|secretary|chair|chairperson|chairman|president|treasurer|coordinator|administrator|head|researcher)$/iu;

/** A word of rank before a title: "Johtava asiantuntija", "Senior Advisor", "Biträdande jurist". */
const RANK = /^(?:johtava|vanhempi|ylempi|senior|lead|chief|principal|ledande|biträdande|förste)$/iu;

/**
 * A title of one word, or of a word in the genitive or of rank and the title: "Hallituksen puheenjohtaja", "Styrelsens
 * ordförande", "Johtava asiantuntija"; and a profession after such a title: "Yrityksen omistaja puheterapeutti".
 */
function isTitleBefore(words: readonly string[]): boolean {
  const [first, second, third] = words;
  if (words.length === 1) return TITLE_WORD.test(first!);
  const titled = (/^\p{L}+(?:n|s)$/u.test(first!) || RANK.test(first!)) && TITLE_WORD.test(second!);
  if (words.length === 3) return titled && /^\p{Ll}/u.test(third!) && TITLE_WORD.test(third!);
  return words.length === 2 && titled;
}

/** A title and a name in one piece, when the title stands first. */
export function titledName(s: string): { title: string; name: string } | undefined {
  const words = s.split(/\s+/u);
  for (const size of [1, 2, 3]) {
    const title = words.slice(0, size);
    const name = words.slice(size).join(' ');
    if (isTitleBefore(title) && isPersonName(name)) return { title: title.join(' '), name };
  }
  return undefined;
}

/** A company form in any case: "ESIMERKKI RY" is no one's name. */
const ANY_CASE_SUFFIX = new RegExp(String.raw`(?:^|\s)${SUFFIX}$`, 'iu');

/** A person's name written in capitals: "MATTI MEIKÄLÄINEN", "ANNA-KARIN LINDQVIST". */
export function isCapitalsName(s: string): boolean {
  if (!/^[\p{Lu}-]{2,}(?:\s+[\p{Lu}-]{2,}){1,2}$/u.test(s) || ANY_CASE_SUFFIX.test(s)) return false;
  const cased = s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, at: string, first: string) => at + first.toUpperCase());
  return isPersonName(cased);
}

/** A job title after a person's name: words only. */
export function isTitle(s: string): boolean {
  const words = s.toLowerCase().split(/\s+/u);
  return s.length >= 3 && s.length <= 60 && /^[\p{L}][\p{L} .'’-]*$/u.test(s) && words.length <= 5 && !words.some((w) => FILLER.has(w) || CLAUSE.has(w));
}

/** A fragment without its blanks and the dashes or colons around it; a final full stop after a word. */
export function cleanFragment(s: string): string {
  // A name ends on no preposition or conjunction: "Klimatbyrån med" before its number ("med organisationsnummer 802537-8814").
  const t = s.replace(/^[\s.:：–—-]+|[\s:：,–—-]+$/gu, '').replace(/\s+(?:med|with|och|and|ja|sekä|samt)$/u, '');
  // A sentence's full stop after a word or a company form ("… is Zervant Oy."), not the dot of an initial ("Anna A.") or of "r.y.".
  const last = t.split(/\s+/u).pop() ?? '';
  // The dot of an abbreviated company form is the name's own ("Ticketless Ltd.", "Example Inc.").
  if (/^(?:Ltd|Inc|Corp|Co|Plc|Pty|Bros)\.$/u.test(last)) return t;
  return /\p{L}{2,}\.$/u.test(last) && !/\..+\.$/u.test(last) ? t.slice(0, -1) : t;
}

/** One organisation's name, written the same but for case, spacing and a final dot ("Jolla Ltd." and "Jolla Ltd"). */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const plain = (n: string): string => n.replace(/\s+/gu, ' ').trim().replace(/\.$/u, '').toLowerCase();
  return plain(a) === plain(b);
}
