/**
 * A table of three or more columns as a PDF prints it, or of two whose header row stands at the foot of a
 * page: lines whose pieces stand in the same columns, its rows parted by the room between them, or one line
 * a row (a line whose first cell is empty going on with the row above it), on as many pages as it runs
 * over. Read back as an
 * HTML table of as many columns is: its header row leading into a list of the other rows, each
 * "cell – cell – cell", or by the parts its header names.
 */
import { table, type Block } from './block.js';
import { columnParts, namesColumns } from './column-table.js';
import type { Layout } from './pdf-layout.js';
import { joinPieces, MARKER, type PdfItem, type PdfLine } from './pdf-lines.js';
import type { PdfTable, Row } from './pdf-table.js';
import { headedRows, looksLikeHeader, rowText } from './table-rows.js';

/** Where each piece of a line starts, pieces that touch the one before taken as one. */
function starts(line: PdfLine): number[] {
  const items = line.items ?? [];
  return items.filter((item, i) => i === 0 || item.x - (items[i - 1]!.x + items[i - 1]!.width) > 0.5 * (item.size || 1)).map((i) => i.x);
}

/**
 * The distance from one line down to the next, when both are on one page in one size, the body text's
 * or a smaller one (a table is often set smaller than the text around it).
 */
function gap(a: PdfLine, b: PdfLine, layout: Layout): number | undefined {
  return a.page === b.page && Math.abs(b.size - a.size) <= 0.5 && b.size <= layout.body + 0.5 ? a.y - b.y : undefined;
}

/** The columns the lines set: places where pieces start in two lines or more, left to right. */
function columnsOf(lines: readonly PdfLine[]): number[] {
  const clusters: { x: number; lines: Set<number> }[] = [];
  lines.forEach((line, n) => {
    for (const x of starts(line)) {
      const near = clusters.find((c) => Math.abs(c.x - x) <= 3);
      if (near) near.lines.add(n);
      else clusters.push({ x, lines: new Set([n]) });
    }
  });
  return clusters.filter((c) => c.lines.size >= 2).map((c) => c.x).sort((a, b) => a - b);
}

/**
 * Whether the line at `i` is a cell's first line over its row's other cells, set in the middle: the lines under it
 * follow a line's height apart, each one piece, down to a line of several pieces (the row) within four lines; not a
 * caption or a note under a table, which text of the page follows.
 */
function overRow(rows: readonly Row[], i: number, taken: (i: number) => boolean): boolean {
  for (let k = i + 1; k < Math.min(rows.length, i + 5) && !taken(k); k++) {
    const [above, line] = [rows[k - 1]!.line, rows[k]!.line];
    if (line.page !== above.page || above.y - line.y > 1.15 * line.size) return false;
    if (starts(line).length >= 2) return true;
  }
  return false;
}

/**
 * The lines from `start` on that may be a table's: close under one another, each with pieces apart,
 * or with one piece where a piece of a line above it starts (a cell that runs on alone) or closer to the
 * line above or below than a line's height (a cell set in the middle of its row, between another's
 * lines, or the first line of a cell whose row's other cells are set in the middle, under a header whose
 * titles are centred over their columns).
 */
function run(rows: readonly Row[], start: number, layout: Layout, taken: (i: number) => boolean): number {
  const seen = new Set(starts(rows[start]!.line).map(Math.round));
  let end = start + 1;
  for (; end < rows.length && !taken(end); end++) {
    const line = rows[end]!.line;
    const d = gap(rows[end - 1]!.line, line, layout);
    const at = starts(line);
    const below = rows[end + 1] && !taken(end + 1) ? gap(line, rows[end + 1]!.line, layout) : undefined;
    const between = d !== undefined && (d < 0.9 * line.size || (below !== undefined && below < 0.9 * line.size));
    const inner = at.length === 1 && at[0]! > Math.min(...seen) + 2 * layout.body && overRow(rows, end, taken);
    if (d === undefined || d > 1.6 * layout.spacing || (at.length < 2 && !between && !inner && ![...seen].some((x) => Math.abs(x - at[0]!) <= 2))) break;
    for (const x of at) seen.add(Math.round(x));
  }
  return end;
}

/** A line's cells by the columns, or undefined when a piece of it runs across into the next column. */
function cellsOf(line: PdfLine, columns: readonly number[]): string[] | undefined {
  const cells: PdfItem[][] = columns.map(() => []);
  for (const item of line.items ?? []) {
    const col = Math.max(0, columns.findLastIndex((x) => x <= item.x + 3));
    const next = columns[col + 1];
    if (next !== undefined && item.x + item.width > next + 2) return undefined;
    cells[col]!.push(item);
  }
  return cells.map((c) => joinPieces(c));
}

interface Grid {
  end: number;
  cells: string[][];
}

