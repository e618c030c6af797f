import { basename, dirname, resolve as resolvePath } from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import { displayPath } from '../load/collect.js';
import { isInsideProject } from '../load/inside.js';
import { parseSource } from '../load/parse.js';
import { readSource, type Texts } from '../load/read.js';
import { diagnosticAtPath, type Source } from '../load/source.js';
import type { PathSegment } from '../load/yaml-ast.js';
import type { Register } from '../types.js';
import type { MessageLanguage } from '../interface-language.js';
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

/**
 * Keys whose own keys are merged one by one: a register's `internal.owner` goes with the
 * organisation file's `internal.security`. The origin of such a key's key is noted as `internal.owner`.
 */
const MERGED_BY_KEY = new Set(['internal']);

/** Where a path of the merged register was written. */
export function sourceOf(loaded: LoadedRegister, path: readonly PathSegment[]): Source {
  const [top, next] = path;
  if (typeof top !== 'string') return loaded.source;
  return (typeof next === 'string' && loaded.origin.get(`${top}.${next}`)) || loaded.origin.get(top) || loaded.source;
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

/** What is wrong with the organisation file a register names, in each message language. */
const ORGANISATION: Record<MessageLanguage, { outside(ref: string): string; name(ref: string): string; cycle(chain: string): string; unreadable(ref: string): string }> = {
  en: {
    outside: (ref) => `Organisation file \`${ref}\` is outside the project folder; keep shared parts inside it`,
    name: (ref) => `Organisation file \`${ref}\` must be named \`*.org.yaml\``,
    cycle: (chain) => `Organisation files refer to each other in a cycle: ${chain}`,
    unreadable: (ref) => `Cannot read organisation file \`${ref}\``,
  },
  fi: {
    outside: (ref) => `Organisaatiotiedosto \`${ref}\` on projektikansion ulkopuolella; pidä yhteiset osat sen sisällä`,
    name: (ref) => `Organisaatiotiedoston \`${ref}\` nimen on oltava muotoa \`*.org.yaml\``,
    cycle: (chain) => `Organisaatiotiedostot viittaavat toisiinsa kehässä: ${chain}`,
    unreadable: (ref) => `Organisaatiotiedostoa \`${ref}\` ei voi lukea`,
  },
  sv: {
    outside: (ref) => `Organisationsfilen \`${ref}\` ligger utanför projektmappen; håll gemensamma delar inom den`,
    name: (ref) => `Organisationsfilen \`${ref}\` måste ha ett namn som \`*.org.yaml\``,
    cycle: (chain) => `Organisationsfilerna hänvisar till varandra i en cirkel: ${chain}`,
    unreadable: (ref) => `Organisationsfilen \`${ref}\` kan inte läsas`,
  },
};

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
    const { source, diagnostics } = await readSource(path, displayPath(path, this.cwd), this.messageLanguage, this.texts);
    const problems = diagnostics.length ? diagnostics : parseSource(source, this.messageLanguage);
    // A schema problem, like a register's, leaves the rest of the file readable.
    const invalid = problems.length ? [] : validateSource(source, 'organisation', this.messageLanguage);
    this.diagnostics.push(...problems, ...invalid);
    return { source, ok: problems.length === 0, valid: problems.length === 0 && invalid.length === 0 };
  }
}

/** A key of a later file over the same key of an earlier one: whole, or key by key (`MERGED_BY_KEY`). */
function mergeKey(merged: Record<string, unknown>, origin: Map<string, Source>, key: string, value: unknown, from: Source): void {
  const before = merged[key];
  if (MERGED_BY_KEY.has(key) && isMap(value) && isMap(before)) {
    merged[key] = { ...before, ...value };
    for (const sub of Object.keys(value)) origin.set(`${key}.${sub}`, from);
    return;
  }
  merged[key] = value;
  origin.set(key, from);
  if (MERGED_BY_KEY.has(key) && isMap(value)) for (const sub of Object.keys(value)) origin.set(`${key}.${sub}`, from);
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
  const say = ORGANISATION[cache.messageLanguage];
  let valid = true;
  while (typeof (current.data as Record<string, unknown>)['organisation'] === 'string') {
    const ref = (current.data as Record<string, string>)['organisation']!;
    const target = resolvePath(dirname(current.path), ref);
    const at = (message: string, ruleId: string): Diagnostic =>
      diagnosticAtPath(current, ['organisation'], { ruleId, message });
    // By real path: a link inside the project to a file outside it is outside.
    if (!isInsideProject(cache.root, target)) {
      diagnostics.push(at(say.outside(ref), 'register/organisation'));
      ok = false;
      break;
    }
    if (!/\.org\.ya?ml$/.test(target)) {
      diagnostics.push(at(say.name(ref), 'register/organisation'));
      ok = false;
      break;
    }
    if (stack.includes(target)) {
      const cycle = [...stack.slice(stack.indexOf(target)), target].map((p) => basename(p)).join(' → ');
      diagnostics.push(at(say.cycle(cycle), 'register/organisation'));
      ok = false;
      break;
    }
    stack.push(target);
    const entry = await cache.load(target);
    if (!entry.ok) {
      if (entry.source.text === '' && !entry.source.doc) {
        diagnostics.push(at(say.unreadable(ref), 'register/organisation'));
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
  for (const part of [...[...chain].reverse(), source]) {
    for (const [key, value] of Object.entries(part.data as Record<string, unknown>)) {
      if ((key === 'organisation' && part !== source) || key === '$schema') continue;
      mergeKey(merged, origin, key, value, part);
    }
  }
  const id = typeof own['id'] === 'string' ? own['id'] : basename(source.path).replace(/\.ya?ml$/, '');
  merged['id'] = id;
  const loaded: LoadedRegister = { id, source, register: merged as unknown as Register, origin };
  if (!valid) loaded.partial = true;
  return { loaded, diagnostics };
}
