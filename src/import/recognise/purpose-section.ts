/**
 * A section on purposes, read part by part: lists of purposes, of bases, of sources or of data;
 * paragraphs that say purposes or bases; a subheading per purpose or over the bases.
 */
import type { Block } from '../document/block.js';
import type { DraftState, StatedIn } from '../draft/state.js';
import { isLeadIn, sentences } from '../draft/text.js';
import type { Unit } from '../draft/units.js';
import { classifyHeading } from '../headings.js';
import type { Section } from '../outline.js';
import { bracketLabelled, isBasisOnly, statedBases } from './bases.js';
import { isPurposeSentence } from './purpose-prose.js';
import { DATA_LEAD_IN, dataList } from './data.js';
import {
  addPurpose,
  BASIS_STATEMENT,
  basisList,
  basisUnit,
  hasPurposeSentence,
  headedBasisList,
  isBasisListOf,
  isBasisSentence,
  onlyDenies,
  proseSentences,
  PURPOSE_BASIS,
  PURPOSE_NAMES,
  statement,
} from './purposes.js';
import { purposePairs } from './purpose-pairs.js';
import { purposesUnderBases } from './purpose-nested.js';
import { headedRecord, purposeRecord } from './purpose-record.js';
import { purposeRows } from './purpose-table.js';
import { SOURCE_LEAD_IN, sourceFromList, sourceSentences } from './sources.js';

/** A subheading over bases: "Oikeusperuste", "Rättslig grund", "Legal basis". */
function isBasisHeading(text: string): boolean {
  const kind = classifyHeading(text)[0];
  return kind === 'legal_basis' || kind === 'legitimate_interest';
}

/** A list of purposes; a lead-in that states one basis gives it to each ("… sopimuksen perusteella seuraaviin tarkoituksiin:"). */
function purposeList(x: DraftState, u: Extract<Unit, { type: 'list' }>, where: StatedIn): void {
  const group = where.group ?? x.place();
  if (!purposesUnderBases(x, u, { ...where, group })) purposeRows(x, u, { ...where, group }, addPurpose);
  if (u.leadIn && (BASIS_STATEMENT.test(u.leadIn.text) || statedBases(u.leadIn.text, PURPOSE_NAMES).bases.length)) {
    statement(x, u.leadIn.text, u.leadIn.lines, undefined, { ...where, group });
  } else x.leadIn('purposes', u.leadIn);
}

/** A sentence that opens on a label and goes on after its colon: "Yhdistyksen toiminnan hoitaminen: jäsenviestintä, …". */
const LABELLED = /^\p{Lu}[^:.]{3,80}:\s+\S/u;
/** A note's label: "Huom:", "Obs:", "Note:". */
const NOTE = /^(?:huom|huomaa|huomio|obs|observera|note|nb|please note)$/iu;

/** The label names no other part of a notice ("Säilytysaika:", "Oikeusperuste:") and is no note ("Huom:"). */
function labelsPurpose(sentence: string): boolean {
  const label = sentence.slice(0, sentence.indexOf(':')).trim();
  return !NOTE.test(label) && classifyHeading(label).every((k) => k === 'purposes');
}

/**
 * A paragraph of a purpose section: its purposes that each state their basis; its statement of bases,
 * with the purposes it says in sentences;
 * or, where the section says its purposes in sentences, a paragraph that names a basis but neither a
 * purpose nor that the processing rests on it is about the basis ("Kysyttäessä suostumusta …").
 * Whether it is left for the TODO.
 */
