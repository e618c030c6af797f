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
  // A name no one can guess, created new: nothing planted beside the target is written through.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(8).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (replace) await rename(temp, path);
    else if (!(await linkNew(temp, path))) return 'exists';
    return 'written';
  } finally {
    await rm(temp, { force: true });
  }
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
