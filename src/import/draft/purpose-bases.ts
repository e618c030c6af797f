/**
 * The legal bases of the purposes: those a purpose states itself, those a statement ties to one
 * purpose by naming it; never a basis the notice does not give to it.
 */
import type { LegalBasis } from '../../types.js';
import { isBasisOnly, statedBases } from '../recognise/bases.js';
import { DIRECT_MARKETING, PAIRED } from '../recognise/purposes.js';
import { coveredPurposes } from './basis-cover.js';
import { scopedBases } from './basis-scope.js';
import { subjectPurposes } from './subject-purposes.js';
import type { DraftState, PurposeDraft, Statement } from './state.js';
import { sentences, wordsOnly } from './text.js';
import { interestIn } from '../recognise/interest.js';
import { COOKIE_WORD } from '../../check/consent-words.js';
import { findWords } from '../../check/words.js';
import { cookieBasis } from '../recognise/cookie-basis.js';


/** The one purpose a text names: the same words, or a purpose's whole text within it. */
function namedPurpose(purposes: readonly PurposeDraft[], text: string, exact: boolean): PurposeDraft | undefined {
  const t = wordsOnly(text);
  const hits = purposes.filter((p) => {
    const q = wordsOnly(p.text);
    return q === t || (q.length >= 8 && (t.includes(q) || (exact && q.includes(t) && t.length >= 8)));
  });
  return hits.length === 1 ? hits[0] : undefined;
}

function give(p: PurposeDraft, bases: readonly LegalBasis[], law: string | undefined, text = ''): void {
  for (const b of bases) if (!p.bases.includes(b)) p.bases.push(b);
  if (law) p.law ??= law;
  const interest = bases.includes('legitimate_interests') ? interestIn(text) : undefined;
  if (interest) p.interest ??= interest;
}

/** Words that say a basis holds only when needed or in some cases. */
const ONLY_SOME = /(?<![\p{L}])(?:vid behov|tarvittaessa|where necessary|when needed|if needed|i vissa fall|joissakin tapauksissa|in some cases)(?![\p{L}])/iu;

/**
 * Where the statement stands, a sentence says a basis holds only when needed ("Vi behandlar dina
 * uppgifter också vid behov för att uppfylla berättigade intressen"): the basis is not that of every purpose there.
 */
function onlySome(s: Statement): boolean {
  return sentences(s.lines.join(' ')).some((t) => ONLY_SOME.test(t) && statedBases(t).bases.length > 0);
}

/**
 * The register said to be a list the law requires ("Rekisteri on yhdistyksen lakisääteinen jäsenluettelo",
 * "Registret är föreningens lagstadgade medlemsförteckning"): the law obliges keeping the list, not the
 * uses it is put to beside it.
 */
const REGISTER_IS_STATUTORY =
  /(?:rekisteri|luettelo)\p{L}{0,4} on (?:(?!ei )\S+ ){0,2}lakisääteinen|(?:registret|förteckningen) är (?:(?!inte )\S+ ){0,2}lagstadgad|(?:register|list) is (?:(?!not )\S+ ){0,2}statutory/iu;

/** What cookies serve: statistics, analytics, tracking, the user's experience of the site, marketing. */
const COOKIE_USES =
  /analy\p{L}*|kävijä\p{L}*|tilast\p{L}*|statisti\p{L}*|seuran\p{L}*|besök\p{L}*|visit\p{L}*|track\p{L}*|spår\p{L}*|käyttökokemu\p{L}*|user experience|förbättra webbplatsen|improv\p{L}* the (?:web)?site|markkin\p{L}*|marknadsf\p{L}*|marketing|mainon\p{L}*|annons\p{L}*|advertis\p{L}*/iu;

/**
 * A basis said of the cookies ("För cookies och externa tjänster … används samtycke som rättslig grund") is not
 * that of a purpose that speaks of neither cookies nor what they serve ("… för att kunna besvara inkommande frågor").
 */
function ofCookiesOnly(s: Statement, p: PurposeDraft): boolean {
  return cookieBasis(s.text) !== undefined && !findWords(p.text, COOKIE_WORD).length && !COOKIE_USES.test(p.text);
}

