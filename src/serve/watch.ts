/**
 * Watching the registers, the config and the templates while the preview runs. Each folder has a
 * watcher of its own, found by a walk that never follows a symbolic link: a link loop made while
 * serving is then an entry like any other, where Node's recursive watcher (on Linux) stats it and
 * fails. A watcher that fails anyway is said once in the log, dropped and made again, so nothing in
 * a watched folder ends the preview or leaves it blind.
 */
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

export interface WatchOptions {
  cwd: string;
  /** Called on every change; the caller debounces. */
  onChange: () => void;
  log: (line: string) => void;
}

export interface Watching {
  close(): void;
}

/** A walk this size is not a project's notices: the rest is not watched rather than walked for ever. */
const MAX_FOLDERS = 10_000;

/** Waits before watching again after a failure, longer each time it fails again. */
const RETRY_MS = [100, 500, 2000, 5000];

/** Folders under `root`, `root` first; links are listed apart and never entered. */
function walk(root: string): { folders: string[]; links: string[] } {
  const folders = [root];
  const links: string[] = [];
  for (let i = 0; i < folders.length && folders.length < MAX_FOLDERS; i++) {
    let entries;
    try {
      entries = readdirSync(folders[i]!, { withFileTypes: true });
    } catch {
      continue; // Gone or unreadable since: the next change walks again.
    }
    for (const e of entries) {
      if (e.isDirectory()) folders.push(join(folders[i]!, e.name));
      else if (e.isSymbolicLink()) links.push(join(folders[i]!, e.name));
    }
  }
  return { folders, links };
}

/** Watch each of `paths` (folders whole, files through their folder) until closed. */
export function watchPaths(paths: readonly string[], options: WatchOptions): Watching {
  const targets = [...new Set(paths.map((p) => resolve(options.cwd, p)))];
  const watchers = new Map<string, FSWatcher>();
  const said = new Map<string, string>();
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let failures = 0;

  const say = (path: string, error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    // A lasting fault would fail again at every try: said once.
    if (said.get(path) === message) return;
    said.set(path, message);
    options.log(`Cannot watch ${relative(options.cwd, path) || '.'}: ${message}; trying again`);
  };

  const later = (ms: number): void => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(arm, ms);
  };

  const add = (key: string, path: string, wanted: (name: string) => boolean, quiet = false): boolean => {
    if (watchers.has(key)) return true;
    let watcher: FSWatcher;
    try {
      watcher = watch(path, (event, name) => {
        if (name !== null && !wanted(String(name))) return;
        // A new or removed entry may be a folder to watch or to drop.
        if (event === 'rename') later(RETRY_MS[0]!);
        options.onChange();
      });
    } catch (error) {
      if (!quiet) say(path, error);
      return quiet;
    }
    watcher.on('error', (error) => {
      say(path, error);
      watcher.close();
      watchers.delete(key);
      options.onChange();
      later(RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]!);
    });
    watchers.set(key, watcher);
    return true;
  };

  /** Make the watchers that are missing and drop those of folders that are gone. */
  function arm(): void {
    if (closed) return;
    const keep = new Set<string>();
    let ok = true;
    for (const target of targets) {
      let folder: boolean;
      try {
        folder = statSync(target).isDirectory();
      } catch {
        continue; // A path that does not exist is reported by the build; nothing to watch.
      }
      if (!folder) {
        // A file through its folder: editors often save by replacing the file.
        const key = `file:${target}`;
        keep.add(key);
        ok = add(key, dirname(target), (name) => name === basename(target)) && ok;
        continue;
      }
      const { folders, links } = walk(target);
      for (const f of folders) {
        keep.add(f);
        ok = add(f, f, () => true) && ok;
      }
      // A link is followed to see edits of what it points to. One that cannot be followed (a loop,
      // a dangling link) is the build's to report, as the register it names.
      for (const l of links) {
        keep.add(`link:${l}`);
        add(`link:${l}`, l, () => true, true);
      }
    }
    for (const [key, w] of watchers) {
      if (keep.has(key)) continue;
      w.close();
      watchers.delete(key);
    }
    if (ok) failures = 0;
    else later(RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]!);
  }

  arm();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
