/**
 * The picture of where the data go: sources → purposes → recipients, with countries outside the
 * EEA marked with their transfer mechanism. Inline SVG with a text alternative; no script, no
 * style element (presentation attributes only, so a strict Content-Security-Policy lets it be),
 * no external resource, so it prints in the PDF as on the page. Every label is shown whole, over
 * as many lines as it needs, up to a bound only a pathological text reaches.
 */
import type { FlowColumn } from './flow-model.js';
import { textWidth, wrap } from './flow-wrap.js';

interface Box {
  lines: string[];
  outside: boolean;
}

/** A column as drawn: where it stands, how wide it is, its heading's lines and its boxes. */
interface Column {
  x: number;
  width: number;
  heading: string[];
  boxes: (Box & { cut: boolean })[];
}

/** The width of the picture: the text column of a page at its widest, so that it is drawn at full size there. */
const WIDTH = 704;
const GAP = 42;
const MIN_COLUMN = 150;
/** A column widens to hold its longest word up to this width. */
const MAX_WORD_COLUMN = 200;
const LINE_HEIGHT = 14;
const PAD = 6;
const BOX_GAP = 7;
const FONT_SIZE = 12;
const HEADING_SIZE = 13;
/** A heading is bold: a tenth wider than its letters' widths. */
const BOLD = 1.1;
/** Lines of a box: more than any label of an ordinary register needs. */
const MAX_LINES = 12;
const MAX_HEADING_LINES = 4;

const FONT = `font-family="system-ui, 'DejaVu Sans', sans-serif" font-size="${FONT_SIZE}" fill="#1b1f24"`;
const BOX = 'fill="#f3f6f9" stroke="#0b4f8a"';
const OUTSIDE = 'fill="#fff4e0" stroke="#8a4b00" stroke-dasharray="5 3"';
const LINE = 'stroke="#4a5360" fill="none"';

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function boxHeight(box: Box): number {
  return box.lines.length * LINE_HEIGHT + PAD * 2;
}

export interface FlowPicture {
  svg: string;
  /** A label was too long for its box and ends with `…`: its whole text must be shown elsewhere. */
  cut: boolean;
}

/** The longest word of a text, in em. */
function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map(textWidth));
}

/** A column is never narrower than its longest word (up to a bound: a longer word is split) nor than MIN_COLUMN. */
function narrowest(column: FlowColumn): number {
  const heading = longestWord(column.heading) * HEADING_SIZE * BOLD;
  const label = Math.max(0, ...column.labels.map((l) => longestWord(l.text))) * FONT_SIZE + 2 * PAD;
  return Math.ceil(Math.min(MAX_WORD_COLUMN, Math.max(MIN_COLUMN, heading, label)));
}

/**
 * The widths of the columns, in proportion to the text each holds (so that no column grows much
 * taller than the others), none narrower than its longest word.
 */
function columnWidths(columns: readonly FlowColumn[]): number[] {
  const room = WIDTH - 2 - GAP * (columns.length - 1);
  const need = columns.map((c) => c.labels.reduce((sum, l) => sum + textWidth(l.text), 1));
  const least = columns.map(narrowest);
  const fixed = new Set<number>();
  for (;;) {
    const left = room - [...fixed].reduce((sum, i) => sum + least[i]!, 0);
    const share = left / need.reduce((sum, n, i) => (fixed.has(i) ? sum : sum + n), 0);
    const narrow = need.findIndex((n, i) => !fixed.has(i) && n * share < least[i]!);
    if (narrow === -1) return need.map((n, i) => (fixed.has(i) ? least[i]! : Math.floor(n * share)));
    fixed.add(narrow);
  }
}

/** The columns laid out side by side, their labels wrapped to their widths. */
function layOut(columns: readonly FlowColumn[]): Column[] {
  let x = 1;
  return columnWidths(columns).map((width, c) => {
    const column = columns[c]!;
    const em = (width - 2 * PAD) / FONT_SIZE;
    const laid: Column = {
      x,
      width,
      heading: wrap(column.heading, width / HEADING_SIZE / BOLD, MAX_HEADING_LINES).lines,
      boxes: column.labels.map((l) => ({ ...wrap(l.text, em, MAX_LINES), outside: l.outside === true })),
    };
    x += width + GAP;
    return laid;
  });
}

