/**
 * The build cache: what each register produced last time, keyed by a hash of everything its outputs
 * depend on (its text, its organisation files, the config, the templates, the options and Seloste's
 * version). It lives beside the output folder, never in it: the published site holds nothing of the
 * build's own. It is written after the new site is in place; since an output is taken over only while
 * its content has the hash the cache gives it, a cache that describes another site than the one in
 * place (a build killed between the two) costs rendering again, never a wrong page.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, type BigIntStats } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { isInsideProject } from '../load/inside.js';
import { readBytesBounded, readTextBounded, type ReadProblem, type TextRead } from '../load/read-bounded.js';
import type { Diagnostic } from '../diagnostic.js';
import type { IndexEntry } from './index-entry.js';
import type { FeedEntry } from './feed-entry-type.js';

/**
 * Where earlier versions of Seloste kept the cache: inside the output folder. It is read when there
 * is no cache beside the folder, so that the first build after an upgrade still keeps the notices
 * it should; it goes with the old site, which the build replaces whole.
 */
export const LEGACY_CACHE_FILE = '.seloste-cache.json';

/** The cache of the build in `out`: beside it, `.dist.seloste-cache.json` for `dist/`. */
export function cachePath(out: string): string {
  return join(dirname(out), `.${basename(out)}.seloste-cache.json`);
}

/**
 * The stamp book: for each register file, the stat stamps of it and its organisation files when it
 * was last read, and the key its text gave. It lets a build skip reading files that were not
 * touched. It lives beside the output folder, not in it, since stamps differ from machine to machine
 * and the site must not; it only says which key a file has, so when it is stale or lost the files
 * are simply read again.
 */
export interface StampBook {
  /** By register file: the stamps of it and its organisation files, and the key its text gave. */
  files: Record<string, { key: string; stamps: Record<string, string>; history?: string }>;
  /** By output (relative to the output folder): its stamp as the build left it (see `outputStamp`). */
  outputs: Record<string, string>;
}

export function stampBookPath(out: string): string {
  return join(dirname(out), `.${basename(out)}.seloste-stamps.json`);
}

/**
 * Seloste's own files (the stamp book, the cache) are read to this bound too: they lie where others
 * may write (the stamp book beside the output folder), and a pipe or a device put there must not
 * stall a build. Far above what a site of thousands of registers writes.
 */
const OWN_FILE_LIMIT = 256 * 1024 * 1024;

/** The JSON of one of Seloste's own files, or undefined when it cannot be read as one. */
function readOwnJson(path: string): unknown {
  const read = readTextBounded(path, { limit: OWN_FILE_LIMIT, kind: 'a cache file' });
  if (read.problem) return undefined;
  try {
    return JSON.parse(read.text) as unknown;
  } catch {
    return undefined;
  }
}

export function readStampBook(out: string): StampBook {
  try {
    const data = (readOwnJson(stampBookPath(out)) ?? {}) as { seloste?: number } & Partial<StampBook>;
    const ok = data.seloste === 2 && typeof data.files === 'object' && typeof data.outputs === 'object';
    return ok ? { files: data.files ?? {}, outputs: data.outputs ?? {} } : { files: {}, outputs: {} };
  } catch {
    return { files: {}, outputs: {} };
  }
}

/** Write the stamp book. It is only a shortcut: failing to write it is not an error. */
export function writeStampBook(out: string, book: StampBook): void {
  writeOwnFile(stampBookPath(out), JSON.stringify({ seloste: 2, ...book }));
}

/**
 * Write one of Seloste's own files beside the output folder (a temporary file renamed over the old
 * one); false when it could not be written. Others may write to the folder it lies in: the temporary
 * file has a name no one can guess and is created new (`wx`), so nothing planted there, a link least
 * of all, is ever written through.
 */
function writeOwnFile(path: string, text: string): boolean {
  const temp = `${path}.${process.pid}-${randomBytes(8).toString('hex')}.tmp`;
  let created = false;
  try {
    writeFileSync(temp, text, { flag: 'wx', mode: 0o644 });
    created = true;
    renameSync(temp, path);
    return true;
  } catch {
    if (created) rmSync(temp, { force: true });
    return false;
  }
}

