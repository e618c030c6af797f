/**
 * Findings on the draft that the sentence of the notice they stand at settles, with the sentences
 * around it: a hedged disclosure or source that leads into the list of the recipients or sources it speaks
 * of ("Tietoja voidaan luovuttaa, kun … Tietoja käsittelevät:" and the list), which the list settles, and a hedged
 * collecting that leads into the list of what is collected ("Rekisteriin voidaan tallentaa seuraavia tietoja:"); data kept
 * "as long as necessary" in the sentence that leads into the times the part goes on to give.
 */
import type { Diagnostic } from '../diagnostic.js';
import { messageIdOf } from './message-id.js';
import type { Passage } from './passages.js';
import { ANY_PARTY } from '../import/recognise/recipient-words.js';

/** A verb of giving data out or getting them: "luovuttaa", "shared", "lämnas ut", "saada". */
const GIVE_OR_GET = /(?<!\p{L})(?:luovut|julkai|jae|jaa|välit|saad|saa(?!t)|lämna|dela|hämta|inhämta|disclos|shar|publish|pass|obtain|receiv)/iu;

/** The parties data are given to, which a hedged sentence may use ("Voimme käyttää … palveluntarjoajia", "We may use service providers"). */
const PARTIES = /palveluntarjoaj|alihankkij|käsittelijö|leverantör|biträd|(?<!\p{L})(?:service providers?|processors?|subcontractors?)(?!\p{L})/iu;

/** Parties in general, which a sentence that gives data to them names ("delar bara uppgifter med tredje part när det är nödvändigt"). */
const THIRD_PARTIES = new RegExp(`(?<!\\p{L})(?:${ANY_PARTY})(?!\\p{L})`, 'iu');

/** The parts of a notice that list parties: a subheading of one over a list goes on the part it is under. */
const PARTY_KINDS = new Set(['recipients', 'sources']);

/**
 * Where the list the sentence at `i` is followed by in its section begins (-1 for none): right after it,
 * after a sentence that leads into it ("…:"), or after the other sentence of its paragraph ("Voimme käyttää …
 * alihankkijoina. Emme myy … "), a subheading on the same parties between them or not.
 */
function listAfter(passages: readonly Passage[], i: number): number {
  const p = passages[i]!;
  if (p.item) return -1;
  let section = p.sectionLine;
  let headings = 0;
  for (let j = i + 1; j < passages.length && j <= i + 4; j++) {
    const q = passages[j]!;
    if (q.item) return q.sectionLine === section ? j : -1;
    // A subheading over the list, of the same section or of one on the same parties ("Personuppgiftsbiträden vi anlitar").
    if (q.heading && headings === 0 && (q.sectionLine === section || q.kinds.some((k) => PARTY_KINDS.has(k) && p.kinds.includes(k)))) {
      headings++;
      section = q.sectionLine;
      continue;
    }
    // A table's header row, which leads into its rows as the list ("Mottagare – Syfte – Plats").
    if (q.header && q.sectionLine === section) continue;
    // The rest of its paragraph, or a sentence that leads into the list ("…:").
    if (q.heading || q.sectionLine !== section || !(q.line === p.line || /:\s*$/u.test(q.text))) return -1;
  }
  return -1;
}

function leadsIntoList(passages: readonly Passage[], i: number): boolean {
  return listAfter(passages, i) >= 0;
}

/** An item that leaves the list open: "muut tiedot", "esim.", "mm.", "other identifiers", "such as", "andra", "t.ex.", "inklusive". */
const OPEN_ITEM =
  /(?<!\p{L})(?:muu|muut|muuta|muita|muun|muihin|muiden|esim|esimerkiksi|kuten|mm|muun muassa|jne|yms|ym|tms|other|others|e\.g|such as|for example|for instance|including|etc|andra|annan|annat|övrig\p{L}*|t\.ex|exempelvis|såsom|bland annat|inklusive|osv|m\.m|m\.fl)(?!\p{L})/iu;

