/** Build: check, then render every register that passed into a site, written atomically. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { controllerName, formatDate } from '../compose/format.js';
import { pdfDate, setPdfInfo } from '../pdf/metadata.js';
import type { PdfPrinter, PrintJob } from '../pdf/printer.js';
import type { Config } from '../config/config.js';
import { checkPaths, type CheckOptions, type CheckResult, type FileResult, type Reuse, type Reused } from '../pipeline.js';
import { DEFAULT_TEMPLATES } from '../render/layout.js';
import { CACHE_FILE, hash, organisationChain, OutputListing, readCache, readStampBook, readText, registerKey, SETTLE_MS, Stamps, templatesFingerprint, writeStampBook, type CacheData, type CacheEntry, type StampBook } from './cache.js';
import { OrganisationCache } from '../resolve/resolve.js';
import { VERSION } from '../version.js';
import { discard, stagingFolder, swapIn } from './atomic.js';
import { linkAll, type LinkPair } from './link.js';
import { createRenderer, defaultWorkers } from './render-pool.js';
import { commitsByFile, earlierVersions, gitHead, gitRoot, historyPath } from './history.js';
import { noticePath, phrasesOrThrow, renderFrontPage, renderIndex, sitemap, type Format, type IndexEntry, type SiteContext } from './pages.js';

export interface BuildOptions extends CheckOptions {
  out: string;
  formats: readonly Format[];
  /** Build registers that have errors too. */
  force?: boolean;
  baseUrl?: string;
  /**
   * A message to show on a register's pages (the preview shows its check errors there). Builds with
   * a banner are not incremental unless `incremental: true` is given, which promises that the
   * banner depends on nothing but the register's check (its diagnostics).
   */
  banner?: (file: FileResult) => string | undefined;
  /** Publish earlier versions from the git history (default true). */
  history?: boolean;
  /** Reuse the outputs of registers unchanged since the last build into the same folder (default true). */
  incremental?: boolean;
  /** A message for the index pages (the preview lists the registers that could not be read there). */
  siteBanner?: (check: CheckResult) => string | undefined;
  /** PDF pages printing at once (default: the number of CPUs). */
  concurrency?: number;
  env?: Record<string, string | undefined>;
  /**
   * How long a file must have been left alone before its stat alone shows it unchanged (default
   * 2000 ms); files changed more recently are read and compared by their text.
   */
  settleMs?: number;
  /** Threads that render notices beside the main thread (default: one per CPU, at most four; 0: none). */
  workers?: number;
  /** Called as PDFs are printed: done of total. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildResult {
  check: CheckResult;
  languages: string[];
  /** Registers that were rendered, by file. */
  built: string[];
  /** Registers left out because of errors. */
  skipped: string[];
  /** Registers unchanged since the last build, whose outputs were taken over. */
  reused: string[];
  files: number;
  /** Why no PDFs were printed, when they were asked for and could not be. */
  pdfError?: string;
}

/** The number of notices to render from which rendering threads are used. */
const WORKER_THRESHOLD = 32;

/**
 * A promise that may be awaited later than it settles: its failure is still seen by whoever awaits
 * it, and is not reported as unhandled before then.
 */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** What every output of a build depends on besides the register itself (and its own history). */
