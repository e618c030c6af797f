/**
 * Which folder a build may replace. A build replaces its output folder as a whole, so it must be
 * Seloste's own: missing, empty, or marked by an earlier build. The project, the working folder, a
 * folder that holds the registers, the home folder and `/` are never an output folder, marked or not.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { readTextBounded } from '../load/read-bounded.js';
import { OutputError } from './atomic.js';
import { LEGACY_CACHE_FILE } from './cache.js';

/** The file every build writes at the top of its output: the folder is Seloste's to replace. */
export const MARKER_FILE = '.seloste-output.json';
/** The layout of the output folder; a newer Seloste that changes it raises this. */
export const OUTPUT_FORMAT = 1;

export function markerText(): string {
  return `${JSON.stringify({ generator: 'seloste', format: OUTPUT_FORMAT })}\n`;
}

/** A folder or file an output folder must not be or hold, with what it is to the user. */
export interface Protected {
  path: string;
  /** What the output folder is when it is this path: "the working folder". */
  is: string;
  /** What the output folder holds when this path is inside it: "the registers". */
  holds: string;
}

/**
 * Refuse (with an `OutputError`) an output folder that is not Seloste's to replace. Nothing is
 * touched either way.
 */
export function claimOutputFolder(out: string, protect: readonly Protected[]): void {
  // The folders above the output are resolved; the output itself is not followed if it is a link.
  const full = join(realish(dirname(resolve(out))), basename(resolve(out)));
  const always: Protected[] = [
    { path: parse(full).root, is: 'the root folder', holds: 'the root folder' },
    { path: homedir(), is: 'the home folder', holds: 'the home folder' },
  ];
  for (const p of [...always, ...protect]) {
    const guarded = realish(resolve(p.path));
    if (full === guarded) throw new OutputError(`is ${p.is}; choose an empty or new folder for --out`);
    if (isInside(guarded, full)) throw new OutputError(`holds ${p.holds} (\`${relative(full, guarded)}\`); choose an empty or new folder for --out`);
  }
  const stats = lstatOrUndefined(full);
  if (!stats) return;
  if (stats.isSymbolicLink()) throw new OutputError('is a symbolic link; give the folder itself, or choose another --out');
  if (!stats.isDirectory()) throw new OutputError('exists and is not a folder; choose another --out');
  const names = readdirSync(full);
  if (names.length === 0 || isMarked(full)) return;
  const shown = names.sort().slice(0, 3).map((n) => `\`${n}\``).join(', ');
  throw new OutputError(
    `holds files Seloste did not write (${shown}${names.length > 3 ? ', …' : ''}); choose an empty or new folder for --out, nothing was changed`,
  );
}

/** True when the folder carries the marker of an earlier build (or the cache of a build before markers). */
function isMarked(folder: string): boolean {
  const read = (name: string): unknown => {
    const path = join(folder, name);
    if (!lstatOrUndefined(path)?.isFile()) return undefined;
    const found = readTextBounded(path, { limit: 256 * 1024 * 1024, kind: 'a cache file' });
    try {
      return found.problem ? undefined : JSON.parse(found.text);
    } catch {
      return undefined;
    }
  };
  const marker = read(MARKER_FILE) as { generator?: unknown; format?: unknown } | undefined;
  if (marker?.generator === 'seloste' && typeof marker.format === 'number') return true;
  const cache = read(LEGACY_CACHE_FILE) as { seloste?: unknown } | undefined;
  return typeof cache?.seloste === 'number';
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel.split(sep)[0] !== '..' && !isAbsolute(rel);
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The real path of a path that may not exist yet: the nearest existing folder above it is resolved
 * (symbolic links followed), the rest is kept as written.
 */
function realish(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realish(parent), basename(path));
  }
}
