/**
 * Earlier versions of a notice, from the project's git history: every committed version of a
 * register whose `updated` date differs from the current one stays published under
 * `<lang>/history/<id>/<updated>.html`. Organisation files are taken as they are now.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { parseSource } from '../load/parse.js';
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

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    return (await run('git', args, { cwd, maxBuffer: 1 << 26 })).stdout;
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

/** The commit checked out, so that a new commit invalidates the pages built from the history. */
export async function gitHead(root: string): Promise<string | undefined> {
  return (await git(root, ['rev-parse', 'HEAD']))?.trim() || undefined;
}

/**
 * Earlier versions of one register file, newest first, one per distinct `updated` date
 * (the last commit of each date), leaving out the current date.
 */
export async function earlierVersions(root: string, path: string, current: Register, cache: OrganisationCache): Promise<Version[]> {
  const rel = relative(root, path).split(sep).join('/');
  const log = await git(root, ['log', '--format=%H', '--', rel]);
  if (!log) return [];
  const seen = new Set([current.updated]);
  const out: Version[] = [];
  for (const commit of log.split('\n').filter(Boolean)) {
    const text = await git(root, ['show', `${commit}:${rel}`]);
    if (text === undefined) continue;
    const source: Source = { file: `${rel}@${commit.slice(0, 7)}`, path, text };
    if (parseSource(source).length || validateSource(source, 'register').length) continue;
    const { loaded } = await resolveRegister(source, cache);
    if (!loaded || seen.has(loaded.register.updated)) continue;
    seen.add(loaded.register.updated);
    out.push({ updated: loaded.register.updated, commit, register: { ...loaded.register, id: current.id } });
  }
  return out;
}
