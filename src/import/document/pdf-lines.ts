/**
 * The lines of a PDF page from its text pieces: pieces whose baselines meet are one line, read left to
 * right, with a space where the gap between two pieces is a space's width and a dash where it is a
 * column's.
 */

/** A piece of text as the PDF places it. */
export interface PdfItem {
  str: string;
  /** Left end and baseline, in points from the page's lower left corner. */
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  /** The font's own name ("ABCDEF+Arial-BoldMT"), or its id when the name is not known. */
  font: string;
}

export interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  /** The size most of the line's letters have. */
  size: number;
  bold: boolean;
  /** 0-based page. */
  page: number;
  /** The pieces the line is made of, left to right: a table's cells are told by where they start. */
  items?: readonly PdfItem[];
  /** A list's mark is drawn just left of the line (`pdf-marks.ts`): the line opens an item. */
  marked?: boolean;
}

const BOLD_FONT = /bold|black|heavy|semibold|demi/iu;

/** Control characters, which no text of a notice holds: tab and line breaks aside. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

/**
 * A piece's text without control characters. A piece of nothing else is a glyph the font maps to no
 * character, set before a list's item as its mark ("\u0000" where a page's bullet was): a bullet.
 */
export function withoutControls(text: string): string {
  const rest = text.replace(CONTROL, '');
  return rest.trim() === '' && rest !== text ? '•' : rest;
}

/** Bullets as PDFs write them, Word's from its Symbol and Wingdings fonts among them. */
export const BULLETS = '•●▪■◦○‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8*';

/** A bullet or a number alone before a tab's gap: "•", "3.", "2.1", "b)". */
export const MARKER = new RegExp(`^\\s*(?:[${BULLETS}–-]|\\d{1,2}(?:\\.\\d{1,2})*\\.?|[a-z]?\\d{0,2}[.)])\\s*$`, 'u');

/** Pieces on a line: baselines within a third of the text's size of each other. */
function sameLine(a: PdfItem, b: PdfItem): boolean {
  return Math.abs(a.y - b.y) <= 0.35 * Math.max(a.size, b.size);
}

/** The text of pieces on a line: a space for a word gap, a dash for a column gap. */
export function joinPieces(items: readonly PdfItem[]): string {
  let text = '';
  let right = -Infinity;
  for (const item of items) {
    const gap = item.x - right;
    const size = item.size || 1;
    if (text && gap > 1.5 * size && !MARKER.test(text)) text = `${text.trimEnd()} – `;
    else if (text && gap > 0.18 * size && !/\s$/u.test(text) && !/^\s/u.test(item.str)) text += ' ';
    text += item.str;
    right = Math.max(right, item.x + item.width);
  }
  return text.replace(/\s+/gu, ' ').trim();
}

/** The size and boldness most of the letters have. */
function dominant(items: readonly PdfItem[]): { size: number; bold: boolean } {
  const sizes = new Map<number, number>();
  let bold = 0;
  let all = 0;
  for (const item of items) {
    const letters = item.str.replace(/\s/gu, '').length;
    sizes.set(item.size, (sizes.get(item.size) ?? 0) + letters);
    if (BOLD_FONT.test(item.font)) bold += letters;
    all += letters;
  }
  const size = [...sizes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  return { size, bold: all > 0 && bold === all };
}

function toLine(items: PdfItem[], page: number): PdfLine {
  items.sort((a, b) => a.x - b.x);
  const { size, bold } = dominant(items);
  const text = joinPieces(items);
  const first = items.find((i) => i.str.trim())!;
  const right = Math.max(...items.filter((i) => i.str.trim()).map((i) => i.x + i.width));
  return { text, x: first.x, right, y: first.y, size, bold, page, items: items.filter((i) => i.str.trim()) };
}

/** The lines of one page, top to bottom. */
export function pageLines(items: readonly PdfItem[], page: number): PdfLine[] {
  const sorted = items.filter((i) => i.str.trim() && Number.isFinite(i.x + i.y + i.width + i.size)).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const item of sorted) {
    const current = groups[groups.length - 1];
    if (current && sameLine(current[0]!, item)) current.push(item);
    else groups.push([item]);
  }
  return groups.map((g) => toLine(g, page)).filter((l) => l.text);
}
