/**
 * A notice file read whole, within the size a privacy notice may have, and told apart from what is
 * not one: the reading both `seloste import` and `seloste audit` start with.
 */
import { readBytesBounded, type ReadProblem } from '../load/read-bounded.js';
import { sniff } from './document/sniff.js';

/** A notice is a few pages; anything larger is not one. HTML, Word and PDF files carry markup, styles, fonts and images. */
export const MAX_BYTES = 10 * 1024 * 1024;
/** Plain text and Markdown are the words alone. */
export const MAX_TEXT_BYTES = 1024 * 1024;

/** The file is past `limit` bytes; its size is said when it is known (a file that grew while read has none). */
function tooLarge(size: number | undefined, limit: number, what: string): string {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(Number.isInteger(n / 1024 / 1024) ? 0 : 1)} MB`;
  return size === undefined || size <= limit
    ? `the file is larger than the ${mb(limit)} ${what}`
    : `the file is ${(size / 1024 / 1024).toFixed(1)} MB, larger than the ${mb(limit)} ${what}`;
}

/** Why the notice could not be read, in the words of this command. */
function importProblem(problem: ReadProblem, size: bigint | undefined): string {
  switch (problem.code) {
    case 'missing':
      return 'file not found';
    case 'denied':
      return 'cannot read the file: permission denied';
    case 'folder':
      return 'expected a file, found a folder';
    case 'special':
      return 'expected a file, found a special file (a pipe, socket or device)';
    case 'too-large':
      return tooLarge(size === undefined ? undefined : Number(size), MAX_BYTES, 'a privacy notice may be');
    default:
      return problem.message.charAt(0).toLowerCase() + problem.message.slice(1);
  }
}

/** The bytes of a notice file, or why it is not one (a sentence that starts in lower case). */
export function readNoticeFile(path: string): { bytes: Uint8Array } | { problem: string } {
  // Read to a bound: a named pipe or a device is refused at once, never waited on or read for ever.
  const read = readBytesBounded(path, { limit: MAX_BYTES, kind: 'a privacy notice' });
  if (read.problem) return { problem: importProblem(read.problem, read.stats?.size) };
  const { bytes } = read;
  const sniffed = sniff(bytes, path);
  if (sniffed.problem !== undefined) return { problem: sniffed.problem };
  if ((sniffed.format === 'text' || sniffed.format === 'markdown') && bytes.length > MAX_TEXT_BYTES) {
    return { problem: tooLarge(bytes.length, MAX_TEXT_BYTES, 'a notice in text or Markdown may be') };
  }
  return { bytes };
}
