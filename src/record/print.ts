/** The record's PDFs: its page printed by the same Chromium and print CSS as the notices. */
import { nameIn } from '../compose/party-name.js';
import type { Phrases } from '../compose/phrases/types.js';
import { setPdfMetadata } from '../pdf/metadata.js';
import type { PdfPrinter } from '../pdf/printer.js';
import { VERSION } from '../version.js';
import { recordHtml } from './html.js';
import type { Organisation } from './organisations.js';
import type { RecordDocument } from './record.js';

export async function printRecord(printer: PdfPrinter, record: RecordDocument, organisation: Organisation, t: Phrases, templates?: string): Promise<Uint8Array> {
  const pdf = await printer.print({
    html: recordHtml(record, t, templates),
    title: record.title,
    updated: record.updatedText,
    pageLabel: t.site.page,
    lang: record.lang,
  });
  return setPdfMetadata(pdf, {
    title: record.title,
    lang: record.lang,
    author: nameIn(organisation.controller, t.lang),
    subject: record.title,
    creator: `Seloste ${VERSION}`,
    created: record.created || record.updated,
    modified: record.updated,
  });
}
