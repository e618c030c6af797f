/** Purposes of the processing and the legal bases the notice states for them. */
import type { LegalBasis } from '../../types.js';
import type { Block } from '../document/block.js';
import { DraftState, type StatedIn } from '../draft/state.js';
import { isLeadIn, sentences } from '../draft/text.js';
import { type Unit, listText, unitLines } from '../draft/units.js';
import { classifyHeading } from '../headings.js';
import type { Section } from '../outline.js';
import { basisPair, DISTINCT_NAMES, hasPoint, isBasisOnly, purposeNames, statedBases } from './bases.js';
import { DATA_LEAD_IN, dataList } from './data.js';
import { CONDITIONAL, isPurposeSentence } from './purpose-prose.js';
import { SOURCE_LEAD_IN, sourceFromList, sourceSentences } from './sources.js';

/** A sentence that states the legal basis of the processing. */
export const BASIS_STATEMENT =
  /oikeusperust|lakiperust|käsittelyn (?:\p{L}+ )?perust(?:e|eena|eina|eet)(?![\p{L}])|perustuu|perusteena on|rättslig\p{L}* grund|grundar sig (?:\p{L}+ ){0,2}?på|baseras (?:\p{L}+ ){0,2}?på|på grundval av|(?<![\p{L}])art(?:icle|ikel|ikla|\.)?\s*6\s*[(.\s]\s*1|6 artiklan 1|legal basis|lawful basis|legal grounds?|lawful grounds?|we (?:process|use) [^.]*\b(?:on the basis of|based on)\b|\b(?:processing|process)\b[^.]*\b(?:is|are) based on\b/iu;

/** A lead-in that speaks of purposes too: its list is one of purposes, whatever it says of bases. */
const PURPOSE_WORDS = /tarkoitu|ändamål|syfte|\bpurpose/iu;

/** Consent and contract tied to one purpose: the words must say the processing rests on them. */
export const PURPOSE_BASIS: readonly [LegalBasis, RegExp][] = [
  [
    'consent',
    /suostumukse(?:en|lla)|suostumukse\p{L}{0,4} (?:perusteella|nojalla)|(?<![\p{L}])\p{L}{0,30}suostumus(?:ta)? pyydetään|pyydetään \p{L}*suostumu|pyydämme (?:\p{L}+ )?suostumu|(?<![\p{L}])ber (?:vi )?(?:dig |er )?om (?:ditt |ert )?(?:\p{L}+ )?samtycke|\b(?:ask|request)(?:s|ed)? (?:for )?(?:your |their )?(?:\p{L}+ )?consent\b|med (?:ditt|ert|din|er|den registrerades) samtycke|(?:grundar sig (?:\p{L}+ ){0,2}?på|baseras (?:\p{L}+ ){0,2}?på|på grundval av|med stöd av) (?:\p{L}+ ){0,2}samtycke|\(samtycke\)|\b(?:with|based on|on the basis of|under|by) (?:your |their |the data subject'?s? )?consent\b|\(consent\)/iu,
  ],
  [
    'contract',
    /perustuu (?:\p{L}+ ){0,3}sopimukseen|sopimuksen (?:täytäntöönpano|täytäntöön pan|perusteella|toteuttami)|sopimukseen perustuen|(?:fullgöra|fullgörande av) (?:ett |vårt |det |ert )?avtal|(?:grundar sig (?:\p{L}+ ){0,2}?på|baseras (?:\p{L}+ ){0,2}?på|på grundval av|med stöd av) (?:\p{L}+ ){0,2}avtal|\(avtal\)|\b(?:necessary|needed) (?:to|for) (?:the )?perform\p{L}*(?: of)? (?:a |the |our |your )?contract|\bperform(?:ing|ance of)? (?:a |the |our |your )?contract|\b(?:based on|under) (?:a |the |our |your )?contract|\(contract\)/iu,
  ],
];

const PURPOSE_NAMES = purposeNames(PURPOSE_BASIS);

export const ENUMERATION = /,|(?<![\p{L}])(?:tai|ja|sekä|eller|och|samt|or|and)(?![\p{L}])|\//iu;

export function purposeBases(text: string): LegalBasis[] {
  return statedBases(text, PURPOSE_NAMES).bases;
}

export const DIRECT_MARKETING = /suoramarkkin|suoramainon|direct marketing/iu;

/** Words that say the processing rests on the basis named: "perusteella", "grundar sig på", "based on". */
const RESTS_ON =
  /perustu|perusteella|perusteena|nojalla|oikeusperust|grundar sig|baseras|på grundval|med stöd av|rättslig\p{L}* grund|\bbased on|on the basis of|legal basis|lawful basis|\brel(?:y|ies) on|\brests? on/iu;

/**
 * A legal obligation only implied: the purpose is to fulfil obligations ("lakisääteisten velvoitteiden
 * täyttäminen") or a statute requires it, and nothing says the processing rests on it.
 */
function impliedOnly(text: string, bases: readonly LegalBasis[]): boolean {
  return bases.length === 1 && bases[0] === 'legal_obligation' && !RESTS_ON.test(text) && !hasPoint(text);
}

/** A purpose, with the basis it states itself: "Uutiskirje (suostumus)", "Kundtjänst – avtal", "… based on your consent". */
export function addPurpose(x: DraftState, text: string, where: StatedIn = {}): void {
  const pair = basisPair(text);
  const found = pair ? statedBases(pair.basis) : statedBases(text, PURPOSE_NAMES);
  const implied = !pair && impliedOnly(text, found.bases);
  x.purposes.push({ text: pair ? pair.purpose : text, bases: found.bases, statutes: found.statutes, ...(found.law ? { law: found.law } : {}), ...(implied ? { implied } : {}), ...where });
}

/** A sentence that states the basis of the case it opens on ("Om du lämnar … förlitar vi oss på ditt samtycke"): a purpose with its basis. */
function addCase(x: DraftState, text: string, where: StatedIn): void {
  const found = statedBases(text);
  x.purposes.push({ text, bases: found.bases, statutes: found.statutes, ...(found.law ? { law: found.law } : {}), ...(where.section === undefined ? {} : { section: where.section }) });
}

/** A statement of bases; `about` the purpose it names, when it is a "purpose – basis" pair. */
export function statement(x: DraftState, text: string, lines: string[], about?: string, where: StatedIn = {}): void {
  const found = statedBases(text);
  const assignable = !about && found.bases.length === 1 && !found.statutes.length && !ENUMERATION.test(text);
  x.statements.push({ ...found, assignable, lines, text, ...(about ? { about } : {}), ...where });
}

/** A sentence about bases: it says what the processing rests on, or names a basis without saying a purpose. */
export function isBasisSentence(text: string): boolean {
  if (BASIS_STATEMENT.test(text)) return true;
  return !isPurposeSentence(text) && (hasPoint(text) || statedBases(text, DISTINCT_NAMES).bases.length > 0);
}

/**
 * Sentences that state purposes and bases together: each purpose sentence a purpose, a sentence
 * that opens on its case a purpose with its basis, the other basis sentences one statement of the
 * same group, so that one basis stated there holds for the purposes stated there.
 */
export function proseSentences(x: DraftState, texts: readonly string[], lines: string[] | undefined, where: StatedIn): void {
  const group = where.group ?? x.place();
  const bases: string[] = [];
  for (const s of texts) {
    if (isBasisSentence(s)) {
      if (CONDITIONAL.test(s) && statedBases(s).bases.length === 1) addCase(x, s, where);
      else bases.push(s);
    } else if (isPurposeSentence(s)) addPurpose(x, s, { ...where, group });
  }
  if (bases.length) statement(x, bases.join(' '), lines ?? bases, undefined, { ...where, group });
}

const DENIAL = /(?<![\p{L}])(?:ei|emme|eikä|inte|aldrig|not|never)(?![\p{L}])/iu;

/** A paragraph whose every sentence denies ("Tietoja ei käytetä profilointiin"): no purpose. */
function onlyDenies(text: string): boolean {
  return sentences(text).every((s) => DENIAL.test(s));
}

/** A paragraph with purposes said in sentences among its basis sentences. */
function hasPurposeSentence(text: string): boolean {
  return sentences(text).some((s) => !isBasisSentence(s) && isPurposeSentence(s));
}

/**
 * A list of bases: pairs are kept with the purpose they name; the rest hold for the register as a
 * whole, or for the purposes its lead-in states ("Tietoja käsitellään jäsenyyden hoitamiseksi.
 * Käsittelyn oikeusperuste on:"), when it gives them one basis.
 */
function basisList(x: DraftState, u: Extract<Unit, { type: 'list' }>, where: StatedIn = {}): void {
  const group = where.group ?? x.place();
  if (u.leadIn) for (const s of sentences(u.leadIn.text)) if (!isBasisSentence(s) && isPurposeSentence(s)) addPurpose(x, s, { ...where, group });
  const rest: string[] = [];
  for (const item of u.items) {
    const pair = basisPair(item);
    if (pair) statement(x, pair.basis, [item], pair.purpose);
    else rest.push(item);
  }
  const lines = [...(u.leadIn?.lines ?? []), ...rest.map((i) => `- ${i}`)];
  if (rest.length || u.leadIn) statement(x, [u.leadIn?.text ?? '', ...rest].join('\n'), lines, undefined, { ...where, group });
}

/** What a basis part of a notice says: never purposes. */
export function basisUnit(x: DraftState, u: Unit, where: StatedIn = {}): void {
  if (u.type === 'list') basisList(x, u, where);
  else if (u.type === 'para') statement(x, u.block.text, u.block.lines, undefined, where);
}

function isBasisListOf(u: Extract<Unit, { type: 'list' }>): boolean {
  if (u.leadIn && BASIS_STATEMENT.test(u.leadIn.text) && !PURPOSE_WORDS.test(u.leadIn.text)) return true;
  return u.items.every(isBasisOnly);
}

/** A subheading over bases: "Oikeusperuste", "Rättslig grund", "Legal basis". */
function isBasisHeading(text: string): boolean {
  const kind = classifyHeading(text)[0];
  return kind === 'legal_basis' || kind === 'legitimate_interest';
}

/** A list of purposes; a lead-in that states one basis gives it to each ("… sopimuksen perusteella seuraaviin tarkoituksiin:"). */
function purposeList(x: DraftState, u: Extract<Unit, { type: 'list' }>, where: StatedIn): void {
  const group = where.group ?? x.place();
  for (const item of u.items) addPurpose(x, item, { ...where, group });
  if (u.leadIn && (BASIS_STATEMENT.test(u.leadIn.text) || statedBases(u.leadIn.text, PURPOSE_NAMES).bases.length)) {
    statement(x, u.leadIn.text, u.leadIn.lines, undefined, { ...where, group });
  } else x.leadIn('purposes', u.leadIn);
}

/**
 * Where the notice states its purposes only in its pairs of basis and purpose ("Legitimate interests
 * (Article 6(1)(f)): processing for security and fraud prevention"), each pair is a purpose with its basis.
 */
export function pairsAsPurposes(x: DraftState): boolean {
  const pairs = x.statements.filter((s) => s.about !== undefined && s.bases.length);
  for (const s of pairs) x.purposes.push({ text: s.about!, bases: s.bases, statutes: s.statutes, ...(s.law ? { law: s.law } : {}) });
  const rest = x.statements.filter((s) => !pairs.includes(s));
  x.statements.splice(0, x.statements.length, ...rest);
  return pairs.length > 0;
}

/**
 * A paragraph of a purpose section: its statement of bases, with the purposes it says in sentences;
 * or, where the section says its purposes in sentences, a paragraph that names a basis but neither a
 * purpose nor that the processing rests on it is about the basis ("Kysyttäessä suostumusta …").
 * Whether it is left for the TODO.
 */
function purposePara(x: DraftState, block: Block, where: StatedIn, prose: boolean): boolean {
  const text = block.text;
  if (BASIS_STATEMENT.test(text)) {
    proseSentences(x, sentences(text), block.lines, where);
    return false;
  }
  if (prose && !hasPurposeSentence(text) && !PURPOSE_BASIS.some(([, re]) => re.test(text)) && statedBases(text).bases.length) {
    statement(x, text, block.lines, undefined, where);
    return false;
  }
  if (isLeadIn(text)) return true;
  const found = sourceSentences(text);
  if (found.sources.length && !found.rest.length) {
    for (const s of found.sources) x.sources.push({ type: s.type, description: x.t(s.text) });
    return false;
  }
  return true;
}

/** In a section on purposes and sources, a list whose lead-in says where data come from. */
function isSourceList(section: Section, u: Extract<Unit, { type: 'list' }>): boolean {
  return section.kinds.includes('sources') && u.leadIn !== undefined && SOURCE_LEAD_IN.test(u.leadIn.text);
}

/** In a section on purposes and data ("Mitä tietoja keräämme ja miten käytämme niitä?"), a list whose lead-in says it is of data. */
function isDataList(section: Section, u: Extract<Unit, { type: 'list' }>): boolean {
  return section.kinds.includes('data_categories') && u.leadIn !== undefined && DATA_LEAD_IN.test(u.leadIn.text);
}

/** A list of purposes: not one of bases, sources or data. */
function isPurposeList(section: Section, u: Unit): boolean {
  return u.type === 'list' && !isBasisListOf(u) && !isSourceList(section, u) && !isDataList(section, u);
}

/** The units under each subheading of a section, those before the first with none. */
function subsections(units: readonly Unit[]): { heading?: Block; units: Unit[] }[] {
  const out: { heading?: Block; units: Unit[] }[] = [{ units: [] }];
  for (const u of units) {
    if (u.type === 'sub') out.push({ heading: u.block, units: [] });
    else out[out.length - 1]!.units.push(u);
  }
  return out.filter((c) => c.heading || c.units.length);
}

/**
 * A subsection that names its purpose in its heading and gives no purpose in its text ("Marknadsföring"
 * over "Med ditt samtycke skickar vi nyhetsbrev. Rättslig grund: samtycke."): the heading, with the text
 * that is not about the basis, is the purpose; the basis stated under it is its basis.
 */
function headingPurpose(x: DraftState, heading: Block, units: readonly Unit[], where: StatedIn): void {
  const text = units.flatMap((u) => (u.type === 'para' ? sentences(u.block.text) : [])).filter((s) => !isBasisSentence(s)).join(' ');
  x.purposes.push({ text: text ? `${heading.text}: ${text}` : heading.text, bases: [], statutes: [], ...where });
}

export function purposeSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  const section_ = x.place();
  // Beside a list of purposes, a paragraph is a purpose only when it says so in a sentence.
  const hasList = units.some((u) => isPurposeList(section, u));
  const prose = units.some((u) => u.type === 'para' && hasPurposeSentence(u.block.text));
  const left: Unit[] = [];
  for (const chunk of subsections(units)) {
    const where: StatedIn = { section: section_, ...(chunk.heading ? { group: x.place() } : {}) };
    if (chunk.heading && isBasisHeading(chunk.heading.text)) {
      for (const u of chunk.units) basisUnit(x, u, { section: section_ });
      continue;
    }
    const before = x.purposes.length;
    const rest = chunk.units.filter((u) => purposeUnit(x, section, u, where, { hasList, prose }));
    if (chunk.heading && x.purposes.length === before && !hasList) headingPurpose(x, chunk.heading, chunk.units, where);
    else if (chunk.heading) left.push({ type: 'sub', block: chunk.heading });
    left.push(...rest);
  }
  x.leftover(section, 'purposes', 'not turned into purposes: add what is a purpose to `purposes`', left);
}

/** One list or paragraph of a purpose section; whether it is left for the TODO. */
function purposeUnit(x: DraftState, section: Section, u: Unit, where: StatedIn, shape: { hasList: boolean; prose: boolean }): boolean {
  if (u.type === 'list') {
    if (isSourceList(section, u)) sourceFromList(x, u);
    else if (isDataList(section, u)) dataList(x, u);
    else if (isBasisListOf(u)) basisList(x, u, where);
    else purposeList(x, u, where);
    return false;
  }
  if (u.type === 'sub') return true;
  if (!purposePara(x, u.block, where, shape.prose)) return false;
  const text = u.block.text;
  // Beside a list, a paragraph left unfinished ("Käytämme tietoja, jotta voimme") leads into it.
  const purpose = !shape.hasList || (hasPurposeSentence(text) && /[.!?)]$/u.test(text));
  if (isLeadIn(text) || text.length < 10 || !purpose || onlyDenies(text)) return true;
  addPurpose(x, text, where);
  return false;
}

