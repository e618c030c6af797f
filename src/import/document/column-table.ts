/**
 * A table whose first row names its columns after parts of a register ("Tarkoitus | Oikeusperuste",
 * "Personuppgifter | Lagringstid", "Purpose | Legal basis"): its other rows are the items of one list
 * under that row, each "cell – cell", as a Markdown table is read; not a heading and its content.
 */
import type { Block } from './block.js';
import { classifyHeading, type SectionKind } from '../headings.js';

/** Parts a column of a table may hold, one a row. */
const COLUMN_KINDS = new Set<SectionKind>(['purposes', 'legal_basis', 'legitimate_interest', 'data_categories', 'data_subjects', 'sources', 'recipients', 'transfers', 'retention']);

/** Every cell of the row is short, and at least two name different such parts ("Tarkoitus | Henkilötiedot | Oikeusperuste"). */
export function namesColumns(cells: readonly string[]): boolean {
  if (cells.length < 2 || cells.some((c) => c.length > 60 || c.includes('\n'))) return false;
  const kinds = cells.map((c) => classifyHeading(c)[0]).filter((k): k is SectionKind => k !== undefined && COLUMN_KINDS.has(k));
  return new Set(kinds).size >= 2;
}

/** The header row as a paragraph, the other rows as a list. */
export function columnParts(rows: readonly string[][], line: number): Block[] {
  const [head, ...body] = rows.map((r) => r.map((c) => c.replace(/\s*\n\s*/gu, ' ')).join(' – '));
  const parts: Block[] = [{ kind: 'paragraph', text: head!, lines: [head!], line, ...(body.length ? { tableHeader: true } : {}) }];
  if (body.length) parts.push({ kind: 'list', text: body.join('\n'), items: body, lines: body, line });
  return parts;
}
