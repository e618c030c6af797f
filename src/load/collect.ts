import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE } from '../config/config.js';
import type { MessageLanguage } from '../interface-language.js';
import { FILE_WORDS } from './file-messages.js';
import { globParts, isGlob, type Ignored } from './ignore.js';
import type { Texts } from './read.js';

export const ORGANISATION_SUFFIX = /\.org\.ya?ml$/;
const YAML = /\.ya?ml$/;

export function isOrganisationFile(path: string): boolean {
  return ORGANISATION_SUFFIX.test(path);
}

export interface Collected {
  /** Register files, absolute, sorted. */
  files: string[];
  /** Paths that could not be read at all (the command cannot run on them). */
  problems: { path: string; message: string }[];
}

/** How a path is shown: relative to the working directory when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel.split(sep).join('/') : path;
}

/**
 * Find the register files under the given files, folders and quoted globs (symbolic-link loops are
 * not followed twice). Files in folders that `ignored` names are left out; a file named is always
 * read, and so is one named whose text `texts` holds, on disk or not.
 */
export async function collectFiles(paths: readonly string[], cwd: string, ignored: Ignored = () => false, lang: MessageLanguage = 'en', texts?: Texts): Promise<Collected> {
  const words = FILE_WORDS[lang];
  const files = new Set<string>();
  const problems: Collected['problems'] = [];
  const visited = new Set<string>();
  let accept = (_path: string) => true;

  async function walk(dir: string): Promise<void> {
    let real: string;
    try {
      real = await realpath(dir);
    } catch {
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: dir, message: words.cannotReadFolder((error as NodeJS.ErrnoException).code ?? 'error') });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (ignored(full)) continue;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const info = await stat(full);
          isDir = info.isDirectory();
          isFile = info.isFile();
        } catch {
          // A dangling link or a link loop: report it as the file it claims to be.
          if (YAML.test(entry.name)) files.add(full);
          continue;
        }
      }
      if (isDir) await walk(full);
      else if (isFile && YAML.test(entry.name) && !isOrganisationFile(entry.name) && entry.name !== CONFIG_FILE && accept(full)) files.add(full);
    }
  }

  /** Files under the glob's fixed folder that the glob matches. */
  async function expand(glob: string): Promise<void> {
    const { base, match } = globParts(glob);
    const root = resolve(cwd, base);
    const before = files.size;
    accept = (path) => match(relative(root, path).split(sep).join('/'));
    await walk(root);
    accept = () => true;
    visited.clear();
    if (files.size === before) problems.push({ path: glob, message: words.noMatch });
  }

  for (const p of paths) {
    const full = resolve(cwd, p);
    if (texts?.has(full)) {
      files.add(full);
      continue;
    }
    if (isGlob(p) && !(await lstat(full).catch(() => undefined))) {
      await expand(p);
      continue;
    }
    let info;
    try {
      info = await stat(full);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP' || ((await lstat(full).catch(() => undefined))?.isSymbolicLink() ?? false)) {
        files.add(full);
        continue;
      }
      problems.push({ path: p, message: code === 'ENOENT' ? words.noSuchPath : words.cannotReadPath(code ?? 'error') });
      continue;
    }
    if (info.isDirectory()) {
      const before = files.size;
      await walk(full);
      if (files.size === before) problems.push({ path: p, message: words.noRegisters });
    }
    else if (basename(full) !== CONFIG_FILE) files.add(full);
  }
  return { files: [...files].sort(), problems };
}
