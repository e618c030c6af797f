/** Writing a whole output folder so that readers see the old one or the new one, never half of either. */
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** A fresh staging folder beside the target (same file system, so the final rename is atomic). */
export async function stagingFolder(target: string): Promise<string> {
  const parent = dirname(resolve(target));
  await mkdir(parent, { recursive: true });
  return mkdtemp(join(parent, `.${basename(target)}.staging-`));
}

/**
 * Put a finished staging folder in place of the target: the old folder is moved aside, the new one
 * renamed in, the old one removed. If anything fails the old folder is put back.
 */
export async function swapIn(staging: string, target: string): Promise<void> {
  const full = resolve(target);
  const aside = `${join(dirname(full), `.${basename(full)}.old-`)}${process.pid}-${Date.now()}`;
  let moved = false;
  try {
    await rename(full, aside);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await rename(staging, full);
  } catch (error) {
    if (moved) await rename(aside, full);
    throw error;
  }
  if (moved) await rm(aside, { recursive: true, force: true });
}

export async function discard(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}
