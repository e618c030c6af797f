/** The record's PDFs: its page printed by the same Chromium and print CSS as the notices. */
import { controllerName } from '../compose/format.js';
import type { Phrases } from '../compose/phrases/types.js';
import { pdfDate, setPdfInfo } from '../pdf/metadata.js';
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
  return setPdfInfo(pdf, {
    Title: record.title,
    Author: controllerName(organisation.controller, t.lang),
    Subject: record.title,
    Creator: `Seloste ${VERSION}`,
    CreationDate: pdfDate(record.created || record.updated),
    ModDate: pdfDate(record.updated),
  });
}
