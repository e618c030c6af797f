/**
 * Retention given for some data and not for data that are often forgotten: a notice that says how
 * long bookings, contracts and contact messages are kept, and collects logs, analytics, photos or
 * billing data it says nothing of keeping (Art. 13(2)(a), 5(1)(e)). Asked only where every retention
 * item names its own data: one that speaks of the data as a whole ("Henkilötietoja säilytetään …",
 * "We keep your personal data …") covers every kind, and items that each apply to purposes are
 * checked for that by the `retention` rule itself.
 */
import { KEEP_WORDS, speaksOfTime, TIME_WORDS } from '../check/retention-words.js';
import { textValues } from '../check/text.js';
import type { Register } from '../types.js';
import type { AuditFinding } from './finding.js';
import type { Passage } from './passages.js';
import { cameraNotice } from './parts-said.js';

/** The kinds of data whose keeping a notice often leaves out, as its data and purposes name them. */
export const KINDS = {
  logs: /(?<!\p{L})(?:\p{L}*loki(?:a|in|t|tiedo\p{L}*|tieto\p{L}*)?|\p{L}*(?<![bB])logg(?:ar|en|arna|uppgift\p{L}*|filer|data)?|logs|log(?![- ](?:in|on|out)(?!\p{L}))|log files?|log data|ip[- ]?osoit\p{L}*|ip[- ]?adress\p{L}*|ip address(?:es)?)(?!\p{L})/iu,
  analytics: /analytiik\p{L}*|analytics|matomo|kävijäseuran\p{L}*|kävijätilast\p{L}*|besöksstatistik|webbanalys\p{L}*|webbstatistik/iu,
  recordings: /valokuv\p{L}*|(?<!\p{L})videoi?\p{L}*|kameravalvon\p{L}*|tallente\p{L}*|(?<!\p{L})fotograf\p{L}*|(?<!\p{L})bilder(?!\p{L})|kamerabevakning|(?<!\p{L})photo\p{L}*|(?<!\p{L})recordings?(?!\p{L})|inspelning\p{L}*/iu,
  billing: /laskutu\p{L}*|laskutieto\p{L}*|maksutie\p{L}*|faktur\p{L}*|betalningsuppgift\p{L}*|invoic\p{L}*|billing|payment (?:data|details|information)/iu,
} as const;

export type DataKind = keyof typeof KINDS;

/** How long a cookie or a log lives, where no word of keeping stands beside it: "vanhenee 2 vuodessa", "expires after 13 months", "den tid". */
const LIFETIME = /vanhen\p{L}*|expir\p{L}*|voimassa\p{L}*|giltig\p{L}*|lifetime|duration|kesto\p{L}*|livslängd|(?<!\p{L})(?:tid|tiden|session\p{L}*|istun\p{L}*)(?!\p{L})/iu;
/** Accounting records: their period is that of the billing data. */
const ACCOUNTS = /kirjanpi\p{L}*|bokför\p{L}*|accounting|bookkeeping/iu;
/**
 * A retention text about the data as a whole: "Henkilötietoja säilytetään …", "Käyttäjän tietoja …",
 * "Vi sparar dina personuppgifter …", "We keep your personal data …", "Potilastietorekisteriin kerättyjä potilastietoja …".
 */
const WHOLE =
  /^(?:(?:säilytämme|säilytetään|käsittelemme|vi|we|sparar|bevarar|behåller|lagrar|keep|store|retain|will|kaikki|kaikkia|all|any|the|your|dina|din|ditt|sinun|käyttäjän|asiakkaan|jäsenen|rekisteröidyn|henkilön|hakijan|kerätyt|kerättyjä|collected|insamlade|tässä|\p{L}*rekisteri\p{L}*)\s+){0,3}(?:(?:henkilö|käyttäjä|rekisteri|potilas)?tie(?:do|to)\p{L}*|(?:person)?uppgift\p{L}*|(?:personal )?data|(?:personal )?information)(?!\p{L})/iu;

function words(value: Parameters<typeof textValues>[0]): string {
  return textValues(value).join(' ');
}

/**
 * Kept only "for a while", or "not permanently": "käsittelee IP-osoitetta väliaikaisesti … ei tallenneta
 * pysyvästi", "registreras … tillfälligt", "stored temporarily". No time, and no criterion of one.
 */
