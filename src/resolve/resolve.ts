import { basename, dirname, resolve as resolvePath } from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import { displayPath } from '../load/collect.js';
import { isInsideProject } from '../load/inside.js';
import { parseSource } from '../load/parse.js';
import { readSource, type Texts } from '../load/read.js';
import { diagnosticAtPath, type Source } from '../load/source.js';
import type { PathSegment } from '../load/yaml-ast.js';
import type { Register } from '../types.js';
import type { MessageLanguage } from '../validate/messages.js';
import { validateSource } from '../validate/validate.js';

/** A register ready for the rules: merged data, and where each part of it was written. */
export interface LoadedRegister {
  id: string;
  source: Source;
  register: Register;
  /** Which file each top-level key came from (the register itself or an organisation file). */
  origin: Map<string, Source>;
  /**
   * The register or one of its organisation files broke the schema: the rules ran on what could be
   * read, but parts are left out, so it is never published.
   */
  partial?: true;
}

/** Where a path of the merged register was written. */
export function sourceOf(loaded: LoadedRegister, path: readonly PathSegment[]): Source {
  const top = path[0];
  return (typeof top === 'string' && loaded.origin.get(top)) || loaded.source;
}

export function diagnosticAt(
  loaded: LoadedRegister,
  path: readonly PathSegment[],
  init: Parameters<typeof diagnosticAtPath>[2],
  at: 'value' | 'key' = 'value',
): Diagnostic {
  return diagnosticAtPath(sourceOf(loaded, path), path, init, at);
}

interface OrgEntry {
  source: Source;
  /** It could be read and parsed: its data can be merged. */
  ok: boolean;
  /** It also follows the schema. */
  valid: boolean;
}

/** Reads organisation files once per run, however many registers share them. */
export class OrganisationCache {
  readonly entries = new Map<string, Promise<OrgEntry>>();
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    readonly cwd: string,
    readonly root: string,
    /** The language of schema messages about organisation files. */
    readonly messageLanguage: MessageLanguage = 'en',
    /** Texts held in memory, read in place of the files. */
    readonly texts?: Texts,
  ) {}

  load(path: string): Promise<OrgEntry> {
    let entry = this.entries.get(path);
    if (!entry) {
      entry = this.read(path);
      this.entries.set(path, entry);
    }
    return entry;
  }

  private async read(path: string): Promise<OrgEntry> {
    const { source, diagnostics } = await readSource(path, displayPath(path, this.cwd), this.texts);
    const problems = diagnostics.length ? diagnostics : parseSource(source);
    // A schema problem, like a register's, leaves the rest of the file readable.
    const invalid = problems.length ? [] : validateSource(source, 'organisation', this.messageLanguage);
    this.diagnostics.push(...problems, ...invalid);
    return { source, ok: problems.length === 0, valid: problems.length === 0 && invalid.length === 0 };
  }
}

/**
 * Merge the organisation files a register points at (and theirs, in turn) under its own keys.
 * A missing file, a cycle or a file outside the project (where it really is, links followed) is a
 * diagnostic on the line that names it.
 */
export async function resolveRegister(
  source: Source,
  cache: OrganisationCache,
): Promise<{ loaded?: LoadedRegister; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const own = source.data as Record<string, unknown>;
  const chain: Source[] = [];
  const stack = [source.path];
  let current: Source = source;
  let ok = true;
  let valid = true;
  while (typeof (current.data as Record<string, unknown>)['organisation'] === 'string') {
    const ref = (current.data as Record<string, string>)['organisation']!;
    const target = resolvePath(dirname(current.path), ref);
    const at = (message: string, ruleId: string): Diagnostic =>
      diagnosticAtPath(current, ['organisation'], { ruleId, message });
    // By real path: a link inside the project to a file outside it is outside.
    if (!isInsideProject(cache.root, target)) {
      diagnostics.push(at(`Organisation file \`${ref}\` is outside the project folder; keep shared parts inside it`, 'register/organisation'));
      ok = false;
      break;
    }
    if (!/\.org\.ya?ml$/.test(target)) {
      diagnostics.push(at(`Organisation file \`${ref}\` must be named \`*.org.yaml\``, 'register/organisation'));
      ok = false;
      break;
    }
    if (stack.includes(target)) {
      const cycle = [...stack.slice(stack.indexOf(target)), target].map((p) => basename(p)).join(' → ');
      diagnostics.push(at(`Organisation files refer to each other in a cycle: ${cycle}`, 'register/organisation'));
      ok = false;
      break;
    }
    stack.push(target);
    const entry = await cache.load(target);
    if (!entry.ok) {
      if (entry.source.text === '' && !entry.source.doc) {
        diagnostics.push(at(`Cannot read organisation file \`${ref}\``, 'register/organisation'));
      }
      ok = false;
      break;
    }
    valid &&= entry.valid;
    chain.push(entry.source);
    current = entry.source;
  }
  if (!ok) return { diagnostics };

  const origin = new Map<string, Source>();
  const merged: Record<string, unknown> = {};
  for (const part of [...chain].reverse()) {
    for (const [key, value] of Object.entries(part.data as Record<string, unknown>)) {
      if (key === 'organisation' || key === '$schema') continue;
      merged[key] = value;
      origin.set(key, part);
    }
  }
  for (const [key, value] of Object.entries(own)) {
    if (key === '$schema') continue;
    merged[key] = value;
    origin.set(key, source);
  }
  const id = typeof own['id'] === 'string' ? own['id'] : basename(source.path).replace(/\.ya?ml$/, '');
  merged['id'] = id;
  const loaded: LoadedRegister = { id, source, register: merged as unknown as Register, origin };
  if (!valid) loaded.partial = true;
  return { loaded, diagnostics };
}
