/**
 * The walk most recognisers make through a section: rights text moved out, subheadings and lead-ins
 * left for the section's TODO, each list item and each paragraph handed to the recogniser, a list's
 * lead-in kept as a remark. What a paragraph's handler leaves is left too.
 */
import type { DraftState } from '../draft/state.js';
import { isLeadIn } from '../draft/text.js';
import type { Unit } from '../draft/units.js';
import type { Section } from '../outline.js';
import { listItems, type ListItem, type ListUnit } from './nested.js';
import { withoutRights } from './rights-text.js';

export interface UnitHandlers {
  item(item: ListItem, list: ListUnit): void;
  /** A paragraph; what it returns is left for the TODO. */
  para(u: Extract<Unit, { type: 'para' }>): Unit | undefined;
}

/** Walk a section's units for the register key `key`; the units left unmapped. */
export function walkUnits(x: DraftState, section: Section, key: string, units: readonly Unit[], on: UnitHandlers): Unit[] {
  const left: Unit[] = [];
  for (const u of withoutRights(x, section, units)) {
    if (u.type === 'sub') left.push(u);
    else if (u.type === 'list') {
      for (const item of listItems(u)) on.item(item, u);
      x.leadIn(key, u.leadIn);
    } else if (isLeadIn(u.block.text)) left.push(u);
    else {
      const rest = on.para(u);
      if (rest) left.push(rest);
    }
  }
  return left;
}
