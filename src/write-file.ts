/**
 * A file written whole or not at all: beside the target first, then moved into place, so that no
 * reader ever sees half a file. An existing file is replaced only when asked.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Codes of a file system that cannot make hard links: there the target is checked, then replaced. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Without `replace`, the move is a hard link, which fails rather than replace a file that appeared
 * meanwhile: then the answer is `exists` and nothing is written. Folders are made when missing.
 */
export async function writeFileAtomically(path: string, text: string, replace: boolean): Promise<'written' | 'exists'> {
  await mkdir(dirname(path), { recursive: true });
  const temp = await writeBeside(path, text);
  try {
    if (replace) await rename(temp, path);
    else if (!(await linkNew(temp, path))) return 'exists';
    return 'written';
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * Replace a file whole, but only while `unchanged` still says it is as it was read: asked once the
 * new text is on disk beside it, just before the move, so that a change made meanwhile is not lost.
 */
export async function replaceFileIfUnchanged(path: string, text: string, unchanged: () => boolean): Promise<'written' | 'changed'> {
  const temp = await writeBeside(path, text);
  try {
    if (!unchanged()) return 'changed';
    await rename(temp, path);
    return 'written';
  } finally {
    await rm(temp, { force: true });
  }
}

/** The text in a new file beside `path`, under a name no one can guess, created new: nothing planted there is written through. */
async function writeBeside(path: string, text: string): Promise<string> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(8).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  return temp;
}

/** Put `temp` in place at `path` unless a file is there; false when one is. */
async function linkNew(temp: string, path: string): Promise<boolean> {
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_LINKS.has(code)) throw error;
    if (existsSync(path)) return false;
    await rename(temp, path);
    return true;
  }
}
