/**
 * Purposes a notice labels outside its part on purposes: each tracking service's "Käyttötarkoitus:
 * kävijäliikenteen analysointi", "Ändamål: statistik", "Purpose: measuring our ads". Each is a purpose;
 * a basis its section states ("otetaan käyttöön vain käyttäjän suostumuksella") holds for them when
 * it is the only one, as it does for purposes stated together.
 */
import type { Block } from '../document/block.js';
import type { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import type { Section } from '../outline.js';
import { statedBases } from './bases.js';
import { addPurpose, PURPOSE_NAMES, statement } from './purposes.js';

/** A purpose after its label, up to the end of its sentence. */
const LABELLED = /(?<![\p{L}])(?:käyttötarkoitus|käsittelyn tarkoitus|ändamål|syfte|purpose)\s*[:：]\s*([^.;:]{3,160})/giu;

/** Parts whose labels say something else, or whose purposes are read already. */
const READ_ELSEWHERE = new Set(['purposes', 'legal_basis', 'legitimate_interest', 'rights', 'retention', 'data_categories']);

const textsOf = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'list' ? (b.items ?? []) : b.kind === 'paragraph' ? [b.text] : []));

/** The labelled purposes of each part, none the draft has already; the part's basis sentences one statement of the same group. */
export function labelledPurposes(x: DraftState, sections: readonly Section[]): void {
  const known = (p: string) => x.purposes.some((q) => q.text.includes(p));
  for (const section of sections.filter((s) => !READ_ELSEWHERE.has(s.kinds[0]!))) {
    const texts = textsOf(section.blocks);
    const found = texts.flatMap((t) => [...t.matchAll(LABELLED)].map((m) => m[1]!.trim())).filter((p) => !known(p));
    if (!found.length) continue;
    const where = { section: x.place(), group: x.place() };
    for (const purpose of found) addPurpose(x, purpose, where);
    const bases = texts.flatMap(sentences).filter((s) => !found.some((p) => s.includes(p)) && statedBases(s, PURPOSE_NAMES).bases.length);
    if (bases.length) statement(x, bases.join(' '), bases, undefined, where);
  }
}
