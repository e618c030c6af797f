/**
 * The site of the previous build, as a source of outputs to take over. An output is taken over only
 * while it is still what that build wrote: a regular file (never a link planted in its place) whose
 * stamp is the one recorded after the build, or, when the stamp differs or was lost, whose content
 * has the hash the build recorded. Anything else is made again.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { readBytesBounded } from '../load/read-bounded.js';
import { contentHash, readCache, type CacheData } from './cache.js';

/** Far above any page or PDF a notice makes. */
const OUTPUT_LIMIT = 256 * 1024 * 1024;

/** An output's stamp: device, inode, size and modification time (taking over by hard link keeps all four). */
export function outputStamp(path: string): string | undefined {
  const s = lstatSync(path, { bigint: true, throwIfNoEntry: false });
  return s?.isFile() ? `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}` : undefined;
}

export class PreviousSite {
  /** The previous build's cache, whatever options it was built with. */
  readonly cache: CacheData | undefined;
  private readonly checked = new Map<string, boolean>();

  constructor(
    readonly root: string,
    private readonly stamps: Readonly<Record<string, string>>,
  ) {
    this.cache = readCache(root);
  }

  /** The file of an output of the previous site. */
  file(output: string): string {
    return join(this.root, ...output.split('/'));
  }

  /** True when the output is in the previous site as that build wrote it (content hash `expected`). */
  intact(output: string, expected: string | undefined): boolean {
    let ok = this.checked.get(output);
    if (ok === undefined) {
      ok = this.verify(output, expected);
      this.checked.set(output, ok);
    }
    return ok;
  }

  /** True when every output of a list (path → hash) is intact. */
  allIntact(outputs: Readonly<Record<string, string>>): boolean {
    for (const [output, expected] of Object.entries(outputs)) if (!this.intact(output, expected)) return false;
    return true;
  }

  private verify(output: string, expected: string | undefined): boolean {
    if (!expected) return false;
    const path = this.file(output);
    const stamp = outputStamp(path);
    if (!stamp) return false;
    if (this.stamps[output] === stamp) return true;
    const read = readBytesBounded(path, { limit: OUTPUT_LIMIT, kind: 'an output' });
    return !read.problem && contentHash(read.bytes) === expected;
  }
}
