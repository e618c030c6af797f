/**
 * The one way Seloste reads a file it was pointed at (a register, an organisation file, the config, a
 * template, an imported notice, its own cache): never waiting and never without limit. The file is
 * opened without waiting for a writer, judged by the status of the very descriptor it is read
 * through (so it cannot be swapped in between), read only when it is a regular file, and read no
 * further than the limit even when it grows meanwhile. Every refusal is a reason, never an exception.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, type BigIntStats } from 'node:fs';

/** A register is a few kilobytes; anything this large is a mistake, not a register. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type ReadProblemCode = 'missing' | 'denied' | 'folder' | 'special' | 'too-large' | 'loop' | 'encoding' | 'unreadable';

export interface ReadProblem {
  code: ReadProblemCode;
  /** One sentence, starting with a capital, for a diagnostic on the file. */
  message: string;
  /** `too-large`: the size, when it is known. */
  size?: number;
  /** `unreadable`: the error code of the system. */
  errno?: string;
}

export type BytesRead = { bytes: Buffer; stats: BigIntStats; problem?: undefined } | { problem: ReadProblem; stats?: BigIntStats };
export type TextRead = { text: string; stats: BigIntStats; problem?: undefined } | { problem: ReadProblem; stats?: BigIntStats };

export interface ReadLimit {
  /** Bytes at most; 1 MB unless said. */
  limit?: number;
  /** What the file should be, for the size message: `a register` unless said. */
  kind?: string;
}

/** Read-only, and without waiting for a writer when the path is a named pipe. */
const OPEN_FLAGS = constants.O_NONBLOCK === undefined ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NONBLOCK;

/** A limit as people say it: `1 MB`, `256 MB`, or bytes when it is below a megabyte. */
function amount(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (Number.isInteger(mb)) return `${mb} MB`;
  return mb < 1 ? `${bytes} bytes` : `${mb.toFixed(1)} MB`;
}

/** Why a text of `size` bytes is not read, when it is past the limit. */
export function sizeProblem(size: number, { limit = MAX_FILE_BYTES, kind = 'a register' }: ReadLimit = {}): ReadProblem | undefined {
  return size > limit ? tooLarge(size, limit, kind) : undefined;
}

function tooLarge(size: number | undefined, limit: number, kind: string): ReadProblem {
  const message =
    size === undefined
      ? `File is larger than the ${amount(limit)} ${kind} may be`
      : `File is ${(size / (1024 * 1024)).toFixed(1)} MB, larger than the ${amount(limit)} ${kind} may be`;
  return { code: 'too-large', message, ...(size === undefined ? {} : { size }) };
}

function fromError(error: unknown, limit: number, kind: string): ReadProblem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { code: 'missing', message: 'File not found' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'denied', message: 'Cannot read the file: permission denied' };
    case 'EISDIR':
      return { code: 'folder', message: 'Expected a file, found a folder' };
    case 'EFBIG':
      return tooLarge(undefined, limit, kind);
    case 'ELOOP':
      return { code: 'loop', message: 'Cannot read the file: it is a symbolic link that points to itself' };
    case 'ENXIO':
      // Opening a socket, or a device with nothing behind it.
      return { code: 'special', message: 'Expected a file, found a special file (a pipe, socket or device)' };
    default:
      return { code: 'unreadable', message: `Cannot read the file (${code ?? 'unknown error'})`, ...(code ? { errno: code } : {}) };
  }
}

/** The bytes of a regular file of at most `limit` bytes, or why it was not read. */
export function readBytesBounded(path: string, { limit = MAX_FILE_BYTES, kind = 'a register' }: ReadLimit = {}): BytesRead {
  let fd: number | undefined;
  let stats: BigIntStats | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    stats = fstatSync(fd, { bigint: true });
    if (stats.isDirectory()) return { problem: { code: 'folder', message: 'Expected a file, found a folder' }, stats };
    if (!stats.isFile()) return { problem: { code: 'special', message: 'Expected a file, found a special file (a pipe, socket or device)' }, stats };
    const size = Number(stats.size);
    if (size > limit) return { problem: tooLarge(size, limit, kind), stats };
    const bytes = readToLimit(fd, size, limit);
    return bytes ? { bytes, stats } : { problem: tooLarge(undefined, limit, kind), stats };
  } catch (error) {
    return stats ? { problem: fromError(error, limit, kind), stats } : { problem: fromError(error, limit, kind) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The UTF-8 text of a regular file of at most `limit` bytes (a byte-order mark dropped), or why it was not read. */
export function readTextBounded(path: string, options: ReadLimit = {}): TextRead {
  const read = readBytesBounded(path, options);
  if (read.problem) return read;
  if (!isUtf8(read.bytes)) return { problem: { code: 'encoding', message: 'File is not valid UTF-8; save it as UTF-8' }, stats: read.stats };
  const text = read.bytes.toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, stats: read.stats };
}

/**
 * Read a file of about `size` bytes to its end (it may have grown or shrunk since it was measured),
 * or undefined as soon as it passes `limit`.
 */
function readToLimit(fd: number, size: number, limit: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  let chunk = Buffer.allocUnsafe(size + 1);
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > limit) return undefined;
    chunk = Buffer.allocUnsafe(64 * 1024);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}
