/**
 * Legal bases under GDPR Art. 6(1) as an old notice states them, in Finnish, Swedish or English: by
 * point ("6 artiklan 1 kohdan a alakohta", "art. 6.1 a", "Article 6(1)(b)"), by name, or through a
 * statute named as the basis.
 */
import type { LegalBasis } from '../../types.js';
import { sentences } from '../draft/text.js';

const POINTS: Record<string, LegalBasis> = { a: 'consent', b: 'contract', c: 'legal_obligation', d: 'vital_interests', e: 'public_task', f: 'legitimate_interests' };

/** "Article 6(1)(b)", "art. 6.1 a", "artikel 6.1 c", "artikla 6(1)(f)", "6(1)(a)", "6 artiklan 1 kohdan a alakohta", "6 artikla 1 kohdan b alakohta", "6 art. 1 b". */
const POINT_PATTERNS: readonly RegExp[] = [
  /(?<![\p{L}])art(?:icle|ikel|ikla|\.)?\s*6\s*(?:\(\s*1\s*\)|\.\s*1|\s+1)\s*(?:\(\s*([a-f])\s*\)|(?:lit\.?\s*|punkt(?:en)?\s*)?([a-f])(?![\p{L}]))/giu,
  /(?<![\d.])6\s*\(\s*1\s*\)\s*\(\s*([a-f])\s*\)/giu,
  /(?<!\d)6\s*(?:artiklan?|art\.?)\s*1\s*(?:kohdan|kohta|k\.)?\s*([a-f])(?![\p{L}])/giu,
];

/** Each basis by its name, in the words of the GDPR in each language and their common short forms. */
export const BASIS_NAMES: readonly [LegalBasis, RegExp][] = [
  ['consent', /suostumu|samtyck|\bconsent/iu],
  ['contract', /sopimu|avtal|\bcontract|membership agreement|performance of (?:an? |the )?agreement|(?:based on|basis of|rests? on|relies on) (?:an? |the |our |your )?(?:[\p{L}-]+ )?agreement/iu],
  ['legitimate_interests', /oikeutet\p{L}* (?:\p{L}+ )?(?:e(?:tu|dun|tuun|tujen|dut|tuja|tua)|intress)|oikeutet\p{L}* (?:(?!\p{L}+m[aä][aä]n )\p{L}+ ){2}e(?:tu|dun|tuun|tujen|dut|tuja|tua)(?!\p{L})|berättiga\p{L}* (?:\p{L}+ )?intress|legitim\p{L}* (?:\p{L}+ )?intress|legitimate (?:\p{L}+ )?interest|intresseavvägning|intressivertailu|balancing (?:of )?(?:the )?interests/iu],
  [
    'legal_obligation',
    /lakisäätei\p{L}* (?:velvo|vaatimu)|lainsäädännöllis\p{L}* velvo|laki(?:perusteis|sääteis)\p{L}* velvollisuu|laillis?\p{L}* velvoit|lainmukais\p{L}* velvo|lain (?:edellyttämä|vaatima|velvoittama|nojalla)|rättslig\p{L}*\s*förpliktelse|(?:laglig|rättslig)\p{L}* skyldighet|lagstadga\p{L}* (?:skyldighet|förpliktelse)|(?<![\p{L}])(?<!enligt )lagkrav(?:et|en)?(?![\p{L}])|(?:lainsäädäntöön|lakiin) perustuv\p{L}* velvoit\p{L}* (?:täyttämi|noudattami|hoitami)|legal obligation|required by law|statutory obligation/iu,
  ],
  ['public_task', /yleisen edun|yleistä etua|julkisen vallan|allmänt intresse|myndighetsutövning|public (?:task|interest)|official authority/iu],
  ['vital_interests', /elintärke|grundläggande (?:intress|betydelse)|vital\p{L}* intress|vital interest/iu],
];

/** Names that say a basis by themselves, wherever they stand ("oikeutettu etu", "legal obligation"). */
const DISTINCT: ReadonlySet<LegalBasis> = new Set(['legitimate_interests', 'legal_obligation', 'public_task', 'vital_interests']);