/** For each column, the distances down from one of its pieces to the next: the lines of one cell, or the room between two rows. */
function columnGaps(lines: readonly string[][], ys: readonly number[]): number[][] {
  return (lines[0] ?? []).map((_, k) => {
    const at = ys.filter((_, i) => lines[i]![k]);
    return at.slice(1).map((y, i) => at[i]! - y);
  });
}

/**
 * Whether line `i` goes on with the row above it: a column has a piece above it and one from it on, one
 * line's distance apart (a cell's lines). Cells set in the middle of their row put their lines between
 * another column's, so the next line down may be another column's.
 */
function continues(lines: readonly string[][], ys: readonly number[], i: number, pitch: number): boolean {
  return lines[i]!.some((_, k) => {
    const above = lines.slice(0, i).findLastIndex((l) => l[k]);
    const below = lines.findIndex((l, j) => j >= i && l[k]);
    return above >= 0 && below >= 0 && ys[above]! - ys[below]! <= 1.15 * pitch;
  });
}

/**
 * Whether the table sets its rows apart by room of their own (more than its cells' line spacing, the
 * `pitch`), not one line a row. Where each line is a row, a column's pieces keep to whole lines (an empty
 * cell skips one); room between rows puts a column's next piece off them, or (rows a blank line apart) sets
 * some lines further apart than the others. Below the header row, which may stand apart either way (rows
 * a table goes on with on a new page have none).
 */
function roomBetweenRows(lines: readonly string[][], ys: readonly number[], pitch: number, headed: boolean): boolean {
  const offPitch = (g: number): boolean => g > 1.15 * pitch && Math.abs(g / pitch - Math.round(g / pitch)) > 0.15;
  const below = headed ? ys.slice(1) : ys;
  const lineGaps = below.slice(1).map((y, i) => below[i]! - y);
  return columnGaps(headed ? lines.slice(1) : lines, below).flat().some(offPitch) || lineGaps.some((g) => g > 1.25 * Math.min(...lineGaps));
}

/**
 * The rows of lines `start` to `end`: where cells are set apart by more room than their lines, that
 * room parts the rows; else each line is a row, and a line whose first cell is empty goes on with the
 * row above it. The table ends before the first line that does not keep to the columns.
 */
function gridOf(rows: readonly Row[], start: number, until: number, columns: readonly number[], headed = true): Grid {
  let end = start;
  while (end < until && cellsOf(rows[end]!.line, columns)) end++;
  const lines = rows.slice(start, end).map((r) => cellsOf(r.line, columns)!);
  if (!lines.length) return { end, cells: [] };
  const ys = rows.slice(start, end).map((r) => r.line.y);
  const pitch = Math.min(...columnGaps(lines, ys).flat());
  const spaced = roomBetweenRows(lines, ys, pitch, headed);
  const cells: string[][] = [];
  lines.forEach((line, i) => {
    const last = cells[cells.length - 1];
    const goesOn = last && (spaced ? continues(lines, ys, i, pitch) : !line[0]);
    if (goesOn) line.forEach((c, k) => (last[k] = [last[k], c].filter(Boolean).join(' ')));
    else cells.push([...line]);
  });
  return { end, cells };
}

/** The blocks of a grid: its header row leading into the others, or its rows by the parts the header names. */
function gridBlock(grid: Grid, rows: readonly Row[], start: number): Block {
  const first = rows[start]!;
  const lines = rows.slice(start, grid.end).map((r) => r.line.text);
  const [head, ...body] = grid.cells;
  const header = first.line.bold || looksLikeHeader(head!);
  const parts = header && namesColumns(head!) ? columnParts(grid.cells, first.n) : header ? headedRows(rowText(head!), body.map(rowText), lines, first.n) : headedRows(undefined, grid.cells.map(rowText), lines, first.n);
  return table(grid.cells, header, parts, lines, first.n);
}

/**
 * The first line of a table that starts at `start`, taking in the lines just above it that are closer
 * to it than a line's height and keep to its columns: a header cell set in the middle of a taller header row.
 */
function topOf(rows: readonly Row[], start: number, free: (i: number) => boolean, columns: readonly number[], layout: Layout): number {
  let top = start;
  while (top > 0 && free(top - 1)) {
    const d = gap(rows[top - 1]!.line, rows[top]!.line, layout);
    if (d === undefined || d >= 0.9 * rows[top]!.line.size || !cellsOf(rows[top - 1]!.line, columns)) break;
    top--;
  }
  return top;
}

/**
 * The rows a table goes on with at the top of the next page, the table ending its page: the lines that open
 * that page and start their pieces only in the table's columns, read as rows of their own (a page sets its
 * own room between rows). The header printed again over them is a copy, left out; a bold header of another
 * table, under a bold one, begins that table. A first row with no first cell goes on with the last row here.
 */