/** One basis stated in the paragraph, list or topic of some purposes holds for those that state none themselves. */
function tieGroup(purposes: readonly PurposeDraft[], s: Statement): PurposeDraft[] {
  if (s.group === undefined || s.bases.length !== 1 || onlySome(s) || REGISTER_IS_STATUTORY.test(s.text)) return [];
  const here = purposes.filter((p) => p.group === s.group && (!p.bases.length || p.implied) && !ofCookiesOnly(s, p));
  for (const p of here) {
    p.bases = [];
    delete p.implied;
    give(p, s.bases, s.law, s.text);
  }
  return here;
}

/** Words that say the statement gives the basis of the processing ("Grunden för behandlingen är", "käsittely perustuu"), not a consent asked for something else. */
const BASIS_SAID = /peruste|perustuu|perustamme|(?<!\p{L})grund|(?<!\p{L})bas(?:e|es|is|ed)(?!\p{L})|rests? on|lawful/iu;

/**
 * One basis stated in the section of one purpose, in a paragraph of its own ("Mejladressen används för att
 * skicka nyhetsbrevet." then "Grunden för behandlingen är ditt samtycke."): the basis of that purpose.
 * Where the section has several purposes, which basis fits which stays the author's to say.
 */
function tieSection(purposes: readonly PurposeDraft[], s: Statement): PurposeDraft[] {
  if (s.section === undefined || s.bases.length !== 1 || !BASIS_SAID.test(s.text) || onlySome(s) || REGISTER_IS_STATUTORY.test(s.text)) return [];
  const here = purposes.filter((p) => p.section === s.section);
  if (here.length !== 1 || (here[0]!.bases.length && !here[0]!.implied) || ofCookiesOnly(s, here[0]!)) return [];
  const [p] = here as [PurposeDraft];
  p.bases = [];
  delete p.implied;
  give(p, s.bases, s.law, s.text);
  return here;
}

/**
 * One basis stated under a subheading of the one purpose's own heading ("### Ändamål: För att
 * marknadsföra …" then "#### Laglig grund: … samtycke"): the basis of that purpose, as when both stand
 * in one section; no purpose of another heading beside it.
 */
function tieTopic(purposes: readonly PurposeDraft[], s: Statement): PurposeDraft[] {
  if (s.parent === undefined || s.bases.length !== 1 || !BASIS_SAID.test(s.text) || onlySome(s) || REGISTER_IS_STATUTORY.test(s.text)) return [];
  const here = purposes.filter((p) => p.head === s.parent || p.parent === s.parent);
  if (here.length !== 1 || here[0]!.head !== s.parent || (here[0]!.bases.length && !here[0]!.implied) || ofCookiesOnly(s, here[0]!)) return [];
  const [p] = here as [PurposeDraft];
  p.bases = [];
  delete p.implied;
  give(p, s.bases, s.law, s.text);
  return here;
}

/** One basis for the processing and another for some data, in the same section as the purposes. */
function tieScoped(purposes: readonly PurposeDraft[], s: Statement): PurposeDraft[] {
  const found = scopedBases(purposes, s);
  if (!found) return [];
  for (const [p, b] of found) give(p, [b], undefined);
  return [...found.keys()];
}

/** The purposes a statement gave its basis to without naming them, with the statement: it is quoted at the first. */
type Quoted = [PurposeDraft, Statement][];

function tieNear(purposes: readonly PurposeDraft[], s: Statement, quoted: Quoted): boolean {
  const grouped = tieGroup(purposes, s);
  const sectioned = grouped.length ? grouped : tieSection(purposes, s);
  const given = sectioned.length ? sectioned : tieTopic(purposes, s);
  const tied = given.length ? given : tieScoped(purposes, s);
  if (tied[0]) quoted.push([tied[0], s]);
  return tied.length > 0;
}

/**
 * A basis with what it covers, given to the purposes the covered text names by their own words; what
 * legitimate interests cover is the interest pursued ("Berättigat intresse: För att skydda Tjänsten mot missbruk").
 */
