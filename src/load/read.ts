import { isUtf8 } from 'node:buffer';
import type { BigIntStats } from 'node:fs';
import { readBytesBounded, sizeProblem } from './read-bounded.js';
import type { Source } from './source.js';
import { diagnosticAtRange } from './source.js';
import type { Diagnostic } from '../diagnostic.js';
import type { MessageLanguage } from '../interface-language.js';
import { FILE_WORDS } from './file-messages.js';

export { MAX_FILE_BYTES } from './read-bounded.js';

/**
 * Texts of files as an editor holds them, unsaved edits included, by absolute path: read in place of
 * the files on disk.
 */
export type Texts = ReadonlyMap<string, string>;

export interface ReadResult {
  source: Source;
  diagnostics: Diagnostic[];
  /** The file's status as it was read (from the descriptor that read it). */
  stats?: BigIntStats;
}

/** True when the bytes start with a UTF-16 byte order mark (as editors on Windows may save). */
function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let extra = 0;
    if (b < 0x80) extra = 0;
    else if (b >= 0xc2 && b < 0xe0) extra = 1;
    else if (b >= 0xe0 && b < 0xf0) extra = 2;
    else if (b >= 0xf0 && b < 0xf5) extra = 3;
    else return i;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // The second byte is narrower after these leads: no overlong forms (E0, F0), no UTF-16
    // surrogates (ED, as "modified UTF-8" writes them), nothing above U+10FFFF (F4).
    const second = bytes[i + 1]!;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += extra + 1;
  }
  return -1;
}

/** A text held in memory, as a file of that text would be read: the same size limit, no byte-order mark. */
function readText(path: string, file: string, text: string, lang: MessageLanguage): ReadResult {
  const source: Source = { file, path, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  const problem = sizeProblem(Buffer.byteLength(text));
  if (!problem) return { source, diagnostics: [] };
  source.text = '';
  return { source, diagnostics: [diagnosticAtRange(source, [0, 0], { ruleId: 'file/too-large', message: FILE_WORDS[lang].problem(problem) })] };
}

/**
 * Read a file as UTF-8 text; every problem becomes a diagnostic on the file, never an exception.
 * A file whose text `texts` holds is not read from disk.
 *
 * Registers are small, so the file is read synchronously through one descriptor: for a thousand
 * files this is several times faster than the asynchronous API, whose per-call overhead dominates.
 * Only regular files are read, so a named pipe or a device cannot stall a run.
 */
export function readSourceSync(path: string, file: string, lang: MessageLanguage = 'en', texts?: Texts): ReadResult {
  const held = texts?.get(path);
  if (held !== undefined) return readText(path, file, held, lang);
  const source: Source = { file, path, text: '' };
  const words = FILE_WORDS[lang];
  const read = readBytesBounded(path);
  if (read.problem) {
    const ruleId = read.problem.code === 'too-large' ? 'file/too-large' : 'file/unreadable';
    return { source, diagnostics: [diagnosticAtRange(source, [0, 0], { ruleId, message: words.problem(read.problem) })] };
  }
  const { bytes, stats } = read;
  if (!isUtf8(bytes)) {
    // The same rules as isUtf8; should they ever disagree, the file is still refused, at its start.
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const before = bytes.subarray(0, bad).toString('utf8');
    const lines = before.split('\n');
    const line = lines.length;
    const column = (lines[lines.length - 1] ?? '').length + 1;
    const d = diagnosticAtRange(source, [0, 0], {
      ruleId: 'file/encoding',
      message: isUtf16(bytes) ? words.utf16 : words.notUtf8(bytes[bad]!.toString(16).padStart(2, '0')),
    });
    Object.assign(d, { line, column, endLine: line, endColumn: column + 1 });
    return { source, diagnostics: [d] };
  }
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  source.text = text;
  return { source, diagnostics: [], stats };
}

/** The same as `readSourceSync`, for callers that await. */
export async function readSource(path: string, file: string, lang: MessageLanguage = 'en', texts?: Texts): Promise<ReadResult> {
  return readSourceSync(path, file, lang, texts);
}
