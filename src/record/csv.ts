/**
 * A table of the record as CSV (RFC 4180): fields separated by commas, records by CRLF, a field
 * quoted when it holds a comma, a quote or a line break, quotes doubled. UTF-8 with a byte order
 * mark, so that Excel reads å, ä and ö as they are.
 */
import { replaceControls } from '../check/text-limits.js';
import { cellText } from './cell.js';
import type { RecordTable } from './record.js';

const BOM = '\uFEFF';

/**
 * A field as written. One that starts like a formula (`=`, `+`, `-`, `@`) gets an apostrophe first,
 * so that a spreadsheet shows it as text and never runs it.
 */
function field(value: string): string {
  const shown = replaceControls(value);
  const text = /^[=+\-@]/.test(shown) ? `'${shown}` : shown;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function recordCsv(table: RecordTable): string {
  const lines = [table.columns.map((c) => field(c.label)), ...table.rows.map((row) => row.map((cell) => field(cellText(cell))))];
  return `${BOM}${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}