function tieCovered(purposes: readonly PurposeDraft[], s: Statement, quoted: Quoted, rivals: readonly string[]): boolean {
  const covered = s.covers && s.bases.length ? coveredPurposes(purposes, s.about!, rivals) : [];
  for (const p of covered) {
    give(p, s.bases, s.law);
    if (s.bases.length === 1 && s.bases[0] === 'legitimate_interests') p.interest ??= s.about!;
  }
  if (covered[0]) quoted.push([covered[0], s]);
  return covered.length > 0;
}

/** What the other bases of the list cover, each with a basis of its own. */
function rivalsOf(s: Statement, all: readonly Statement[]): string[] {
  return all.flatMap((t) => (t !== s && t.covers && t.about && t.bases.length && t.bases.join() !== s.bases.join() ? [t.about] : []));
}

/** A statement tied to purposes it names, sentence by sentence; true when nothing is left of it. */
function tie(purposes: readonly PurposeDraft[], s: Statement, quoted: Quoted, all: readonly Statement[] = []): boolean {
  if (s.about) {
    // What a basis covers may name several purposes ("analytics, security"): each gets it, not only one it names whole.
    if (s.covers && tieCovered(purposes, s, quoted, rivalsOf(s, all))) return true;
    const p = s.bases.length ? namedPurpose(purposes, s.about, true) : undefined;
    if (p) give(p, s.bases, s.law, s.text);
    return p !== undefined;
  }
  const parts = sentences(s.text.replace(/\n/gu, ' '));
  const ties = parts.map((part) => {
    const found = parts.length === 1 ? s : statedBases(part);
    return { p: found.bases.length === 1 ? namedPurpose(purposes, part, false) : undefined, found };
  });
  const named = ties.filter((t) => t.found.bases.length);
  if (!named.length || named.some((t) => !t.p)) return tieNear(purposes, s, quoted);
  for (const t of named) give(t.p!, t.found.bases, t.found.law, s.text);
  return true;
}

function purposeOut(x: DraftState, p: PurposeDraft, i: number): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(p.id ? { id: p.id } : {}), description: x.t(p.text) };
  if (p.bases.length === 1) out['legal_basis'] = p.bases[0];
  // The interest the purpose's own words say ("… intresseavvägning. Det är vårt intresse av att …"), where no statement gave one.
  const interest = p.interest ?? (out['legal_basis'] === 'legitimate_interests' ? interestIn(p.text) : undefined);
  if (interest && out['legal_basis'] === 'legitimate_interests') out['legitimate_interest'] = x.t(interest);
  else if (p.bases.length > 1) x.todo(['purposes', i], `the text names several legal bases (${p.bases.join(', ')}): set the one \`legal_basis\` this purpose rests on`, []);
  if (p.law && out['legal_basis'] === 'legal_obligation') out['law'] = x.t(p.law);
  else if (p.statutes.length && !p.bases.length) {
    x.todo(['purposes', i], `the text names ${p.statutes.join(', ')} but not which basis of Art. 6(1): a statute is not a basis in itself; set \`legal_basis\` (\`legal_obligation\` when the law requires this processing) and name the law in \`law\``, []);
  }
  if (DIRECT_MARKETING.test(p.text)) out['direct_marketing'] = true;
  return out;
}

/** Text on legal bases that names none of Art. 6(1) and no statute ("Biträdesbehandling – Kundens ansvar"): quoted as what it is. */
function namingNone(x: DraftState, left: readonly Statement[]): Statement[] {
  const others = left.filter((s) => s.others);
  if (others.length) {
    x.todo(['purposes'], 'the original names a basis here only as one another party (the customer, the user) must hold: it is not the controller\'s; set `legal_basis` on each purpose from what the controller itself rests on', others.flatMap((s) => s.lines));
  }
  const none = left.filter((s) => !s.bases.length && !s.statutes.length && !s.others);
  if (none.length) {
    const lines = none.flatMap((s, i) => (i ? ['', ...s.lines] : s.lines));
    x.todo(['purposes'], 'the original speaks of legal bases here but names none of Art. 6(1): set `legal_basis` on each purpose', lines);
  }
  return left.filter((s) => !none.includes(s) && !others.includes(s));
}

