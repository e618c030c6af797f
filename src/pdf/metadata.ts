/**
 * The document metadata of a printed PDF, set by one incremental update: the bytes Chromium wrote
 * stay as they are (but for the time of printing, blanked out), and new versions of the document
 * information dictionary and the catalog follow, with an XMP metadata stream that says the same.
 */
import { accessibleCatalog } from './catalog.js';
import { dictionaryEntries, hexText, referenceNumber, valueEnd, writeDictionary } from './dictionary.js';
import { appendUpdate, streamObject, textObject } from './update.js';
import { xmpPacket } from './xmp.js';
import { objectStart, readXref, type Xref } from './xref.js';

/** `2026-03-01` → `D:20260301000000Z`. */
export function pdfDate(iso: string): string {
  return `D:${iso.replace(/-/g, '')}000000Z`;
}

export interface DocumentMetadata {
  title: string;
  /** BCP 47 language of the notice. */
  lang: string;
  author?: string | undefined;
  subject?: string | undefined;
  creator: string;
  /** ISO dates, `2026-03-01`: the notice's, so that the same notice gives the same bytes. */
  created?: string | undefined;
  modified?: string | undefined;
}

/** Chromium's version would change the bytes with every browser update. */
export const PRODUCER = 'Skia/PDF';

function infoDictionary(meta: DocumentMetadata): string {
  const entries: [string, string][] = [['Title', hexText(meta.title)]];
  if (meta.author) entries.push(['Author', hexText(meta.author)]);
  if (meta.subject) entries.push(['Subject', hexText(meta.subject)]);
  entries.push(['Creator', hexText(meta.creator)]);
  if (meta.created) entries.push(['CreationDate', `(${pdfDate(meta.created)})`]);
  if (meta.modified) entries.push(['ModDate', `(${pdfDate(meta.modified)})`]);
  entries.push(['Producer', `(${PRODUCER})`]);
  return writeDictionary(entries);
}

/** The PDF with the dates of the information dictionary Chromium wrote (the time of printing) blanked. */
function withoutPrintTime(pdf: Uint8Array, text: string, xref: Xref, info: number | undefined): Uint8Array {
  const start = info === undefined ? undefined : objectStart(text, xref, info);
  if (start === undefined) return pdf;
  const out = pdf.slice();
  for (const entry of dictionaryEntries(text, start)) if (entry.key.endsWith('Date')) out.fill(0x20, entry.start, entry.end);
  return out;
}

/** A PDF whose cross-reference table cannot be read is returned as it is. */
export function setPdfMetadata(pdf: Uint8Array, meta: DocumentMetadata): Uint8Array {
  const text = new TextDecoder('latin1').decode(pdf);
  const xref = readXref(text);
  const root = referenceNumber(xref?.trailer.get('Root'));
  const catalogAt = xref && root !== undefined ? objectStart(text, xref, root) : undefined;
  if (!xref || root === undefined || catalogAt === undefined) return pdf;
  const size = Number(xref.trailer.get('Size')) || 0;
  const oldInfo = referenceNumber(xref.trailer.get('Info'));
  const info = oldInfo ?? size;
  const metadata = info === size ? size + 1 : size;
  // An Info dictionary where Chromium wrote none is new: the trailer names it.
  xref.trailer.set('Info', `${info} 0 R`);
  const catalog = text.slice(catalogAt, valueEnd(text, catalogAt));
  const objects = new Map([
    [info, textObject(infoDictionary(meta))],
    [metadata, streamObject([['Type', '/Metadata'], ['Subtype', '/XML']], xmpPacket({ ...meta, producer: PRODUCER }))],
    [root, textObject(accessibleCatalog(catalog, `${metadata} 0 R`, meta.lang))],
  ]);
  return appendUpdate(withoutPrintTime(pdf, text, xref, oldInfo), xref, objects);
}