/** The list the sentence at `i` leads into names every item: none of its items leaves it open. */
function leadsIntoClosedList(passages: readonly Passage[], i: number): boolean {
  const first = listAfter(passages, i);
  if (first < 0) return false;
  for (let j = first; j < passages.length && passages[j]!.item; j++) if (leavesOpen(passages[j]!.text)) return false;
  return true;
}

/** Examples given of a kind: "esimerkiksi", "for example", "till exempel". */
const EXAMPLES = /(?<!\p{L})(?:esim|esimerkiksi|kuten|e\.g|such as|for example|for instance|including|t\.ex|exempelvis|såsom|till exempel|inklusive)(?!\p{L})/giu;

/**
 * An item that leaves the list open. One with a label ("Viestintätiedot: esimerkiksi …") names one kind, its
 * examples no open end; "others" beside them still are ("Kontoinformation: namn eller andra identifikatorer").
 */
function leavesOpen(item: string): boolean {
  const m = /^([^:]{2,40}):\s(.*)$/su.exec(item);
  if (!m) return OPEN_ITEM.test(item);
  return OPEN_ITEM.test(m[1]!) || OPEN_ITEM.test(m[2]!.replace(EXAMPLES, ' '));
}

/** The sentence that holds the hedge a finding quotes: the one it stands at, or another of the same line. */
function hedged(d: Diagnostic, passages: readonly Passage[], i: number): number {
  const words = hedges(d).map((h) => h.toLowerCase());
  const holds = (j: number): boolean => words.some((w) => passages[j]!.text.toLowerCase().includes(w));
  if (holds(i)) return i;
  const j = passages.findIndex((q, k) => q.line === passages[i]!.line && holds(k));
  return j < 0 ? i : j;
}

