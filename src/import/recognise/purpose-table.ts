/**
 * A table of purposes with a column of retention ("Ändamål | Rättslig grund | Lagringstid",
 * "Tarkoitus | Oikeusperuste | Säilytysaika"): each row's period is how long the data of that purpose
 * are kept, not part of the purpose. The row's purpose gets an `id` and the period a retention rule
 * that `applies_to` it, so the draft keeps which period belongs to which purpose.
 */
import { uniqueSlug } from '../../init/questions.js';
import type { DraftState, StatedIn } from '../draft/state.js';
import type { Unit } from '../draft/units.js';
import { classifyHeading } from '../headings.js';
import { addRetention } from './retention.js';

/** How a table's row joins its cells. */
const CELL = /\s+[–—]\s+/u;

/** The column of a table's header row that names retention, in a table of three columns or more. */
function retentionColumn(u: Extract<Unit, { type: 'list' }>): number | undefined {
  if (!u.leadIn?.tableHeader) return undefined;
  const head = u.leadIn.text.split(CELL);
  if (head.length < 3) return undefined;
  const at = head.findIndex((c) => classifyHeading(c)[0] === 'retention');
  return at < 0 ? undefined : at;
}

/**
 * The rows of a list, each passed to `add` as a purpose: in a table with a retention column, without
 * that cell, which becomes a retention rule for the purpose `add` made of the row.
 */
export function purposeRows(x: DraftState, u: Extract<Unit, { type: 'list' }>, where: StatedIn, add: (x: DraftState, text: string, where: StatedIn) => void): void {
  const column = retentionColumn(u);
  const width = u.leadIn?.text.split(CELL).length;
  for (const item of u.items) {
    const cells = item.split(CELL);
    if (column === undefined || cells.length !== width) {
      add(x, item, where);
      continue;
    }
    const kept = cells[column]!;
    add(x, cells.filter((_, i) => i !== column).join(' – '), where);
    const purpose = x.purposes[x.purposes.length - 1]!;
    purpose.id ??= uniqueSlug(purpose.text, new Set(x.purposes.flatMap((p) => (p.id ? [p.id] : []))));
    addRetention(x, kept, purpose.id ? [purpose.id] : undefined);
  }
}
