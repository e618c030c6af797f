import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, type BigIntStats } from 'node:fs';
import type { Source } from './source.js';
import { diagnosticAtRange } from './source.js';
import type { Diagnostic } from '../diagnostic.js';

/** A register is a few kilobytes; anything this large is a mistake, not a register. */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface ReadResult {
  source: Source;
  diagnostics: Diagnostic[];
  /** The file's status as it was read (from the descriptor that read it). */
  stats?: BigIntStats;
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'File not found';
    case 'EACCES':
    case 'EPERM':
      return 'Cannot read the file: permission denied';
    case 'EISDIR':
      return 'Expected a file, found a folder';
    case 'EFBIG':
      return 'File is larger than the 1 MB a register may be';
    case 'ELOOP':
      return 'Cannot read the file: it is a symbolic link that points to itself';
    default:
      return `Cannot read the file (${code ?? 'unknown error'})`;
  }
}

/** Read-only, and without waiting for a writer when the path is a named pipe. */
const OPEN_FLAGS = constants.O_NONBLOCK === undefined ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NONBLOCK;

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

/**
 * Read a file as UTF-8 text; every problem becomes a diagnostic on the file, never an exception.
 *
 * Registers are small, so the file is read synchronously through one descriptor: for a thousand
 * files this is several times faster than the asynchronous API, whose per-call overhead dominates.
 * Only regular files are read, so a named pipe or a device cannot stall a run.
 */
export function readSourceSync(path: string, file: string): ReadResult {
  const source: Source = { file, path, text: '' };
  const fail = (message: string, ruleId = 'file/unreadable'): ReadResult => ({
    source,
    diagnostics: [diagnosticAtRange(source, [0, 0], { ruleId, message })],
  });
  let bytes: Buffer;
  let fd: number | undefined;
  let stats: BigIntStats | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    stats = fstatSync(fd, { bigint: true });
    const size = Number(stats.size);
    if (stats.isDirectory()) return fail('Expected a file, found a folder');
    if (!stats.isFile()) return fail('Expected a file, found a special file (a pipe, socket or device)');
    if (size > MAX_FILE_BYTES) {
      const mb = (size / (1024 * 1024)).toFixed(1);
      return fail(`File is ${mb} MB, larger than the 1 MB a register may be`, 'file/too-large');
    }
    bytes = readAll(fd, size);
  } catch (error) {
    return fail(describeError(error), (error as NodeJS.ErrnoException).code === 'EFBIG' ? 'file/too-large' : 'file/unreadable');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (!isUtf8(bytes)) {
    // The same rules as isUtf8; should they ever disagree, the file is still refused, at its start.
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const before = bytes.subarray(0, bad).toString('utf8');
    const lines = before.split('\n');
    const line = lines.length;
    const column = (lines[lines.length - 1] ?? '').length + 1;
    const d = diagnosticAtRange(source, [0, 0], {
      ruleId: 'file/encoding',
      message: `File is not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')}); save it as UTF-8`,
    });
    Object.assign(d, { line, column, endLine: line, endColumn: column + 1 });
    return { source, diagnostics: [d] };
  }
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  source.text = text;
  return { source, diagnostics: [], stats };
}

/** Read a file of about `size` bytes to its end (it may have grown or shrunk since it was measured). */
function readAll(fd: number, size: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let chunk = Buffer.allocUnsafe(size + 1);
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > MAX_FILE_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    chunk = Buffer.allocUnsafe(64 * 1024);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** The same as `readSourceSync`, for callers that await. */
export async function readSource(path: string, file: string): Promise<ReadResult> {
  return readSourceSync(path, file);
}
