/**
 * A list of purposes nested under items that each state the basis of those under them ("to perform the
 * contract, we process your data to" ⏎ "set up your account", "process transactions"; "Sopimuksen perusteella:"
 * ⏎ "laskutus"): each item under one is a purpose with that basis, unless it states its own; the items that
 * state the bases are kept beside the purposes as the original says them.
 */
import type { DraftState, StatedIn } from '../draft/state.js';
import type { Unit } from '../draft/units.js';
import { statedBases } from './bases.js';
import { listItems } from './nested.js';
import { giveBases } from './purpose-table.js';
import { addPurpose } from './purposes.js';

/** The one basis an item states of the items under it, if it states exactly one. */
function basisOf(parent: string): ReturnType<typeof statedBases> | undefined {
  const found = statedBases(parent);
  return found.bases.length === 1 ? found : undefined;
}

/** Whether the list is one of purposes under the bases they rest on; if so, its purposes are added. */
export function purposesUnderBases(x: DraftState, u: Extract<Unit, { type: 'list' }>, where: StatedIn): boolean {
  const items = listItems(u);
  const parents = [...new Set(items.flatMap((i) => i.parents))];
  if (!parents.length || !parents.some((p) => basisOf(p))) return false;
  for (const item of items) {
    addPurpose(x, item.text, where);
    const stated = item.parents.map(basisOf).filter((b) => b !== undefined).pop();
    if (stated) giveBases(x.purposes[x.purposes.length - 1]!, stated);
  }
  x.remark(['purposes'], 'The original says the bases so, each over the purposes that rest on it:', parents);
  return true;
}
