/**
 * Build: check, then render every register that passed into a site, written aside and swapped in
 * whole. The stages, in order: plan (what the previous build made), check, claim the output folder,
 * render (taking over what did not change, keeping what cannot be built), write the site's own
 * pages, swap in.
 */
import { join, resolve } from 'node:path';
import type { PdfPrinter } from '../pdf/printer.js';
import { checkPaths, type CheckResult, type FileResult } from '../pipeline.js';
import { OrganisationCache } from '../resolve/resolve.js';
import { discard, stagingFolder, swapIn } from './atomic.js';
import { writeCache, writeStampBook, type CacheData, type CacheEntry } from './cache.js';
import type { BuildOptions, BuildResult } from './options.js';
import { claimOutputFolder, MARKER_FILE, markerText, projectFolders } from './output-folder.js';
import type { Format, SiteContext } from './pages.js';
import { BuildPlan } from './plan.js';
import { outputStamp } from './previous.js';
import { PrintQueue } from './print-queue.js';
import { createRenderer, defaultWorkers, type Renderer } from './render-pool.js';
import { renderRegister, type Contribution, type RenderContext } from './render-register.js';
import { writeSitePages } from './site-pages.js';
import { SiteWriter } from './site-writer.js';
import { keepEarlierPdf, keepStale, takeOverUnchanged } from './take-over.js';

export type { BuildOptions, BuildResult } from './options.js';

/** The number of notices to render from which rendering threads are used. */
const WORKER_THRESHOLD = 32;

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const out = resolve(options.out);
  const plan = await BuildPlan.open(options, out);
  // Chromium starts while the registers are checked; it is closed unused if nothing needs printing.
  const launching = startPrinter(options);
  const check = await checkPaths({ ...options, reuse: plan.reuse }).catch(async (error: unknown) => {
    await closePrinter(launching);
    throw error;
  });
  const toBuild = check.files.filter((f) => buildable(f, options.force === true));
  const result = emptyResult(check, toBuild);
  // Paths that cannot be read at all, or no register that can be built: the published site stays.
  if (check.problems.length || (!toBuild.length && !options.alwaysReplace)) {
    await closePrinter(launching);
    return result;
  }
  try {
    claimOutputFolder(out, projectFolders(options.cwd, options.paths, check));
  } catch (error) {
    await closePrinter(launching);
    throw error;
  }
  const formats = new Set(options.formats);
  const toRender = toBuild.filter((f) => !f.reused);
  const printing = await printerFor(launching, toRender.length * check.languages.length, formats, result);
  const staging = await stagingFolder(out).catch(async (error: unknown) => {
    await printing?.close();
    throw error;
  });
  const writer = new SiteWriter(staging, plan.site);
  // Rendering threads pay off when there are many notices (each starts in about a quarter of a
  // second), and not when printing: Chromium then needs the CPUs and the memory.
  const notices = toRender.length * check.languages.length;
  const workers = notices >= WORKER_THRESHOLD && !formats.has('pdf') ? (options.workers ?? defaultWorkers()) : 0;
  const renderer = createRenderer(workers);
  const prints = printing ? new PrintQueue(printing, notices, options.onProgress) : undefined;
  const ctx: RenderContext = { options, plan, writer, renderer, prints, languages: check.languages, formats, site: siteContext(options, check, formats), organisations: new OrganisationCache(options.cwd, check.config.root, check.config.messageLanguage) };
  try {
    const contributions = await renderAll(check.files, toBuild, ctx, 2 * Math.max(1, workers), result);
    await prints?.drain();
    await printing?.close();
    await renderer.close();
    keepEarlierPdfs(contributions, ctx, result);
    const site = formats.has('html') ? await writeSitePages(contributions, ctx.site, options.siteBanner?.(check), plan, writer) : undefined;
    await publish(writer, plan, contributions, site, out);
  } catch (error) {
    await abandon(renderer, prints, printing, staging);
    throw error;
  }
  result.files = writer.files;
  result.kept = false;
  return result;
}

function emptyResult(check: CheckResult, toBuild: readonly FileResult[]): BuildResult {
  const building = new Set(toBuild);
  return {
    check,
    languages: check.languages,
    built: toBuild.map((f) => f.file),
    skipped: check.files.filter((f) => !building.has(f)).map((f) => f.file),
    stale: [],
    reused: toBuild.filter((f) => f.reused).map((f) => f.file),
    files: 0,
    kept: true,
    pdfFailures: [],
  };
}

function siteContext(options: BuildOptions, check: CheckResult, formats: ReadonlySet<Format>): SiteContext {
  const context: SiteContext = { config: check.config, languages: check.languages, formats };
  const baseUrl = options.baseUrl ?? check.config.baseUrl;
  if (baseUrl) context.baseUrl = baseUrl;
  return context;
}

type Launch = Promise<{ printer: PdfPrinter | undefined; error: unknown; notFound: boolean }> | undefined;

/** Start Chromium when PDFs are asked for (puppeteer is loaded only then). */
function startPrinter(options: BuildOptions): Launch {
  if (!options.formats.includes('pdf')) return undefined;
  return (async () => {
    const [{ PdfPrinter }, { BrowserNotFoundError }] = await Promise.all([import('../pdf/printer.js'), import('../pdf/browser.js')]);
    const launchOptions = {
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
      ...(options.env ? { env: options.env } : {}),
      ...(options.printTimeoutMs ? { timeoutMs: options.printTimeoutMs } : {}),
    };
    return PdfPrinter.open(launchOptions).then(
      (printer) => ({ printer, error: undefined, notFound: false }),
      (error: unknown) => ({ printer: undefined, error, notFound: error instanceof BrowserNotFoundError }),
    );
  })();
}

