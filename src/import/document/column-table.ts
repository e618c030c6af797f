/**
 * A table whose first row names its columns after parts of a register ("Tarkoitus | Oikeusperuste",
 * "Personuppgifter | Lagringstid", "Purpose | Legal basis"): its other rows are the items of one list
 * under that row, each "cell – cell", as a Markdown table is read; not a heading and its content.
 */
import type { Block } from './block.js';
import { classifyHeading, type SectionKind } from '../headings.js';

/** Parts a column of a table may hold, one a row. */
/** How a table's row joins its cells. */
export const CELL = /\s+[–—]\s+/u;

const COLUMN_KINDS = new Set<SectionKind>(['purposes', 'legal_basis', 'legitimate_interest', 'data_categories', 'data_subjects', 'sources', 'recipients', 'transfers', 'retention']);

/** A column of data, named as a column is and not as a section: "Data type", "Tietotyyppi", "Personuppgift", "Kategori" beside "Lagringstid". */
const DATA_COLUMN =
  /^(?:(?:personal )?data(?: types?| categor(?:y|ies))?|(?:(?:personal )?data|information) collected|types? of (?:personal )?(?:data|information)|information|(?:kerätyt |käsiteltävät )?(?:henkilö)?tie(?:to|dot)|(?:insamlade |behandlade )?(?:person)?uppgifter|(?:henkilö)?tieto(?:tyyp(?:pi|it)|ryhmä(?:t)?|laji(?:t)?|kategoria(?:t)?)|(?:person)?uppgift(?:er)?|(?:data|uppgifts)(?:typ|kategori)(?:er)?|typ av (?:person)?uppgifter|kategori(?:er)?|kategoria(?:t)?|categor(?:y|ies))$/u;

/** A column of what is done, named as a column is: "Behandling", "Käsittely", "Processing activity". */
const PROCESSING_COLUMN =
  /^(?:behandling(?:en|ar)?|behandlingsaktivitet(?:er)?|käsittely|käsittelytoimi(?:nta)?|käsittelytoimet|processing(?: activit(?:y|ies)| operations?)?|activit(?:y|ies))$/u;

/** A column of what is done ("Behandling"), which a table may have beside its column of purposes ("Ändamål"). */
export function isProcessingColumn(cell: string): boolean {
  return !classifyHeading(cell)[0] && PROCESSING_COLUMN.test(cell.trim().toLowerCase().replace(/[:.]$/u, ''));
}

/** The part of a register a column holds, by its header cell. */
export function columnKind(cell: string): SectionKind | undefined {
  const kind = classifyHeading(cell)[0];
  if (kind) return kind;
  const name = cell.trim().toLowerCase().replace(/[:.]$/u, '');
  if (PROCESSING_COLUMN.test(name)) return 'purposes';
  return DATA_COLUMN.test(name) ? 'data_categories' : undefined;
}

/** A column that describes the one beside it: "Beskrivning", "Kuvaus", "Description". */
const DESCRIPTION_COLUMN = /^(?:beskrivning|kuvaus|selite|selitys|description|details)$/u;

/**
 * Every cell of the row is short, and at least two name different such parts ("Tarkoitus | Henkilötiedot |
 * Oikeusperuste"), or one does and the other describes it ("Ändamål | Beskrivning").
 */
export function namesColumns(cells: readonly string[]): boolean {
  if (cells.length < 2 || cells.some((c) => c.length > 60 || c.includes('\n'))) return false;
  const kinds = cells.map(columnKind).filter((k): k is SectionKind => k !== undefined && COLUMN_KINDS.has(k));
  const described = cells.length === 2 && kinds.length === 1 && cells.some((c) => DESCRIPTION_COLUMN.test(c.trim().toLowerCase().replace(/[:.]$/u, '')));
  return new Set(kinds).size >= 2 || described;
}

/** The header row as a paragraph, the other rows as a list. */
export function columnParts(rows: readonly string[][], line: number): Block[] {
  const [head, ...body] = rows.map((r) => r.map((c) => c.replace(/\s*\n\s*/gu, ' ')).join(' – '));
  const parts: Block[] = [{ kind: 'paragraph', text: head!, lines: [head!], line, ...(body.length ? { tableHeader: true } : {}) }];
  if (body.length) parts.push({ kind: 'list', text: body.join('\n'), items: body, lines: body, line });
  return parts;
}
