/**
 * A section on the data "and why" ("Mitä tietoja käsitellään ja miksi", "Vilka uppgifter behandlar vi
 * och varför", "What data we process and why"): a paragraph whose every sentence says what the data
 * are for or what the processing rests on is read as purposes and bases; the rest is the data.
 */
import type { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import type { Unit } from '../draft/units.js';
import { isPurposeSentence } from './purpose-prose.js';
import { isBasisSentence, proseSentences } from './purposes.js';

/** The units of the section that are about the data; its paragraphs of purposes and bases read as such. */
export function dataAndWhy(x: DraftState, units: readonly Unit[]): Unit[] {
  const where = { section: x.place(), group: x.place() };
  return units.filter((u) => {
    if (u.type !== 'para') return true;
    const said = sentences(u.block.text);
    if (!said.every((s) => isBasisSentence(s) || isPurposeSentence(s))) return true;
    proseSentences(x, said, u.block.lines, where);
    return false;
  });
}
