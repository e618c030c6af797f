import { readFile, stat } from 'node:fs/promises';
import type { Source } from './source.js';
import { diagnosticAtRange } from './source.js';
import type { Diagnostic } from '../diagnostic.js';

/** A register is a few kilobytes; anything this large is a mistake, not a register. */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface ReadResult {
  source: Source;
  diagnostics: Diagnostic[];
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
    case 'ELOOP':
      return 'Cannot read the file: it is a symbolic link that points to itself';
    default:
      return `Cannot read the file (${code ?? 'unknown error'})`;
  }
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
    i += extra + 1;
  }
  return -1;
}

/** Read a file as UTF-8 text; every problem becomes a diagnostic on the file, never an exception. */
export async function readSource(path: string, file: string): Promise<ReadResult> {
  const source: Source = { file, path, text: '' };
  const fail = (message: string, ruleId = 'file/unreadable'): ReadResult => ({
    source,
    diagnostics: [diagnosticAtRange(source, [0, 0], { ruleId, message })],
  });
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('Expected a file, found a folder');
    if (info.size > MAX_FILE_BYTES) {
      const mb = (info.size / (1024 * 1024)).toFixed(1);
      return fail(`File is ${mb} MB, larger than the 1 MB a register may be`, 'file/too-large');
    }
    bytes = await readFile(path);
  } catch (error) {
    return fail(describeError(error));
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
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
  let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  source.text = text;
  return { source, diagnostics: [] };
}
