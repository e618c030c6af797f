/** Automated decision-making, or a statement that there is none; profiling is left to the author. */
import type { Block } from '../document/block.js';
import { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import { type Unit, listText, unitLines } from '../draft/units.js';
import type { Section } from '../outline.js';
import { hasException } from './exceptions.js';
import { isRightsText, withoutRights } from './rights-text.js';

export const NO_AUTOMATED =
  /(?<![\p{L}])(?:ei|eikä|emme|emmekä|eivät)(?![\p{L}])[^.]{0,80}(?:automaattis|automatisoi|profiloi)|automaattista päätöksentekoa ei|(?<![\p{L}])(?:inget|inga|ingen)(?![\p{L}])[^.]{0,60}(?:automatiser|profiler)|(?<![\p{L}])(?:inte|ej|aldrig)(?![\p{L}])[^.]{0,60}(?:automatiser|profiler)|automatiser\p{L}*[^.]{0,60}(?:förekommer|används|tillämpas|sker) (?:inte|ej|aldrig)|\b(?:(?:do|does|will|shall)(?: not|n't)|never) (?:make|use|carry out|engage in|perform)[^.]{0,60}(?:automated|profiling)|\b(?:are|is)(?: not|n't) (?:using|making|carrying out|engaging in|performing)[^.]{0,60}(?:automated|profiling)|\bno (?:decisions?|automated)[^.]{0,60}(?:automated|profiling|decision)|\bnot (?:be )?subject(?:ed)? to[^.]{0,40}automated/iu;

const PROFILING = /profiloi|profilointi|profilering|profilera|profiling/iu;

/** A sentence that says profiling happens: one that names it without denying it. */
function profiles(sentence: string): boolean {
  return PROFILING.test(sentence) && !NO_AUTOMATED.test(sentence);
}

export function automatedSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  const kept = withoutRights(x, section, units);
  const text = kept.map((u) => (u.type === 'list' ? listText(u) : u.block.text)).join(' ');
  const profiling = sentences(text).some(profiles);
  if (NO_AUTOMATED.test(text) && !hasException(text) && !profiling) {
    x.automatedNone = true;
    x.remark(['automated_decisions'], 'The original says:', kept.flatMap(unitLines));
  } else if (profiling) {
    x.leftover(section, 'automated_decisions', 'profiling is mentioned: say whether it leads to decisions with legal or similarly significant effects; describe them in `automated_decisions` (logic, significance, consequences), or write `automated_decisions: none`', kept);
  } else x.leftover(section, 'automated_decisions', 'automated decision-making not mapped: describe it in `automated_decisions`, or write `automated_decisions: none`', kept);
}

/**
 * A sentence anywhere that denies automated decisions and profiling ("Emme tee sinua koskevia
 * profilointeja ja automaattisia päätöksiä"), in a notice without a section on them: the notice says
 * there are none. A sentence that says profiling happens anywhere leaves it to the author.
 */
export function automatedElsewhere(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  if (x.automatedNone || sections.some((s) => s.kinds[0] === 'automated_decisions')) return;
  const all = [...front, ...sections.flatMap((s) => s.blocks)].filter((b) => b.kind === 'paragraph').flatMap((b) => sentences(b.text));
  // "The right to object to profiling" says what the person may do, not that profiling happens.
  if (all.some((s) => profiles(s) && !isRightsText(s))) return;
  const said = all.filter((s) => NO_AUTOMATED.test(s) && !hasException(s));
  if (!said.length) return;
  x.automatedNone = true;
  x.remark(['automated_decisions'], 'The original says:', said);
}
