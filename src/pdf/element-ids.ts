/**
 * Structure element IDs that depend on the notice alone. Chromium names an element after its DOM
 * node (`node00000196`), and numbers nodes across every page the browser has rendered: the same
 * notice printed after another would get other IDs. They are numbered again from 1, in their
 * order, in place and at the same width, so no offset in the file moves and the ID tree stays sorted.
 */
import { dictionaryEntries, referenceNumber, type Entry } from './dictionary.js';
import { objectStart, readXref, type Xref } from './xref.js';

const NODE_ID = /\(node(\d+)\)/g;

function entriesOf(text: string, xref: Xref, n: number | undefined): Entry[] {
  const at = n === undefined ? undefined : objectStart(text, xref, n);
  return at === undefined ? [] : dictionaryEntries(text, at);
}

/** The /Names and /Limits of an ID tree's nodes, from its root down its /Kids. */
function idTreeEntries(text: string, xref: Xref, root: number | undefined, seen = new Set<number>()): Entry[] {
  if (root === undefined || seen.has(root)) return [];
  seen.add(root);
  const entries = entriesOf(text, xref, root);
  const kids = entries.find((e) => e.key === 'Kids')?.value.match(/\d+\s+\d+\s+R/g) ?? [];
  return [...entries.filter((e) => e.key === 'Names' || e.key === 'Limits'), ...kids.flatMap((kid) => idTreeEntries(text, xref, referenceNumber(kid), seen))];
}

/** Where IDs are written: the /ID of each structure element, the /Headers in its /A, the ID tree. */
function idEntries(text: string, xref: Xref): Entry[] {
  const out: Entry[] = [];
  for (const n of xref.offsets.keys()) {
    const entries = entriesOf(text, xref, n);
    const type = entries.find((e) => e.key === 'Type')?.value;
    if (type === '/StructElem') out.push(...entries.filter((e) => e.key === 'ID' || e.key === 'A'));
    if (type === '/StructTreeRoot') out.push(...idTreeEntries(text, xref, referenceNumber(entries.find((e) => e.key === 'IDTree')?.value)));
  }
  return out;
}

export function renumberElementIds(pdf: Uint8Array): Uint8Array {
  const text = new TextDecoder('latin1').decode(pdf);
  const xref = readXref(text);
  if (!xref) return pdf;
  const places = idEntries(text, xref).flatMap((e) => [...text.slice(e.start, e.end).matchAll(NODE_ID)].map((m) => ({ at: e.start + m.index + 5, digits: m[1]! })));
  const order = [...new Set(places.map((p) => Number(p.digits)))].sort((a, b) => a - b);
  const number = new Map(order.map((id, i) => [id, String(i + 1)]));
  const out = pdf.slice();
  for (const { at, digits } of places) {
    const renumbered = number.get(Number(digits))!.padStart(digits.length, '0');
    if (renumbered.length === digits.length) out.set(new TextEncoder().encode(renumbered), at);
  }
  return out;
}
