/**
 * An incremental update (ISO 32000-1, 7.5.6): new versions of some objects appended after the
 * bytes as they are, with a cross-reference section for them and a trailer pointing back at the
 * previous section. Readers take the newest version of each object.
 */
import { writeDictionary } from './dictionary.js';
import type { Xref } from './xref.js';

const encoder = new TextEncoder();

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

/** Objects are given by number, their bodies as bytes (what goes between `obj` and `endobj`). */
export function appendUpdate(pdf: Uint8Array, xref: Xref, objects: ReadonlyMap<number, Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [latin1('\n')];
  let offset = pdf.length + 1;
  const rows = ['xref', '0 1', '0000000000 65535 f '];
  for (const n of [...objects.keys()].sort((a, b) => a - b)) {
    const object = [latin1(`${n} 0 obj\n`), objects.get(n)!, latin1('\nendobj\n')];
    rows.push(`${n} 1`, `${String(offset).padStart(10, '0')} 00000 n `);
    parts.push(...object);
    offset += object.reduce((sum, part) => sum + part.length, 0);
  }
  const trailer = new Map(xref.trailer);
  trailer.delete('XRefStm');
  trailer.set('Size', String(Math.max(Number(trailer.get('Size')) || 0, ...[...objects.keys()].map((n) => n + 1))));
  trailer.set('Prev', String(xref.start));
  parts.push(latin1(`${rows.join('\n')}\ntrailer\n${writeDictionary(trailer)}\nstartxref\n${offset}\n%%EOF\n`));
  return concat([pdf, ...parts]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A stream object's body: its dictionary (with /Length) and its bytes, unfiltered. */
export function streamObject(entries: readonly (readonly [string, string])[], data: string): Uint8Array {
  const bytes = encoder.encode(data);
  const head = latin1(`${writeDictionary([...entries, ['Length', String(bytes.length)]])}\nstream\n`);
  return concat([head, bytes, latin1('\nendstream')]);
}

/** An object whose body is text with no character above U+00FF, as dictionaries read from the file are. */
export function textObject(text: string): Uint8Array {
  return latin1(text);
}
