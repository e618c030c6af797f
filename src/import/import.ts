/** An old notice into a draft register: read, outlined, recognised, made to fit, written. */
import type { Block, Format } from './document/block.js';
import { detectFormat, readBlocks } from './document/read.js';
import { conform } from './conform.js';
import type { Lang } from './draft/state.js';
import { extractDraft } from './extract.js';
import { readNotice } from './input.js';
import { detectLanguage } from './language.js';
import { outline } from './outline.js';
import { countTodos, SCHEMA_URL, writeDraft } from './write.js';

export interface ImportOptions {
  /** Language of the notice; detected from the text when left out. */
  lang?: Lang;
  /** Format of the notice; detected from the text when left out. */
  format?: Format;
  /** Path or URL of the register schema for the first line; the schema's URL by default. */
  schema?: string;
  /** Name of the imported file, for the header comment. */
  source?: string;
}

export interface ImportResult {
  yaml: string;
  register: Record<string, unknown>;
  todos: number;
  format: Format;
  lang: Lang;
  /** What was mapped, for a summary. */
  mapped: string[];
}

/** The draft from a notice's blocks: everything after reading, the same for every format. */
export function importBlocks(blocks: readonly Block[], format: Format, options: ImportOptions = {}): ImportResult {
  const lang = options.lang ?? detectLanguage(blocks.map((b) => b.text).join('\n'));
  const draft = extractDraft(outline(blocks), lang);
  conform(draft.register, draft.notes, lang);
  const yaml = writeDraft(draft.register, draft.notes, { schema: options.schema ?? SCHEMA_URL, ...(options.source ? { source: options.source } : {}) });
  return { yaml, register: draft.register, todos: countTodos(draft.notes), format, lang, mapped: draft.mapped };
}

/** Import a notice from its text: the draft register, as YAML and as data. */
export function importNotice(text: string, options: ImportOptions = {}): ImportResult {
  const format = options.format ?? detectFormat(text);
  return importBlocks(readBlocks(text, format), format, options);
}

/** Import a notice file from its bytes (text, Markdown, HTML, Word or PDF), or say why it cannot be read. */
export async function importBytes(bytes: Uint8Array, name: string, options: ImportOptions = {}): Promise<ImportResult | { problem: string }> {
  const read = await readNotice(bytes, name);
  if (read.problem !== undefined) return read;
  return importBlocks(read.blocks, read.format, options);
}
