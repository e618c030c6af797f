/** An old notice into draft registers: read, split into its registers, outlined, recognised, made to fit, written. */
import type { Block, Format } from './document/block.js';
import { detectFormat, readBlocks } from './document/read.js';
import { conform } from './conform.js';
import { keepAll } from './draft/keep-all.js';
import type { Lang } from './draft/state.js';
import { extractDraft } from './extract.js';
import { readNotice } from './input.js';
import { otherLanguagesNote } from './language.js';
import { pageAddress } from './document/page-address.js';
import { registerParts, type RegisterPart } from './registers.js';
import { countTodos, SCHEMA_URL, writeDraft } from './write.js';

export interface ImportOptions {
  /** Language of the notice; detected from the text when left out. */
  lang?: Lang;
  /** Format of the notice; detected from the text when left out. */
  format?: Format;
  /** Path or URL of the register schema for the first line; by default the `file:` URL of the schema shipped with the package. */
  schema?: string;
  /** Name of the imported file, for the header comment. */
  source?: string;
  /** The address a saved web page gives for itself (its canonical link): the controller's site, where its e-mail is there. */
  page?: string;
}

export interface ImportResult {
  yaml: string;
  register: Record<string, unknown>;
  todos: number;
  format: Format;
  lang: Lang;
  /** What was mapped, for a summary. */
  mapped: string[];
  /** The year or the month the original gives as its date, without a day. */
  partialDate?: string;
}

/** One register's draft from its part of the notice. */
export function importPart(part: RegisterPart, format: Format, options: ImportOptions): ImportResult {
  const { lang } = part;
  const draft = extractDraft(part.outline, lang, options.page);
  const other = otherLanguagesNote(lang, part.also);
  if (other) draft.notes.unshift(other);
  conform(draft.register, draft.notes, lang);
  keepAll(part.outline, draft.register, draft.notes);
  const yaml = writeDraft(draft.register, draft.notes, { schema: options.schema ?? SCHEMA_URL, ...(options.source ? { source: options.source } : {}) });
  return { yaml, register: draft.register, todos: countTodos(draft.notes), format, lang, mapped: draft.mapped, ...(draft.partialDate ? { partialDate: draft.partialDate } : {}) };
}

/** The drafts of a notice's blocks, one a register it holds: everything after reading, the same for every format. */
export function importBlocks(blocks: readonly Block[], format: Format, options: ImportOptions = {}): ImportResult[] {
  return registerParts(blocks, options.lang).map((part) => importPart(part, format, options));
}

/** Import a notice from its text: the draft of its first register, as YAML and as data. */
export function importNotice(text: string, options: ImportOptions = {}): ImportResult {
  return importRegisters(text, options)[0]!;
}

/** Import a notice from its text: a draft for each register it holds. */
export function importRegisters(text: string, options: ImportOptions = {}): ImportResult[] {
  const format = options.format ?? detectFormat(text);
  const page = options.page ?? (format === 'html' ? pageAddress(text) : undefined);
  return importBlocks(readBlocks(text, format), format, { ...options, ...(page ? { page } : {}) });
}

/** Import a notice file from its bytes (text, Markdown, HTML, Word or PDF): a draft for each register it holds, or why it cannot be read. */
export async function importBytes(bytes: Uint8Array, name: string, options: ImportOptions = {}): Promise<ImportResult[] | { problem: string }> {
  const read = await readNotice(bytes, name);
  if (read.problem !== undefined) return read;
  return importBlocks(read.blocks, read.format, { ...options, ...(read.page ? { page: read.page } : {}) });
}