/**
 * A statute: "kirjanpitolaki", "työsopimuslain", "laki yksityisyyden suojasta työelämässä",
 * "bokföringslagen", "lag om …", "Accounting Act", "Act on the Protection of …"; with its number.
 */
const STATUTE =
  /(?:(?<![\p{L}])\p{L}{3,}?la(?:ki|in|issa|kiin|ista|illa)|(?<![\p{L}])(?:laki|lain|laissa) (?:\p{L}+ ){0,5}?\p{L}+(?:sta|stä)|(?<![\p{L}])(?!(?:under|för|av|an|be|in|upp|ut|om)s?lagen)\p{L}{3,}lagen|(?<![\p{L}])lag(?:en)? om [\p{L} -]+?(?= \(| kräver| förpliktar| ålägger|[,.;:)]|$)|(?<![\p{L}'-])(?:\p{Lu}[\p{L}'-]*\s+){1,6}Act|(?<![\p{L}])Act on [\p{L} ]+?(?= \(| requires| obliges|[,.;:)]|$))(?![\p{L}])(?:\s*\(\d+\/\d{4}\))?/gu;

/** The law requires, obliges or sets a duty. */
const OBLIGES = /velvoit|edellyttä|vaati|velvollinen|velvollisuu|lakisäätei|säädet|kräv|förplikt|ålägg|skyldig|förutsätt|lagstadga|\brequir|\boblig|\bmust\b|mandatory|statutory/iu;

/**
 * A law said to set how long data are kept, not why they are processed: "så länge bokföringslagen
 * kräver", "niin kauan kuin kirjanpitolaki edellyttää", "as long as the Accounting Act requires" (the
 * statute itself is already taken out of the text read here).
 */
const AS_LONG_AS = /(?:så länge|så lång tid som|niin kauan kuin|as long as|for as long as)\s+(?:\p{L}+\s+){0,3}?(?:kräver|krävs|edellyttää|vaatii|requires?|is required)(?![\p{L}])/giu;

/**
 * The bounds the law sets to processing, not a duty it sets: "henkilötietolain sallimissa ja velvoittamissa
 * rajoissa", "within the limits permitted and required by law", "inom de ramar som lagen tillåter och kräver".
 */
const WITHIN_LIMITS =
  /(?<![\p{L}])(?:\p{L}+miss[aä]\s+(?:ja|tai)\s+)?\p{L}+miss[aä]\s+rajoissa(?![\p{L}])|within the (?:limits|bounds)\s+(?:permit\p{L}*|allow\p{L}*|requir\p{L}*)(?:\s+(?:and|or)\s+(?:permit\p{L}*|allow\p{L}*|requir\p{L}*))?|inom (?:de )?ramar(?:na)? som\s+(?:\p{L}+\s+){0,3}?(?:tillåter|medger|kräver)(?:\s+(?:och|eller)\s+(?:tillåter|medger|kräver))?/giu;

