/** The folder a file is checked from: the workspace folder it is in, as `seloste check` is run from a project's folder. */
import { dirname, relative, isAbsolute } from 'node:path';

function contains(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return !rel.startsWith('..') && !isAbsolute(rel);
}

/** The innermost of `folders` that holds `path`, else `fallback` when it does, else the file's own folder. */
export function cwdFor(path: string, folders: readonly string[], fallback: string): string {
  const holding = folders.filter((f) => contains(f, path)).sort((a, b) => b.length - a.length);
  return holding[0] ?? (contains(fallback, path) ? fallback : dirname(path));
}