/** The lines of the statements, a blank between them; a statement whose text an earlier one already quotes (a sentence of its paragraph) once. */
function withoutRepeatedLines(left: readonly Statement[]): string[] {
  const said: string[] = [];
  const out: string[] = [];
  for (const s of left) {
    const text = s.lines.join(' ').replace(/\s+/gu, ' ');
    if (said.some((t) => t.includes(text))) continue;
    said.push(text);
    out.push(...(out.length ? ['', ...s.lines] : s.lines));
  }
  return out;
}

function registerWide(x: DraftState, all: readonly Statement[], named: readonly LegalBasis[]): void {
  const left = namingNone(x, all);
  if (!left.length) return;
  const lines = withoutRepeatedLines(left);
  const laws = [...new Set(left.flatMap((s) => s.statutes))];
  const which = named.length ? `; they are listed in \`legal_bases\` (${named.map((b) => `\`${b}\``).join(', ')})` : '';
  const statutes = laws.length ? `; ${laws.join(', ')} is a statute, not a basis in itself: \`legal_obligation\` when the law requires the processing, with the law in \`law\`` : '';
  x.todo(['purposes'], `the original states legal bases for the register as a whole, not per purpose${which}${statutes}: set \`legal_basis\` on each purpose (Seloste does not guess which basis fits which purpose)`, lines);
}

/**
 * A purpose said again in the same words (a page that prints its table twice, for wide and narrow
 * screens) is one purpose: the later one goes, its bases given to the first, and a period that
 * applied to it applies to the first; a period said twice for it is one rule.
 */
function withoutRepeats(x: DraftState): void {
  const first = new Map<string, PurposeDraft>();
  const kept = x.purposes.filter((p) => {
    const seen = first.get(wordsOnly(p.text));
    if (!seen) first.set(wordsOnly(p.text), p);
    if (!seen) return true;
    give(seen, p.bases, p.law);
    if (p.id) movePeriods(x, p.id, (seen.id ??= p.id));
    return false;
  });
  x.purposes.splice(0, x.purposes.length, ...kept);
}

