/** Purposes of the processing and the legal bases the notice states for them. */
import type { LegalBasis } from '../../types.js';
import type { Block } from '../document/block.js';
import { DraftState } from '../draft/state.js';
import { isLeadIn, sentences } from '../draft/text.js';
import { type Unit, listText, unitLines } from '../draft/units.js';
import { classifyHeading } from '../headings.js';
import type { Section } from '../outline.js';
import { basisPair, isBasisOnly, purposeNames, statedBases } from './bases.js';
import { SOURCE_LEAD_IN, sourceFromList, sourceSentences } from './sources.js';

/** A sentence that states the legal basis of the processing. */
export const BASIS_STATEMENT =
  /oikeusperust|käsittelyn (?:\p{L}+ )?perust(?:e|eena|eina|eet)(?![\p{L}])|perustuu|perusteena on|rättslig\p{L}* grund|grundar sig på|baseras på|på grundval av|(?<![\p{L}])art(?:icle|ikel|ikla|\.)?\s*6\s*[(.\s]\s*1|6 artiklan 1|legal basis|lawful basis|legal grounds?|lawful grounds?|we (?:process|use) [^.]*\b(?:on the basis of|based on)\b/iu;

/** A lead-in that speaks of purposes too: its list is one of purposes, whatever it says of bases. */
const PURPOSE_WORDS = /tarkoitu|ändamål|syfte|\bpurpose/iu;

/** Consent and contract tied to one purpose: the words must say the processing rests on them. */
export const PURPOSE_BASIS: readonly [LegalBasis, RegExp][] = [
  [
    'consent',
    /suostumukse(?:en|lla)|suostumukse\p{L}{0,4} (?:perusteella|nojalla)|(?<![\p{L}])\p{L}{0,30}suostumus(?:ta)? pyydetään|pyydetään \p{L}*suostumu|med (?:ditt|ert|din|er|den registrerades) samtycke|(?:grundar sig på|baseras på|på grundval av|med stöd av) (?:\p{L}+ ){0,2}samtycke|\(samtycke\)|\b(?:with|based on|on the basis of|under|by) (?:your |their |the data subject'?s? )?consent\b|\(consent\)/iu,
  ],
  [
    'contract',
    /perustuu (?:\p{L}+ ){0,3}sopimukseen|sopimuksen (?:täytäntöönpano|täytäntöön paneminen|perusteella|toteuttami)|sopimukseen perustuen|(?:fullgöra|fullgörande av) (?:ett |vårt |det |ert )?avtal|(?:grundar sig på|baseras på|på grundval av|med stöd av) (?:\p{L}+ ){0,2}avtal|\(avtal\)|\b(?:necessary|needed) (?:to|for) (?:the )?perform\p{L}*(?: of)? (?:a |the |our |your )?contract|\bperform(?:ing|ance of)? (?:a |the |our |your )?contract|\b(?:based on|under) (?:a |the |our |your )?contract|\(contract\)/iu,
  ],
];

const PURPOSE_NAMES = purposeNames(PURPOSE_BASIS);

export const ENUMERATION = /,|(?<![\p{L}])(?:tai|ja|sekä|eller|och|samt|or|and)(?![\p{L}])|\//iu;

export function purposeBases(text: string): LegalBasis[] {
  return statedBases(text, PURPOSE_NAMES).bases;
}

export const DIRECT_MARKETING = /suoramarkkin|suoramainon|direct marketing/iu;

/** A purpose, with the basis it states itself: "Uutiskirje (suostumus)", "Kundtjänst – avtal", "… based on your consent". */
export function addPurpose(x: DraftState, text: string): void {
  const pair = basisPair(text);
  const found = pair ? statedBases(pair.basis) : statedBases(text, PURPOSE_NAMES);
  x.purposes.push({ text: pair ? pair.purpose : text, bases: found.bases, statutes: found.statutes, ...(found.law ? { law: found.law } : {}) });
}

/** A statement of bases; `about` the purpose it names, when it is a "purpose – basis" pair. */
export function statement(x: DraftState, text: string, lines: string[], about?: string): void {
  const found = statedBases(text);
  const assignable = !about && found.bases.length === 1 && !found.statutes.length && !ENUMERATION.test(text);
  x.statements.push({ ...found, assignable, lines, text, ...(about ? { about } : {}) });
}

/** A list of bases: pairs are kept with the purpose they name; the rest hold for the register as a whole. */
function basisList(x: DraftState, u: Extract<Unit, { type: 'list' }>): void {
  const rest: string[] = [];
  for (const item of u.items) {
    const pair = basisPair(item);
    if (pair) statement(x, pair.basis, [item], pair.purpose);
    else rest.push(item);
  }
  const lines = [...(u.leadIn?.lines ?? []), ...rest.map((i) => `- ${i}`)];
  if (rest.length || u.leadIn) statement(x, [u.leadIn?.text ?? '', ...rest].join('\n'), lines);
}

/** What a basis part of a notice says: never purposes. */
export function basisUnit(x: DraftState, u: Unit): void {
  if (u.type === 'list') basisList(x, u);
  else if (u.type === 'para') statement(x, u.block.text, u.block.lines);
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

export function purposeSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  const hasList = units.some((u) => u.type === 'list');
  const left: Unit[] = [];
  let underBases = false;
  for (const u of units) {
    if (u.type === 'sub') {
      underBases = isBasisHeading(u.block.text);
      if (!underBases) left.push(u);
      continue;
    }
    if (underBases) {
      basisUnit(x, u);
      continue;
    }
    if (u.type === 'list') {
      if (section.kinds.includes('sources') && u.leadIn && SOURCE_LEAD_IN.test(u.leadIn.text)) {
        sourceFromList(x, u);
        continue;
      }
      if (isBasisListOf(u)) {
        basisList(x, u);
        continue;
      }
      for (const item of u.items) addPurpose(x, item);
      if (u.leadIn && BASIS_STATEMENT.test(u.leadIn.text)) statement(x, u.leadIn.text, u.leadIn.lines);
      else x.leadIn('purposes', u.leadIn);
      continue;
    }
    const text = u.block.text;
    if (BASIS_STATEMENT.test(text)) {
      statement(x, text, u.block.lines);
      continue;
    }
    if (isLeadIn(text)) {
      left.push(u);
      continue;
    }
    const found = sourceSentences(text);
    if (found.sources.length && !found.rest.length) {
      for (const s of found.sources) x.sources.push({ type: s.type, description: x.t(s.text) });
      continue;
    }
    if (!hasList && text.length >= 10) addPurpose(x, text);
    else left.push(u);
  }
  x.leftover(section, 'purposes', 'not turned into purposes: add what is a purpose to `purposes`', left);
}

/** A section on legal bases: its pairs are kept with their purposes, the rest holds for the register as a whole. */
/** A sentence that says what the purpose is: "Käsittelyn tarkoitus on …", "Ändamålet med behandlingen är …", "The purpose of … is …". */
const PURPOSE_SAID = /(?:tarkoitus|tarkoituksena)\s+(?:on|ovat)|ändamål\p{L}*\s+(?:\p{L}+\s+){0,3}är|purposes?\s+(?:\p{L}+\s+){0,4}(?:is|are)\b/iu;

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

/** Words that say what data are used for: "käytetään …-seen", "för att", "i syfte att", "used to", "in order to". */
const USED_FOR =
  /(?<![\p{L}])(?:jotta|tarkoitukse(?:en|ssa)|käytetään|käytämme)(?![\p{L}])|(?<![\p{L}])(?:för att|i syfte att|används (?:för|till))(?![\p{L}])|\b(?:used (?:to|for)|in order to|we use (?:it|them|this|your \p{L}+) (?:to|for)|for the purpose of)\b/iu;

/**
 * A notice without a section on purposes may say them where it says what it collects ("Vi behöver
 * dina kontaktuppgifter för att kunna svara"): when no purpose was found, each such sentence is one.
 */
export function purposesElsewhere(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  if (x.purposes.length || x.statements.length) return;
  const parts = [front, ...sections.filter((s) => !['rights', 'cookies', 'transfers', 'retention', 'security'].includes(s.kinds[0]!)).map((s) => s.blocks)];
  for (const blocks of parts) {
    for (const b of blocks) {
      if (b.kind !== 'paragraph') continue;
      for (const s of sentences(b.text)) if (USED_FOR.test(s) && !NEGATION.test(s)) addPurpose(x, s);
    }
  }
}

const NEGATION = /(?<![\p{L}])(?:ei|inte|not|never)(?![\p{L}])/iu;
