/**
 * Earlier versions of a notice, from the project's git history: every committed version of a
 * register whose `updated` date differs from the current one stays published under
 * `<lang>/history/<id>/<updated>.html`. Organisation files are taken as they are now, through the
 * same guards as the current version's (inside the project by real path, a regular file of at most
 * 1 MB, UTF-8): a version whose organisation file fails them is left out.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { parseSource } from '../load/parse.js';
import { MAX_FILE_BYTES } from '../load/read-bounded.js';
import type { Source } from '../load/source.js';
import { OrganisationCache, resolveRegister } from '../resolve/resolve.js';
import type { Register } from '../types.js';
import { validateSource } from '../validate/validate.js';

const run = promisify(execFile);

export interface Version {
  updated: string;
  commit: string;
  register: Register;
}

async function git(cwd: string, args: string[], maxBuffer = 1 << 26): Promise<string | undefined> {
  try {
    return (await run('git', args, { cwd, maxBuffer })).stdout;
  } catch {
    return undefined;
  }
}

/** True when `dir` or a folder above it has a `.git`: only then can git know of a work tree. */
function insideGitTree(dir: string): boolean {
  for (let current = resolve(dir); ; ) {
    if (existsSync(join(current, '.git'))) return true;
    const parent = dirname(current);
    if (parent === current) return false;
    current = parent;
  }
}

/** The top of the git work tree that holds `dir`, or undefined (no git, or not a repository). */
export async function gitRoot(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  // Starting git takes a while; a project that is not in a repository is told apart without it.
  if (!env['GIT_DIR'] && !insideGitTree(dir)) return undefined;
  return (await git(dir, ['rev-parse', '--show-toplevel']))?.trim() || undefined;
}

/** The commit checked out. */
export async function gitHead(root: string): Promise<string | undefined> {
  return (await git(root, ['rev-parse', 'HEAD']))?.trim() || undefined;
}

/**
 * For every file in the history, the commits that changed it, newest first (paths from the top of
 * the work tree, with `/`): one `git log` for the whole repository. A register's earlier versions
 * follow from its list alone, so a commit that changes other files leaves its pages as they are.
 */
export async function commitsByFile(root: string): Promise<Map<string, string[]>> {
  const byFile = new Map<string, string[]>();
  const log = await git(root, ['-c', 'core.quotepath=off', 'log', '--format=%x00%H', '--name-only', '--no-renames']);
  if (!log) return byFile;
  for (const block of log.split('\0')) {
    const [commit, ...files] = block.split('\n');
    if (!commit) continue;
    for (const file of files) {
      if (!file) continue;
      const list = byFile.get(file);
      if (list) list.push(commit);
      else byFile.set(file, [commit]);
    }
  }
  return byFile;
}

/** A file's path as `commitsByFile` lists it. */
export function historyPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/**
 * Earlier versions of one register file, newest first, one per distinct `updated` date
 * (the last commit of each date), leaving out the current date.
 */
export async function earlierVersions(
  root: string,
  path: string,
  current: Register,
  cache: OrganisationCache,
  /** Called with each committed text of the register, whether or not it becomes a version. */
  onText?: (text: string) => void,
): Promise<Version[]> {
  const rel = historyPath(root, path);
  const log = await git(root, ['log', '--format=%H', '--', rel]);
  if (!log) return [];
  const seen = new Set([current.updated]);
  const out: Version[] = [];
  for (const commit of log.split('\n').filter(Boolean)) {
    // A committed version is held to the bound of a register on disk: one that is larger (or no
    // longer readable) is left out, and git is stopped as soon as it passes the bound.
    const text = await git(root, ['show', `${commit}:${rel}`], MAX_FILE_BYTES);
    if (text === undefined) continue;
    onText?.(text);
    const source: Source = { file: `${rel}@${commit.slice(0, 7)}`, path, text };
    if (parseSource(source).length || validateSource(source, 'register').length) continue;
    const { loaded } = await resolveRegister(source, cache);
    const updated = loaded?.register.updated;
    // A version without a date has no page of its own: its address is its date.
    if (!loaded || !updated || seen.has(updated)) continue;
    seen.add(updated);
    out.push({ updated, commit, register: { ...loaded.register, id: current.id } });
  }
  return out;
}

/**
 * True in a shallow clone (GitHub's default checkout): its history stops at the commits fetched, so
 * the earlier versions of the notices cannot all be published.
 */
export async function isShallow(root: string): Promise<boolean> {
  return (await git(root, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
}
