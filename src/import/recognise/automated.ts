/** Automated decision-making, or a statement that there is none. */
import { DraftState } from '../draft/state.js';
import { EXCEPTION } from '../draft/text.js';
import { type Unit, listText, unitLines } from '../draft/units.js';
import type { Section } from '../outline.js';

export const NO_AUTOMATED =
  /(?<![\p{L}])(?:ei|eikä)(?![\p{L}])[^.]{0,80}(?:automaattis|profiloi)|automaattista päätöksentekoa ei|\b(?:do|does|will) not (?:make|use|carry out)[^.]{0,60}automated|\bno (?:decisions?|automated)[^.]{0,60}(?:automated|profiling|decision)|\bnot (?:be )?subject(?:ed)? to[^.]{0,40}automated/iu;

export function automatedSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  const text = units.map((u) => (u.type === 'list' ? listText(u) : u.block.text)).join(' ');
  if (NO_AUTOMATED.test(text) && !EXCEPTION.test(text)) {
    x.automatedNone = true;
    x.remark(['automated_decisions'], 'The original says:', units.flatMap(unitLines));
  } else x.leftover(section, 'automated_decisions', 'automated decision-making not mapped: describe it in `automated_decisions`, or write `automated_decisions: none`', units);
}
