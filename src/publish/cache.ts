/**
 * The build cache: what each register produced last time, keyed by a hash of everything its outputs
 * depend on (its text, its organisation files, the config, the templates, the options and Seloste's
 * version). It lives in the output folder, so it is swapped in with the site it describes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import type { IndexEntry } from './pages.js';

export const CACHE_FILE = '.seloste-cache.json';

export interface CacheEntry {
  key: string;
  id: string;
  diagnostics: Diagnostic[];
  /** Files written for the register, relative to the output folder. */
  outputs: string[];
  index: IndexEntry;
}

export interface CacheData {
  seloste: 1;
  global: string;
  entries: Record<string, CacheEntry>;
}

export function hash(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

/** A fingerprint of every file in the template folders. */
export function templatesFingerprint(dirs: readonly (string | undefined)[]): string {
  const parts: string[] = [];
  for (const dir of dirs) {
    if (!dir || !existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isFile()) parts.push(name, readFileSync(full, 'utf8'));
    }
  }
  return hash(...parts);
}

export async function readCache(out: string, global: string): Promise<CacheData | undefined> {
  try {
    const data = JSON.parse(await readFile(join(out, CACHE_FILE), 'utf8')) as CacheData;
    return data.seloste === 1 && data.global === global ? data : undefined;
  } catch {
    return undefined;
  }
}

const ORGANISATION = /^organisation:[ \t]*["']?([^"'#\n]+?)["']?[ \t]*(?:#.*)?$/m;

/** The key of a register: its text and the texts of the organisation files it points at, in turn. */
export async function registerKey(global: string, path: string, text: string, texts = new Map<string, Promise<string>>()): Promise<string> {
  const parts = [global, text];
  const seen = new Set([path]);
  let current = path;
  let currentText = text;
  for (;;) {
    const ref = ORGANISATION.exec(currentText)?.[1]?.trim();
    if (!ref) break;
    const next = resolve(dirname(current), ref);
    if (seen.has(next)) break;
    seen.add(next);
    // Organisation files are shared by many registers: each is read once per build.
    let read = texts.get(next);
    if (!read) {
      read = readFile(next, 'utf8').catch(() => '');
      texts.set(next, read);
    }
    currentText = await read;
    parts.push(next, currentText);
    current = next;
  }
  return hash(...parts);
}
