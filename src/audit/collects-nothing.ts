/**
 * A notice that says no personal data reach its publisher: the app keeps what it stores on the user's
 * own device ("tallentaa tietoja ainoastaan käyttäjän laitteelle", "käyttäjän omalle laitteelle", "stored only on your device",
 * "sparas endast på din enhet"), or the service collects none ("emme kerää henkilötietoja", "we do not
 * collect any personal data", "vi samlar inte in några personuppgifter"). What Art. 13 asks of a
 * controller (bases, rights, retention) is then not asked; a notice that goes on to say what it does
 * collect (other than on the device: "käsitellään paikallisesti"; or only in a change it foresees later),
 * or that it uses cookies or analytics, is read as any other. A sentence about cookies or files ("stored on
 * your own device") says where the browser keeps them, not that no data reach the publisher.
 */
import type { Passage } from './passages.js';

const NOTHING = [
  /(?:ainoastaan|vain|pelkästään)\s+(?:\p{L}+\s+){0,2}(?:laitteelle|laitteellesi|laitteessa|laitteessasi|puhelimeen|puhelimessa)(?!\p{L})/iu,
  /(?<!\p{L})(?:emme|ei)\s+(?:\p{L}+\s+){0,2}(?:kerää|keräämme|tallenna|tallennamme)\s+(?:mitään\s+|lainkaan\s+)?(?:henkilö)?tieto/iu,
  /\b(?:only|solely|exclusively)\s+(?:\w+\s+){0,2}on\s+(?:your|the user's|the user’s)\s+(?:own\s+)?(?:device|phone)\b/iu,
  /\b(?:never leaves?|stays? on|remains? on)\s+(?:your|the user's|the user’s)\s+(?:own\s+)?(?:device|phone)\b/iu,
  /\b(?:do|does|will) not (?:collect|store|process) any personal (?:data|information)\b/iu,
  /(?<!\p{L})(?:endast|bara|enbart)\s+(?:\p{L}+\s+){0,1}på\s+(?:din|användarens)\s+(?:egen\s+)?(?:enhet|telefon|mobil)(?!\p{L})/iu,
  /(?<!\p{L})samla[rs]?\s+(?:vi\s+)?inte\s+in\s+(?:några\s+)?personuppgifter/iu,
  // kept on the user's own device: "tallentaa käyttötiedot käyttäjän omalle laitteelle", "stored on your own device"
  /(?<!\p{L})(?:tallent\p{L}*|säilyt\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:käyttäjän|sinun)\s+omalle\s+laitteelle(?!\p{L})/iu,
  /\b(?:stored|kept|saved|stores|keeps|saves)\s+(?:\w+\s+){0,2}on\s+(?:your|the user's|the user’s)\s+own\s+(?:device|phone)\b/iu,
  /(?<!\p{L})(?:sparas|lagras|sparar|lagrar)\s+(?:\p{L}+\s+){0,2}på\s+(?:din|användarens)\s+egen\s+(?:enhet|telefon|mobil)(?!\p{L})/iu,
];

/** The publisher saying it collects or processes data after all, or tracks visitors. */
const COLLECTS = [
  /(?<!\p{L})(?:keräämme|käsittelemme|tallennamme|kerätään|käsitellään)(?!\p{L})/iu,
  /\bwe (?:collect|process|store|record|use your)\b/iu,
  /(?<!\p{L})vi (?:samlar in|behandlar|lagrar|sparar)(?!\p{L})/iu,
  /eväste|cookie|(?<!\p{L})kakor|analytics|analytiik|statistik|tilasto/iu,
];
const TRACKS = COLLECTS[COLLECTS.length - 1]!;

/** A sentence about cookies or files ("Cookies are small text files stored on your own device"): what a browser keeps, not where a service keeps its data. */
const FILES = /eväste|cookie|(?<!\p{L})kak(?:a|or|orna)(?!\p{L})|tiedosto|text ?files?|textfil/iu;

const NEGATED = /(?<!\p{L})(?:ei|emme|not|never|inte|aldrig)(?!\p{L})/iu;

/** A change the notice foresees: "päivitetään, jos sovellukseen myöhemmin lisätään … analytiikkaa", "if we later add analytics". */
const FORESEEN = /(?<!\p{L})(?:jos|mikäli|if|om)(?!\p{L})[^.!?]{0,200}?(?<!\p{L})(?:myöhemmin|tulevaisuudessa|later|in the future|i framtiden)(?!\p{L})/iu;

/** Processing said to happen on the user's device: "käsitellään paikallisesti", "processed locally", "behandlas lokalt". */
const LOCAL = /(?<!\p{L})(?:paikallise\p{L}*|laitteella\p{L}*|locally|lokalt)(?!\p{L})|\bon (?:your|the user's|the user’s|the) device\b|(?<!\p{L})på (?:din |användarens )?enhet(?:en)?(?!\p{L})/iu;

/** The sentence that says no personal data reach the publisher, where nothing else says they do. */
export function collectsNothing(passages: readonly Passage[]): Passage | undefined {
  const said = passages.find((p) => !FILES.test(p.text) && NOTHING.some((re) => re.test(p.text)));
  if (!said) return undefined;
  // Processing on the device collects nothing, unless the sentence speaks of cookies or analytics.
  const onDevice = (t: string): boolean => LOCAL.test(t) && !TRACKS.test(t);
  const collects = passages.some((p) => p !== said && !NEGATED.test(p.text) && !onDevice(p.text) && !FORESEEN.test(p.text) && COLLECTS.some((re) => re.test(p.text)));
  return collects ? undefined : said;
}
