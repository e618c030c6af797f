/**
 * Which folder a build may replace. A build replaces its output folder as a whole, so it must be
 * Seloste's own: missing, empty, or marked by an earlier build. The project, the working folder, a
 * folder that holds the registers, the home folder and `/` are never an output folder, marked or not.
 * A site and a record of processing activities (which is internal) never take each other's folder.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import type { CheckResult } from '../pipeline.js';
import { readTextBounded } from '../load/read-bounded.js';
import { OutputError } from './atomic.js';
import { LEGACY_CACHE_FILE } from './cache.js';

/** The file every build writes at the top of its output: the folder is Seloste's to replace. */
export const MARKER_FILE = '.seloste-output.json';
/** The layout of the output folder; a newer Seloste that changes it raises this. */
export const OUTPUT_FORMAT = 1;

/** What an output folder holds: the public site, or the internal record of processing activities. */
export type OutputKind = 'site' | 'record';

export function markerText(kind: OutputKind = 'site'): string {
  return `${JSON.stringify({ generator: 'seloste', format: OUTPUT_FORMAT, ...(kind === 'site' ? {} : { kind }) })}\n`;
}

const OTHER_KIND: Record<OutputKind, string> = {
  site: 'holds a record of processing activities, which is never published; choose another folder for --out',
  record: 'holds a published site, and the record of processing activities is never published; choose another folder for --out',
};

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
export function claimOutputFolder(out: string, protect: readonly Protected[], kind: OutputKind = 'site'): void {
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
  const marked = markedKind(full);
  if (marked && marked !== kind) throw new OutputError(OTHER_KIND[kind]);
  if (names.length === 0 || marked) return;
  const shown = names.sort().slice(0, 3).map((n) => `\`${n}\``).join(', ');
  throw new OutputError(
    `holds files Seloste did not write (${shown}${names.length > 3 ? ', …' : ''}); choose an empty or new folder for --out, nothing was changed`,
  );
}

/**
 * The folder's kind when it carries the marker of an earlier build (or the cache of a site built
 * before markers); undefined when it is not Seloste's.
 */
function markedKind(folder: string): OutputKind | undefined {
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
  const marker = read(MARKER_FILE) as { generator?: unknown; format?: unknown; kind?: unknown } | undefined;
  if (marker?.generator === 'seloste' && typeof marker.format === 'number') return marker.kind === 'record' ? 'record' : 'site';
  const cache = read(LEGACY_CACHE_FILE) as { seloste?: unknown } | undefined;
  return typeof cache?.seloste === 'number' ? 'site' : undefined;
}

/** The nearest folder above `out` that is a site Seloste built, if any: a record never goes inside one. */
export function siteAbove(out: string): string | undefined {
  for (let dir = dirname(realish(resolve(out))); ; dir = dirname(dir)) {
    if (markedKind(dir) === 'site') return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** What the output folder must never be or hold: the working folder, the project and its inputs. */
export function projectFolders(cwd: string, paths: readonly string[], check: CheckResult): Protected[] {
  const found: Protected[] = [
    { path: cwd, is: 'the working folder', holds: 'the working folder' },
    { path: check.config.root, is: 'the project folder', holds: 'the project folder' },
  ];
  if (check.config.file) found.push({ path: check.config.file, is: 'the configuration file', holds: 'the configuration' });
  if (check.config.templates) found.push({ path: check.config.templates, is: 'the templates folder', holds: 'the templates' });
  for (const path of paths) found.push({ path: resolve(cwd, path), is: 'where the registers are', holds: 'the registers' });
  for (const f of check.files) found.push({ path: resolve(cwd, f.file), is: 'a register', holds: 'the registers' });
  return found;
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
