/** The order of the stages, and nothing else: read → parse → validate → resolve → check. */
import { resolve } from 'node:path';
import { checkRegister } from './check/check.js';
import { defaultConfig, findConfig, loadConfig, type Config } from './config/config.js';
import { compareDiagnostics, type Diagnostic } from './diagnostic.js';
import { collectFiles, displayPath } from './load/collect.js';
import { parseSource } from './load/parse.js';
import { readSource } from './load/read.js';
import { diagnosticAtPath } from './load/source.js';
import { OrganisationCache, resolveRegister, type LoadedRegister } from './resolve/resolve.js';
import { validateSource } from './validate/validate.js';

export interface CheckOptions {
  cwd: string;
  paths: readonly string[];
  /** Explicit config file; otherwise the nearest `seloste.config.yaml`. */
  configFile?: string;
  /** Languages that must be complete; default: the config's. */
  languages?: readonly string[];
  /**
   * For incremental builds: given the project's config, a function that says whether a register file,
   * by its path and text, is unchanged since the last build (then its stages are skipped).
   */
  reuse?: (config: Config, languages: readonly string[]) => Promise<Reuse>;
}

/** What a build knows of an unchanged register: its id and the diagnostics it had. */
export interface Reused {
  id: string;
  diagnostics: Diagnostic[];
}

export type Reuse = (path: string, text: string) => Promise<Reused | undefined>;

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  /** Present when the register could be read, validated and resolved. */
  loaded?: LoadedRegister;
  /** Present instead of `loaded` when the register is unchanged since the last build. */
  reused?: Reused;
}

export interface CheckResult {
  config: Config;
  languages: string[];
  files: FileResult[];
  /** Diagnostics of shared files (organisation files, the config). */
  shared: Diagnostic[];
  /** Paths the command could not run on at all. */
  problems: { path: string; message: string }[];
}

export async function loadProjectConfig(cwd: string, configFile: string | undefined, firstPath: string | undefined) {
  const file = configFile ? resolve(cwd, configFile) : (findConfig(cwd) ?? (firstPath ? findConfig(resolve(cwd, firstPath)) : undefined));
  if (!file) return { config: defaultConfig(cwd), diagnostics: [] as Diagnostic[] };
  return loadConfig(file, displayPath(file, cwd));
}

/**
 * Reads files a few ahead of the one being checked, so that the disk and the checking overlap.
 * `get(i)` returns file i's read; at most `window` reads are in flight or waiting.
 */
function readAhead<T>(paths: readonly string[], read: (path: string) => Promise<T>, window = 16): (index: number) => Promise<T> {
  const started = new Map<number, Promise<T>>();
  let next = 0;
  const fill = (upTo: number): void => {
    while (next < paths.length && next <= upTo) {
      started.set(next, read(paths[next]!));
      next++;
    }
  };
  return (index) => {
    fill(index + window);
    const promise = started.get(index)!;
    started.delete(index);
    return promise;
  };
}

export async function checkPaths(options: CheckOptions): Promise<CheckResult> {
  const { cwd } = options;
  const { config, diagnostics: configDiagnostics } = await loadProjectConfig(cwd, options.configFile, options.paths[0]);
  const languages = [...(options.languages ?? config.languages)];
  const { files, problems } = await collectFiles(options.paths, cwd);
  // A broken configuration would check and build against the wrong settings: the command cannot run.
  if (configDiagnostics.some((d) => d.severity === 'error')) {
    problems.push({ path: configDiagnostics[0]!.file, message: 'the configuration has errors; fix them first' });
  }
  const cache = new OrganisationCache(cwd, config.root);
  const reuse = options.reuse ? await options.reuse(config, languages) : undefined;
  const results: FileResult[] = [];
  const reads = readAhead(files, (path) => readSource(path, displayPath(path, cwd)));
  for (const [index, path] of files.entries()) {
    const file = displayPath(path, cwd);
    const { source, diagnostics } = await reads(index);
    const result: FileResult = { file, diagnostics };
    results.push(result);
    if (diagnostics.length) continue;
    const reused = await reuse?.(path, source.text);
    if (reused) {
      result.reused = reused;
      result.diagnostics = reused.diagnostics.map((d) => ({ ...d, file }));
      continue;
    }
    result.diagnostics = parseSource(source);
    if (result.diagnostics.length) continue;
    result.diagnostics = validateSource(source, 'register');
    if (result.diagnostics.length) continue;
    const resolved = await resolveRegister(source, cache);
    result.diagnostics = resolved.diagnostics;
    if (!resolved.loaded) continue;
    result.loaded = resolved.loaded;
    result.diagnostics.push(...checkRegister(resolved.loaded, config, languages));
  }
  // Two registers with the same id would overwrite each other's notices.
  const byId = new Map<string, FileResult>();
  for (const r of results) if (r.reused) byId.set(r.reused.id, r);
  for (const r of results) {
    if (!r.loaded) continue;
    const first = byId.get(r.loaded.id);
    if (first) {
      r.diagnostics.push(
        diagnosticAtPath(r.loaded.source, (r.loaded.source.data as Record<string, unknown>)['id'] ? ['id'] : [], {
          ruleId: 'register/duplicate-id',
          message: `Register id \`${r.loaded.id}\` is already used by \`${first.file}\`; give each register its own \`id\``,
        }),
      );
    } else byId.set(r.loaded.id, r);
  }
  for (const r of results) r.diagnostics.sort(compareDiagnostics);
  const shared = [...configDiagnostics, ...cache.diagnostics].sort(compareDiagnostics);
  return { config, languages, files: results, shared, problems };
}

/** Every diagnostic of a run once: a shared organisation file's problem is reported once, not per register. */
export function allDiagnostics(result: CheckResult): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of [...result.shared, ...result.files.flatMap((f) => f.diagnostics)]) {
    const key = `${d.file}\0${d.line}\0${d.column}\0${d.ruleId}\0${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort(compareDiagnostics);
}
