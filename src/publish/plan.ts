/**
 * The plan of an incremental build: what the previous build made from which inputs, and so which
 * registers are unchanged. A register is unchanged when its key (its text, its organisation files',
 * what every output depends on and its git history) is the one its outputs were made from, and
 * those outputs are still intact; the stamp book lets files that were not touched go unread.
 */
import { relative, resolve, sep } from 'node:path';
import type { Config } from '../config/config.js';
import type { Reuse, Reused } from '../pipeline.js';
import { DEFAULT_TEMPLATES } from '../render/layout.js';
import { VERSION } from '../version.js';
import type { BuildOptions } from './options.js';
import { hash, readStampBook, readText, registerKey, SETTLE_MS, Stamps, templatesFingerprint, type CacheData, type CacheEntry, type StampBook } from './cache.js';
import { commitsByFile, gitHead, gitRoot, historyPath } from './history.js';
import { PreviousSite } from './previous.js';

export class BuildPlan {
  /** What every output depends on besides the register itself; set once the config is known. */
  global = '';
  /** The previous build's cache when its outputs may be taken over (same options, incremental). */
  previous: CacheData | undefined;
  /** The stamp book to write after this build. */
  readonly nextBook: StampBook = { files: {}, outputs: {} };
  private readonly book: StampBook;
  private readonly stamps: Stamps;
  private readonly organisationTexts = new Map<string, string>();
  private readonly dependencyTexts = new Map<string, string>();

  private constructor(
    readonly options: BuildOptions,
    readonly site: PreviousSite,
    readonly incremental: boolean,
    /** The git repository the registers' earlier versions come from, when they are published. */
    readonly historyRoot: string | undefined,
    /** For each file git knows, the commits that changed it. */
    private readonly commits: Map<string, string[]> | undefined,
    private readonly head: string,
    book: StampBook,
  ) {
    this.book = book;
    this.stamps = new Stamps(Date.now() - (options.settleMs ?? SETTLE_MS));
  }

  static async open(options: BuildOptions, out: string): Promise<BuildPlan> {
    const historyRoot = options.history === false || !options.formats.includes('html') ? undefined : await gitRoot(options.cwd);
    // A banner is the caller's: outputs are taken over with one only when the caller says its banner
    // follows from the register's own check (as the preview's does), by asking for `incremental`.
    const incremental = options.banner ? options.incremental === true : options.incremental !== false;
    const book = readStampBook(out);
    // A register's earlier versions follow from the commits that changed it: a commit of other files
    // leaves its pages as they are. A file git does not list falls back to the commit checked out.
    const commits = historyRoot ? await commitsByFile(historyRoot) : undefined;
    const head = historyRoot ? ((await gitHead(historyRoot)) ?? '') : '';
    const site = new PreviousSite(out, book.outputs);
    return new BuildPlan(options, site, incremental, historyRoot, commits, head, incremental ? book : { files: {}, outputs: {} });
  }

  /** The commits that changed a register file, as part of its key. */
  historyOf(path: string): string {
    if (!this.commits) return '';
    return this.commits.get(historyPath(this.historyRoot!, path))?.join(',') ?? `head:${this.head}`;
  }

  /** A register's place in the cache: its path from the working folder (no absolute paths are published). */
  cacheKey(path: string): string {
    return relative(this.options.cwd, path).split(sep).join('/');
  }

  /** The key of a register: its text, its organisation files', what all depend on, and its history. */
  keyOf(path: string, text: string, chain: string[]): string {
    const global = this.commits ? hash(this.global, this.historyOf(path)) : this.global;
    return registerKey(global, path, text, this.organisationTexts, chain, this.stamps);
  }

  /** The text an organisation file had when this build first read it for a key. */
  organisationText(path: string): string | undefined {
    return this.organisationTexts.get(path);
  }

  /** Remember a register's stamps and key for the next build, when its files have settled. */
  note(path: string, key: string, chain: readonly string[]): void {
    const recorded = this.stamps.record([path, ...chain]);
    if (recorded) this.nextBook.files[path] = { key, stamps: recorded, history: this.historyOf(path) };
  }

  /** Texts of organisation files that earlier versions point at, read once per build. */
  dependencyText(path: string): string {
    let text = this.dependencyTexts.get(path);
    if (text === undefined) this.dependencyTexts.set(path, (text = readText(path)));
    return text;
  }

  /** For `checkPaths`: once the config is known, which registers are unchanged. */
  readonly reuse = async (config: Config, languages: readonly string[]): Promise<Reuse> => {
    this.global = globalKey(this.options, config, languages, this.historyRoot);
    const cache = this.site.cache;
    this.previous = this.incremental && cache?.global === this.global ? cache : undefined;
    return {
      byStat: (path) => {
        const entry = this.previous?.entries[this.cacheKey(path)];
        const known = this.book.files[path];
        if (!entry || !known || known.key !== entry.key || (known.history ?? '') !== this.historyOf(path) || !this.stamps.match(known.stamps)) return undefined;
        const reused = this.usable(entry);
        if (reused) this.nextBook.files[path] = known;
        return reused;
      },
      byText: async (path, text, stats) => {
        this.stamps.remember(path, stats);
        const entry = this.previous?.entries[this.cacheKey(path)];
        const chain: string[] = [];
        const key = this.keyOf(path, text, chain);
        const reused = entry?.key === key ? this.usable(entry) : undefined;
        // The same text under a new stamp (touched, checked out again): the next build need not read it.
        if (reused) this.note(path, key, chain);
        return reused;
      },
    };
  };

  private usable(entry: CacheEntry): Reused | undefined {
    if (entry.dependsOn && Object.entries(entry.dependsOn).some(([org, h]) => hash(this.dependencyText(resolve(this.options.cwd, org))) !== h)) return undefined;
    // A register with errors was built only with --force (which is part of the key); one whose id
    // clashed depends on the other registers, so it is looked at again.
    if (entry.diagnostics.some((d) => (d.severity === 'error' && !this.options.force) || d.ruleId === 'register/duplicate-id')) return undefined;
    if (!this.site.allIntact(entry.outputs)) return undefined;
    return { id: entry.id, diagnostics: entry.diagnostics };
  }
}

/** What every output of a build depends on besides the register itself (and its own history). */
function globalKey(options: BuildOptions, config: Config, languages: readonly string[], historyRoot: string | undefined): string {
  const configText = config.file ? readText(config.file) : '';
  return hash(
    VERSION,
    configText,
    // The diagnostics kept for unchanged registers are in this language, which the locale may choose.
    config.messageLanguage,
    templatesFingerprint([config.templates, DEFAULT_TEMPLATES]),
    languages.join(','),
    [...options.formats].sort().join(','),
    options.baseUrl ?? '',
    options.force ? 'force' : '',
    options.banner ? 'banner' : '',
    historyRoot ? 'history' : '',
  );
}