const FOR_A_WHILE = /(?<!\p{L})(?:väliaikaisesti|tilapäisesti|tillfälligt|temporarily|(?:ei|eikä|inte|not) (?:\p{L}+ ){0,2}?(?:pysyvästi|permanent(?:ly)?))(?!\p{L})/giu;

/** The adverb of a while, as the message quotes it. */
const WHILE_WORD = /(?<!\p{L})(?:väliaikaisesti|tilapäisesti|tillfälligt|temporarily)(?!\p{L})/iu;

/** Not even for a while: "ei edes väliaikaisesti", "inte ens tillfälligt", "not even temporarily". */
const NOT_EVEN = /(?<!\p{L})(?:ei|eikä|inte|not|never)\s+(?:\p{L}+\s+){0,2}?(?:väliaikaisesti|tilapäisesti|tillfälligt|temporarily)(?!\p{L})/iu;

/** The passage says how long data are kept: a word of time beside one of keeping, or in a section on retention or cookies. */
function timed(p: Passage): boolean {
  const text = p.text.replace(FOR_A_WHILE, ' ');
  if (!TIME_WORDS.test(text) && !LIFETIME.test(text)) return false;
  return KEEP_WORDS.test(text) || LIFETIME.test(text) || p.kinds.includes('retention') || p.kinds.includes('cookies');
}

/**
 * The web site's visitors, whose data the logs and the analytics are: "Verkkosivuston kävijöihin liitettäviä
 * henkilötietoja säilytetään kuusi (6) kuukautta", "Webbplatsens besökares uppgifter sparas i sex månader", "Data of
 * our website visitors are kept for six months". Visitors of a fair or an office are not the site's.
 */
const VISITORS =
  /(?:verkko)?sivu(?:ston|stojen|jen|jemme|stomme)?\s+(?:\p{L}+\s+)?(?:kävijö|kävijä|vierailij)\p{L}*|(?:kävijö|kävijä|vierailij)\p{L}*\s+(?:\p{L}+\s+)?(?:verkko)?sivu\p{L}*|webbplats\p{L}*\s+(?:\p{L}+\s+)?besökar\p{L}*|besökar\p{L}*\s+(?:på|av)\s+(?:\p{L}+\s+)?webbplats\p{L}*|(?:web)?site(?:'s)?\s+visitors|visitors\s+(?:to|of)\s+(?:our|the|this)\s+(?:web)?site/iu;

function keptSomewhere(kind: DataKind, passages: readonly Passage[]): boolean {
  const named = (p: Passage): boolean =>
    KINDS[kind].test(p.text) || (kind === 'billing' && ACCOUNTS.test(p.text)) || ((kind === 'logs' || kind === 'analytics') && VISITORS.test(p.text));
  return passages.some((p) => !p.heading && named(p) && timed(p));
}

/** Items that each apply to purposes (a table of purposes with their periods): the `retention` rule checks that they cover every purpose. */
function itemsApplyToPurposes(register: Register): boolean {
  return (register.retention ?? []).some((r) => r.applies_to?.length);
}

/**
 * The kinds of data the notice says it keeps only for a while ("IP-osoitetta väliaikaisesti", "tillfälligt
 * i serverns säkerhetsloggar"), and nowhere for how long: what it says of the data as a whole does not
 * cover the kind it sets apart so.
 */
function keptForAWhile(passages: readonly Passage[]): DataKind[] {
  return (Object.keys(KINDS) as DataKind[]).filter((kind) => forAWhileAt(kind, passages) !== undefined && !keptSomewhere(kind, passages));
}

/**
 * The passage that says a kind of data is kept only for a while, and neither it nor the sentence after
 * it in its section gives a time ("Se poistetaan 7 päivän kuluttua", "It is deleted after 7 days").
 */
function forAWhileAt(kind: DataKind, passages: readonly Passage[]): Passage | undefined {
  return passages.find((p, i) => {
    if (p.heading || !KINDS[kind].test(p.text) || !WHILE_WORD.test(p.text) || NOT_EVEN.test(p.text) || timed(p)) return false;
    const next = passages[i + 1];
    return !(next && !next.heading && next.sectionLine === p.sectionLine && REFERS_BACK.test(next.text.trim()) && timed(next));
  });
}

/** A sentence that goes on about the data of the one before: "Se poistetaan …", "Den raderas …", "It is deleted …". */
const REFERS_BACK = /^(?:se|ne|tämä|nämä|ko\.|den|det|de|dessa|denna|it|they|these|this|such data)(?!\p{L})/iu;

/**
 * The kind denied as used or collected, right before it: "använder ingen besöksstatistik", "we do not use analytics",
 * "emme käytä kävijätilastointia", "no server logs". Not a denial of something else done with it ("Emme luovuta
 * IP-osoitteita", "Vi publicerar inte fotografier") nor one a clause before it makes ("We set no cookies, but we log
 * IP addresses").
 */
const USE = String.raw`(?:käytä\p{L}*|kerää\p{L}*|tallenn\p{L}*|seura\p{L}*|använd\p{L}*|samla\p{L}*|lagra\p{L}*|spara\p{L}*|use|collect|store|keep|log|track)`;
const DENIED_BEFORE = new RegExp(
  String.raw`(?:(?<!\p{L})(?:ei|emme|eikä|eivät|inte|aldrig|not|never)\s+(?:\p{L}+\s+)?${USE}\s+(?:\p{L}+\s+){0,3}|(?:${USE}\s+)?(?<!\p{L})(?:ingen|inga|inget|no)\s+(?:\p{L}+\s+)?)$`,
  'iu',
);

/** The text names the kind of data as collected: somewhere not denied right before it, in its own clause. */
function collects(kind: DataKind, text: string): boolean {
  const re = new RegExp(KINDS[kind].source, 'giu');
  return [...text.matchAll(re)].some((m) => !DENIED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index).split(/[.;:,\n]|\s(?:but|men|mutta|vaan|utan)\s/u).at(-1)!));
}

