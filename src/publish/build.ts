/** Build: check, then render every register that passed into a site, written atomically. */
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { formatDate } from '../compose/format.js';
import { pdfDate, setPdfInfo } from '../pdf/metadata.js';
import type { PdfPrinter, PrintJob } from '../pdf/printer.js';
import type { Config } from '../config/config.js';
import { checkPaths, type CheckOptions, type CheckResult, type FileResult, type Reuse, type Reused } from '../pipeline.js';
import { DEFAULT_TEMPLATES } from '../render/layout.js';
import { CACHE_FILE, hash, readCache, registerKey, templatesFingerprint, type CacheData, type CacheEntry } from './cache.js';
import { deriveFacts } from '../resolve/facts.js';
import { OrganisationCache } from '../resolve/resolve.js';
import { VERSION } from '../version.js';
import { discard, stagingFolder, swapIn } from './atomic.js';
import { earlierVersions, gitHead, gitRoot } from './history.js';
import { noticePath, phrasesOrThrow, renderFrontPage, renderIndex, sitemap, type Format, type IndexEntry, type SiteContext } from './pages.js';
import { registerJson } from './twin.js';

export interface BuildOptions extends CheckOptions {
  out: string;
  formats: readonly Format[];
  /** Build registers that have errors too. */
  force?: boolean;
  baseUrl?: string;
  /** A message to show on a register's pages (the preview shows its check errors there). */
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

/** Wait until at most `keep` of a set of tasks are still running (each removes itself when done). */
async function drain(tasks: Set<Promise<void>>, keep: number): Promise<void> {
  while (tasks.size > keep) await Promise.race(tasks);
}

export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** What every output of a build depends on besides the register itself. */
async function globalKey(options: BuildOptions, config: Config, languages: readonly string[], historyRoot: string | undefined): Promise<string> {
  const configText = config.file ? await readFile(config.file, 'utf8').catch(() => '') : '';
  const head = historyRoot ? (await gitHead(historyRoot)) ?? '' : '';
  return hash(
    VERSION,
    configText,
    templatesFingerprint([config.templates, DEFAULT_TEMPLATES]),
    languages.join(','),
    [...options.formats].sort().join(','),
    options.baseUrl ?? '',
    options.force ? 'force' : '',
    historyRoot ? `history:${head}` : '',
  );
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const out = resolve(options.out);
  const historyRoot = options.history === false || !options.formats.includes('html') ? undefined : await gitRoot(options.cwd);
  const incremental = options.incremental !== false && !options.banner;
  let previous: CacheData | undefined;
  const organisationTexts = new Map<string, Promise<string>>();
  let global = '';
  // Composing and rendering are loaded only when some register must be rendered, and as soon as
  // the check finds the first one, so that loading overlaps the rest of the check.
  let renderer: Promise<typeof import('./notice-page.js')> | undefined;
  const loadRenderer = (): Promise<typeof import('./notice-page.js')> => (renderer ??= import('./notice-page.js'));
  const reuse = async (config: Config, languages: readonly string[]): Promise<Reuse> => {
    global = await globalKey(options, config, languages, historyRoot);
    previous = incremental ? await readCache(out, global) : undefined;
    const reusable = async (path: string, text: string): Promise<Reused | undefined> => {
      const entry = previous?.entries[path];
      if (!entry || entry.key !== (await registerKey(global, path, text, organisationTexts))) return undefined;
      if (entry.diagnostics.some((d) => d.severity === 'error' || d.ruleId === 'register/duplicate-id')) return undefined;
      if (!entry.outputs.every((o) => existsSync(join(out, o)))) return undefined;
      return { id: entry.id, diagnostics: entry.diagnostics };
    };
    return async (path, text) => {
      const reused = await reusable(path, text);
      if (!reused) void loadRenderer().catch(() => undefined);
      return reused;
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
  const skipped = check.files.filter((f) => !toBuild.includes(f)).map((f) => f.file);
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
  const cacheEntries: Record<string, CacheEntry> = {};
  let outputsOf: string[] = [];
  const write = async (path: string, content: string | Uint8Array, owner = outputsOf): Promise<void> => {
    const full = join(staging, ...path.split('/'));
    await ensureDir(full);
    await writeFile(full, content);
    owner.push(path);
    files++;
  };
  /** An unchanged output is taken over from the previous build: a hard link, or a copy where links fail. */
  const carry = (path: string): Promise<void> => {
    const full = join(staging, ...path.split('/'));
    const from = join(out, ...path.split('/'));
    const task: Promise<void> = (async () => {
      await ensureDir(full);
      await link(from, full).catch(() => copyFile(from, full));
      files++;
    })().finally(() => carrying.delete(task));
    return task;
  };

  let printer: PdfPrinter | undefined;
  let pdfError: string | undefined;
  const pdfTotal = formats.has('pdf') ? toBuild.filter((f) => !f.reused).length * languages.length : 0;
  let pdfDone = 0;
  const printing = new Set<Promise<void>>();
  const carrying = new Set<Promise<void>>();
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
    const entries: IndexEntry[] = [];
    const pages: string[] = [];
    const cache = new OrganisationCache(options.cwd, check.config.root);
    const { renderNotice } = toBuild.some((f) => !f.reused) ? await loadRenderer() : { renderNotice: undefined };
    for (const file of toBuild) {
      const registerPath = resolve(options.cwd, file.file);
      if (file.reused) {
        const entry = previous!.entries[registerPath]!;
        for (const o of entry.outputs) {
          carrying.add(carry(o));
          if (carrying.size >= 64) await drain(carrying, 32);
        }
        entries.push(entry.index);
        for (const o of entry.outputs) if (o.endsWith('.html') && !o.includes('/history/')) pages.push(o);
        cacheEntries[registerPath] = entry;
        continue;
      }
      const { register } = file.loaded!;
      outputsOf = [];
      const owned = outputsOf;
      const facts = deriveFacts(register);
      const banner = options.banner?.(file);
      const pageContext: SiteContext = banner ? { ...context, banner } : context;
      const versions = historyRoot ? await earlierVersions(historyRoot, file.loaded!.source.path, register, cache) : [];
      for (const lang of languages) {
        const rendered = await renderNotice!(register, facts, lang, pageContext, { history: versions.map((v) => v.updated) });
        if (formats.has('html')) {
          await write(noticePath(lang, register.id), rendered.html);
          pages.push(noticePath(lang, register.id));
        }
        for (const version of versions) {
          const old = await renderNotice!(version.register, deriveFacts(version.register), lang, context, { archived: true });
          const path = noticePath(lang, register.id, version.updated);
          await write(path, old.html);
          if (formats.has('md')) await write(path.replace(/\.html$/, '.md'), old.markdown);
        }
        if (formats.has('md')) await write(`${lang}/${register.id}.md`, rendered.markdown);
        if (printer) {
          const t = phrasesOrThrow(lang);
          const job: PrintJob = {
            html: rendered.printHtml,
            title: rendered.title,
            updated: `${t.updated} ${formatDate(register.updated, t)}`,
            pageLabel: t.site.page,
            lang,
          };
          const path = `${lang}/${register.id}.pdf`;
          const p = printer.print(job).then(async (pdf) => {
            const info = setPdfInfo(pdf, {
              Title: rendered.title,
              Author: register.controller?.name ?? '',
              Subject: rendered.title,
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
      if (formats.has('json')) await write(`json/${register.id}.json`, stableJson(registerJson(register, facts)));
      const index: IndexEntry = { id: register.id, name: register.name, controller: register.controller?.name ?? '', updated: register.updated };
      entries.push(index);
      cacheEntries[registerPath] = {
        key: await registerKey(global, registerPath, file.loaded!.source.text, organisationTexts),
        id: register.id,
        diagnostics: file.diagnostics,
        outputs: owned,
        index,
      };
    }
    await Promise.all(printing);
    await Promise.all(carrying);
    // What follows belongs to the site, not to a register.
    outputsOf = [];
    if (formats.has('html')) {
      const siteBanner = options.siteBanner?.(check);
      const indexContext: SiteContext = siteBanner ? { ...context, banner: siteBanner } : context;
      for (const lang of languages) {
        await write(`${lang}/index.html`, renderIndex(entries, lang, indexContext));
        pages.push(`${lang}/index.html`);
      }
      await write('index.html', renderFrontPage(indexContext));
      pages.push('index.html');
      const map = sitemap(pages, context);
      if (map) await write('sitemap.xml', map);
    }
    await printer?.close();
    printer = undefined;
    if (incremental) await write(CACHE_FILE, stableJson({ seloste: 1, global, entries: cacheEntries } satisfies CacheData), []);
    await swapIn(staging, options.out);
  } catch (error) {
    await Promise.allSettled([...printing, ...carrying]);
    await printer?.close();
    await discard(staging);
    throw error;
  }
  const result: BuildResult = { check, languages, built: toBuild.map((f) => f.file), skipped, reused: toBuild.filter((f) => f.reused).map((f) => f.file), files };
  if (pdfError) result.pdfError = pdfError;
  return result;
}
