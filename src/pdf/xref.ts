/**
 * The cross-reference tables of a PDF (ISO 32000-1, 7.5.4), newest section first along `/Prev`:
 * where each object is, and the trailer. Only tables, as Chromium writes them; a file with
 * cross-reference streams is not read (`undefined`).
 */
import { dictionaryEntries, type Entry } from './dictionary.js';

export interface Xref {
  /** The newest trailer's entries. */
  trailer: Map<string, string>;
  /** Offset of the newest section: the `/Prev` of a section appended after it. */
  start: number;
  /** Object number → offset of `n 0 obj`; a freed object is absent. */
  offsets: Map<number, number>;
}

const SUBSECTION = /(\d+)\s+(\d+)[ \t]*\r?\n/y;

/** One section at `at`: its entries go into `offsets` unless a newer section had them. */
function readSection(text: string, at: number, offsets: Map<number, number | null>): Map<string, string> | undefined {
  if (!text.startsWith('xref', at)) return undefined;
  let i = at + 4;
  while (/\s/.test(text[i] ?? '')) i++;
  SUBSECTION.lastIndex = i;
  for (let m = SUBSECTION.exec(text); m; SUBSECTION.lastIndex = i, m = SUBSECTION.exec(text)) {
    const first = Number(m[1]);
    i = SUBSECTION.lastIndex;
    for (let k = 0; k < Number(m[2]); k++, i += 20) {
      // Each entry is 20 bytes: 10-digit offset, generation, `n` or `f`, a two-byte end of line.
      if (!offsets.has(first + k)) offsets.set(first + k, text[i + 17] === 'n' ? Number(text.slice(i, i + 10)) : null);
    }
  }
  if (!text.startsWith('trailer', i)) return undefined;
  return new Map(dictionaryEntries(text, i + 7).map((e: Entry) => [e.key, e.value]));
}

/** `text` is the whole file decoded as Latin-1. */
export function readXref(text: string): Xref | undefined {
  const start = Number(/startxref\s+(\d+)\s*%%EOF\s*$/.exec(text.slice(-1024))?.[1]);
  if (!Number.isInteger(start)) return undefined;
  const found = new Map<number, number | null>();
  let trailer: Map<string, string> | undefined;
  const seen = new Set<number>();
  for (let at: number | undefined = start; at !== undefined && !seen.has(at); ) {
    seen.add(at);
    const section = readSection(text, at, found);
    if (!section) return undefined;
    trailer ??= section;
    const prev = Number(section.get('Prev'));
    at = Number.isInteger(prev) ? prev : undefined;
  }
  const offsets = new Map([...found].filter((e): e is [number, number] => e[1] !== null));
  return trailer && { trailer, start, offsets };
}

/** Where the dictionary of object `n` starts, just after `n 0 obj`. */
export function objectStart(text: string, xref: Xref, n: number): number | undefined {
  const offset = xref.offsets.get(n);
  if (offset === undefined) return undefined;
  const head = new RegExp(`${n}\\s+\\d+\\s+obj\\s*`, 'y');
  head.lastIndex = offset;
  return head.test(text) ? head.lastIndex : undefined;
}
