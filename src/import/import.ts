/** An old notice's text into a draft register: read, outlined, recognised, made to fit, written. */
import type { Format } from './document/block.js';
import { detectFormat, readBlocks } from './document/read.js';
import { conform } from './conform.js';
import { keepAll } from './draft/keep-all.js';
import type { Lang } from './draft/state.js';
import { extractDraft } from './extract.js';
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

/** Import a notice from its text: the draft register, as YAML and as data. */
export function importNotice(text: string, options: ImportOptions = {}): ImportResult {
  const format = options.format ?? detectFormat(text);
  const blocks = readBlocks(text, format);
  const lang = options.lang ?? detectLanguage(blocks.map((b) => b.text).join('\n'));
  const outlined = outline(blocks);
  const draft = extractDraft(outlined, lang);
  conform(draft.register, draft.notes, lang);
  keepAll(outlined, draft.register, draft.notes);
  const yaml = writeDraft(draft.register, draft.notes, { schema: options.schema ?? SCHEMA_URL, ...(options.source ? { source: options.source } : {}) });
  return { yaml, register: draft.register, todos: countTodos(draft.notes), format, lang, mapped: draft.mapped };
}
