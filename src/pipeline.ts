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
}

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  /** Present when the register could be read, validated and resolved. */
  loaded?: LoadedRegister;
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

export async function checkPaths(options: CheckOptions): Promise<CheckResult> {
  const { cwd } = options;
  const { config, diagnostics: configDiagnostics } = await loadProjectConfig(cwd, options.configFile, options.paths[0]);
  const languages = [...(options.languages ?? config.languages)];
  const { files, problems } = await collectFiles(options.paths, cwd);
  const cache = new OrganisationCache(cwd, config.root);
  const results: FileResult[] = [];
  for (const path of files) {
    const file = displayPath(path, cwd);
    const { source, diagnostics } = await readSource(path, file);
    const result: FileResult = { file, diagnostics };
    results.push(result);
    if (diagnostics.length) continue;
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
