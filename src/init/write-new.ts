/** A new file appears whole or not at all, and an existing one is replaced only when asked. */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, open, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class Exists extends Error {}

/**
 * Write beside the target and move into place, so that no reader ever sees half a file. Without
 * `force` the move is a hard link, which fails rather than replace a file that appeared meanwhile.
 */
export async function writeAtomically(path: string, text: string, force: boolean): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (force) await rename(temp, path);
    else {
      try {
        await link(temp, path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new Exists();
        // A file system without hard links: check, then move.
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
        if (existsSync(path)) throw new Exists();
        await rename(temp, path);
        return;
      }
      await unlink(temp);
    }
  } finally {
    await rm(temp, { force: true });
  }
}
