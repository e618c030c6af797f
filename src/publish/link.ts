/**
 * Taking over unchanged outputs: each is hard-linked from the previous site into the staging folder,
 * or copied where links fail. Synchronously: a link is one quick system call, and thousands of them
 * queued on the thread pool (or sent to a helper thread) cost more in overhead than they take.
 * Only outputs found intact are taken over (see `previous.ts`), so the source is a regular file.
 */
import { constants, copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type LinkPair = readonly [from: string, to: string];

/** Link (or copy) every pair on the calling thread; returns how many files were placed. */
export function linkAll(pairs: readonly LinkPair[]): number {
  const made = new Set<string>();
  for (const [from, to] of pairs) {
    const dir = dirname(to);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    try {
      linkSync(from, to);
    } catch {
      // Never onto an existing file: the staging folder is new, and what is in it was made here.
      copyFileSync(from, to, constants.COPYFILE_EXCL);
    }
  }
  return pairs.length;
}