export interface CacheEntry {
  key: string;
  id: string;
  diagnostics: Diagnostic[];
  /** Files written for the register, relative to the output folder, with the hash of their content. */
  outputs: Record<string, string>;
  index: IndexEntry;
  /** For each earlier version (by its `updated` date), the key its pages were made from. */
  versions?: Record<string, string>;
  /** The register's entries in the change feed of each language. */
  feed?: Record<string, FeedEntry[]>;
  /**
   * Organisation files the earlier versions point at, by path from the working folder, with the
   * hash of their text: the register is taken over only while they are the same.
   */
  dependsOn?: Record<string, string>;
}

export interface CacheData {
  seloste: 2;
  global: string;
  /** By the register's path relative to the working folder, with `/`. */
  entries: Record<string, CacheEntry>;
  /** The pages of the site as a whole (index pages, front page, sitemap) and what they were made from. */
  site?: { key: string; outputs: Record<string, string> };
}

export function hash(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

/**
 * A fingerprint of every file in the template folders. A file that is not read (too large, a pipe
 * or a device) counts by its name and what was wrong, so nothing is waited on and a change to or
 * from such a file still changes the fingerprint.
 */
export function templatesFingerprint(dirs: readonly (string | undefined)[]): string {
  const parts: (string | Uint8Array)[] = [];
  for (const dir of dirs) {
    if (!dir || !existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const read = readBytesBounded(join(dir, name), { kind: 'a template' });
      if (read.problem?.code === 'folder') continue;
      parts.push(name, read.problem ? unreadable(read.problem, read.stats) : read.bytes);
    }
  }
  return hash(...parts);
}

/** The hash of an output's content, as the cache keeps it. */
export function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * What a key holds for a file that was not read: why, and its status when there is one. It opens
 * with a NUL, as no register, organisation file or template does, so a key changes when such a file
 * becomes readable or is replaced by another that is not.
 */
function unreadable(problem: ReadProblem, stats?: BigIntStats): string {
  return `\0unreadable:${problem.code}${stats ? `:${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}` : ''}`;
}

/**
 * The cache of the build in `out`, whatever it was built with (or, from an earlier version of
 * Seloste, the one inside the folder); undefined when there is none.
 */
export function readCache(out: string): CacheData | undefined {
  return cacheIn(cachePath(out)) ?? cacheIn(join(out, LEGACY_CACHE_FILE));
}

function cacheIn(path: string): CacheData | undefined {
  try {
    const data = readOwnJson(path) as CacheData | undefined;
    return data?.seloste === 2 && typeof data.entries === 'object' ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Write the cache of the build now in `out` (compact: it is read by Seloste only, and a thousand
 * registers make it large); false when it could not be written.
 */
export function writeCache(out: string, cache: CacheData): boolean {
  return writeOwnFile(cachePath(out), JSON.stringify(cache));
}

/** The names an organisation file may have (the resolver refuses others unread). */
const ORGANISATION_FILE = /\.org\.ya?ml$/;

const ORGANISATION = /^organisation:[ \t]*["']?([^"'#\n]+?)["']?[ \t]*(?:#.*)?$/m;

/**
 * The organisation files a register text points at, in turn (read with `read`, which also says
 * whether a file could be read). A file that is missing ends the chain but is still listed. The
 * chain ends before a file that could never be an organisation file (not named `*.org.yaml`, or,
 * when `root` is given, outside the project by its real path): such a file is not read at all, and
 * its text could not change what the register makes.
 */
export function organisationChain(path: string, text: string, read: (path: string) => string, root?: string): string[] {
  const chain: string[] = [];
  const seen = new Set([path]);
  let current = path;
  let currentText = text;
  for (;;) {
    const ref = ORGANISATION.exec(currentText)?.[1]?.trim();
    if (!ref) break;
    const next = resolve(dirname(current), ref);
    if (seen.has(next) || !ORGANISATION_FILE.test(next) || (root !== undefined && !isInsideProject(root, next))) break;
    seen.add(next);
    chain.push(next);
    currentText = read(next);
    current = next;
  }
  return chain;
}

/**
 * The key of a register: its text and the texts of the organisation files it points at, in turn.
 * The paths of those organisation files are added to `chain` when it is given.
 */
export function registerKey(global: string, path: string, text: string, texts = new Map<string, string>(), chain?: string[], stamps?: Stamps): string {
  // Organisation files are shared by many registers: each is read once per build.
  const read = (org: string): string => {
    let found = texts.get(org);
    if (found === undefined) texts.set(org, (found = readStamped(org, stamps)));
    return found;
  };
  const orgs = organisationChain(path, text, read);
  chain?.push(...orgs);
  const parts = [global, text];
  // Each organisation file as the register names it, from the register's folder: the key stays the
  // same wherever the project is checked out.
  for (const org of orgs) parts.push(relative(dirname(path), org).split(sep).join('/'), read(org));
  return hash(...parts);
}

/** A file's text as `readText` gives it; its status as read goes to `stamps`. */
function readStamped(path: string, stamps: Stamps | undefined): string {
  const read = readTextBounded(path);
  stamps?.remember(path, read.stats);
  return textForKey(read);
}

/**
 * A file's text, for a key: empty when it is missing (a missing file is part of what a key says),
 * and a marker saying why when it cannot be read as a register can (a pipe, a device, a file over
 * 1 MB or not UTF-8). Nothing is waited on, and no more than 1 MB is read.
 */
export function readText(path: string): string {
  return textForKey(readTextBounded(path));
}

function textForKey(read: TextRead): string {
  if (!read.problem) return read.text;
  return read.problem.code === 'missing' ? '' : unreadable(read.problem);
}

/**
 * How long a file must have been left alone before its stat is trusted to show it unchanged. A file
 * changed within this time of a build is read and hashed again next time, so an edit that lands in
 * the same clock tick as a read (or on a file system with coarse times) is never missed.
 */
export const SETTLE_MS = 2000;

/**
 * Stat stamps: a file's inode, size, modification and change times. The change time cannot be set
 * back by tools that copy or restore modification times, so a copied-over file never matches.
 */
export class Stamps {
  private readonly seen = new Map<string, string | undefined>();
  constructor(private readonly settledBefore: number) {}

  /** The stamp of a file, `missing` when it does not exist, or undefined while it may still be changing. */
  of(path: string): string | undefined {
    if (this.seen.has(path)) return this.seen.get(path);
    let stamp: string | undefined;
    try {
      stamp = this.from(statSync(path, { bigint: true }));
    } catch {
      stamp = 'missing';
    }
    this.seen.set(path, stamp);
    return stamp;
  }

  /**
   * Note a file's status as it was read, before anything else is known of it: the stamp then
   * belongs to the very text that was read, however long the build takes afterwards.
   */
  remember(path: string, stats: BigIntStats | undefined): void {
    if (!this.seen.has(path)) this.seen.set(path, stats ? this.from(stats) : 'missing');
  }

  private from(s: BigIntStats): string | undefined {
    const changed = Number(s.ctimeNs / 1_000_000n);
    const modified = Number(s.mtimeNs / 1_000_000n);
    return changed < this.settledBefore && modified < this.settledBefore ? `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}` : undefined;
  }

  /** The stamps of a set of files, or undefined when any of them is not settled. */
  record(paths: readonly string[]): Record<string, string> | undefined {
    const out: Record<string, string> = {};
    for (const path of paths) {
      const stamp = this.of(path);
      if (stamp === undefined) return undefined;
      out[path] = stamp;
    }
    return out;
  }

  /** True when stamps were recorded and every file still has its recorded stamp. */
  match(recorded: Record<string, string> | undefined): boolean {
    if (!recorded) return false;
    for (const [path, stamp] of Object.entries(recorded)) if (this.of(path) !== stamp) return false;
    return true;
  }
}
