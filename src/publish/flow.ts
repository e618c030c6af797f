/**
 * The picture of where the data go: sources → purposes → recipients, with countries outside the
 * EEA marked with their transfer mechanism. Inline SVG, drawn from the register, with a text
 * alternative; no script, no external resource, so it prints in the PDF as on the page.
 */
import { toPlain, inline } from '../compose/author-text.js';
import { countryName } from '../compose/format.js';
import type { Phrases } from '../compose/phrases/types.js';
import { isEea } from '../data/data.js';
import type { PublicRegister } from '../resolve/public-register.js';
import type { Text } from '../types.js';

interface Box {
  lines: string[];
  /** Marks a box outside the EEA. */
  outside?: boolean;
}

const COLUMN_WIDTH = 190;
const GAP = 60;
const LINE_HEIGHT = 15;
const PAD = 8;
const CHARS_PER_LINE = 27;
const MAX_LINES = 3;

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Break text into at most three short lines, ending with … when cut. */
export function wrap(text: string, width = CHARS_PER_LINE, max = MAX_LINES): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const piece = word.length > width ? `${word.slice(0, width - 1)}…` : word;
    if (!line) line = piece;
    else if (line.length + 1 + piece.length <= width) line += ` ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  if (lines.length > max) {
    const kept = lines.slice(0, max);
    const last = kept[max - 1]!;
    kept[max - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
    return kept;
  }
  return lines;
}

function plain(text: Text | undefined, lang: string): string {
  const s = text?.[lang];
  return s ? inline(s).map(toPlain).join('') : '';
}

function boxHeight(box: Box): number {
  return box.lines.length * LINE_HEIGHT + PAD * 2;
}

/** The data-flow picture of a register in one language, or undefined when there is nothing to draw. */
export function flowSvg(register: PublicRegister, t: Phrases, idPrefix = 'flow'): string | undefined {
  const lang = t.lang;
  const sources: Box[] = (register.sources ?? []).map((s) => ({
    lines: wrap([t.sourceTypes[s.type], s.name].filter(Boolean).join(': ')),
  }));
  const purposes: Box[] = (register.purposes ?? []).map((p) => ({
    lines: wrap(`${plain(p.description, lang)}${p.legal_basis ? ` (${t.bases[p.legal_basis].name})` : ''}`),
  }));
  const recipients: Box[] = [];
  if (Array.isArray(register.recipients)) {
    for (const r of register.recipients) {
      const name = r.name ?? plain(r.category, lang);
      const outside = r.country !== undefined && !isEea(r.country);
      recipients.push({ lines: wrap(`${name}${r.country ? `, ${countryName(r.country, lang)}` : ''}`), outside });
    }
  }
  if (Array.isArray(register.transfers)) {
    for (const x of register.transfers) {
      const mechanism = x.mechanism ? t.mechanisms[x.mechanism] : '';
      recipients.push({ lines: wrap(`${x.recipient ?? ''} → ${x.country ? countryName(x.country, lang) : '?'}${mechanism ? `: ${mechanism}` : ''}`, CHARS_PER_LINE, 4), outside: true });
    }
  }
  if (!purposes.length || (!sources.length && !recipients.length)) return undefined;

  const columns: [string, Box[]][] = [
    [t.headings.sources, sources],
    [t.headings.purposes, purposes],
    [t.headings.recipients, recipients],
  ];
  const headingLines = columns.map(([heading]) => wrap(heading, CHARS_PER_LINE - 2, 2));
  const headingHeight = 10 + Math.max(...headingLines.map((l) => l.length)) * LINE_HEIGHT;
  const heights = columns.map(([, boxes]) => boxes.reduce((h, b) => h + boxHeight(b) + 10, 0));
  const height = headingHeight + Math.max(...heights, 40) + 10;
  const width = columns.length * COLUMN_WIDTH + (columns.length - 1) * GAP + 2;
  const parts: string[] = [];
  const centres: { x: number; y: number }[][] = [];
  columns.forEach(([, boxes], c) => {
    const x = 1 + c * (COLUMN_WIDTH + GAP);
    headingLines[c]!.forEach((line, i) => parts.push(`<text x="${x}" y="${14 + i * LINE_HEIGHT}" class="h">${escapeXml(line)}</text>`));
    let y = headingHeight;
    const mids: { x: number; y: number }[] = [];
    for (const box of boxes) {
      const h = boxHeight(box);
      parts.push(
        `<rect x="${x}" y="${y}" width="${COLUMN_WIDTH}" height="${h}" rx="6" class="${box.outside ? 'box out' : 'box'}"/>`,
      );
      box.lines.forEach((line, i) => {
        parts.push(`<text x="${x + PAD}" y="${y + PAD + 11 + i * LINE_HEIGHT}">${escapeXml(line)}</text>`);
      });
      mids.push({ x, y: y + h / 2 });
      y += h + 10;
    }
    centres.push(mids);
  });
  // Arrows run from every box of a column to a collector, and from it to every box of the next.
  for (let c = 0; c < centres.length - 1; c++) {
    const from = centres[c]!;
    const to = centres[c + 1]!;
    if (!from.length || !to.length) continue;
    const left = 1 + c * (COLUMN_WIDTH + GAP) + COLUMN_WIDTH;
    const mid = left + GAP / 2;
    const ys = [...from.map((m) => m.y), ...to.map((m) => m.y)];
    parts.push(`<path d="M${mid} ${Math.min(...ys)}V${Math.max(...ys)}" class="bus"/>`);
    for (const m of from) parts.push(`<path d="M${left} ${m.y}H${mid}" class="edge"/>`);
    for (const m of to) parts.push(`<path d="M${mid} ${m.y}H${m.x - 2}" class="edge" marker-end="url(#${idPrefix}-arrow)"/>`);
  }
  const describe = (label: string, boxes: Box[]): string => (boxes.length ? `${label}: ${boxes.map((b) => b.lines.join(' ')).join('; ')}.` : '');
  const desc = [describe(t.headings.sources, sources), describe(t.headings.purposes, purposes), describe(t.headings.recipients, recipients)]
    .filter(Boolean)
    .join(' ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc">`,
    `<title id="${idPrefix}-title">${escapeXml(t.site.flow)}</title>`,
    `<desc id="${idPrefix}-desc">${escapeXml(desc)}</desc>`,
    `<defs><marker id="${idPrefix}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L10 5L0 10z" fill="#4a5360"/></marker></defs>`,
    '<style>text{font:12px system-ui,"DejaVu Sans",sans-serif;fill:#1b1f24}.h{font-weight:600;font-size:13px}.box{fill:#f3f6f9;stroke:#0b4f8a}.out{fill:#fff4e0;stroke:#8a4b00;stroke-dasharray:5 3}.edge,.bus{stroke:#4a5360;fill:none}</style>',
    ...parts,
    '</svg>',
  ].join('\n');
}
