/**
 * The project the editor works on: its root, its config, its registers and the organisation files
 * they use, and what the last check of each found. The first listing checks every register once;
 * later listings check again only the files that changed on disk since (by their stamps), and the
 * registers that use an organisation file that changed. A save or a new file is noted at once.
 */
import { statSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { findConfig, type Config } from '../../config/config.js';
import { uniqueDiagnostics, type Diagnostic } from '../../diagnostic.js';
import type { Environment } from '../../interface-language.js';
import { collectFiles, isOrganisationFile } from '../../load/collect.js';
import { ignoredBy } from '../../load/ignore.js';
import { isInsideProject } from '../../load/inside.js';
import { checkPaths, checkSharedFile, loadProjectConfig, type FileResult } from '../../pipeline.js';
import type { Text } from '../../types.js';
import { organisationIsInvalid, registerIsInvalid, summarise, type Summary } from './findings.js';
import { organisationRef, readData } from './file-data.js';

export interface ProjectOptions {
  /** The working folder the command was run in. */
  cwd: string;
  paths: readonly string[];
  configFile?: string;
  env: Environment;
}

export type FileKind = 'register' | 'organisation';

export interface FileEntry {
  path: string;
  kind: FileKind;
  title: string;
  languages: string[];
  summary: Summary;
  organisation?: string;
  usedBy?: string[];
}

interface Checked {
  /** Size, time and inode of the file when it was checked. */
  stamp: string;
  diagnostics: Diagnostic[];
  invalid: boolean;
  name?: Text | string;
}

interface RegisterState extends Checked {
  /** The organisation files it draws on, absolute, nearest first. */
  organisations: string[];
}

function stampOf(path: string): string {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}:${s.ino}`;
  } catch {
    return 'missing';
  }
}

/** The folder of `seloste.config.yaml` (found from the working folder or the first path), else the working folder. */
export function projectRoot(options: ProjectOptions): string {
  const file = options.configFile ? resolve(options.cwd, options.configFile) : (findConfig(options.cwd) ?? findConfig(resolve(options.cwd, options.paths[0] ?? '.')));
  return file ? dirname(file) : resolve(options.cwd);
}

export class Project {
  readonly root: string;
  config!: Config;
  private configStamp = '';
  private readonly registers = new Map<string, RegisterState>();
  private readonly organisations = new Map<string, Checked>();
  private refreshing: Promise<void> = Promise.resolve();
  readonly paths: string[];
  readonly configFile: string | undefined;

  constructor(readonly options: ProjectOptions) {
    this.root = projectRoot(options);
    this.paths = options.paths.map((p) => resolve(options.cwd, p));
    this.configFile = options.configFile ? resolve(options.cwd, options.configFile) : undefined;
  }

  /** The path as the API names it: relative to the root, with `/`. */
  rel(path: string): string {
    return relative(this.root, path).split(sep).join('/');
  }

  /** What the options of a check of this project are. */
  checkOptions(): { cwd: string; env: Environment; configFile?: string } {
    return { cwd: this.root, env: this.options.env, ...(this.configFile ? { configFile: this.configFile } : {}) };
  }

  /** Check again what changed on disk since the last listing; one listing at a time. */
  refresh(): Promise<void> {
    // A listing that failed (said in the log) does not stop the next one.
    this.refreshing = this.refreshing.catch(() => undefined).then(() => this.refreshNow());
    return this.refreshing;
  }

  kindOf(path: string): FileKind | undefined {
    if (this.registers.has(path)) return 'register';
    return this.organisations.has(path) ? 'organisation' : undefined;
  }

  /** The organisation file a register names (the nearest), absolute. */
  organisationOf(path: string): string | undefined {
    return this.registers.get(path)?.organisations[0];
  }

  /** Every organisation file a register draws on, absolute, the one it names first. */
  organisationChain(path: string): string[] {
    return this.registers.get(path)?.organisations ?? [];
  }

  /** The registers that draw on an organisation file, absolute, in order. */
  usedBy(path: string): string[] {
    return [...this.registers].filter(([, r]) => r.organisations.includes(path)).map(([p]) => p).sort();
  }

  /** Note what a check of a register found (after a save, or a check of its text as it is on disk). */
  noteRegister(path: string, result: FileResult, shared: readonly Diagnostic[]): void {
    this.registers.set(path, { ...this.registerState(path, result), stamp: stampOf(path) });
    for (const org of this.registers.get(path)!.organisations) {
      if (this.organisations.has(org)) continue;
      this.organisations.set(org, this.organisationState(org, shared.filter((d) => resolve(this.root, d.file) === org)));
    }
  }

  /** Note what a check of an organisation file found; the registers that use it are checked again at the next listing. */
  noteOrganisation(path: string, diagnostics: Diagnostic[]): void {
    this.organisations.set(path, this.organisationState(path, diagnostics));
    for (const user of this.usedBy(path)) this.registers.get(user)!.stamp = 'stale';
  }

  entries(lang: string): FileEntry[] {
    const languages = this.config.languages;
    const title = (path: string, name: Text | string | undefined): string => {
      if (typeof name === 'string' && name) return name;
      if (name && typeof name === 'object') {
        const text = name[lang] ?? languages.map((l) => name[l]).find(Boolean) ?? Object.values(name).find(Boolean);
        if (typeof text === 'string' && text) return text;
      }
      return basename(path);
    };
    const out: FileEntry[] = [];
    for (const [path, r] of this.registers) {
      const organisation = r.organisations[0];
      out.push({ path: this.rel(path), kind: 'register', title: title(path, r.name), languages, summary: this.summaryOf(path)!, ...(organisation ? { organisation: this.rel(organisation) } : {}) });
    }
    for (const [path, o] of this.organisations) {
      out.push({ path: this.rel(path), kind: 'organisation', title: title(path, o.name), languages, summary: summarise(o.diagnostics, o.invalid), usedBy: this.usedBy(path).map((p) => this.rel(p)) });
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** A register's summary: its own findings and those of the organisation files it draws on. */
  summaryOf(path: string): Summary | undefined {
    const r = this.registers.get(path);
    if (r) return summarise(uniqueDiagnostics([...r.diagnostics, ...r.organisations.flatMap((o) => this.organisations.get(o)?.diagnostics ?? [])]), r.invalid);
    const o = this.organisations.get(path);
    return o && summarise(o.diagnostics, o.invalid);
  }

  /** Read the config again when it changed; then every file is checked again. */
  async loadConfig(): Promise<void> {
    const configStamp = stampOf(this.configFile ?? findConfig(this.root) ?? '');
    if (configStamp === this.configStamp) return;
    this.config = (await loadProjectConfig(this.root, this.configFile, undefined, this.options.env)).config;
    this.configStamp = configStamp;
    this.registers.clear();
    this.organisations.clear();
  }

  private async refreshNow(): Promise<void> {
    await this.loadConfig();
    const collected = await collectFiles(this.paths, this.root, ignoredBy(this.config.ignore, this.config.root));
    // A register that is a link to a file out of the project is not the editor's to read.
    const files = collected.files.filter((path) => isInsideProject(this.root, path));
    const present = new Set(files);
    for (const path of this.registers.keys()) if (!present.has(path)) this.registers.delete(path);
    const changedOrgs = new Set<string>();
    for (const [path, o] of this.organisations) {
      if (stampOf(path) === o.stamp) continue;
      changedOrgs.add(path);
      this.organisations.delete(path);
    }
    const stale = files.filter((path) => {
      const r = this.registers.get(path);
      return !r || r.stamp !== stampOf(path) || r.organisations.some((o) => changedOrgs.has(o));
    });
    for (const path of stale) this.registers.delete(path);
    if (stale.length) {
      const stamps = new Map(stale.map((p) => [p, stampOf(p)]));
      const result = await checkPaths({ ...this.checkOptions(), paths: stale });
      for (const file of result.files) {
        const path = resolve(this.root, file.file);
        this.noteRegister(path, file, result.shared);
        this.registers.get(path)!.stamp = stamps.get(path) ?? 'missing';
      }
    }
    // An organisation file that changed and is no longer checked with a register is checked alone.
    for (const path of changedOrgs) {
      if (this.organisations.has(path) || !this.usedBy(path).length) continue;
      this.noteOrganisation(path, await checkSharedFile({ ...this.checkOptions(), path }));
    }
    for (const path of this.organisations.keys()) if (!this.usedBy(path).length) this.organisations.delete(path);
  }

  private registerState(path: string, result: FileResult): Omit<RegisterState, 'stamp'> {
    const loaded = result.loaded;
    // The one it names first, then those that one names in turn.
    const named = organisationRef(path, loaded?.source.data);
    const chain = [...(named ? [named] : []), ...(loaded ? [...loaded.origin.values()].map((s) => s.path) : [])];
    // Only organisation files in the project: one it names outside is a finding, never read.
    const organisations = [...new Set(chain)].filter((p) => p !== path && isOrganisationFile(p) && isInsideProject(this.root, p));
    const invalid = registerIsInvalid(result);
    const name = loaded?.register.name;
    return { diagnostics: result.diagnostics, invalid, organisations: organisations.filter((o) => stampOf(o) !== 'missing'), ...(name ? { name } : {}) };
  }

  private organisationState(path: string, diagnostics: Diagnostic[]): Checked {
    const stamp = stampOf(path);
    const invalid = organisationIsInvalid(diagnostics);
    const controller = (readData(path) as { controller?: { name?: unknown } } | undefined)?.controller;
    return { stamp, diagnostics, invalid, ...(typeof controller?.name === 'string' ? { name: controller.name } : {}) };
  }
}
