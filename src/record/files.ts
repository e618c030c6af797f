/**
 * The files of one organisation's record in one language, under `<lang>/`: the workbook, a CSV
 * file per part of Art. 30 and the page to read. The PDF is printed from the page (`print.ts`).
 */
import type { Phrases } from '../compose/phrases/types.js';
import { recordCsv } from './csv.js';
import { recordHtml } from './html.js';
import type { RecordDocument } from './record.js';

import type { RecordFormat } from './formats.js';

export interface RecordFile {
  /** Inside the output folder, with `/`. */
  path: string;
  content: string | Uint8Array;
}

/** `fi/lumo-kahvi-oy` → `fi/lumo-kahvi-oy.xlsx`, `fi/lumo-kahvi-oy.csv`, `fi/lumo-kahvi-oy.processor.csv`, `fi/lumo-kahvi-oy.html`. */
export async function recordFiles(record: RecordDocument, stem: string, formats: ReadonlySet<RecordFormat>, t: Phrases, templates?: string): Promise<RecordFile[]> {
  const files: RecordFile[] = [];
  // exceljs is loaded only for a workbook: a run without one starts faster.
  if (formats.has('xlsx')) files.push({ path: `${stem}.xlsx`, content: await (await import('./xlsx.js')).recordXlsx(record) });
  if (formats.has('csv')) {
    for (const table of record.tables) files.push({ path: table.id === 'controller' ? `${stem}.csv` : `${stem}.${table.id}.csv`, content: recordCsv(table) });
  }
  if (formats.has('html')) files.push({ path: `${stem}.html`, content: recordHtml(record, t, templates) });
  return files;
}
