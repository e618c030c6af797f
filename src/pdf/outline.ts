/**
 * Bookmark titles as the headings read. Chromium makes a bookmark of each heading from the lines
 * it was laid out in and drops the space where a heading wrapped (`…and theconsequences`); the
 * bookmarks of such headings are given the heading's text in an incremental update.
 */
import { decodeText, dictionaryEntries, hexText, referenceNumber, writeDictionary } from './dictionary.js';
import { appendUpdate, textObject } from './update.js';
import { objectStart, readXref, type Xref } from './xref.js';

interface Bookmark {
  number: number;
  entries: Map<string, string>;
}

/** The bookmarks from `first` on, depth first: the order of the headings they were made of. */
function bookmarks(text: string, xref: Xref, first: number | undefined, seen = new Set<number>()): Bookmark[] {
  const out: Bookmark[] = [];
  for (let n = first; n !== undefined && !seen.has(n); ) {
    seen.add(n);
    const at = objectStart(text, xref, n);
    if (at === undefined) break;
    const entries = new Map(dictionaryEntries(text, at).map((e) => [e.key, e.value]));
    out.push({ number: n, entries }, ...bookmarks(text, xref, referenceNumber(entries.get('First')), seen));
    n = referenceNumber(entries.get('Next'));
  }
  return out;
}

const squash = (s: string): string => s.replace(/\s+/g, '');

/** The first bookmark of the outline, from the catalog. */
function firstBookmark(text: string, xref: Xref): number | undefined {
  const root = referenceNumber(xref.trailer.get('Root'));
  const catalogAt = root === undefined ? undefined : objectStart(text, xref, root);
  const outlines = catalogAt === undefined ? undefined : referenceNumber(dictionaryEntries(text, catalogAt).find((e) => e.key === 'Outlines')?.value);
  const outlinesAt = outlines === undefined ? undefined : objectStart(text, xref, outlines);
  return outlinesAt === undefined ? undefined : referenceNumber(dictionaryEntries(text, outlinesAt).find((e) => e.key === 'First')?.value);
}

/**
 * `headings` are the texts of the page's headings in document order. A bookmark whose title is a
 * heading's text but for white space takes that text; the others stay as they are.
 */
export function restoreBookmarkTitles(pdf: Uint8Array, headings: readonly string[]): Uint8Array {
  const text = new TextDecoder('latin1').decode(pdf);
  const xref = readXref(text);
  if (!xref) return pdf;
  const changed = new Map<number, Uint8Array>();
  let next = 0;
  for (const { number, entries } of bookmarks(text, xref, firstBookmark(text, xref))) {
    const title = decodeText(entries.get('Title') ?? '()');
    const found = headings.findIndex((h, i) => i >= next && squash(h) === squash(title));
    if (found === -1) continue;
    next = found + 1;
    if (headings[found] === title) continue;
    entries.set('Title', hexText(headings[found]!));
    changed.set(number, textObject(writeDictionary(entries)));
  }
  return changed.size ? appendUpdate(pdf, xref, changed) : pdf;
}