function purposePara(x: DraftState, block: Block, where: StatedIn, prose: boolean): boolean {
  const text = block.text;
  if (purposeRecord(x, text, where) || purposePairs(x, text, where)) return false;
  // "Service delivery (legal basis: contract): To create and manage your account …": a purpose with its basis.
  if (bracketLabelled(text)) {
    addPurpose(x, text, where);
    return false;
  }
  if (BASIS_STATEMENT.test(text)) {
    const all = sentences(text);
    // A purpose under its label, with what it covers, beside the basis ("Yhdistyksen toiminnan hoitaminen: jäsenviestintä ja kokousaineistot. Oikeusperusteena on …").
    const labelled = all.filter((s) => LABELLED.test(s) && !isBasisSentence(s) && !isPurposeSentence(s) && labelsPurpose(s));
    const group = { ...where, group: where.group ?? x.place() };
    for (const s of labelled) addPurpose(x, s, group);
    proseSentences(x, all.filter((s) => !labelled.includes(s)), block.lines, group);
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

/**
 * A subsection per purpose, in a section with several ("#### Development of products and services" over
 * what is done and "… is based on Finnish Design Shop's legitimate interests"): its paragraphs are one
 * purpose, the heading and the text that is not about the basis (or all of it, where every sentence
 * states the basis), and the one basis they state is its basis, the sentences that state it kept beside it. Whether the subsection was one.
 */
function subsectionPurpose(x: DraftState, heading: Block, units: readonly Unit[], where: StatedIn): boolean {
  if (!units.length || units.some((u) => u.type !== 'para')) return false;
  const all = units.flatMap((u) => (u.type === 'para' ? sentences(u.block.text) : []));
  const basis = all.filter(isBasisSentence);
  if (!basis.length || statedBases(basis.join(' ')).bases.length !== 1) return false;
  // A sentence that says both what is done and on what basis ("… käsitellä … tietoturvan varmistamiseksi oikeutetun edun perusteella") says the purpose too.
  const rest = all.filter((s) => !isBasisSentence(s));
  const text = (rest.length ? rest : all).join(' ');
  x.purposes.push({ text: `${heading.text}: ${text}`, bases: [], statutes: [], ...where });
  statement(x, basis.join(' '), basis, undefined, where);
  return true;
}

/**
 * The one purpose a subsection's text says, under the subheading that names it ("Svara på förfrågningar"
 * over "Vi svarar på förfrågningar du skickar via kontaktformulär"): the subheading leads its text.
 */
function headedPurpose(purpose: { text: string }, heading: Block): void {
  if (!purpose.text.toLowerCase().startsWith(heading.text.toLowerCase())) purpose.text = `${heading.text}: ${purpose.text}`;
}

/**
 * A row of a table or definition list: the purpose as its heading, its basis alone under it
 * ("Takuuasiat | Sopimus (GDPR 6.1 b)"), added; what follows the row is read as the section's text.
 */
function purposeRow(x: DraftState, chunk: { heading?: Block; units: Unit[] }, section: number): { heading?: Block; units: Unit[] } {
  const [first, ...rest] = chunk.units;
  if (!chunk.heading || first?.type !== 'para' || !isBasisOnly(first.block.text)) return chunk;
  addPurpose(x, `${chunk.heading.text} – ${first.block.text}`, { section, group: x.place() });
  return { units: rest };
}

export function purposeSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  if (headedRecord(x, section.heading.text, units)) return;
  const sectionPlace = x.place();
  // Beside a list of purposes, a paragraph is a purpose only when it says so in a sentence.
  const hasList = units.some((u) => isPurposeList(section, u));
  const prose = units.some((u) => u.type === 'para' && hasPurposeSentence(u.block.text));
  const left: Unit[] = [];
  const chunks = subsections(units);
  for (const whole of chunks) {
    const chunk = purposeRow(x, whole, sectionPlace);
    const where: StatedIn = { section: sectionPlace, ...(chunk.heading ? { group: x.place() } : {}) };
    if (chunk.heading && isBasisHeading(chunk.heading.text)) {
      for (const u of chunk.units) if (!headedBasisList(x, chunk.heading.text, u, { section: sectionPlace })) basisUnit(x, u, { section: sectionPlace });
      continue;
    }
    if (chunk.heading && chunks.length > 1 && subsectionPurpose(x, chunk.heading, chunk.units, where)) continue;
    const before = x.purposes.length;
    const rest = chunk.units.filter((u) => purposeUnit(x, section, u, where, { hasList, prose }));
    if (chunk.heading && x.purposes.length === before && !hasList) headingPurpose(x, chunk.heading, chunk.units, where);
    else if (chunk.heading && x.purposes.length > before && (x.purposes.length === before + 1 || hasList)) x.purposes.slice(before).forEach((p) => headedPurpose(p, chunk.heading!));
    else if (chunk.heading) left.push({ type: 'sub', block: chunk.heading });
    left.push(...rest);
  }
  x.leftover(section, 'purposes', 'not turned into purposes: add what is a purpose to `purposes`', left);
}

/** "Other than / except" in a lead-in that denies: the list is what is done ("Emme käytä tietoja muuhun kuin:"). */
const SAVE_FOR = /(?<![\p{L}])(?:muu\p{L}* kuin|paitsi|lukuun ottamatta|vain|ainoastaan|other than|except|besides|only|annat än|utöver|förutom|endast|enbart)(?![\p{L}])/iu;

/** A list under a lead-in that denies ("We do not:", "Emme:", "Vi gör inte följande:"): what is not done, no purposes. */
function deniedList(u: Extract<Unit, { type: 'list' }>): boolean {
  return u.leadIn !== undefined && !u.leadIn.tableHeader && onlyDenies(u.leadIn.text) && !SAVE_FOR.test(u.leadIn.text);
}

/** A verb of using or processing data: "käyttää", "används", "uses", "processes". */
const USES = /(?<![\p{L}])(?:käyt[täe]\p{L}*|hyödyn\p{L}*|käsittel\p{L}*|använd\p{L}*|behandla\p{L}*|uses?|used|process(?:es|ed)?)(?![\p{L}])/iu;

/**
 * A list of data under a lead-in that says what they are used for ("Tuomaristo käyttää seuraavia tietoja
 * salamurhaturnauksen sisäiseen viestintään (suostumus):", "We use the following data to answer your
 * question:"): the lead-in, with its basis, is a purpose, and the items are its data. Whether the list was one.
 */
function dataForPurpose(x: DraftState, u: Extract<Unit, { type: 'list' }>, where: StatedIn): boolean {
  const lead = u.leadIn && !u.leadIn.tableHeader ? u.leadIn.text.replace(/[:：]\s*$/u, '') : '';
  const data = DATA_LEAD_IN.exec(lead);
  if (!data || !USES.test(lead)) return false;
  // What the data are for, after the words for them, without a basis in brackets at its end.
  const end = lead.slice(data.index + data[0].length).replace(/\([^()]*\)\s*$/u, '').trim();
  if (end.split(/\s+/u).length < 2) return false;
  addPurpose(x, lead, { ...where, group: x.place() });
  // Data said again for another purpose are one category.
  const known = new Set(x.categories);
  const before = x.categories.length;
  dataList(x, u);
  const added = x.categories.splice(before).filter((c) => !known.has(c));
  x.categories.push(...new Set(added));
  return true;
}

/** One list or paragraph of a purpose section; whether it is left for the TODO. */
function purposeUnit(x: DraftState, section: Section, u: Unit, where: StatedIn, shape: { hasList: boolean; prose: boolean }): boolean {
  if (u.type === 'list' && deniedList(u)) return true;
  if (u.type === 'list' && dataForPurpose(x, u, where)) return false;
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
