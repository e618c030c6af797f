/**
 * The record as a workbook: a sheet for Art. 30(1) and one for Art. 30(2) when there is processing
 * for other controllers; a row per activity, the header row and the first column frozen, columns
 * of set widths, text wrapped and at the top of its cell, a filter on the header row. The same
 * registers give the same bytes: the workbook is dated by the registers, and so are its zip entries.
 */
import ExcelJS from 'exceljs';
import { replaceControls } from '../check/text-limits.js';
import { VERSION } from '../version.js';
import { cellText } from './cell.js';
import type { RecordDocument, RecordTable } from './record.js';
import { withEntryDates } from './zip-dates.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F6F9' } };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

function addSheet(workbook: ExcelJS.Workbook, table: RecordTable): void {
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ header: replaceControls(c.label), key: c.id, width: c.width }));
  for (const row of table.rows) sheet.addRow(row.map((cell) => replaceControls(cellText(cell))));
  sheet.eachRow((row, n) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.alignment = WRAP;
      if (n === 1) {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
      }
    });
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
}

/** `2026-10-05` as the instant a workbook is dated by (midnight UTC). */
function dateOf(iso: string): Date {
  return new Date(`${/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : '1980-01-01'}T00:00:00Z`);
}

export async function recordXlsx(record: RecordDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `Seloste ${VERSION}`;
  workbook.lastModifiedBy = `Seloste ${VERSION}`;
  workbook.title = record.title;
  workbook.created = dateOf(record.created || record.updated);
  workbook.modified = dateOf(record.updated);
  for (const table of record.tables) addSheet(workbook, table);
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  return withEntryDates(written, record.updated);
}