/** The hedges a finding quotes (its message ends with a plain and a hedged example). */
function hedges(d: Diagnostic): string[] {
  return [...d.message.matchAll(/`([^`]+)`/gu)].map((m) => m[1]!).slice(0, -2);
}

/** A hedge on giving data out or getting them: its own words say so, or the words after it in the sentence ("voidaan myös saada"), or the sentence names the parties, or gives data to third parties. */
function onGivingOrGetting(d: Diagnostic, text: string): boolean {
  if (PARTIES.test(text) || (THIRD_PARTIES.test(text) && GIVE_OR_GET.test(text))) return true;
  return hedges(d).some((h) => {
    const at = text.toLowerCase().indexOf(h.toLowerCase());
    return GIVE_OR_GET.test(h) || (at >= 0 && GIVE_OR_GET.test(text.slice(at + h.length).split(/\s+/u).slice(0, 4).join(' ')));
  });
}

/** A verb of collecting, keeping or processing data, or of what the register holds: "kerätä", "tallentaa", "collect", "samla in", "behandla", "sisältää", "include". */
const COLLECT = /(?<!\p{L})(?:kerä|tallen|tallet|käsit|sisält|collect|stor|process|includ|contain|samla|lagra|spara|behandl|innehåll)/iu;

/**
 * A hedge on collecting data only, each word of it in the sentence that leads into the list ("voidaan tallentaa",
 * "may collect", "kan vi samla in"), not an open end ("including but not limited to", "mm.", "such as"), nor what is
 * collected of itself ("automaattisesti", "automatically", through cookies or a server) or a lead-in into purposes
 * or systems: what the list after it names is what is collected.
 */
function onCollecting(d: Diagnostic, text: string): boolean {
  const words = hedges(d);
  const lower = text.toLowerCase();
  return words.length > 0 && words.every((h) => COLLECT.test(h) && lower.includes(h.toLowerCase())) && OF_DATA.test(text) && !BY_ITSELF.test(text) && !OPEN_ITEM.test(text);
}

/** A lead-in into data: "tietoja", "uppgifter", "data", "information", what goes in the register ("Rekisteriin voidaan tallentaa:"); not into purposes or systems ("for the following purposes:"). */
const OF_DATA = /tieto|tiedo|uppgift|rekisteri|register|(?<!\p{L})(?:data|information)(?!\p{L})/iu;
/** Data collected of themselves or elsewhere, not given by the person: "automatically", through cookies or a server, the purposes or systems they go to. */
const BY_ITSELF = /automa(?:at|t)|eväst|cookie|kakor|palvelin|server|tarkoitu|ändamål|purpose|järjestelm|system|ulkopuol|utanför|outside/iu;

/** A time data are kept for, in numbers or words: "5 vuotta", "viiden vuoden ajan", "3 years", "tre år", "12 månader". */
const DURATION =
  /(?<![\p{L}\d])(?:\d+|yhden|kahden|kolmen|neljän|viiden|kuuden|seitsemän|kymmenen|one|two|three|four|five|six|seven|ten|ett|en|två|tre|fyra|fem|sex|sju|tio)\s+(?:vuo\p{L}*|kuukau\p{L}*|viiko\p{L}*|päiv\p{L}*|years?|months?|weeks?|days?|år(?:en)?|månad\p{L}*|veck\p{L}*|dag(?:ar|arna)?)(?!\p{L})/iu;

/** The data in general, not one kind of them ("your personal data", not "Yhteydenottojen ja tarjouspyyntöjen tietoja"). */
const GENERAL = /(?<!\p{L})(?:henkilötie\p{L}*|tietojasi|tietosi|personal data|personal information|your (?:data|information)|personuppgift\p{L}*|dina uppgifter)(?!\p{L})/iu;

/**
 * A sentence that keeps data only "as long as necessary" and leads into the times the notice gives: the
 * first sentence of its part on keeping data, with times in numbers or words in that part's sentences after it
 * ("Monta will only store your personal data as long as it is deemed necessary …" then "Personal data is deleted
 * 3 years after …"), or the first of its paragraph, which goes on to give one; said of the data in general, not of
 * one kind of them, whose time the sentences after it do not give ("Yhteydenottojen tietoja säilytetään niin kauan
 * kuin asian hoitaminen vaatii. Työhakemuksia säilytetään enintään 12 kuukautta.").
 */
function leadsIntoTimes(passages: readonly Passage[], i: number): boolean {
  const own = passages[i]!;
  if (!own.kinds.includes('retention') || !GENERAL.test(own.text)) return false;
  const part = passages.filter((p) => p.sectionLine === own.sectionLine && !p.heading);
  const sameLine = passages.filter((p) => p.line === own.line && !p.heading);
  return (part[0] === own && part.slice(1).some((p) => keptFor(p.text))) || (sameLine[0] === own && sameLine.slice(1).some((p) => keptFor(p.text)));
}

/** Cookies and answers to requests: their times are no time data are kept for ("We answer within 30 days", "the cookie expires after 2 years"). */
const NOT_DATA_KEPT = /eväst\p{L}*|cookie\p{L}*|kak(?:a|or|orna|an)(?!\p{L})|vastaa\p{L}*|answer\p{L}*|respond\p{L}*|svar\p{L}*|besvar\p{L}*/iu;

/** A sentence or row of the part on keeping data that gives a time data are kept for: "Asiakastiedot poistetaan 3 vuoden kuluttua …", "Laskut | 6 vuotta". */
function keptFor(sentence: string): boolean {
  return DURATION.test(sentence) && !NOT_DATA_KEPT.test(sentence);
}

/** Whether the sentence a finding stands at, with those around it, settles it. */
export function settledAtPlace(d: Diagnostic, passage: Passage | undefined, passages: readonly Passage[]): boolean {
  const i = passage ? passages.indexOf(passage) : -1;
  if (i < 0) return false;
  const id = `${d.ruleId}/${messageIdOf(d) ?? ''}`;
  if (id === 'retention/vague') return leadsIntoTimes(passages, i);
  if (id !== 'vague-language/hedging') return false;
  const at = hedged(d, passages, i);
  const text = passages[at]!.text;
  return onGivingOrGetting(d, text) ? leadsIntoList(passages, at) : onCollecting(d, text) && leadsIntoClosedList(passages, at);
}
