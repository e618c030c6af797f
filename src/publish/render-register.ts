/**
 * Rendering one register into the site: its notice in every language and format, its earlier
 * versions, its JSON twin, and the PDFs sent to the printer. What it wrote is returned with the
 * cache entry the next build takes it over by.
 */
import { resolve } from 'node:path';
import { formatDate } from '../compose/format.js';
import { nameIn } from '../compose/party-name.js';
import { unlinked } from '../docs-url.js';
import { setPdfMetadata } from '../pdf/metadata.js';
import type { PrintJob } from '../pdf/printer.js';
import type { FileResult } from '../pipeline.js';
import { publicRegister } from '../resolve/public-register.js';
import type { OrganisationCache } from '../resolve/resolve.js';
import type { Register } from '../types.js';
import { VERSION } from '../version.js';
import { hash, organisationChain, type CacheEntry } from './cache.js';
import { earlierVersions, type Version } from './history.js';
import { cachedFindings } from './internal-findings.js';
import type { RenderedNotice } from './notice-page.js';
import type { BuildOptions } from './options.js';
import { noticePath, phrasesOrThrow, type Format, type IndexEntry, type SiteContext } from './pages.js';
import type { BuildPlan } from './plan.js';
import type { PrintQueue } from './print-queue.js';
import type { Renderer } from './render-pool.js';
import type { Outputs, SiteWriter } from './site-writer.js';
import type { FeedEntry } from './feed-entry.js';
import { versionChanges } from './version-changes.js';
import { whatChangedPath } from './what-changed-links.js';

export interface RenderContext {
  options: BuildOptions;
  plan: BuildPlan;
  writer: SiteWriter;
  renderer: Renderer;
  prints: PrintQueue | undefined;
  languages: readonly string[];
  formats: ReadonlySet<Format>;
  site: SiteContext;
  organisations: OrganisationCache;
}

/** What a register adds to the site: its line in the indexes, its pages, its cache entry. */
export interface Contribution {
  /** The register file. */
  file: string;
  index: IndexEntry;
  /** Its current notice pages (HTML), for the sitemap. */
  pages: string[];
  /** Its place in the cache (see `BuildPlan.cacheKey`). */
  path: string;
  entry: CacheEntry;
  /** Its entries in the change feed of each language. */
  feed: Record<string, FeedEntry[]>;
}

/**
 * A promise that may be awaited later than it settles: its failure is still seen by whoever awaits
 * it, and is not reported as unhandled before then.
 */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

export async function renderRegister(file: FileResult, ctx: RenderContext): Promise<Contribution> {
  const { plan, renderer, formats, languages } = ctx;
  const registerPath = resolve(ctx.options.cwd, file.file);
  const loaded = file.loaded!;
  const { register } = loaded;
  const owned: Outputs = {};
  const earlier = await earlierOf(register, loaded.source.path, registerPath, ctx, owned);
  const banner = ctx.options.banner?.(file);
  const pageContext: SiteContext = banner ? { ...ctx.site, banner } : ctx.site;
  const history = { history: earlier.versions.map((v) => v.updated) };
  // What is published of the register and of its earlier versions: never their internal facts.
  const shown = publicRegister(register);
  const shownEarlier = earlier.toRender.map((version) => ({ updated: version.updated, register: publicRegister(version.register) }));
  const changes = formats.has('html') ? versionChanges(shown, earlier.versions.map((v) => ({ ...v, register: publicRegister(v.register) }))) : [];
  const compared = new Set(changes.filter((v) => v.previous !== undefined).map((v) => v.updated));
  // Every notice of the register is asked for at once; they are written in a fixed order.
  const rendered = languages.map((lang) => ({
    lang,
    current: handled(renderer.notice(shown, lang, pageContext, history)),
    old: shownEarlier.map((version) => ({ updated: version.updated, notice: handled(renderer.notice(version.register, lang, ctx.site, { archived: true, compared: compared.has(version.updated) })) })),
    whatChanged: changes.filter((v) => compared.has(v.updated)).map((v) => ({ path: whatChangedPath(lang, register.id, v.updated), page: handled(renderer.changes(shown, v, lang, ctx.site)) })),
    feed: changes.length ? handled(renderer.feed(shown, changes, lang, ctx.site)) : undefined,
  }));
  const twin = formats.has('json') ? handled(renderer.json(shown)) : undefined;
  const pages: string[] = [];
  const feed: Record<string, FeedEntry[]> = {};
  for (const { lang, current, old, whatChanged, feed: entries } of rendered) {
    const notice = await current;
    if (formats.has('html')) {
      await ctx.writer.write(noticePath(lang, register.id), notice.html, owned);
      pages.push(noticePath(lang, register.id));
    }
    for (const version of old) await writeArchived(noticePath(lang, register.id, version.updated), await version.notice, ctx, owned);
    for (const page of whatChanged) await ctx.writer.write(page.path, await page.page, owned);
    if (entries) feed[lang] = await entries;
    if (formats.has('md')) await ctx.writer.write(`${lang}/${register.id}.md`, notice.markdown, owned);
    if (ctx.prints) await print(file.file, register, lang, notice, ctx, owned);
  }
  if (twin) await ctx.writer.write(`json/${register.id}.json`, await twin, owned);
  const index: IndexEntry = { id: register.id, name: register.name, controller: register.controller?.name ?? '', updated: register.updated ?? '' };
  if (register.controller?.names) index.controllerNames = register.controller.names;
  const entry: CacheEntry = { key: keyFor(file, registerPath, plan), id: register.id, diagnostics: cachedFindings(loaded, file.diagnostics).map(unlinked), outputs: owned, index };
  if (earlier.versions.length) entry.versions = earlier.keys;
  if (changes.length) entry.feed = feed;
  if (earlier.organisations.size) {
    entry.dependsOn = Object.fromEntries([...earlier.organisations].sort().map((org) => [plan.cacheKey(org), hash(plan.dependencyText(org))]));
  }
  return { file: file.file, index, pages: pages.sort(), path: plan.cacheKey(registerPath), entry, feed };
}

