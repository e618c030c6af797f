/**
 * A table of three or more columns as a PDF prints it: lines whose pieces stand in the same columns,
 * one line a row (a row whose first cell is empty goes on with the row above it). Read back as an
 * HTML table of as many columns is: its header row leading into a list of the other rows, each
 * "cell – cell – cell", or by the parts its header names.
 */
import { table, type Block } from './block.js';
import { columnParts, namesColumns } from './column-table.js';
import type { Layout } from './pdf-layout.js';
import { joinPieces, type PdfItem, type PdfLine } from './pdf-lines.js';
import type { PdfTable, Row } from './pdf-table.js';
import { headedRows, looksLikeHeader, rowText } from './table-rows.js';

/** A gap between pieces that parts cells, as `joinPieces` writes " – " for it. */
const cellGap = (item: PdfItem, before: PdfItem | undefined): boolean => !before || item.x - (before.x + before.width) > 1.5 * (item.size || 1);

/** Where each cell of a line starts. */
function cellStarts(line: PdfLine): number[] {
  const items = line.items ?? [];
  return items.filter((item, i) => cellGap(item, items[i - 1])).map((i) => i.x);
}

/** Lines close under one another on a page, in body text or bold: where a table's rows may be. */
function close(a: PdfLine, b: PdfLine, layout: Layout): boolean {
  return a.page === b.page && a.y - b.y <= 2.5 * layout.spacing && Math.abs(b.size - layout.body) <= 0.5;
}

/** The columns the lines set: places where cells start in two lines or more, left to right. */
function columnsOf(lines: readonly PdfLine[]): number[] {
  const clusters: { x: number; lines: Set<number> }[] = [];
  lines.forEach((line, n) => {
    for (const x of cellStarts(line)) {
      const near = clusters.find((c) => Math.abs(c.x - x) <= 3);
      if (near) near.lines.add(n);
      else clusters.push({ x, lines: new Set([n]) });
    }
  });
  return clusters.filter((c) => c.lines.size >= 2).map((c) => c.x).sort((a, b) => a - b);
}

/** A line's cells by the columns, or undefined when a piece of it runs across into the next column. */
function cellsOf(line: PdfLine, columns: readonly number[]): string[] | undefined {
  const cells: PdfItem[][] = columns.map(() => []);
  for (const item of line.items ?? []) {
    let col = columns.findLastIndex((x) => x <= item.x + 3);
    if (col < 0) col = 0;
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

/** The rows from `start` on that keep to the columns; a line whose first cell is empty goes on with the row above. */
function gridFrom(rows: readonly Row[], start: number, columns: readonly number[], layout: Layout): Grid {
  const cells: string[][] = [];
  let end = start;
  while (end < rows.length && (end === start || close(rows[end - 1]!.line, rows[end]!.line, layout))) {
    const line = cellsOf(rows[end]!.line, columns);
    if (!line || line.filter(Boolean).length < (line[0] ? 2 : 1)) break;
    const last = cells[cells.length - 1];
    if (!line[0] && last) line.forEach((c, i) => (last[i] = [last[i], c].filter(Boolean).join(' ')));
    else cells.push(line);
    end++;
  }
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

/** The tables of three or more columns among a PDF's lines, in order; `taken` says which lines other tables hold. */
export function pdfGrids(rows: readonly Row[], layout: Layout, taken: (i: number) => boolean): PdfTable[] {
  const out: PdfTable[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (taken(i) || cellStarts(rows[i]!.line).length < 3) continue;
    let j = i + 1;
    while (j < rows.length && !taken(j) && close(rows[j - 1]!.line, rows[j]!.line, layout) && rows[j]!.line.text.includes(' – ')) j++;
    const columns = columnsOf(rows.slice(i, j).map((r) => r.line));
    if (columns.length < 3) continue;
    const grid = gridFrom(rows, i, columns, layout);
    if (grid.cells.length < 3 || [...Array(grid.end - i).keys()].some((k) => taken(i + k))) continue;
    out.push({ start: i, end: grid.end, blocks: [gridBlock(grid, rows, i)] });
    i = grid.end - 1;
  }
  return out;
}
