/** Purposes of the processing and the legal bases the notice states for them. */
import type { LegalBasis } from '../../types.js';
import { DraftState } from '../draft/state.js';
import { isLeadIn } from '../draft/text.js';
import { type Unit, listText, unitLines } from '../draft/units.js';
import type { Section } from '../outline.js';
import { SOURCE_LEAD_IN, sourceFromList, sourceSentences } from './sources.js';

/** A sentence that states the legal basis of the processing. */
export const BASIS_STATEMENT =
  /oikeusperust|käsittelyn (?:\p{L}+ )?perust(?:e|eena|eina|eet)(?![\p{L}])|perustuu|perusteena on|legal basis|lawful basis|legal grounds?|lawful grounds?|we (?:process|use) [^.]*\b(?:on the basis of|based on)\b/iu;

/** The bases a statement names, in its own words. */
export const BASIS_WORDS: readonly [LegalBasis, RegExp][] = [
  ['consent', /suostumu|\bconsent/iu],
  ['contract', /sopimu|\bcontract/iu],
  ['legitimate_interests', /oikeutet\p{L}* e(?:tu|dun|tuun|tujen)|legitimate interest/iu],
  ['legal_obligation', /lakisääteis\p{L}* velvo|legal obligation|required by law|lain (?:edellyttämä|vaatima|nojalla)/iu],
  ['public_task', /yleisen edun|julkisen vallan|public (?:task|interest)/iu],
  ['vital_interests', /elintärke|vital interest/iu],
];

/** A basis tied to one purpose: the words must say the processing rests on it. */
export const PURPOSE_BASIS: readonly [LegalBasis, RegExp][] = [
  [
    'consent',
    /suostumukse(?:en|lla|n (?:perusteella|nojalla))|(?<![\p{L}])\p{L}{0,30}suostumus(?:ta)? pyydetään|pyydetään \p{L}*suostumu|\b(?:with|based on|on the basis of|under|by) (?:your |their |the data subject'?s? )?consent\b|\(consent\)/iu,
  ],
  [
    'contract',
    /perustuu (?:\p{L}+ ){0,3}sopimukseen|sopimuksen (?:täytäntöönpano|täytäntöön paneminen|perusteella|toteuttami)|sopimukseen perustuen|\b(?:necessary|needed) (?:to|for) (?:the )?perform\p{L}*(?: of)? (?:a |the |our |your )?contract|\bperform(?:ing|ance of)? (?:a |the |our |your )?contract|\b(?:based on|under) (?:a |the |our |your )?contract|\(contract\)/iu,
  ],
  ['legitimate_interests', /oikeutet\p{L}* e(?:tu|dun|tuun|tujen)|legitimate interests?/iu],
  ['legal_obligation', /lakisääteis\p{L}* velvo\p{L}*|\blegal obligation|required by law|\(legal obligation\)/iu],
];

export const ENUMERATION = /,|(?<![\p{L}])(?:tai|ja|sekä|or|and)(?![\p{L}])|\//iu;

export function purposeBases(text: string): LegalBasis[] {
  return PURPOSE_BASIS.filter(([, re]) => re.test(text)).map(([b]) => b);
}

export const DIRECT_MARKETING = /suoramarkkin|suoramainon|direct marketing/iu;

export function addPurpose(x: DraftState, text: string): void {
  x.purposes.push({ text, bases: purposeBases(text) });
}

export function statement(x: DraftState, text: string, lines: string[]): void {
  const bases = BASIS_WORDS.filter(([, re]) => re.test(text)).map(([b]) => b);
  x.statements.push({ bases, assignable: bases.length === 1 && !ENUMERATION.test(text), lines });
}

export function purposeSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  const hasList = units.some((u) => u.type === 'list');
  const left: Unit[] = [];
  for (const u of units) {
    if (u.type === 'sub') {
      left.push(u);
      continue;
    }
    if (u.type === 'list') {
      if (section.kinds.includes('sources') && u.leadIn && SOURCE_LEAD_IN.test(u.leadIn.text)) {
        sourceFromList(x, u);
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

export function basisSection(x: DraftState, section: Section, units: readonly Unit[], kind: 'legal_basis' | 'legitimate_interest'): void {
  const lines = [section.heading.text, ...units.flatMap(unitLines)];
  const text = units.map((u) => (u.type === 'list' ? listText(u) : u.block.text)).join(' ');
  if (kind === 'legitimate_interest') {
    x.statements.push({ bases: ['legitimate_interests'], assignable: true, lines });
  } else statement(x, `${section.heading.text}: ${text}`, lines);
}
