/** An old notice's text into a draft register: read, outlined, recognised, made to fit, written. */
import type { Format } from './document/block.js';
import { detectFormat, readBlocks } from './document/read.js';
import { conform } from './conform.js';
import { keepAll } from './draft/keep-all.js';
import type { Lang } from './draft/state.js';
import { extractDraft } from './extract.js';
import { detectLanguages, otherLanguagesNote } from './language.js';
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
  const outlined = outline(blocks);
  // The draft is made from the first part: a translation after it does not decide the language.
  const main = outlined.second ? blocks.slice(0, blocks.findIndex((b) => b === outlined.second!.blocks[0])) : blocks;
  const detected = detectLanguages(blocks.map((b) => b.text).join('\n'), main.map((b) => b.text).join('\n'));
  const lang = options.lang ?? detected.lang;
  const draft = extractDraft(outlined, lang);
  const other = otherLanguagesNote(lang, [detected.lang, ...detected.also].filter((l) => l !== lang));
  if (other) draft.notes.unshift(other);
  conform(draft.register, draft.notes, lang);
  keepAll(outlined, draft.register, draft.notes);
  const yaml = writeDraft(draft.register, draft.notes, { schema: options.schema ?? SCHEMA_URL, ...(options.source ? { source: options.source } : {}) });
  return { yaml, register: draft.register, todos: countTodos(draft.notes), format, lang, mapped: draft.mapped };
}
