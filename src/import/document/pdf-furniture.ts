/**
 * What a PDF prints on every page besides the notice: page numbers, running headers and footers (the
 * same line at the top or the bottom of most pages, its page number aside), and the pieces a page fixes
 * on screen, which a browser prints at the same spot of every page, over the text there.
 */
import type { PdfItem, PdfLine } from './pdf-lines.js';

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

/** A piece's words and the spot it is printed at, to the point. */
function spot(item: PdfItem): string {
  return `${Math.round(item.x)}:${Math.round(item.y)}:${item.str.trim().toLowerCase()}`;
}

/** The fewest pages a piece must repeat on to be the page's, not the notice's. */
const MIN_PAGES = 3;
/** The share of a page's height at its top and at its bottom where a header or a footer stands. */
const EDGE_BAND = 0.15;

/** A page's pieces, and its height in points. */
export interface PagePieces {
  items: readonly PdfItem[];
  height: number;
}

/**
 * The pages' pieces without those printed at the same spot with the same words, near the top or the
 * bottom, on three pages of four (and three at least): a site's header fixed on screen ("PintaPo" /
 * "PINTAPOJAT"), which the browser prints over the text of every page, so that the line beneath it
 * would read "ennen PintaPosopimuksen tekemistä". The notice's own words do not stand at one spot of
 * every page.
 */
export function dropFixedPieces(pages: readonly PagePieces[]): PdfItem[][] {
  const atEdge = (item: PdfItem, height: number): boolean => item.y > height * (1 - EDGE_BAND) || item.y < height * EDGE_BAND;
  const count = new Map<string, number>();
  for (const { items, height } of pages) for (const key of new Set(items.filter((i) => atEdge(i, height)).map(spot))) count.set(key, (count.get(key) ?? 0) + 1);
  const least = Math.max(MIN_PAGES, Math.ceil(pages.length * 0.75));
  return pages.map(({ items, height }) => items.filter((item) => !atEdge(item, height) || (count.get(spot(item)) ?? 0) < least));
}
