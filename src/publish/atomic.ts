/** Writing a whole output folder so that readers see the old one or the new one, never half of either. */
import { chmodSync, existsSync, lstatSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rename } from 'node:fs/promises';
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
 * What builds that were killed left beside it is dealt with first (see `clearLeftovers`).
 */
export async function stagingFolder(target: string): Promise<string> {
  const full = resolve(target);
  const parent = dirname(full);
  await mkdir(parent, { recursive: true });
  const existing = await lstat(full).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new OutputError('exists and is not a folder; choose another --out');
  clearLeftovers(full);
  const staging = join(parent, `.${basename(full)}.staging-${process.pid}-${randomBytes(6).toString('hex')}`);
  // Registered before it exists, so that an interrupt at any moment removes it.
  open.set(staging, onInterrupt(() => removeTree(staging)));
  // Readable by a web server (the umask still applies).
  await mkdir(staging, { mode: 0o755 });
  return staging;
}

/** Folders beside `target` that a build of process `pid` left, by kind. */
function leftovers(target: string): { name: string; kind: string; pid: number; time: number }[] {
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(target))}\\.(staging|old|trash)-(\\d+)-([0-9a-f]+)$`);
  const found = [];
  for (const name of readdirSync(dirname(target))) {
    const m = pattern.exec(name);
    if (m) found.push({ name, kind: m[1]!, pid: Number(m[2]), time: Number.parseInt(m[3]!, 16) || 0 });
  }
  return found;
}

/**
 * What builds that were killed (their process is gone) left beside the target. A staging folder or
 * a removed site is deleted. An old site moved aside is the only copy when the build was killed
 * between its two renames: then it goes back in place, and only otherwise is it deleted. A folder
 * that cannot be deleted (made read-only) is left, and never stops a build.
 */
function clearLeftovers(target: string): void {
  const dead = leftovers(target).filter((l) => !isAlive(l.pid));
  const aside = dead.filter((l) => l.kind === 'old').sort((a, b) => b.time - a.time);
  if (aside[0] && !existsSync(target)) {
    renameSync(join(dirname(target), aside[0].name), target);
    aside.shift();
  }
  for (const l of [...dead.filter((l) => l.kind !== 'old'), ...aside]) removeTree(join(dirname(target), l.name));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Remove a folder Seloste wrote, also when it was made read-only; best effort: what cannot be
 * removed is left for a later build.
 */
export function removeTree(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    try {
      makeWritable(path);
      rmSync(path, { recursive: true, force: true });
    } catch {
      // Left as it is; it is named as a leftover, so a later build tries again.
    }
  }
}

function makeWritable(path: string): void {
  const stats = lstatSync(path);
  if (!stats.isDirectory()) return;
  chmodSync(path, 0o700);
  for (const name of readdirSync(path)) makeWritable(join(path, name));
}

/**
 * Put a finished staging folder in place of the target: the old folder is moved aside, the new one
 * renamed in, the old one removed. If anything fails the old folder is put back.
 */
export async function swapIn(staging: string, target: string): Promise<void> {
  const full = resolve(target);
  const aside = join(dirname(full), `.${basename(full)}.old-${process.pid}-${Date.now().toString(16)}`);
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
  if (!moved) return;
  // Renamed before it is removed: a folder named `old` is then only ever a whole site, which the
  // next build may put back, never one half removed.
  const trash = join(dirname(full), `.${basename(full)}.trash-${process.pid}-${Date.now().toString(16)}`);
  await rename(aside, trash);
  await removeInBackground(trash);
}

/**
 * The previous site is no longer needed once the new one is in place; removing thousands of files
 * takes longer than the rest of an incremental build, so on POSIX systems a detached `rm` does it
 * while the command returns. A removal that did not finish is redone by the next build.
 */
async function removeInBackground(path: string): Promise<void> {
  if (process.platform === 'win32') {
    removeTree(path);
    return;
  }
  const child = spawn('rm', ['-rf', path], { detached: true, stdio: 'ignore' });
  child.on('error', () => removeTree(path));
  child.unref();
}

export async function discard(staging: string): Promise<void> {
  removeTree(staging);
  forget(staging);
}
