/**
 * A notice kept as a two-column table and copied as text: "Heading<TAB>content", the content going
 * on in rows that start with a tab, and cells that may hold HTML fragments.
 */
import { clean, table, type Block } from './block.js';
import { readHtml } from './html.js';
import { isTocLine, readPlain } from './plain.js';

/** A row of a two-column table: "Heading<TAB>content". */
function tableRow(line: string): [string, string] | undefined {
  if (/^\s/u.test(line) || isTocLine(line)) return undefined;
  const tab = line.indexOf('\t');
  if (tab <= 0) return undefined;
  const head = line.slice(0, tab).trim();
  if (!head || /^\d+$/u.test(head)) return undefined;
  return [head, line.slice(tab + 1).replace(/\t+/gu, ' ')];
}

export function isTable(lines: readonly string[]): boolean {
  const rows = lines.filter((l) => tableRow(l)).length;
  const filled = lines.filter((l) => l.trim()).length;
  return rows >= 3 && rows * 2 >= filled;
}

/** Plain text: a two-column table, or paragraphs, lists and headings. */
export function readText(text: string): Block[] {
  const lines = text.split('\n');
  if (isTable(lines)) return readTable(lines);
  return readPlain(lines, 1, true);
}

/** A two-column table in plain text: "Heading<TAB>content", content lines that go on start with a tab. */
function readTable(lines: readonly string[]): Block[] {
  const parts: Block[] = [];
  const rows: string[][] = [];
  const front: string[] = [];
  let row: { head: string; cell: string[]; cells: string[]; line: number } | undefined;
  let first = 0;
  const flush = () => {
    if (!row) return;
    parts.push({ kind: 'heading', text: clean(row.head), lines: [clean(row.head)], line: row.line, level: 1, style: 'table' });
    parts.push(...readCell(row.cell, row.line));
    rows.push([clean(row.head), ...row.cells]);
    row = undefined;
  };
  lines.forEach((line, i) => {
    const cells = tableRow(line);
    if (cells) {
      flush();
      first ||= i + 1;
      row = { head: cells[0], cell: [cells[1]], cells: line.split(/\t+/u).slice(1).map(clean), line: i + 1 };
    } else if (row) {
      if (!line.trim()) return;
      row.cell.push(line.trim());
      row.cells[row.cells.length - 1] += `\n${line.trim()}`;
    } else front.push(line);
  });
  flush();
  const whole = table(rows, false, parts, lines.slice(first - 1).filter((l) => l.trim()), first);
  return [...readPlain(front, 1), whole];
}

/** The content of a table cell: plain text, or HTML fragments such as `<p>` and `<ul>`. */
function readCell(pieces: readonly string[], line: number): Block[] {
  let text = '';
  for (const piece of pieces) {
    if (!text) {
      text = piece;
      continue;
    }
    const bare = piece.replace(/^\s*<p\b[^>]*>\s*/iu, '');
    const ends = text.replace(/(?:\s*<\/?[a-z][^>]*>)+\s*$/iu, '');
    // A sentence broken over two rows goes on; anything else starts a new paragraph.
    if (!/[.!?:]\s*$/u.test(ends) && /^\p{Ll}/u.test(bare)) text = `${ends} ${bare}`;
    else text = `${text}\n${piece}`;
  }
  if (!text.trim()) return [];
  if (/<\/?(?:p|ul|ol|li|br|div)\b/iu.test(text)) return readHtml(text, line);
  return readPlain(text.split('\n'), line).map((b) => ({ ...b, line }));
}