export interface StatedBases {
  bases: LegalBasis[];
  /** Statutes named in the text. */
  statutes: string[];
  /** The statute the stated legal obligation comes from, when the text says the law obliges. */
  law?: string;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

export function statutes(text: string): string[] {
  return unique([...text.matchAll(STATUTE)].map((m) => m[0].replace(/^the\s+/iu, '').trim()).filter((s) => !NOT_A_STATUTE.test(s)));
}

/** The text names a point of Art. 6(1). */
export function hasPoint(text: string): boolean {
  return points(text).length > 0;
}

function points(text: string): LegalBasis[] {
  const out: LegalBasis[] = [];
  for (const re of POINT_PATTERNS) for (const m of text.matchAll(re)) out.push(POINTS[(m[1] ?? m[2])!.toLowerCase()]!);
  return out;
}

/**
 * The text with statutes and points taken out, so that "työsopimuslaki" does not read as a contract;
 * and with what is no basis: an agreement with a processor ("käsittelysopimus", "data processing
 * agreement"), a basis named to say it is not there ("ilman suostumusta", "without consent"), and the
 * manner the law sets for a step ("tiedot tuhotaan lain vaatimalla tavalla"), which is no duty to process.
 */
function withoutReferences(text: string): string {
  let rest = text.replace(STATUTE, ' ').replace(NOT_A_BASIS, ' ');
  for (const re of POINT_PATTERNS) rest = rest.replace(re, ' ');
  return rest;
}

const NOT_A_BASIS =
  /(?<![\p{L}])(?:ilman|utan|without|unless)\s+(?:(?!(?:ja|och|and|mutta|men|but|perustuu|grundar|based)\s)\p{L}+\s+){0,12}?(?:suostumu\p{L}*|samtyck\p{L}*|consent\p{L}*|sopimu\p{L}*|avtal\p{L}*|contract\p{L}*)|[^.;]{0,80}(?<![\p{L}])(?:(?:is|are|does|do)\s+not\s+(?:based|rely|relying)\s+on|(?:ei|eivät)\s+(?:\p{L}+\s+)?perustu\p{L}*|(?:grundar sig|bygger|baseras)\s+inte\s+på)\s+[^.;]{0,200}|(?<![\p{L}])\p{L}*(?:käsittelysopimu|käsittelijäsopimu|biträdesavtal|tietojenkäsittelysopimu)\p{L}*|data processing (?:agreement|contract)s?|processor (?:agreement|contract)s?|(?<![\p{L}])(?:lain|lainsäädännön|lakien) (?:vaatimalla|edellyttämällä|määräämällä) tavalla|(?<![\p{L}])på (?:det|ett) sätt som lage?n? (?:kräver|föreskriver)|(?<![\p{L}])in the (?:manner|way) (?:required|prescribed) by (?:the )?law/giu;

/** Words that end like a statute and are none ("selain", "jollain"), and phrases that only look like an Act ("If We Act"). */
const NOT_A_STATUTE = /^(?:\p{L}*selai\p{L}*|jollai\p{L}*|millai\p{L}*|tällai\p{L}*|sellai\p{L}*|kullai\p{L}*|kaltai\p{L}*)$|(?:^|\s)(?:We|You|They|I|Us|If|To|And|Or|Contact)\s+Act$/u;

/**
 * The repealed Personal Data Act (henkilötietolaki 523/1999, personuppgiftslagen), cited for the general conditions of
 * processing it set ("baserar sig på 8 § i personuppgiftslagen om allmänna förutsättningar för behandling"): no
 * statute that obliges the controller to process, and so no legal obligation.
 */
const REPEALED_ACT = /^(?:henkilötietola\p{L}*|personuppgiftslag\p{L}*|(?:the )?personal data act)/iu;

/** Every basis the text names, by point or by name, and the statutes it names. */
export function statedBases(text: string, names: readonly [LegalBasis, RegExp][] = BASIS_NAMES): StatedBases {
  const laws = statutes(text);
  const rest = withoutReferences(text);
  const bases = unique([...points(text), ...names.filter(([, re]) => re.test(rest)).map(([b]) => b)]);
  const law = laws.length === 1 && !REPEALED_ACT.test(laws[0]!) && OBLIGES.test(rest.replace(AS_LONG_AS, ' ').replace(WITHIN_LIMITS, ' ')) ? laws[0] : undefined;
  if (law && !bases.length) bases.push('legal_obligation');
  return { bases, statutes: laws, ...(law && bases.length === 1 && bases[0] === 'legal_obligation' ? { law } : {}) };
}

/** Only the names that say a basis by themselves ("oikeutettu etu", "legal obligation"). */
export const DISTINCT_NAMES: readonly [LegalBasis, RegExp][] = BASIS_NAMES.filter(([b]) => DISTINCT.has(b));

/** The names that tie a basis to one purpose on their own: the distinct names, or any name in context. */
export function purposeNames(context: readonly [LegalBasis, RegExp][]): [LegalBasis, RegExp][] {
  return [...context, ...DISTINCT_NAMES];
}

/** A qualifier that leaves the basis as it is: "samtycke, där det krävs", "consent where required", "tarvittaessa". */
const WHERE_REQUIRED =
  /(?<![\p{L}])(?:där (?:det|så) (?:krävs|behövs)|när (?:det|så) krävs|i förekommande fall|(?:where|when|if|as) (?:required|applicable|necessary|needed)|where (?:the law|it is) requires?|tarvittaessa|soveltuvin osin|(?:kun|jos) (?:sitä|se) (?:vaaditaan|edellytetään))(?![\p{L}])/giu;

/**
 * The steps before a contract that Art. 6(1)(b) names with it: "sopimusta edeltävät toimet",
 * "sopimuksen tekemistä edeltävien toimenpiteiden", "åtgärder före avtal", "pre-contractual steps".
 */
const PRE_CONTRACT =
  /(?<![\p{L}])(?:(?:rekisteröidyn pyynnöstä (?:tehtävät |tehtäviin )?)?(?:sopimusta|sopimuksen (?:tekemistä|solmimista)) edeltäv\p{L}* (?:toimenpi\p{L}*|toim\p{L}*)(?: (?:toteuttami\p{L}*|rekisteröidyn pyynnöstä))?|åtgärder (?:på (?:den registrerades |din )?begäran (?:av den registrerade )?)?(?:före|innan) (?:ett (?:sådant )?|ingående av )?avtal(?:et)?(?: ingås)?|pre-?contractual (?:steps|measures)|(?:steps|measures) (?:taken )?(?:at (?:your|the data subject['’]s) request |at the request of the data subject )?(?:prior to|before) entering into (?:a |the |such a )?contract)(?![\p{L}])/giu;

/**
 * A few words in brackets after a basis's name on what it is about or how it is given ("legal obligation
 * (accounting)", "ditt samtycke (enhetens aviseringsinställning)"): part of the basis. Not a denial ("suostumus (ei
 * käytössä)", "consent (not yet in use)"), nor a party the basis is with ("contract (with their employer)"); nor after
 * a word the name only begins ("Sopimuskumppanit (yhteyshenkilöt)", a name of eight more letters is another word).
 */
const ABOUT_BASIS = String.raw`(?!\p{L})\s*\((?!(?:[^()]*\s)?(?:ei|eivät|inte|ej|not|no|never|aldrig|with|kanssa|med)(?![\p{L}]))(?:\s*[\p{L}’']+){1,4}\s*\)`;

/**
 * Words that carry no aim, said around a basis's name in the words of Art. 6(1) ("rekisteröidyn antamalla
 * nimenomaisella suostumuksella", "sellaisen sopimuksen täytäntöönpanemiseksi, missä rekisteröity on osapuolena", "för
 * att fullgöra ett avtal i vilket den registrerade är part", "necessary for the performance of a contract to which the
 * data subject is party"): what is left of a text without them and the names is its aim, if any.
 */
const NO_AIM_WORDS =
  /(?<![\p{L}])(?:rekisteröi(?:dyn|ty)|antama\p{L}*|anta\p{L}*|nimenomai\p{L}*|sellaise\p{L}*|jossa|missä|johon|osapuol\p{L}*|on|tarpeen|käsittely|noudattamiseksi|täytäntöönpanemiseksi|täyttämiseksi|registrerade|registrerad|lämnat|lämnade|uttryckligt?|nödvändig|fullgöra|vilket|är|part|har|data subject|given|has|explicit|necessary|for|to|which|is|party|subject|controller|entering|into)(?![\p{L}])/giu;

/**
 * A basis another party must hold, not the controller's: "Asiakas vastaa siitä, että hänellä on … asianmukainen
 * suostumus", "Kunden ansvarar för att hen har samtycke", "The customer is responsible for ensuring that it has their
 * consent". The party is named before the duty (not "we"), and the clause ends where another begins (", and we
 * process them on the basis of our contract" stays).
 */
const OTHERS_BASIS =
  /(?<![\p{L}])(?:asiakas\p{L}*|asiakkaa\p{L}*|käyttäjä\p{L}*|tilaaja\p{L}*|kunden|kunderna|användaren|användarna|beställaren|(?:the )?(?:customer|client|user)s?|you)\s+(?:\([^()]{0,60}\)\s+)?(?:\p{L}+\s+){0,2}?(?:vastaa\p{L}*|on vastuussa|ovat vastuussa|ansvarar|är ansvarig\p{L}*|(?:is|are) responsible)\s+(?:siitä,?\s+että|för att|for (?:ensuring|making sure)(?: that)?)\s[^.;]*?(?=,\s*(?:ja|and|och|men|mutta|but|while|kun taas)\s|[.;]|$)/giu;

/** The text without what it says another party must hold. */
export function withoutOthersBasis(text: string): string {
  return text.replace(OTHERS_BASIS, ' ');
}

/** Text that is nothing but bases: "Sopimus", "Consent (Art. 6(1)(a))", "berättigat intresse". */
export function isBasisOnly(text: string): boolean {
  if (!statedBases(text).bases.length) return false;
  let rest = withoutReferences(text).replace(PRE_CONTRACT, ' ');
  for (const [, re] of BASIS_NAMES) rest = rest.replace(new RegExp(`(?:${re.source})(?:\\p{L}{0,8}${ABOUT_BASIS}|\\p{L}*)`, 'giu'), ' ');
  rest = rest.replace(WHERE_REQUIRED, ' ').replace(NO_AIM_WORDS, ' ');
  rest = rest.replace(/oikeusperust\p{L}*|peruste\p{L}*|alakoh\p{L}*|rättslig\p{L}* grund|legal basis|lawful basis|gdpr|eu:n|tietosuoja-asetu\p{L}*|dataskyddsförordning\p{L}*|(?<![\p{L}])(?:ja|tai|och|eller|and|or|the|of|den|det|ditt|din|sinun|your|rekisterinpitäjän|registrerades|personuppgiftsansvariges|controller['’]?s|täytäntöönpano|fullgörande|performance|performing|with|av|you|our|us|med|dig|oss|vår|vårt|våra|kanssasi|kanssamme|meidän|välillämme)(?![\p{L}])/giu, ' ');
  return !/\p{L}{3,}/u.test(rest);
}

/** "Purpose – basis – data – period", a row of a table with more columns: the one cell that is a basis, and the others. */
function basisCell(text: string): { purpose: string; basis: string } | undefined {
  const cells = text.split(/\s+[–—]\s+/u);
  if (cells.length < 3) return undefined;
  const bases = cells.filter(isBasisOnly);
  if (bases.length !== 1) return undefined;
  return { purpose: cells.filter((c) => c !== bases[0]).join(' – '), basis: bases[0]! };
}

/**
 * "Service delivery (legal basis: contract): To create and manage your account": a purpose's name with its basis
 * labelled in brackets, then what it covers. The basis named in the brackets, else in the name ("Legal obligations
 * (legal basis: law)").
 */
const LABELLED_IN_BRACKETS =
  /^([^():]{2,60}?)\s*\(\s*(?:legal basis|lawful basis|basis|oikeusperuste|peruste|rättslig grund|laglig grund)\s*:\s*([^()]{2,60})\)\s*[:–—-]\s*(\S.*)$/iu;

export function bracketLabelled(text: string): { purpose: string; basis: string } | undefined {
  const m = LABELLED_IN_BRACKETS.exec(text.trim());
  if (!m) return undefined;
  const [, name, inBrackets, rest] = m as unknown as [string, string, string, string];
  const basis = statedBases(inBrackets).bases.length ? inBrackets : isBasisOnly(name) ? name : undefined;
  return basis ? { purpose: `${name.trim()}: ${rest.trim()}`, basis } : undefined;
}

/** "Purpose – basis", "Purpose: basis", "Purpose (basis)", "Purpose (legal basis: basis): what it covers", or the basis first: the two parts. */
export function basisPair(text: string): { purpose: string; basis: string } | undefined {
  const cell = basisCell(text) ?? bracketLabelled(text);
  if (cell) return cell;
  const paren = /^(.{3,}?)\s*\(([^()]+(?:\([^()]*\)[^()]*)*)\)\s*[.;]?$/u.exec(text);
  for (const sep of [/\s+[–—-]\s+/u, /:\s+/u]) {
    const at = sep.exec(text);
    // "För att besvara förfrågningar (rättslig grund: berättigat intresse)": the colon is the bracket's own.
    if (!at || (paren && at.index > paren[1]!.length)) continue;
    const left = text.slice(0, at.index).trim();
    const right = text.slice(at.index + at[0].length).trim().replace(/[.;]$/u, '');
    if (isBasisOnly(right) && !isBasisOnly(left)) return { purpose: left, basis: right };
    if (isBasisOnly(left) && !isBasisOnly(right)) return { purpose: right, basis: left };
    const first = leadingBasis(right);
    if (first && !isBasisOnly(left)) return { purpose: left, basis: first };
  }
  if (paren && isBasisOnly(paren[2]!) && !isBasisOnly(paren[1]!) && onlyOwnBases(paren[1]!, paren[2]!)) return { purpose: paren[1]!.trim(), basis: paren[2]! };
  return undefined;
}

/**
 * "A customer relationship or legitimate interest: the processing is necessary for …", "Provided consent:
 * the person has given consent …": a label that names a basis among a few other words (not a purpose with
 * its basis, "Newsletter (consent)"), and what it covers after the colon.
 */
export function basisLabel(text: string): { purpose: string; basis: string } | undefined {
  const at = /:\s+/u.exec(text);
  if (!at) return undefined;
  const label = text.slice(0, at.index).trim();
  const covers = text.slice(at.index + at[0].length).trim();
  if (!covers || label.split(/\s+/u).length > 8 || basisPair(label) || !statedBases(label).bases.length) return undefined;
  return NONE_COVERED.test(covers) ? undefined : { purpose: covers, basis: label };
}

/** Words that lead from a basis into examples of what it covers: "legitimate interests, including …", "oikeutettu etu, kuten …", "Consent — e.g., when …". */
const EXAMPLES_OF = /\s*[,–—-]?\s+(?:including|such as|for example|e\.g\.|kuten|esimerkiksi|esim\.|mukaan lukien|såsom|till exempel|t\.ex\.|bland annat|inklusive),?\s+/iu;

/** Words that lead into a list of what a basis covers, not an example of it. */
const LIST_LEAD = /^(?:including|such as|kuten|mukaan lukien|såsom|bland annat|inklusive),?\s+/iu;

/**
 * "legitimate interests, including fraud prevention, platform security and service improvement": a basis alone,
 * then examples of what it covers; the examples, with a word that makes them examples ("e.g."), are what it covers.
 */
export function basisExamples(text: string): { purpose: string; basis: string } | undefined {
  const at = EXAMPLES_OF.exec(text);
  if (!at) return undefined;
  const label = text.slice(0, at.index).trim();
  // What it covers keeps the word that makes it an example ("e.g., working with partners"), the notice's own hedge; a word
  // that leads into a list of what it is ("including", "kuten", "såsom") goes.
  const covers = text.slice(at.index).replace(/^\s*[,–—-]?\s*/u, '').replace(LIST_LEAD, '').trim().replace(/[.;:]$/u, '');
  return covers && isBasisOnly(label) ? { purpose: covers, basis: label } : undefined;
}

/** What a basis label says it covers when it covers nothing: "Legal obligations: none of ours involve …", "Suostumus: ei käytetä". */
const NONE_COVERED = /^(?:none|no\s|not\s(?:used|applicable)|n\/a|ei\s|eivät\s|ei$|emme\s|inga?\s|ingen|inte\s|används\s+inte)/iu;

/** A basis label that covers nothing: an item of a list of bases that is not one of its purposes. */
export function coversNothing(text: string): boolean {
  const at = /:\s+/u.exec(text);
  return !!at && NONE_COVERED.test(text.slice(at.index + at[0].length).trim()) && statedBases(text.slice(0, at.index)).bases.length > 0;
}

/**
 * "Providing the app you asked for (contract): keeping your data on your phone, …": a purpose with its
 * basis in brackets as the label, and what it covers after the colon; the purpose is the whole item.
 */
export function labelledPair(text: string): { purpose: string; basis: string } | undefined {
  const at = /:\s+/u.exec(text);
  const pair = at ? basisPair(text.slice(0, at.index).trim()) : undefined;
  return pair && { purpose: `${pair.purpose}: ${text.slice(at!.index + at![0].length).trim()}`, basis: pair.basis };
}

/** Items that each open on a label naming a basis, between them at least two bases: a list of bases with what each covers. */
export function isBasisLabelList(items: readonly string[]): boolean {
  const labels = items.filter((i) => !coversNothing(i)).map((i) => basisLabel(i) ?? labelledPair(i));
  if (items.length < 2 || labels.some((l) => !l)) return false;
  return new Set(labels.flatMap((l) => statedBases(l!.basis).bases)).size >= 2;
}

/** A sentence that opens by pointing back ("Tämä …", "Also …"): it speaks of the same purpose. */
const POINTS_BACK = /^(?:tämä|tähän|se|näin|myös|lisäksi|samoin|detta|det|dessutom|även|också|this|it|also|additionally|moreover)(?![\p{L}])/iu;

/**
 * "Purpose: basis. Another activity rests on another basis.": the basis said right after the
 * purpose, when each sentence after it names an activity of its own, not the purpose again.
 */
function leadingBasis(right: string): string | undefined {
  const [first, ...rest] = sentences(right);
  if (!first) return undefined;
  const aim = basisThenAim(first.replace(/[.;]$/u, ''));
  if (aim) return rest.every((s) => !POINTS_BACK.test(s)) ? aim : undefined;
  const clause = RELATIVE.exec(first);
  // "suostumuksesi, jonka annat evästeilmoituksessa": the basis, and a clause on how it is given.
  if (clause && isBasisOnly(first.slice(0, clause.index))) return first.slice(0, clause.index);
  if (!rest.length || !isBasisOnly(first.replace(/[.;]$/u, ''))) return undefined;
  return rest.every((s) => !POINTS_BACK.test(s)) ? first.replace(/[.;]$/u, '') : undefined;
}

/**
 * "legitimate interest (Article 6(1)(f)), being able to hire the right tutors", "avtalet (artikel 6.1 b), som en del av
 * tjänsten": a basis with its article, and after a comma what it serves, naming no other basis: the whole, whose
 * basis is the one named (and for legitimate interests, the interest is what follows).
 */
function basisThenAim(sentence: string): string | undefined {
  const at = /\)\s*,\s+/u.exec(sentence);
  if (!at || !hasPoint(sentence.slice(0, at.index + 1)) || !isBasisOnly(sentence.slice(0, at.index + 1))) return undefined;
  const after = sentence.slice(at.index + at[0].length);
  // "…, as explained in the section on direct marketing": a pointer elsewhere, not what the basis serves.
  return statedBases(after).bases.length || POINTER.test(after) ? undefined : sentence;
}

/** A pointer to another part of the notice: "as explained in …", "see …", "kuten … kohdassa", "se avsnitt …". */
const POINTER = /^(?:as (?:explained|described|set out|stated)|see|kuten (?:\p{L}+ ){0,3}(?:kohdassa|osiossa)|katso|ks\.|se (?:avsnitt|punkt)|såsom (?:beskrivs|anges))(?!\p{L})/iu;

/** A relative clause after a comma: "…, jonka annat", "…, som du ger", "…, which you give". */
const RELATIVE = /,\s+(?:jonka|joka|jota|jolla|mikä|minkä|som|vilket|which|that|who)(?![\p{L}])/u;

/** A basis in brackets at the end belongs to the whole text only where the text names no other basis before it. */
function onlyOwnBases(before: string, basis: string): boolean {
  const own = statedBases(basis).bases;
  return statedBases(before).bases.every((b) => own.includes(b));
}
