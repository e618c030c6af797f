/**
 * A table of purposes with columns named in its header row ("Ändamål | Rättslig grund | Lagringstid",
 * "Tarkoitus | Oikeusperuste | Säilytysaika", "What data | What legal basis | What purpose | How long").
 * Each row's period is how long the data of that purpose are kept, not part of the purpose: the row's
 * purpose gets an `id` and the period a retention rule that `applies_to` it. Where the header names
 * the purpose column, the purpose is that cell with the row's basis, the items of its data cell are
 * data categories, and any other cell is kept beside it. A row of one cell in a wider table names the group of rows under it: it is kept
 * as a remark, no purpose.
 */
import { uniqueSlug } from '../../init/questions.js';
import type { DraftState, PurposeDraft, StatedIn } from '../draft/state.js';
import type { Unit } from '../draft/units.js';
import { CELL, columnKind, isProcessingColumn } from '../document/column-table.js';
import { statedBases } from './bases.js';
import { addRetention } from './retention.js';


interface Columns {
  width: number;
  retention?: number;
  purpose?: number;
  basis?: number;
  data?: number;
}

/** The columns of a table's header row, in a table of three columns or more (or `least`). */
export function tableColumns(u: Extract<Unit, { type: 'list' }>, least = 3): Columns | undefined {
  if (!u.leadIn?.tableHeader) return undefined;
  const header = u.leadIn.text.split(CELL);
  const kinds: (string | undefined)[] = header.map(columnKind);
  if (kinds.length < least) return undefined;
  const out: Columns = { width: kinds.length };
  // "Behandling | Ändamål | Rättslig grund": the purpose is in the column named so, before the one of what is done.
  const purposeAt = (k: string | undefined, i: number): boolean => k === 'purposes' && !isProcessingColumn(header[i]!);
  const columns: [keyof Omit<Columns, 'width'>, number][] = [
    ['retention', kinds.indexOf('retention')],
    ['purpose', kinds.some(purposeAt) ? kinds.findIndex(purposeAt) : kinds.indexOf('purposes')],
    ['basis', kinds.indexOf('legal_basis')],
    ['data', kinds.indexOf('data_categories')],
  ];
  for (const [key, i] of columns) if (i >= 0) out[key] = i;
  return out;
}

/**
 * A row of a table whose header names a purpose column and a basis column ("Purpose | Legal basis"):
 * its purpose and its basis, by the columns, where the basis cell names a basis in whatever words
 * ("Your consent via cookie banner (Article 6(1)(a))").
 */
export function columnPair(u: Extract<Unit, { type: 'list' }>, item: string): { purpose: string; basis: string } | undefined {
  const c = tableColumns(u, 2);
  if (c?.purpose === undefined || c.basis === undefined) return undefined;
  const cells = rowCells(item, c);
  if (cells.length !== c.width || !statedBases(cells[c.basis]!).bases.length) return undefined;
  return { purpose: cells[c.purpose]!, basis: cells[c.basis]! };
}

/** The items of a cell that lists data ("- First and last name - E-mail"), each a data category once. */
export function dataOf(x: DraftState, cell: string): void {
  for (const item of cell.split(/(?:^|\s)[-•]\s+/u).map((i) => i.trim()).filter(Boolean)) if (!x.categories.includes(item)) x.categories.push(item);
}

/** The purpose a row says: its purpose cell with its basis, or every cell but the period; a cell of data its categories. */
function rowPurpose(x: DraftState, cells: readonly string[], c: Columns): string {
  if (c.purpose === undefined) return cells.filter((_, i) => i !== c.retention).join(' – ');
  if (c.data !== undefined) dataOf(x, cells[c.data]!);
  const rest = cells.filter((_, i) => i !== c.purpose && i !== c.basis && i !== c.retention && i !== c.data);
  if (rest.length) x.remark(['purposes'], 'Beside this purpose in the original:', rest);
  return c.basis === undefined ? cells[c.purpose]! : `${cells[c.purpose]} – ${cells[c.basis]}`;
}

/**
 * The cells of a row; where a dash inside the purpose's text made more cells than the header has
 * ("attend - and do not cancel … – according to our terms"), the extra ones are the purpose's.
 */
/**
 * A cell whose text runs on after a dash of its own ("Suostumus (GDPR Art. 6(1)(a)) – voit perua milloin
 * tahansa"): a part that opens in lower case goes on the cell before it, while the row has more parts than
 * the table has columns.
 */
function runOns(parts: readonly string[], width: number): string[] {
  const out = [...parts];
  for (let i = out.length - 1; i > 0 && out.length > width; i--) {
    if (/^\p{Ll}/u.test(out[i]!)) out.splice(i - 1, 2, `${out[i - 1]} – ${out[i]}`);
  }
  return out;
}

function rowCells(item: string, c: Columns | undefined): string[] {
  const cells = c ? runOns(item.split(CELL), c.width) : item.split(CELL);
  const extra = c ? cells.length - c.width : 0;
  if (!c || c.purpose === undefined || extra <= 0) return cells;
  return [...cells.slice(0, c.purpose), cells.slice(c.purpose, c.purpose + extra + 1).join(' – '), ...cells.slice(c.purpose + extra + 1)];
}

/** The basis the basis column gives a row's purpose, in whatever words ("Avtal (art. 6.1.b)"), where its text gave none. */
function basisOfCell(purpose: PurposeDraft, cell: string): void {
  giveBases(purpose, statedBases(cell));
}

/** The bases found elsewhere (a cell of its row, the item it is listed under) given to a purpose that states none of its own. */
export function giveBases(purpose: PurposeDraft, found: ReturnType<typeof statedBases>): void {
  if (purpose.bases.length) return;
  purpose.bases = found.bases;
  purpose.statutes = found.statutes;
  if (found.law) purpose.law = found.law;
}

/**
 * The rows of a list, each passed to `add` as a purpose: in a table with named columns, as the
 * columns say, the period a retention rule for the purpose `add` made of the row; a row of one cell
 * (the group of rows under it) kept as a remark.
 */
export function purposeRows(x: DraftState, u: Extract<Unit, { type: 'list' }>, where: StatedIn, add: (x: DraftState, text: string, where: StatedIn) => void): void {
  const c = tableColumns(u);
  for (const item of u.items) {
    const cells = rowCells(item, c);
    if (c && cells.length === 1) {
      x.remark(['purposes'], 'A group of rows in the original:', [item]);
      continue;
    }
    if (!c || cells.length !== c.width || (c.retention === undefined && c.purpose === undefined)) {
      add(x, item, where);
      continue;
    }
    add(x, rowPurpose(x, cells, c), where);
    if (c.basis !== undefined) basisOfCell(x.purposes[x.purposes.length - 1]!, cells[c.basis]!);
    if (c.retention !== undefined) retentionOf(x, x.purposes[x.purposes.length - 1]!, cells[c.retention]!);
  }
}

/** A period said of one purpose: a retention rule that applies to it, by an `id` the purpose gets. */
export function retentionOf(x: DraftState, purpose: PurposeDraft, period: string): void {
  purpose.id ??= uniqueSlug(purpose.text, new Set(x.purposes.flatMap((p) => (p.id ? [p.id] : []))));
  addRetention(x, period, purpose.id ? [purpose.id] : undefined);
}