async function closePrinter(launching: Launch): Promise<void> {
  await (await launching)?.printer?.close();
}

/**
 * The printer, when there are PDFs to print. Without a browser the other formats are still built
 * (and the reason is reported); any other failure to start it fails the build.
 */
async function printerFor(launching: Launch, pdfs: number, formats: Set<string>, result: BuildResult): Promise<PdfPrinter | undefined> {
  const launched = await launching;
  if (!launched) return undefined;
  if (launched.error) {
    if (!launched.notFound) throw launched.error;
    result.pdfError = (launched.error as Error).message;
    formats.delete('pdf');
    return undefined;
  }
  if (pdfs > 0) return launched.printer;
  await launched.printer?.close();
  return undefined;
}

/**
 * Every register's contribution, in the order of the check whatever order they finish in:
 * unchanged ones taken over, the others rendered a few at a time (enough to keep every rendering
 * thread busy, few enough that memory stays flat), and those that cannot be built kept as published.
 */
async function renderAll(files: readonly FileResult[], toBuild: readonly FileResult[], ctx: RenderContext, limit: number, result: BuildResult): Promise<Contribution[]> {
  const building = new Set(toBuild);
  const done: (Contribution | undefined)[] = [];
  for (const [position, file] of files.entries()) if (file.reused) done[position] = takeOverUnchanged(file, ctx.plan, ctx.writer);
  const running = new Set<Promise<void>>();
  try {
    for (const [position, file] of files.entries()) {
      if (!building.has(file) || file.reused) continue;
      const task: Promise<void> = renderRegister(file, ctx).then((c) => void (done[position] = c));
      running.add(task);
      void task.finally(() => running.delete(task)).catch(() => undefined);
      while (running.size >= limit) await Promise.race(running);
    }
    await Promise.all(running);
  } catch (error) {
    // Nothing may write into the staging folder once it is gone: every task ends first.
    await ctx.renderer.close();
    await Promise.allSettled(running);
    throw error;
  }
  const ids = new Set(done.filter((c) => c !== undefined).map((c) => c.entry.id));
  for (const [position, file] of files.entries()) {
    if (building.has(file)) continue;
    const kept = keepStale(file, ctx.plan, ctx.writer, { languages: ctx.languages, formats: ctx.formats, ids });
    if (!kept) continue;
    done[position] = kept;
    ids.add(kept.entry.id);
    result.stale.push(file.file);
  }
  return done.filter((c) => c !== undefined);
}

/** PDFs that did not print: the earlier PDF of each such notice stays published, when there is one. */
function keepEarlierPdfs(contributions: readonly Contribution[], ctx: RenderContext, result: BuildResult): void {
  const byFile = new Map(contributions.map((c) => [c.file, c]));
  const asBefore = new Set([...result.reused, ...result.stale]);
  for (const failure of ctx.prints?.failures ?? []) {
    const contribution = byFile.get(failure.file);
    if (contribution) keepEarlierPdf(contribution, failure.path, ctx.plan, ctx.writer);
    result.pdfFailures.push(failure);
  }
  if (result.pdfError === undefined) return;
  // No browser: every notice rendered now keeps the PDF it had.
  for (const c of contributions) {
    if (asBefore.has(c.file)) continue;
    for (const lang of ctx.languages) keepEarlierPdf(c, `${lang}/${c.entry.id}.pdf`, ctx.plan, ctx.writer);
  }
}

/**
 * Finish the site: the marker that makes the folder Seloste's, then the swap, then, beside the new
 * site, the cache (what each register produced, for the next build) and the stamp book. The stamp
 * book, which vouches for outputs without reading them, is written only with the cache it goes with.
 */
async function publish(writer: SiteWriter, plan: BuildPlan, contributions: readonly Contribution[], site: CacheData['site'], out: string): Promise<void> {
  const entries: Record<string, CacheEntry> = {};
  // Outputs are listed in a fixed order, whichever finished first.
  for (const c of contributions) entries[c.path] = { ...c.entry, outputs: sorted(c.entry.outputs) };
  const cache: CacheData = { seloste: 2, global: plan.global, entries, ...(site ? { site: { key: site.key, outputs: sorted(site.outputs) } } : {}) };
  await writer.write(MARKER_FILE, markerText(), {});
  const outputs = [...contributions.flatMap((c) => Object.keys(c.entry.outputs)), ...Object.keys(site?.outputs ?? {})];
  for (const o of outputs) {
    const stamp = outputStamp(join(writer.staging, ...o.split('/')));
    if (stamp) plan.nextBook.outputs[o] = stamp;
  }
  await swapIn(writer.staging, out);
  if (writeCache(out, cache)) writeStampBook(out, plan.nextBook);
}

function sorted(outputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(outputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A build that failed: stop rendering and printing, then remove what it wrote. */
async function abandon(renderer: Renderer, prints: PrintQueue | undefined, printer: PdfPrinter | undefined, staging: string): Promise<void> {
  await renderer.close();
  await prints?.settle();
  await printer?.close();
  await discard(staging);
}

/**
 * A register is rendered when it has no errors, or with `--force` when it could be read whole: a
 * register that broke the schema has parts left out, and one without `updated` has no date to name
 * its pages and its history by, so neither is published even then.
 */
function buildable(file: FileResult, force: boolean): boolean {
  if (file.reused) return force || !file.diagnostics.some((d) => d.severity === 'error');
  if (!file.loaded || file.loaded.partial || !file.loaded.register.updated) return false;
  return force || !file.diagnostics.some((d) => d.severity === 'error');
}
