/** Writing a whole output folder so that readers see the old one or the new one, never half of either. */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { onInterrupt } from '../cleanup.js';

export class OutputError extends Error {}

/** Folders a build writes into and then swaps in, with the function that forgets each on interrupt. */
const open = new Map<string, () => void>();

function forget(staging: string): void {
  open.get(staging)?.();
  open.delete(staging);
}

/** True while a process with this id exists (also one of another user's). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A fresh staging folder beside the target (same file system, so the final rename is atomic).
 * Staging folders left by a build that was killed (its process is gone) are removed first.
 */
export async function stagingFolder(target: string): Promise<string> {
  const full = resolve(target);
  const parent = dirname(full);
  await mkdir(parent, { recursive: true });
  const existing = await lstat(full).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new OutputError('exists and is not a folder; choose another --out');
  const prefix = `.${basename(full)}.staging-`;
  const old = `.${basename(full)}.old-`;
  for (const name of await readdir(parent)) {
    if (!name.startsWith(prefix) && !name.startsWith(old)) continue;
    const pid = Number(/^\.[^]*\.(?:staging|old)-(\d+)-/.exec(name)?.[1]);
    if (pid && !isAlive(pid)) await rm(join(parent, name), { recursive: true, force: true });
  }
  const staging = join(parent, `${prefix}${process.pid}-${randomBytes(6).toString('hex')}`);
  // Registered before it exists, so that an interrupt at any moment removes it.
  open.set(staging, onInterrupt(() => rmSync(staging, { recursive: true, force: true })));
  // Readable by a web server (the umask still applies).
  await mkdir(staging, { mode: 0o755 });
  return staging;
}

/**
 * Put a finished staging folder in place of the target: the old folder is moved aside, the new one
 * renamed in, the old one removed. If anything fails the old folder is put back.
 */
export async function swapIn(staging: string, target: string): Promise<void> {
  const full = resolve(target);
  const aside = `${join(dirname(full), `.${basename(full)}.old-`)}${process.pid}-${Date.now()}`;
  // Interrupted between the two renames, the old folder goes back in place.
  const forgetRestore = onInterrupt(() => {
    if (!existsSync(full) && existsSync(aside)) renameSync(aside, full);
  });
  let moved = false;
  try {
    await rename(full, aside);
    moved = true;
  } catch (error) {
    forgetRestore();
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await rename(staging, full);
    forget(staging);
  } catch (error) {
    if (moved) await rename(aside, full);
    forgetRestore();
    throw error;
  }
  forgetRestore();
  if (moved) await removeInBackground(aside);
}

/**
 * The previous site is no longer needed once the new one is in place; removing thousands of files
 * takes longer than the rest of an incremental build, so on POSIX systems a detached `rm` does it
 * while the command returns. A removal that did not finish is redone by the next build.
 */
async function removeInBackground(path: string): Promise<void> {
  if (process.platform === 'win32') {
    await rm(path, { recursive: true, force: true });
    return;
  }
  const child = spawn('rm', ['-rf', path], { detached: true, stdio: 'ignore' });
  child.on('error', () => void rm(path, { recursive: true, force: true }));
  child.unref();
}

export async function discard(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
  forget(staging);
}
