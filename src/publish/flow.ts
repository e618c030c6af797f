/**
 * The picture of where the data go: sources → purposes → recipients, with countries outside the
 * EEA marked with their transfer mechanism. Inline SVG with a text alternative; no script, no
 * style element (presentation attributes only, so a strict Content-Security-Policy lets it be),
 * no external resource, so it prints in the PDF as on the page. Every label is shown whole, over
 * as many lines as it needs, up to a bound only a pathological text reaches.
 */
import type { FlowColumn } from './flow-model.js';
import { wrap } from './flow-wrap.js';

interface Box {
  lines: string[];
  outside: boolean;
}

const COLUMN_WIDTH = 190;
const GAP = 60;
const LINE_HEIGHT = 15;
const PAD = 8;
const BOX_GAP = 10;
const FONT_SIZE = 12;
const HEADING_SIZE = 13;
/** The width of a line in a box and of a heading, in em (a heading is bold: a tenth wider). */
const LINE_EM = (COLUMN_WIDTH - 2 * PAD) / FONT_SIZE;
const HEADING_EM = COLUMN_WIDTH / HEADING_SIZE / 1.1;
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

/** One box: its frame and its lines, as a group. */
function drawBox(box: Box, x: number, y: number): string {
  const lines = box.lines.map((line, i) => `<text x="${x + PAD}" y="${y + PAD + 11 + i * LINE_HEIGHT}">${escapeXml(line)}</text>`);
  return [`<g>`, `<rect x="${x}" y="${y}" width="${COLUMN_WIDTH}" height="${boxHeight(box)}" rx="6" ${box.outside ? OUTSIDE : BOX}/>`, ...lines, '</g>'].join('\n');
}

/** Arrows from every box of a column to a collector, and from it to every box of the next. */
function drawArrows(centres: { x: number; y: number }[][], arrow: string): string[] {
  const parts: string[] = [];
  for (let c = 0; c < centres.length - 1; c++) {
    const from = centres[c]!;
    const to = centres[c + 1]!;
    if (!from.length || !to.length) continue;
    const left = 1 + c * (COLUMN_WIDTH + GAP) + COLUMN_WIDTH;
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
  const wrapped = columns.map((c) => c.labels.map((l) => ({ ...wrap(l.text, LINE_EM, MAX_LINES), outside: l.outside === true })));
  const headingLines = columns.map((c) => wrap(c.heading, HEADING_EM, MAX_HEADING_LINES).lines);
  const headingHeight = 10 + Math.max(...headingLines.map((l) => l.length)) * LINE_HEIGHT;
  const heights = wrapped.map((boxes) => boxes.reduce((h, b) => h + boxHeight(b) + BOX_GAP, 0));
  const height = headingHeight + Math.max(...heights, 40) + 10;
  const width = columns.length * COLUMN_WIDTH + (columns.length - 1) * GAP + 2;
  const parts: string[] = [];
  const centres: { x: number; y: number }[][] = [];
  wrapped.forEach((boxes, c) => {
    const x = 1 + c * (COLUMN_WIDTH + GAP);
    headingLines[c]!.forEach((line, i) => parts.push(`<text x="${x}" y="${14 + i * LINE_HEIGHT}" font-size="${HEADING_SIZE}" font-weight="600">${escapeXml(line)}</text>`));
    let y = headingHeight;
    const mids: { x: number; y: number }[] = [];
    for (const box of boxes) {
      parts.push(drawBox(box, x, y));
      mids.push({ x, y: y + boxHeight(box) / 2 });
      y += boxHeight(box) + BOX_GAP;
    }
    centres.push(mids);
  });
  const arrow = `${idPrefix}-arrow`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" ${FONT}>`,
    `<title id="${idPrefix}-title">${escapeXml(title)}</title>`,
    `<desc id="${idPrefix}-desc">${escapeXml(describe(columns))}</desc>`,
    `<defs><marker id="${arrow}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L10 5L0 10z" fill="#4a5360"/></marker></defs>`,
    ...parts,
    ...drawArrows(centres, arrow),
    '</svg>',
  ].join('\n');
  return { svg, cut: wrapped.some((boxes) => boxes.some((b) => b.cut)) };
}
