/**
 * Whether a file is inside the project, decided by where it really is: a symbolic link inside the
 * project that points out of it is outside, and a project reached through a link is still itself.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, relative, sep } from 'node:path';

/**
 * The path with every symbolic link resolved. Of a path that does not exist (or cannot be resolved,
 * as a link loop), the nearest folder above it that does is resolved and the rest kept as written.
 */
export function realPathOf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : `${realPathOf(parent).replace(/[\\/]$/, '')}${sep}${basename(path)}`;
  }
}

/** True when `path` is `root` or below it, both taken at their real paths. */
export function isInsideProject(root: string, path: string): boolean {
  const rel = relative(realPathOf(root), realPathOf(path));
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !/^[a-zA-Z]:/.test(rel) && !rel.startsWith(sep));
}