function nextPage(rows: readonly Row[], grid: Grid, top: number, columns: readonly number[], layout: Layout, taken: (i: number) => boolean): Grid | undefined {
  const first = rows[grid.end];
  if (!first || taken(grid.end) || first.line.page !== rows[grid.end - 1]!.line.page + 1) return undefined;
  const keeps = (i: number): boolean => starts(rows[i]!.line).every((x) => columns.some((c) => Math.abs(c - x) <= 3));
  let until = run(rows, grid.end, layout, taken);
  for (let i = grid.end; i < until; i++) if (!keeps(i)) until = i;
  const more = gridOf(rows, grid.end, until, columns, false);
  const repeated = more.cells[0]?.join('|') === grid.cells[0]!.join('|');
  if (!repeated && first.line.bold && rows[top]!.line.bold) return undefined;
  const cells = repeated ? more.cells.slice(1) : more.cells;
  const rowsFilled = cells.every((c, k) => c.filter(Boolean).length >= 2 || (k === 0 && !c[0]));
  return cells.length && rowsFilled ? { end: more.end, cells } : undefined;
}

/** Rows of a table and those the next page goes on with: a first row there with no first cell is the end of the last row here. */
function joined(cells: readonly string[][], more: readonly string[][]): string[][] {
  const last = cells[cells.length - 1]!;
  const [first, ...rest] = more;
  if (first![0] || !last[0]) return [...cells, ...more];
  return [...cells.slice(0, -1), last.map((c, k) => [c, first![k]].filter(Boolean).join(' ')), ...rest];
}

/** A table that starts at `top`, and the rows it goes on with on the pages after. */
function acrossPages(rows: readonly Row[], grid: Grid, top: number, columns: readonly number[], layout: Layout, taken: (i: number) => boolean): Grid {
  let whole = grid;
  for (let more = nextPage(rows, whole, top, columns, layout, taken); more; more = nextPage(rows, whole, top, columns, layout, taken)) {
    whole = { end: more.end, cells: joined(whole.cells, more.cells) };
  }
  return whole;
}

/**
 * A header row of two titles standing alone at the foot of a page, its table's rows on the next: the
 * header as the table's first row, and the columns those rows keep to. Alone: bold, or set apart from the
 * text above it, which is no pair of its own; not an item of a list ("•  Kundnummer").
 */
function headerAtFoot(rows: readonly Row[], i: number, layout: Layout, taken: (i: number) => boolean): { grid: Grid; columns: number[] } | undefined {
  const line = rows[i]!.line;
  const next = rows[i + 1];
  if (!next || taken(i + 1) || next.line.page !== line.page + 1 || starts(line).length !== 2) return undefined;
  const above = rows[i - 1]?.line.page === line.page ? rows[i - 1]!.line : undefined;
  const apart = !above || (above.y - line.y > 1.3 * layout.spacing && starts(above).length < 2);
  if (!(line.bold || apart) || MARKER.test(line.items?.[0]?.str ?? '')) return undefined;
  const columns = columnsOf(rows.slice(i + 1, run(rows, i + 1, layout, taken)).map((r) => r.line));
  const head = columns.length === 2 ? cellsOf(line, columns) : undefined;
  return head?.every(Boolean) && looksLikeHeader(head) ? { grid: { end: i + 1, cells: [head] }, columns } : undefined;
}

/**
 * The table that starts at line `i`: of three or more columns, its first line with three pieces, taking in lines above
 * it from `floor` on; or of two, its header at the foot of a page.
 */
function gridFrom(rows: readonly Row[], i: number, layout: Layout, taken: (i: number) => boolean, floor: number): PdfTable | undefined {
  const foot = headerAtFoot(rows, i, layout, taken);
  if (!foot && starts(rows[i]!.line).length < 3) return undefined;
  const end = foot ? i + 1 : run(rows, i, layout, taken);
  const columns = foot?.columns ?? columnsOf(rows.slice(i, end).map((r) => r.line));
  if (!foot && (columns.length < 3 || end - i < 3)) return undefined;
  const top = foot ? i : topOf(rows, i, (k) => k >= floor && !taken(k), columns, layout);
  const grid = acrossPages(rows, foot?.grid ?? gridOf(rows, top, end, columns), top, columns, layout, taken);
  if (grid.cells.length < 3 || grid.cells.some((c) => c.filter(Boolean).length < 2)) return undefined;
  // Small print with no header row (a letterhead's footer of contact details) is no table.
  if (rows[top]!.line.size < layout.body - 0.5 && !rows[top]!.line.bold && !looksLikeHeader(grid.cells[0]!)) return undefined;
  return { start: top, end: grid.end, blocks: [gridBlock(grid, rows, top)] };
}

/**
 * The tables of three or more columns among a PDF's lines, and of two whose header row a page break
 * parts from them, in order; `taken` says which lines other tables hold.
 */
export function pdfGrids(rows: readonly Row[], layout: Layout, taken: (i: number) => boolean): PdfTable[] {
  const out: PdfTable[] = [];
  for (let i = 0; i < rows.length; i++) {
    const table = taken(i) ? undefined : gridFrom(rows, i, layout, taken, out[out.length - 1]?.end ?? 0);
    if (!table) continue;
    out.push(table);
    i = table.end - 1;
  }
  return out;
}