/**
 * The key the register's outputs are made from, noted for the next build; empty (never taken over)
 * when an organisation file changed between the key's read of it and the one the pages came from.
 */
function keyFor(file: FileResult, registerPath: string, plan: BuildPlan): string {
  const loaded = file.loaded!;
  const sameTexts = [...new Set(loaded.origin.values())].every((src) => src === loaded.source || plan.organisationText(src.path) === src.text);
  if (!sameTexts) return '';
  const chain: string[] = [];
  const key = plan.keyOf(registerPath, loaded.source.text, chain);
  plan.note(registerPath, key, chain);
  return key;
}

interface Earlier {
  versions: Version[];
  /** The versions whose pages must be rendered (the others were taken over). */
  toRender: Version[];
  /** For each version (by its `updated` date), the key its pages are made from. */
  keys: Record<string, string>;
  /** Organisation files the versions point at. */
  organisations: Set<string>;
}

/**
 * The register's earlier versions. A version's pages follow from that version as resolved now and
 * from what every page depends on: when both are as at the last build, its pages are taken over.
 */
async function earlierOf(register: Register, sourcePath: string, registerPath: string, ctx: RenderContext, owned: Outputs): Promise<Earlier> {
  const { plan, formats, languages } = ctx;
  const organisations = new Set<string>();
  if (!plan.historyRoot) return { versions: [], toRender: [], keys: {}, organisations };
  // Earlier versions are resolved against the organisation files as they are now, which may be
  // others than the current version's: the register depends on those too.
  const versions = await earlierVersions(plan.historyRoot, sourcePath, register, ctx.organisations, (text) => {
    for (const org of organisationChain(registerPath, text, (p) => plan.dependencyText(p), ctx.site.config.root)) organisations.add(org);
  });
  const before = plan.previous?.entries[plan.cacheKey(registerPath)];
  const keys: Record<string, string> = {};
  const toRender: Version[] = [];
  for (const [i, version] of versions.entries()) {
    // The page of a version links to what changed in it when there is a version before it.
    const key = hash(plan.global, JSON.stringify(version.register), i < versions.length - 1 ? 'compared' : '');
    keys[version.updated] = key;
    const outputs: Outputs = {};
    for (const lang of languages) {
      const html = noticePath(lang, register.id, version.updated);
      for (const path of formats.has('md') ? [html, html.replace(/\.html$/, '.md')] : [html]) outputs[path] = before?.outputs[path] ?? '';
    }
    if (before?.versions?.[version.updated] === key && plan.site.allIntact(outputs)) ctx.writer.take(outputs, owned);
    else toRender.push(version);
  }
  return { versions, toRender, keys, organisations };
}

async function writeArchived(path: string, archived: RenderedNotice, ctx: RenderContext, owned: Outputs): Promise<void> {
  await ctx.writer.write(path, archived.html, owned);
  if (ctx.formats.has('md')) await ctx.writer.write(path.replace(/\.html$/, '.md'), archived.markdown, owned);
}

/** Send a notice to the printer; its PDF is written with its document properties when it comes back. */
async function print(file: string, register: Register, lang: string, notice: RenderedNotice, ctx: RenderContext, owned: Outputs): Promise<void> {
  const t = phrasesOrThrow(lang);
  const job: PrintJob = {
    html: notice.printHtml,
    title: notice.title,
    updated: register.updated ? `${t.updated} ${formatDate(register.updated, t)}` : '',
    pageLabel: t.site.page,
    lang,
  };
  const path = `${lang}/${register.id}.pdf`;
  await ctx.prints!.add(job, file, path, async (pdf) => {
    const withMetadata = setPdfMetadata(pdf, {
      title: notice.title,
      lang,
      author: nameIn(register.controller, lang),
      subject: notice.title,
      creator: `Seloste ${VERSION}`,
      created: register.created ?? register.updated,
      modified: register.updated,
    });
    await ctx.writer.write(path, withMetadata, owned);
  });
}
