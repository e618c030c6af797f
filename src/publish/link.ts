/**
 * Taking over unchanged outputs: each is hard-linked from the previous site into the staging folder,
 * or copied where links fail. Synchronously: a link is one quick system call, and thousands of them
 * queued on the thread pool (or sent to a helper thread) cost more in overhead than they take.
 */
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
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
      copyFileSync(from, to);
    }
  }
  return pairs.length;
}
