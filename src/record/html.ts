/**
 * The record as a page to read and to print: the site's look (its CSS and print CSS), a section per
 * part of Art. 30, a section per activity with its facts as a table of row headers and values.
 * The organisation's own facts (the controller, the processor) are shown once when every row shares
 * them. The page is self-contained: nothing is loaded, so it prints as it shows.
 */
import type { Phrases } from '../compose/phrases/types.js';
import { loadLayouts, loadRecordLayout } from '../render/layout.js';
import { VERSION } from '../version.js';
import type { Cell } from './cell.js';
import type { RecordDocument, RecordTable } from './record.js';

interface Fact {
  label: string;
  items: Cell;
  list: boolean;
}

interface Block {
  id?: string;
  name?: string;
  facts: Fact[];
}

function fact(label: string, cell: Cell): Fact {
  return { label, items: cell.length ? cell : [['—']], list: cell.length > 1 };
}

const same = (a: Cell, b: Cell): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The shared block (columns every row has alike), then a block per row with the rest. */
function blocks(table: RecordTable): Block[] {
  const shown = table.shared.filter((c) => table.rows.every((row) => same(row[c]!, table.rows[0]![c]!)));
  const first = table.rows[0];
  const out: Block[] = first && shown.length ? [{ facts: shown.map((c) => fact(table.columns[c]!.label, first[c]!)) }] : [];
  table.rows.forEach((row, i) => {
    const name = row[table.rowName]!;
    // The column that names the row is its heading; it is a fact too when it says more than the name.
    const onlyName = name.length === 1 && name[0]!.length === 1;
    const facts = table.columns.flatMap((column, c) => ((c === table.rowName && onlyName) || shown.includes(c) ? [] : [fact(column.label, row[c]!)]));
    out.push({ id: `${table.id}-${i + 1}`, name: name[0]?.[0] ?? `${i + 1}`, facts });
  });
  return out;
}

export function recordHtml(record: RecordDocument, t: Phrases, templates?: string): string {
  return loadRecordLayout(templates)({
    lang: record.lang,
    title: record.title,
    version: VERSION,
    css: loadLayouts(templates).css,
    updatedIso: record.updated,
    updatedText: record.updatedText,
    internal: record.internal,
    contents: record.contents,
    footer: t.site.footer,
    tables: record.tables.map((table) => ({ id: `part-${table.id}`, heading: table.heading, blocks: blocks(table) })),
  });
}
