/** The order of the stages, and nothing else: read → parse → validate → resolve → check. */
import type { BigIntStats } from 'node:fs';
import { basename, resolve } from 'node:path';
import { CONFIG_FILE, defaultConfig, findConfig, loadConfig, type Config } from './config/config.js';
import { compareDiagnostics, uniqueDiagnostics, type Diagnostic } from './diagnostic.js';
import { linkDocs } from './docs-url.js';
import type { Environment, MessageLanguage } from './interface-language.js';
import { collectFiles, displayPath } from './load/collect.js';
import { FILE_WORDS } from './load/file-messages.js';
import { ignoredBy } from './load/ignore.js';
import { parseSource } from './load/parse.js';
import { readSourceSync, type Texts } from './load/read.js';
import { checkRegisterIds } from './resolve/register-id.js';
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
   * The environment (`process.env`): its locale sets the language of messages when the config has no
   * `message_language`. Without it, messages are in English.
   */
  env?: Environment;
  /**
   * For incremental builds: given the project's config, what says whether a register file is
   * unchanged since the last build (then its stages are skipped).
   */
  reuse?: (config: Config, languages: readonly string[]) => Promise<Reuse>;
  /** Texts of files as an editor holds them (registers, organisation files, the config), read instead of the files. */
  texts?: Texts;
  /** The language of messages, in place of the config's or the locale's (the editor page asks for one). */
  messageLanguage?: MessageLanguage;
}

/** What a build knows of an unchanged register: its id and the diagnostics it had. */
export interface Reused {
  id: string;
  diagnostics: Diagnostic[];
}

export interface Reuse {
  /** Before the file is read: unchanged by its stat (and its organisation files' stats) alone. */
  byStat(path: string): Reused | undefined;
  /** After it is read: unchanged by its text (and its organisation files' texts); `stats` as it was read. */
  byText(path: string, text: string, stats?: BigIntStats): Promise<Reused | undefined>;
}

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  /** Present when the register could be read and resolved (`loaded.partial` when it broke the schema). */
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
  /** The organisation files the registers point at, absolute, read or not (a missing one too). */
  organisations: string[];
  /** Paths the command could not run on at all. */
  problems: { path: string; message: string }[];
}

export async function loadProjectConfig(cwd: string, configFile: string | undefined, firstPath: string | undefined, env: Environment = {}, texts?: Texts) {
  const file = configFile ? resolve(cwd, configFile) : (findConfig(cwd) ?? (firstPath ? findConfig(resolve(cwd, firstPath)) : undefined));
  if (!file) return { config: defaultConfig(cwd, env), diagnostics: [] as Diagnostic[] };
  return loadConfig(file, displayPath(file, cwd), env, texts);
}

export async function checkPaths(options: CheckOptions): Promise<CheckResult> {
  const { cwd } = options;
  const { texts } = options;
  const { config, diagnostics: configDiagnostics } = await loadProjectConfig(cwd, options.configFile, options.paths[0], options.env, texts);
  if (options.messageLanguage) config.messageLanguage = options.messageLanguage;
  const languages = [...(options.languages ?? config.languages)];
  const { files, problems } = await collectFiles(options.paths, cwd, ignoredBy(config.ignore, config.root), config.messageLanguage, texts);
  // A broken configuration would check and build against the wrong settings: the command cannot run.
  if (configDiagnostics.some((d) => d.severity === 'error')) {
    problems.push({ path: configDiagnostics[0]!.file, message: FILE_WORDS[config.messageLanguage].configHasErrors });
  }
  const cache = new OrganisationCache(cwd, config.root, config.messageLanguage, texts);
  const reuse = options.reuse ? await options.reuse(config, languages) : undefined;
  const results: FileResult[] = [];
  // The rules are loaded when a register must be checked: a build of unchanged registers needs none.
  let checker: typeof import('./check/check.js') | undefined;
  for (const path of files) {
    const file = displayPath(path, cwd);
    const unread = reuse?.byStat(path);
    if (unread) {
      results.push({ file, reused: unread, diagnostics: unread.diagnostics.map((d) => ({ ...d })) });
      continue;
    }
    const { source, diagnostics, stats } = readSourceSync(path, file, config.messageLanguage, texts);
    const result: FileResult = { file, diagnostics };
    results.push(result);
    if (diagnostics.length) continue;
    const reused = await reuse?.byText(path, source.text, stats);
    if (reused) {
      result.reused = reused;
      result.diagnostics = reused.diagnostics.map((d) => ({ ...d }));
      continue;
    }
    result.diagnostics = parseSource(source, config.messageLanguage);
    if (result.diagnostics.length) continue;
    // A schema problem does not stop the rules: they run on what could be read, and report too.
    const schema = validateSource(source, 'register', config.messageLanguage);
    const resolved = await resolveRegister(source, cache);
    result.diagnostics = [...schema, ...resolved.diagnostics];
    if (!resolved.loaded) continue;
    if (schema.length) resolved.loaded.partial = true;
    result.loaded = resolved.loaded;
    checker ??= await import('./check/check.js');
    result.diagnostics.push(...checker.checkRegister(resolved.loaded, config, languages));
  }
  // Ids name the notices' files: they may not clash with each other or with the site's own pages.
  checkRegisterIds(results, config.messageLanguage);
  for (const r of results) r.diagnostics.sort(compareDiagnostics);
  const shared = [...configDiagnostics, ...cache.diagnostics].sort(compareDiagnostics);
  for (const list of [shared, ...results.map((r) => r.diagnostics)]) linkDocs(list, config.docsBaseUrl);
  return { config, languages, files: results, shared, problems, organisations: [...cache.entries.keys()] };
}

/**
 * The diagnostics of a shared file checked on its own, as when a register draws on it: the config
 * (read, parsed, validated) or an organisation file (read, parsed, validated against its schema).
 */
export async function checkSharedFile(options: { cwd: string; path: string; configFile?: string; texts?: Texts; env?: Environment; messageLanguage?: MessageLanguage }): Promise<Diagnostic[]> {
  const { cwd, path, texts } = options;
  const env = options.env ?? {};
  if (basename(path) === CONFIG_FILE) {
    const { config, diagnostics } = await loadConfig(path, displayPath(path, cwd), env, texts);
    linkDocs(diagnostics, config.docsBaseUrl);
    return diagnostics.sort(compareDiagnostics);
  }
  const { config } = await loadProjectConfig(cwd, options.configFile, path, env, texts);
  if (options.messageLanguage) config.messageLanguage = options.messageLanguage;
  const cache = new OrganisationCache(cwd, config.root, config.messageLanguage, texts);
  await cache.load(path);
  linkDocs(cache.diagnostics, config.docsBaseUrl);
  return cache.diagnostics.sort(compareDiagnostics);
}

/** Every diagnostic of a run once: a shared organisation file's problem is reported once, not per register. */
export function allDiagnostics(result: CheckResult): Diagnostic[] {
  return uniqueDiagnostics([...result.shared, ...result.files.flatMap((f) => f.diagnostics)]);
}