function movePeriods(x: DraftState, from: string, to: string): void {
  const seen = new Set<string>();
  const rules = x.retention.filter((r) => {
    if (r.applies_to?.includes(from)) r.applies_to = r.applies_to.map((id) => (id === from ? to : id));
    const key = JSON.stringify(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  x.retention.splice(0, x.retention.length, ...rules);
}

/**
 * The rows of a table whose columns are purposes and bases that name no purpose of the draft ("Marketing
 * emails after waitlist | Your explicit consent" beside a list of uses in other words): each a purpose of
 * its own with its basis, as the table says, not a basis for the register as a whole. The other statements.
 */
function rowPurposes(x: DraftState, left: readonly Statement[]): Statement[] {
  const rows = left.filter((s) => s.row && s.bases.length);
  for (const s of rows) {
    const p: PurposeDraft = { text: s.about!, bases: [], statutes: s.statutes };
    give(p, s.bases, s.law, s.text);
    x.purposes.push(p);
  }
  if (rows.length) x.remark(['purposes'], PAIRED, rows.flatMap((s) => s.lines));
  return left.filter((s) => !rows.includes(s));
}

/** What a basis listed with a dash covers, opened by its aim: "to provide our service", "for accounting", "för att uppfylla", "jotta voimme"; not by whom it is for ("för dig som prenumererar"). */
const AIM = /^\s*(?:to|for|in order to|för att|för|till att|jotta)\s+(?!(?:dig|er|oss|you|those|customers|clients|users|members|kunder|medlemmar|användare|people|persons)(?!\p{L}))\p{L}/iu;

/** What a listed basis covers says an aim of its own ("to provide our service"): not the basis again, nor a qualifier ("where applicable"). */
function namesAim(about: string): boolean {
  return !isBasisOnly(about) && AIM.test(about) && wordsOnly(about).split(' ').filter((w) => w.length >= 5).length >= 1;
}

/**
 * The items of a list of bases, each with what it is for after a dash ("Legal obligation – for accounting, taxation, and
 * regulatory compliance", "Consent (Art. 6(1)(a)) — for sending email communications"), that name no purpose of the draft: each a purpose of its own with its basis, as the list pairs them, not a basis for the register as a whole.
 * The other statements.
 */
function listedPurposes(x: DraftState, left: readonly Statement[]): Statement[] {
  // A basis labelled before a colon ("Consent: For optional details") covers what it names, data or a purpose: not read here.
  const listed = left.filter((s) => s.listed && !s.covers && s.about !== undefined && s.bases.length === 1 && namesAim(s.about));
  for (const s of listed) {
    const p: PurposeDraft = { text: s.about!.trim(), bases: [], statutes: s.statutes };
    give(p, s.bases, s.law);
    x.purposes.push(p);
  }
  if (listed.length) x.remark(['purposes'], PAIRED, listed.flatMap((s) => s.lines));
  return left.filter((s) => !listed.includes(s));
}

/**
 * One purpose in the whole register and one basis said for the processing ("Den rättsliga grunden för
 * behandlingen är berättigat intresse: att kunna besvara förfrågningar"): that purpose's basis, since
 * there is nothing else it could be the basis of. The statements left.
 */
function tieOnly(purposes: readonly PurposeDraft[], left: readonly Statement[], quoted: Quoted): Statement[] {
  const [p] = purposes;
  const giving = left.filter((s) => s.bases.length);
  const bases = [...new Set(giving.flatMap((s) => s.bases))];
  if (purposes.length !== 1 || (p!.bases.length && !p!.implied) || bases.length !== 1) return [...left];
  if (giving.some((s) => !BASIS_SAID.test(s.text) || onlySome(s) || REGISTER_IS_STATUTORY.test(s.text) || ofCookiesOnly(s, p!))) return [...left];
  p!.bases = [];
  delete p!.implied;
  for (const s of giving) give(p!, s.bases, s.law, s.text);
  quoted.push([p!, giving[0]!]);
  return left.filter((s) => !giving.includes(s));
}

/**
 * One basis said of the cookies alone ("För cookies och externa tjänster … används samtycke som rättslig grund"),
 * where no purpose speaks of cookies, is no basis of the register's purposes: it is quoted for the cookies,
 * and the statements left.
 */
function withoutCookieBases(x: DraftState, left: readonly Statement[]): Statement[] {
  const ofCookies = left.filter((s) => s.bases.length === 1 && x.purposes.length && x.purposes.every((p) => ofCookiesOnly(s, p)));
  if (ofCookies.length) x.todo(['cookies'], 'the original states this basis for the cookies, not for the purposes: say it in `cookies`, and give each purpose its own `legal_basis`', ofCookies.flatMap((s) => s.lines));
  return left.filter((s) => !ofCookies.includes(s));
}

/**
 * The purposes of the register with the bases the notice gives them, and the bases it states for the
 * register as a whole (never spread over the purposes: which covers which is the author's to say).
 */
export function purposesWithBases(x: DraftState): { purposes: Record<string, unknown>[]; registerBases: LegalBasis[] } {
  withoutRepeats(x);
  const quoted: Quoted = [];
  const untied = tieOnly(x.purposes, subjectPurposes(x, listedPurposes(x, rowPurposes(x, x.statements.filter((s) => !tie(x.purposes, s, quoted, x.statements))))), quoted);
  const left = withoutCookieBases(x, untied);
  const registerBases = [...new Set(left.flatMap((s) => s.bases))];
  // Bases stated apart and paired with no purpose: an obligation a purpose only names is not its basis.
  if (registerBases.length) for (const p of x.purposes) if (p.implied) p.bases = [];
  const purposes = x.purposes.map((p, i) => purposeOut(x, p, i));
  for (const [p, s] of quoted) x.remark(['purposes', x.purposes.indexOf(p)], 'The legal basis as the original states it:', s.lines);
  registerWide(x, left, registerBases);
  return { purposes, registerBases };
}
