/**
 * What a PDF prints on every page besides the notice: page numbers, and running headers and footers
 * (the same line at the top or the bottom of most pages, its page number aside).
 */
import type { PdfLine } from './pdf-lines.js';

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:sivu|page|s\.|p\.)\s*)?\d{1,3}(?:\s*(?:\/|of|\(|–|-)\s*\d{1,3}\)?)?(?:\s*[-–—])?$/iu;

/** The lines at the top and the bottom of a page that may be a header or a footer. */
const EDGE_LINES = 2;

/** A line as it repeats from page to page: its numbers (page, date) aside. */
function shape(line: PdfLine): string {
  return line.text.replace(/\d+/gu, '#').toLowerCase();
}

function edges(page: readonly PdfLine[]): PdfLine[] {
  return page.length <= EDGE_LINES * 2 ? [...page] : [...page.slice(0, EDGE_LINES), ...page.slice(-EDGE_LINES)];
}

/** The pages' lines without page numbers and running headers and footers. */
export function dropFurniture(pages: readonly PdfLine[][]): PdfLine[][] {
  const seen = new Map<string, Set<number>>();
  pages.forEach((page, p) => {
    for (const line of edges(page)) {
      const key = shape(line);
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)!.add(p);
    }
  });
  // On three pages of four, and on two at least: a heading that happens to open two of three pages is kept.
  const repeated = (line: PdfLine): boolean => pages.length >= 2 && (seen.get(shape(line))?.size ?? 0) >= Math.max(2, Math.ceil(pages.length * 0.75));
  return pages.map((page) => {
    const edge = new Set(edges(page));
    return page.filter((line) => !(edge.has(line) && (PAGE_NUMBER.test(line.text) || repeated(line))));
  });
}
