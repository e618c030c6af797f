/**
 * A table of two columns as a PDF prints it: a label on the left ("Rekisterinpitäjä"), its text in
 * lines on the right, the label level with the first of them or with the middle of the cell. Read
 * back as an HTML table's rows are, each a heading and its text. Only a table whose labels name
 * parts of a notice, or whose labels each stand in the middle of a cell of several lines, is taken for
 * one: a menu printed beside the text is not a table.
 */
import { isKnownHeading } from '../headings.js';
import { paragraph, withoutNumber, type Block } from './block.js';
import type { Layout } from './pdf-layout.js';
import { joinPieces, type PdfLine } from './pdf-lines.js';

export interface Row {
  line: PdfLine;
  /** 1-based, counted through the whole document. */
  n: number;
}

/** A piece of a line in one column. */
interface Piece {
  text: string;
  y: number;
  n: number;
}

export interface PdfTable {
  /** The rows it takes, from `start` up to `end` (not included). */
  start: number;
  end: number;
  blocks: Block[];
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 2;

/** A line's text left of the right column and from it on. */
function sides(line: PdfLine, right: number): { left: string; right: string } {
  const items = line.items ?? [];
  return { left: joinPieces(items.filter((i) => i.x < right - 2)), right: joinPieces(items.filter((i) => i.x >= right - 2)) };
}

/**
 * The two columns a line sets side by side: where it starts, and a piece far to the right that starts
 * more than a word's space after the one before ends (a link in a sentence is a piece of its own).
 */
function columnsOf(line: PdfLine, layout: Layout): [number, number] | undefined {
  const items = line.items ?? [];
  const second = items.find((item, i) => i > 0 && item.x - line.x >= 4 * layout.body && item.x - (items[i - 1]!.x + items[i - 1]!.width) > 0.5 * (item.size || 1));
  return second ? [line.x, second.x] : undefined;
}

/** Whether a line keeps to the columns: it starts at one, and what it has in the right one starts there. */
function inColumns(line: PdfLine, [left, right]: [number, number]): boolean {
  const items = line.items ?? [];
  const first = items.find((i) => i.x >= right - 2);
  return (near(line.x, left) || near(line.x, right)) && (!first || near(first.x, right)) && items.every((i) => i.x >= right - 2 || i.x + i.width <= right);
}

/** The lines around `i` on its page in body text that keep to the columns, close one under the other. */
function region(rows: readonly Row[], i: number, columns: [number, number], layout: Layout): [number, number] {
  const member = (r: Row): boolean => Math.abs(r.line.size - layout.body) <= 0.5 && inColumns(r.line, columns);
  const close = (a: Row, b: Row): boolean => a.line.page === b.line.page && a.line.y - b.line.y <= 2.5 * layout.spacing;
  let start = i;
  while (start > 0 && close(rows[start - 1]!, rows[start]!) && member(rows[start - 1]!)) start--;
  let end = i + 1;
  while (end < rows.length && close(rows[end - 1]!, rows[end]!) && member(rows[end]!)) end++;
  return [start, end];
}

/** The label pieces (in the left column) and the text pieces (in the right one) of the region's lines. */
function split(rows: readonly Row[], right: number): { labels: Piece[]; texts: Piece[] } {
  const labels: Piece[] = [];
  const texts: Piece[] = [];
  for (const { line, n } of rows) {
    const side = sides(line, right);
    if (side.left) labels.push({ text: side.left, y: line.y, n });
    if (side.right) texts.push({ text: side.right, y: line.y, n });
  }
  return { labels, texts };
}

/** A label wrapped over lines, one under the other with no text of another label between: one label. */
function joinLabels(labels: readonly Piece[], layout: Layout): Piece[] {
  const out: Piece[] = [];
  for (const label of labels) {
    const last = out[out.length - 1];
    // A label goes on over lines, or, set in the middle of a tall cell, on a line further down in lower case ("Anonyymi" … "vertailudata").
    const goesOn = last && !/[.:]$/u.test(last.text) && (last.y - label.y <= 1.3 * layout.spacing || (last.y - label.y <= 2.6 * layout.spacing && /^\p{Ll}/u.test(label.text)));
    if (goesOn) out[out.length - 1] = { ...last, text: `${last.text} ${label.text}`, y: label.y };
    else out.push({ ...label });
  }
  return out;
}

/**
 * Where the text of one row ends and the next row's begins, between two labels: at the widest gap
 * between the lines from the first label's level to the second's (the cells' padding).
 */
function boundary(texts: readonly Piece[], upper: Piece, lower: Piece): number {
  const between = texts.filter((t) => t.y <= upper.y + 1 && t.y >= lower.y - 1);
  let at = (upper.y + lower.y) / 2;
  let widest = -1;
  for (let i = 1; i < between.length; i++) {
    const gap = between[i - 1]!.y - between[i]!.y;
    if (gap > widest + 0.5) {
      widest = gap;
      at = (between[i - 1]!.y + between[i]!.y) / 2;
    }
  }
  return at;
}

function rowsOf(labels: readonly Piece[], texts: readonly Piece[]): Block[] {
  const cuts = labels.slice(1).map((label, i) => boundary(texts, labels[i]!, label));
  return labels.flatMap((label, i): Block[] => {
    const lines = texts.filter((t) => (i === 0 || t.y < cuts[i - 1]!) && (i === labels.length - 1 || t.y > cuts[i]!)).map((t) => t.text);
    const heading: Block = { kind: 'heading', text: withoutNumber(label.text) || label.text, lines: [label.text], line: label.n, level: 1, style: 'table' };
    return lines.length ? [heading, paragraph(lines, label.n)] : [heading];
  });
}

/**
 * Labels of a few words, each set in the middle of a cell of several lines: a line of text only stands
 * between any two of them. A menu beside the text has one item a line, one under the other.
 */
function inTallCells(labels: readonly Piece[], texts: readonly Piece[]): boolean {
  const short = labels.every((l) => l.text.split(/\s+/u).length <= 4);
  return short && labels.slice(1).every((l, i) => texts.some((t) => t.y < labels[i]!.y - 1 && t.y > l.y + 1));
}

/** The table a region holds, if its labels are short and name parts of a notice, or stand each in a tall cell. */
function tableOf(rows: readonly Row[], columns: [number, number], layout: Layout): Block[] | undefined {
  const { labels: pieces, texts } = split(rows, columns[1]);
  const labels = joinLabels(pieces, layout);
  const named = labels.filter((l) => l.text.length <= 80 && isKnownHeading(l.text)).length;
  if (labels.length < 2 || !texts.length || labels.some((l) => l.text.length > 80)) return undefined;
  if ((named < 2 || named * 2 < labels.length) && !inTallCells(labels, texts)) return undefined;
  return rowsOf(labels, texts);
}

/**
 * The region without the lines at its top and bottom that hold only a label standing above or below
 * all text by more than half a line: a paragraph at the margin next to the table, not a row of it.
 */
function trimmed(rows: readonly Row[], [start, end]: [number, number], right: number, layout: Layout): [number, number] {
  const texts = rows.slice(start, end).filter((r) => sides(r.line, right).right);
  if (!texts.length) return [start, start];
  const top = texts[0]!.line.y;
  const bottom = texts[texts.length - 1]!.line.y;
  while (start < end && !sides(rows[start]!.line, right).right && rows[start]!.line.y > top + 0.5 * layout.spacing) start++;
  while (end > start && !sides(rows[end - 1]!.line, right).right && rows[end - 1]!.line.y < bottom - 0.5 * layout.spacing) end--;
  return [start, end];
}

/** The two-column tables among a PDF's lines, in order. */
export function pdfTables(rows: readonly Row[], layout: Layout): PdfTable[] {
  const out: PdfTable[] = [];
  for (let i = 0; i < rows.length; i++) {
    const columns = columnsOf(rows[i]!.line, layout);
    if (!columns || (out.length && i < out[out.length - 1]!.end)) continue;
    const [start, end] = trimmed(rows, region(rows, i, columns, layout), columns[1], layout);
    if (out.length && start < out[out.length - 1]!.end) continue;
    const blocks = tableOf(rows.slice(start, end), columns, layout);
    if (blocks) {
      out.push({ start, end, blocks });
      i = end - 1;
    }
  }
  return out;
}