function globalKey(options: BuildOptions, config: Config, languages: readonly string[], historyRoot: string | undefined): string {
  const configText = config.file ? readText(config.file) : '';
  return hash(
    VERSION,
    configText,
    templatesFingerprint([config.templates, DEFAULT_TEMPLATES]),
    languages.join(','),
    [...options.formats].sort().join(','),
    options.baseUrl ?? '',
    options.force ? 'force' : '',
    options.banner ? 'banner' : '',
    historyRoot ? 'history' : '',
  );
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const out = resolve(options.out);
  const historyRoot = options.history === false || !options.formats.includes('html') ? undefined : await gitRoot(options.cwd);
  // A banner is the caller's: outputs are taken over with one only when the caller says its banner
  // follows from the register's own check (as the preview's does), by asking for `incremental`.
  const incremental = options.banner ? options.incremental === true : options.incremental !== false;
  let previous: CacheData | undefined;
  const present = new OutputListing(out);
  const stamps = new Stamps(Date.now() - (options.settleMs ?? SETTLE_MS));
  const book = incremental ? readStampBook(out) : {};
  const nextBook: StampBook = {};
  // A register's earlier versions follow from the commits that changed it: a commit of other files
  // leaves its pages as they are.
  const commits = historyRoot ? await commitsByFile(historyRoot) : undefined;
  // A file git lists under another spelling (quoted names) or not at all (new, untracked) falls back
  // to the commit checked out: rendered again after every commit, never left stale.
  const head = historyRoot ? ((await gitHead(historyRoot)) ?? '') : '';
  const historyOf = (path: string): string => {
    if (!commits) return '';
    return commits.get(historyPath(historyRoot!, path))?.join(',') ?? `head:${head}`;
  };
  /** Remember a register's stamps and key for the next build, when its files have settled. */
  const note = (path: string, key: string, chain: readonly string[]): void => {
    const recorded = stamps.record([path, ...chain]);
    if (recorded) nextBook[path] = { key, stamps: recorded, history: historyOf(path) };
  };
  /** The key of a register: its text, its organisation files', what all depend on, and its history. */
  const keyOf = (path: string, text: string, chain: string[]): string =>
    registerKey(commits ? hash(global, historyOf(path)) : global, path, text, organisationTexts, chain, stamps);
  /** A register's place in the cache: its path from the working folder (no absolute paths are published). */
  const cacheKey = (path: string): string => relative(options.cwd, path).split(sep).join('/');
  const organisationTexts = new Map<string, string>();
  /** Texts of organisation files that earlier versions point at, read once per build. */
  const dependencyTexts = new Map<string, string>();
  const dependencyText = (path: string): string => {
    let text = dependencyTexts.get(path);
    if (text === undefined) dependencyTexts.set(path, (text = readText(path)));
    return text;
  };
  let global = '';
  const reuse = async (config: Config, languages: readonly string[]): Promise<Reuse> => {
    global = globalKey(options, config, languages, historyRoot);
    previous = incremental ? readCache(out, global) : undefined;
    const usable = (entry: CacheEntry | undefined): Reused | undefined => {
      if (!entry) return undefined;
      if (entry.dependsOn && Object.entries(entry.dependsOn).some(([org, h]) => hash(dependencyText(resolve(options.cwd, org))) !== h)) return undefined;
      // A register with errors was built only with --force (which is part of the key); one whose id
      // clashed depends on the other registers, so it is looked at again.
      if (entry.diagnostics.some((d) => (d.severity === 'error' && !options.force) || d.ruleId === 'register/duplicate-id')) return undefined;
      if (!entry.outputs.every((o) => present.has(o))) return undefined;
      return { id: entry.id, diagnostics: entry.diagnostics };
    };
    return {
      byStat: (path) => {
        const entry = previous?.entries[cacheKey(path)];
        const known = book[path];
        if (!entry || !known || known.key !== entry.key || (known.history ?? '') !== historyOf(path) || !stamps.match(known.stamps)) return undefined;
        const reused = usable(entry);
        if (reused) nextBook[path] = known;
        return reused;
      },
      byText: async (path, text, stats) => {
        stamps.remember(path, stats);
        const entry = previous?.entries[cacheKey(path)];
        const chain: string[] = [];
        const key = keyOf(path, text, chain);
        const reused = entry?.key === key ? usable(entry) : undefined;
        // The same text under a new stamp (touched, checked out again): the next build need not read it.
        if (reused) note(path, key, chain);
        return reused;
      },
    };
  };
  // Chromium starts while the registers are checked; it is closed unused if nothing needs printing.
  // puppeteer is loaded only when PDFs are asked for.
  const pdf = options.formats.includes('pdf') ? { ...(await import('../pdf/printer.js')), ...(await import('../pdf/browser.js')) } : undefined;
  const launching = pdf
    ? pdf.PdfPrinter.open({ ...(options.concurrency ? { concurrency: options.concurrency } : {}), ...(options.env ? { env: options.env } : {}) }).then(
        (p) => ({ printer: p, error: undefined }),
        (error: unknown) => ({ printer: undefined, error }),
      )
    : undefined;
  let check: CheckResult;
  try {
    check = await checkPaths({ ...options, reuse });
  } catch (error) {
    await (await launching)?.printer?.close();
    throw error;
  }
  const languages = check.languages;
  const formats = new Set(options.formats);
  const context: SiteContext = { config: check.config, languages, formats };
  const baseUrl = options.baseUrl ?? check.config.baseUrl;
  if (baseUrl) context.baseUrl = baseUrl;

  // Paths that cannot be read at all: nothing is written, so the published site stays as it is.
  if (check.problems.length) {
    await (await launching)?.printer?.close();
    return { check, languages, built: [], skipped: check.files.map((f) => f.file), reused: [], files: 0 };
  }
  const toBuild = check.files.filter((f) => (f.loaded || f.reused) && (options.force || !f.diagnostics.some((d) => d.severity === 'error')));
  const building = new Set(toBuild);
  const skipped = check.files.filter((f) => !building.has(f)).map((f) => f.file);
  // Rendering threads pay off when there are many notices: each starts in about a quarter of a
  // second, which a handful of notices rendered here take anyway. Not when printing: Chromium is
  // then what takes the time, and it needs the CPUs and the memory.
  const notices = toBuild.filter((f) => !f.reused).length * languages.length;
  const workers = notices >= WORKER_THRESHOLD && !formats.has('pdf') ? (options.workers ?? defaultWorkers()) : 0;
  const renderer = createRenderer(workers);
  let staging: string;
  try {
    staging = await stagingFolder(options.out);
  } catch (error) {
    await (await launching)?.printer?.close();
    throw error;
  }
  let files = 0;
  const made = new Set<string>();
  const ensureDir = async (full: string): Promise<void> => {
    const dir = dirname(full);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
  };
  let outputsOf: string[] = [];
  const write = async (path: string, content: string | Uint8Array, owner = outputsOf): Promise<void> => {
    const full = join(staging, ...path.split('/'));
    await ensureDir(full);
    await writeFile(full, content);
    owner.push(path);
    files++;
  };
  /** An unchanged output is taken over from the previous build (see `link.ts`). */
  const fromPrevious = (path: string): LinkPair => [join(out, ...path.split('/')), join(staging, ...path.split('/'))];

  let printer: PdfPrinter | undefined;
  let pdfError: string | undefined;
  const pdfTotal = formats.has('pdf') ? toBuild.filter((f) => !f.reused).length * languages.length : 0;
  let pdfDone = 0;
  const printing = new Set<Promise<void>>();
  /** Registers being rendered and written. */
  const running = new Set<Promise<void>>();
  try {
    if (launching) {
      const launched = await launching;
      if (launched.error) {
        if (!pdf || !(launched.error instanceof pdf.BrowserNotFoundError)) throw launched.error;
        pdfError = launched.error.message;
        formats.delete('pdf');
      } else if (pdfTotal > 0) printer = launched.printer;
      else await launched.printer?.close();
    }
    const cache = new OrganisationCache(options.cwd, check.config.root, check.config.messageLanguage);
    /** What each register contributes to the site, in the order of `toBuild` whatever order they finish in. */
    const done: { index: IndexEntry; pages: string[]; path: string; entry: CacheEntry }[] = [];
    const buildOne = async (file: FileResult, position: number): Promise<void> => {
      const registerPath = resolve(options.cwd, file.file);
      const loaded = file.loaded!;
      const { register } = loaded;
      const owned: string[] = [];
      const banner = options.banner?.(file);
      const pageContext: SiteContext = banner ? { ...context, banner } : context;
      // Earlier versions are resolved against the organisation files as they are now, which may be
      // others than the current version's: the register depends on those too.
      const versionOrganisations = new Set<string>();
      const versions = historyRoot
        ? await earlierVersions(historyRoot, loaded.source.path, register, cache, (text) => {
            for (const org of organisationChain(registerPath, text, dependencyText)) versionOrganisations.add(org);
          })
        : [];
      const history = { history: versions.map((v) => v.updated) };
      // An earlier version's pages follow from that version as resolved now and from what every page
      // depends on: when both are as at the last build, its pages are taken over.
      const before = previous?.entries[cacheKey(registerPath)]?.versions;
      const versionKeys: Record<string, string> = {};
      const carriedVersions = new Set<string>();
      for (const version of versions) {
        const key = hash(global, JSON.stringify(version.register));
        versionKeys[version.updated] = key;
        const paths = languages.flatMap((lang) => {
          const html = noticePath(lang, register.id, version.updated);
          return formats.has('md') ? [html, html.replace(/\.html$/, '.md')] : [html];
        });
        if (before?.[version.updated] === key && paths.every((o) => present.has(o))) {
          files += linkAll(paths.map(fromPrevious));
          owned.push(...paths);
          carriedVersions.add(version.updated);
        }
      }
      // Every notice of the register is asked for at once; they are written in a fixed order.
      const rendered = languages.map((lang) => ({
        lang,
        current: handled(renderer.notice(register, lang, pageContext, history)),
        old: versions
          .filter((version) => !carriedVersions.has(version.updated))
          .map((version) => ({ updated: version.updated, notice: handled(renderer.notice(version.register, lang, context, { archived: true })) })),
      }));
      const twin = formats.has('json') ? handled(renderer.json(register)) : undefined;
      const pages: string[] = [];
      for (const { lang, current, old } of rendered) {
        const notice = await current;
        if (formats.has('html')) {
          await write(noticePath(lang, register.id), notice.html, owned);
          pages.push(noticePath(lang, register.id));
        }
        for (const version of old) {
          const archived = await version.notice;
          const path = noticePath(lang, register.id, version.updated);
          await write(path, archived.html, owned);
          if (formats.has('md')) await write(path.replace(/\.html$/, '.md'), archived.markdown, owned);
        }
        if (formats.has('md')) await write(`${lang}/${register.id}.md`, notice.markdown, owned);
        if (printer) {
          const t = phrasesOrThrow(lang);
          const job: PrintJob = {
            html: notice.printHtml,
            title: notice.title,
            updated: `${t.updated} ${formatDate(register.updated, t)}`,
            pageLabel: t.site.page,
            lang,
          };
          const path = `${lang}/${register.id}.pdf`;
          const p = printer.print(job).then(async (pdf) => {
            const info = setPdfInfo(pdf, {
              Title: notice.title,
              Author: controllerName(register.controller, lang),
              Subject: notice.title,
              Creator: `Seloste ${VERSION}`,
              CreationDate: pdfDate(register.created ?? register.updated),
              ModDate: pdfDate(register.updated),
            });
            await write(path, info, owned);
            options.onProgress?.(++pdfDone, pdfTotal);
          });
          printing.add(p);
          void p.finally(() => printing.delete(p)).catch(() => undefined);
          // Keep memory flat: a bounded number of notices waits for a page; the pool never runs dry.
          while (printing.size >= 4 * printer.size) await Promise.race(printing);
        }
      }
      if (twin) await write(`json/${register.id}.json`, await twin, owned);
      const index: IndexEntry = { id: register.id, name: register.name, controller: register.controller?.name ?? '', updated: register.updated };
      if (register.controller?.names) index.controllerNames = register.controller.names;
      const chain: string[] = [];
      // The key reads the organisation files on its own. Should one have changed between that read
      // and the one the pages were made from, the pages must not be taken over next time.
      const sameTexts = [...new Set(loaded.origin.values())].every((src) => src === loaded.source || organisationTexts.get(src.path) === src.text);
      const key = sameTexts ? keyOf(registerPath, loaded.source.text, chain) : '';
      if (sameTexts) note(registerPath, key, chain);
      const entry: CacheEntry = { key, id: register.id, diagnostics: file.diagnostics, outputs: owned, index };
      if (versions.length) entry.versions = versionKeys;
      if (versionOrganisations.size) {
        entry.dependsOn = Object.fromEntries([...versionOrganisations].sort().map((org) => [cacheKey(org), hash(dependencyText(org))]));
      }
      done[position] = { index, pages: pages.sort(), path: cacheKey(registerPath), entry };
    };
    // A few registers are in progress at once: enough to keep every rendering thread busy, few
    // enough that memory stays flat however many registers there are.
    const limit = 2 * Math.max(1, workers);
    const carried: LinkPair[] = [];
    for (const [position, file] of toBuild.entries()) {
      if (!file.reused) continue;
      const registerPath = cacheKey(resolve(options.cwd, file.file));
      const entry = previous!.entries[registerPath]!;
      for (const o of entry.outputs) carried.push(fromPrevious(o));
      done[position] = { index: entry.index, pages: entry.outputs.filter((o) => o.endsWith('.html') && !o.includes('/history/')).sort(), path: registerPath, entry };
    }
    files += linkAll(carried);
    for (const [position, file] of toBuild.entries()) {
      if (file.reused) continue;
      const task: Promise<void> = handled(buildOne(file, position).finally(() => running.delete(task)));
      running.add(task);
      while (running.size >= limit) await Promise.race(running);
    }
    await Promise.all(running);
    await Promise.all(printing);
    const entries = done.map((d) => d.index);
    const pages = done.flatMap((d) => d.pages);
    // What follows belongs to the site, not to a register.
    outputsOf = [];
    let site: CacheData['site'];
    if (formats.has('html')) {
      const siteBanner = options.siteBanner?.(check);
      // The index pages, the front page and the sitemap depend on the list of registers and pages only.
      const siteKey = hash(global, JSON.stringify(entries), JSON.stringify(pages), siteBanner ?? '');
      const before = previous?.site;
      if (before && before.key === siteKey && before.outputs.every((o) => present.has(o))) {
        files += linkAll(before.outputs.map(fromPrevious));
        site = before;
      } else {
        const indexContext: SiteContext = siteBanner ? { ...context, banner: siteBanner } : context;
        for (const lang of languages) {
          await write(`${lang}/index.html`, renderIndex(entries, lang, indexContext));
          pages.push(`${lang}/index.html`);
        }
        await write('index.html', renderFrontPage(indexContext));
        pages.push('index.html');
        const map = sitemap(pages, context);
        if (map) await write('sitemap.xml', map);
        site = { key: siteKey, outputs: outputsOf };
      }
    }
    await printer?.close();
    printer = undefined;
    await renderer.close();
    // Outputs are listed in a fixed order, whichever finished first.
    const cacheEntries: Record<string, CacheEntry> = {};
    for (const d of done) cacheEntries[d.path] = { ...d.entry, outputs: [...d.entry.outputs].sort() };
    // Compact: the cache is read by Seloste only, and a thousand registers make it large.
    if (incremental) await write(CACHE_FILE, JSON.stringify({ seloste: 1, global, entries: cacheEntries, ...(site ? { site } : {}) } satisfies CacheData), []);
    await swapIn(staging, options.out);
    if (incremental) writeStampBook(out, nextBook);
  } catch (error) {
    // Stop rendering first (what waits for a notice fails at once), let every register's task end
    // so that nothing writes into the staging folder after it is gone, then stop printing.
    await renderer.close();
    await Promise.allSettled(running);
    await Promise.allSettled(printing);
    await printer?.close();
    await discard(staging);
    throw error;
  }
  const result: BuildResult = { check, languages, built: toBuild.map((f) => f.file), skipped, reused: toBuild.filter((f) => f.reused).map((f) => f.file), files };
  if (pdfError) result.pdfError = pdfError;
  return result;
}