/** One box: its frame and its lines, as a group. */
function drawBox(box: Box, x: number, y: number, width: number): string {
  const lines = box.lines.map((line, i) => `<text x="${x + PAD}" y="${y + PAD + 10 + i * LINE_HEIGHT}">${escapeXml(line)}</text>`);
  return ['<g>', `<rect x="${x}" y="${y}" width="${width}" height="${boxHeight(box)}" rx="6" ${box.outside ? OUTSIDE : BOX}/>`, ...lines, '</g>'].join('\n');
}

/** A column's heading and boxes, from `top`; the middle of each box's left side is added to `mids`. */
function drawColumn(column: Column, top: number, mids: { x: number; y: number }[]): string[] {
  const parts = column.heading.map(
    (line, i) => `<text x="${column.x}" y="${14 + i * LINE_HEIGHT}" font-size="${HEADING_SIZE}" font-weight="600">${escapeXml(line)}</text>`,
  );
  let y = top;
  for (const box of column.boxes) {
    parts.push(drawBox(box, column.x, y, column.width));
    mids.push({ x: column.x, y: y + boxHeight(box) / 2 });
    y += boxHeight(box) + BOX_GAP;
  }
  return parts;
}

/** Arrows from every box of a column to a collector, and from it to every box of the next. */
function drawArrows(columns: readonly Column[], centres: { x: number; y: number }[][], arrow: string): string[] {
  const parts: string[] = [];
  for (let c = 0; c < centres.length - 1; c++) {
    const from = centres[c]!;
    const to = centres[c + 1]!;
    if (!from.length || !to.length) continue;
    const left = columns[c]!.x + columns[c]!.width;
    const mid = left + GAP / 2;
    const ys = [...from.map((m) => m.y), ...to.map((m) => m.y)];
    parts.push(`<path d="M${mid} ${Math.min(...ys)}V${Math.max(...ys)}" ${LINE}/>`);
    for (const m of from) parts.push(`<path d="M${left} ${m.y}H${mid}" ${LINE}/>`);
    for (const m of to) parts.push(`<path d="M${mid} ${m.y}H${m.x - 2}" ${LINE} marker-end="url(#${arrow})"/>`);
  }
  return parts;
}

/** The text alternative: every label whole, column by column. */
function describe(columns: readonly FlowColumn[]): string {
  return columns
    .filter((c) => c.labels.length)
    .map((c) => `${c.heading}: ${c.labels.map((l) => l.text).join('; ')}.`)
    .join(' ');
}

/** The data-flow picture of the columns. */
export function flowSvg(columns: readonly FlowColumn[], title: string, idPrefix = 'flow'): FlowPicture {
  const laid = layOut(columns);
  const top = 10 + Math.max(...laid.map((c) => c.heading.length)) * LINE_HEIGHT;
  const heights = laid.map((c) => c.boxes.reduce((h, b) => h + boxHeight(b) + BOX_GAP, 0));
  const height = top + Math.max(...heights, 40) + 10;
  const centres = laid.map(() => [] as { x: number; y: number }[]);
  const parts = laid.flatMap((column, c) => drawColumn(column, top, centres[c]!));
  const arrow = `${idPrefix}-arrow`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" ${FONT}>`,
    `<title id="${idPrefix}-title">${escapeXml(title)}</title>`,
    `<desc id="${idPrefix}-desc">${escapeXml(describe(columns))}</desc>`,
    `<defs><marker id="${arrow}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L10 5L0 10z" fill="#4a5360"/></marker></defs>`,
    ...parts,
    ...drawArrows(laid, centres, arrow),
    '</svg>',
  ].join('\n');
  return { svg, cut: laid.some((c) => c.boxes.some((b) => b.cut)) };
}