/** A sentence that says what the purpose is: "Käsittelyn tarkoitus on …", "Ändamålet med behandlingen är …", "The purpose of … is …". */
const PURPOSE_SAID = /(?:tarkoitus|tarkoituksena)\s+(?:on|ovat)|ändamål\p{L}*\s+(?:\p{L}+\s+){0,3}är|purposes?\s+(?:\p{L}+\s+){0,4}(?:is|are)\b/iu;

/** A section on legal bases: its pairs are kept with their purposes, the rest holds for the register as a whole. */
export function basisSection(x: DraftState, section: Section, units: readonly Unit[], kind: 'legal_basis' | 'legitimate_interest'): void {
  if (kind === 'legitimate_interest') {
    // The interests pursued: they say that some processing rests on them, not which.
    const lines = [section.heading.text, ...units.flatMap(unitLines)];
    x.statements.push({ bases: ['legitimate_interests'], statutes: [], assignable: false, lines, text: lines.join('\n') });
    return;
  }
  const rest: Unit[] = [];
  for (const u of units) {
    if (u.type === 'list' && u.items.some((i) => basisPair(i))) basisList(x, u);
    // "Käsittelyn tarkoitus on …" under a heading read as the basis: a purpose, not part of the statement.
    else if (u.type === 'para' && PURPOSE_SAID.test(u.block.text) && !statedBases(u.block.text).bases.length) addPurpose(x, u.block.text);
    else rest.push(u);
  }
  if (!rest.length) return;
  const text = rest.map((u) => (u.type === 'list' ? listText(u) : u.block.text)).join(' ');
  statement(x, `${section.heading.text}: ${text}`, [section.heading.text, ...rest.flatMap(unitLines)]);
}