/** The kinds of data the register collects whose keeping its notice never mentions, or says is only for a while. */
export function kindsNotKept(register: Register, passages: readonly Passage[]): DataKind[] {
  const retention = register.retention ?? [];
  if (!retention.length || itemsApplyToPurposes(register)) return [];
  if (retention.some((r) => WHOLE.test(words(r.description).trim()))) return keptForAWhile(passages);
  const said = [...(register.data_categories ?? []).map((c) => words(c.description)), ...(register.purposes ?? []).map((p) => words(p.description))].join('\n');
  const forAWhile = keptForAWhile(passages);
  return (Object.keys(KINDS) as DataKind[]).filter((kind) => forAWhile.includes(kind) || (collects(kind, said) && !keptSomewhere(kind, passages)));
}

/** A column or label of retention periods: "Säilytysaika", "Lagringstid", "Retention period". */
const PERIOD_LABEL = /säilytysaik\p{L}*|säilytysaj\p{L}*|lagringstid\p{L}*|(?:retention|storage) period/iu;

/**
 * Where the notice says how long data are kept: the first such passage of its section on retention;
 * without one, the first passage anywhere that says it, or that heads a column of periods.
 */
function retentionLine(passages: readonly Passage[]): number | undefined {
  const section = passages.filter((p) => p.kinds.includes('retention'));
  const body = passages.filter((p) => !p.heading);
  const found = section.find((p) => !p.heading && timed(p)) ?? section[0] ?? body.find((p) => speaksOfTime(p.text) || PERIOD_LABEL.test(p.text));
  return found?.line;
}

export function retentionKindFindings(register: Register, passages: readonly Passage[]): AuditFinding[] {
  const line = retentionLine(passages);
  // A notice of camera surveillance alone keeps the recordings and nothing else: the period it gives is theirs.
  if (line === undefined || cameraNotice(passages)) return [];
  return kindsNotKept(register, passages).map((kind) => {
    // A kind kept only for a while is reported where the notice says so, in its words.
    const apart = forAWhileAt(kind, passages);
    const found = apart ? WHILE_WORD.exec(apart.text)?.[0] : undefined;
    if (apart && found) return { ruleId: 'retention', messageId: 'kindForAWhile', params: { kind, found }, line: apart.line, severity: 'error' as const };
    return { ruleId: 'retention', messageId: 'kindNotKept', params: { kind }, line, severity: 'error' as const };
  });
}
