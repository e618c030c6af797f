/**
 * The measures of a PDF's body text, taken from its lines: the size most text has, the distance
 * from one line to the next, the left margin and the right edge. Paragraph breaks, headings, list
 * indents and lines broken only for want of room are told by them.
 */
import type { PdfLine } from './pdf-lines.js';

export interface Layout {
  /** Font size of the body text. */
  body: number;
  /** Baseline to baseline within a paragraph of body text. */
  spacing: number;
  margin: number;
  right: number;
  /** Sizes clearly larger than the body's, largest first: heading levels. */
  headings: number[];
}

const round = (n: number): number => Math.round(n * 2) / 2;

/** The value with the most weight; ties to the smaller value. */
function mostCommon(pairs: Iterable<[number, number]>): number | undefined {
  const weights = new Map<number, number>();
  for (const [value, weight] of pairs) weights.set(value, (weights.get(value) ?? 0) + weight);
  return [...weights].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}

export function measure(pages: readonly PdfLine[][]): Layout {
  const lines = pages.flat();
  const body = mostCommon(lines.map((l) => [round(l.size), l.text.length])) ?? 12;
  const isBody = (l: PdfLine): boolean => Math.abs(l.size - body) <= 0.5;
  const deltas: [number, number][] = [];
  for (const page of pages) {
    for (let i = 1; i < page.length; i++) {
      const delta = page[i - 1]!.y - page[i]!.y;
      if (isBody(page[i]!) && isBody(page[i - 1]!) && delta > 0.9 * body && delta <= 2.5 * body) deltas.push([round(delta), 1]);
    }
  }
  const bodyLines = lines.filter(isBody);
  // Paragraph lines tell the margin; labels hanging left of the text ("Rekisterinpitäjä:") do not.
  const textLines = bodyLines.filter((l) => l.text.length >= 30 && !/[:：]$/u.test(l.text));
  const margin = leftMargin((textLines.length ? textLines : bodyLines).map((l) => [Math.round(l.x), l.text.length])) ?? 0;
  const right = bodyLines.reduce((max, l) => Math.max(max, l.right), 0);
  const headings = [...new Set(lines.filter((l) => l.size >= body * 1.15).map((l) => round(l.size)))].sort((a, b) => b - a);
  return { body, spacing: lineSpacing(deltas) ?? round(1.2 * body), margin, right, headings };
}

/**
 * The left margin: the leftmost place where a good share of the body text starts. Where lists hold
 * more text than paragraphs do, most text starts at their indent, and the paragraphs left of it are
 * still at the margin.
 */
function leftMargin(pairs: readonly [number, number][]): number | undefined {
  const weights = new Map<number, number>();
  for (const [x, weight] of pairs) weights.set(x, (weights.get(x) ?? 0) + weight);
  const most = Math.max(0, ...weights.values());
  return [...weights].sort((a, b) => a[0] - b[0]).find(([, w]) => w >= 0.25 * most)?.[0];
}

/** The smallest distance between body lines that is common: within paragraphs (gaps between them are larger). */
function lineSpacing(deltas: readonly [number, number][]): number | undefined {
  const counts = new Map<number, number>();
  for (const [d] of deltas) counts.set(d, (counts.get(d) ?? 0) + 1);
  const enough = Math.max(2, deltas.length * 0.1);
  return [...counts].sort((a, b) => a[0] - b[0]).find(([, n]) => n >= enough)?.[0] ?? mostCommon(deltas);
}

/** A gap between two lines of one page larger than the one between lines of a paragraph. */
export function paragraphGap(above: PdfLine, below: PdfLine, layout: Layout): boolean {
  const usual = Math.max(layout.spacing, 1.15 * Math.max(above.size, below.size));
  return above.y - below.y > usual * 1.25;
}

/** A line's left end past the margin by more than a letter or two: a list without bullet marks. */
export function indented(line: PdfLine, layout: Layout): boolean {
  return line.x > layout.margin + 0.8 * layout.body;
}

/**
 * Whether `above` ended only because the first word of `below` did not fit after it. The word's width
 * is guessed from the letters of `below`, on the narrow side; a word alone on its line is measured.
 */
export function wrapped(above: PdfLine, below: PdfLine, layout: Layout): boolean {
  const word = /^\S+/u.exec(below.text)?.[0] ?? '';
  const perChar = (below.right - below.x) / Math.max(1, below.text.length);
  const needed = word === below.text ? below.right - below.x + 0.25 * below.size : perChar * (word.length + 1) * 0.8;
  return above.right + needed > layout.right - 0.5 * layout.body;
}
