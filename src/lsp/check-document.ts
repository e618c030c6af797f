/**
 * One open document checked as `seloste check` checks its file, with the text of every open
 * document read in place of its file: a register with its organisation files and the config, or an
 * organisation file or the config on its own.
 */
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import type { Texts } from '../load/read.js';
import { checkPaths, checkSharedFile } from '../pipeline.js';
import type { DocumentKind } from './documents.js';
import { isRegister } from './registers.js';

export interface Checked {
  /** What was found, by the file it is in (the document, its organisation files, the config); the document always has an entry. */
  byFile: Map<string, Diagnostic[]>;
  /** The files the result depends on besides the document: its organisation files and the config. */
  dependsOn: Set<string>;
  /** The languages every text must be written in. */
  languages: string[];
}

/** Diagnostics by the absolute path of their file (they name it as shown from `cwd`). */
function byFile(path: string, cwd: string, diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>([[path, []]]);
  for (const d of diagnostics) {
    const file = resolve(cwd, d.file);
    out.set(file, [...(out.get(file) ?? []), d]);
  }
  return out;
}

export async function checkDocument(path: string, kind: DocumentKind, texts: Texts, cwd: string): Promise<Checked> {
  if (kind !== 'register') {
    return { byFile: byFile(path, cwd, await checkSharedFile({ cwd, path, texts })), dependsOn: new Set(), languages: [] };
  }
  const result = await checkPaths({ cwd, paths: [path], texts });
  const dependsOn = new Set([...result.organisations, ...(result.config.file ? [result.config.file] : [])]);
  const found = isRegister(path, result.config) ? [...result.files.flatMap((f) => f.diagnostics), ...result.shared] : [];
  return { byFile: byFile(path, cwd, found), dependsOn, languages: result.languages };
}
