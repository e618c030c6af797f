/** Build: check, then render every register that passed into a site, written atomically. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { formatDate } from '../compose/format.js';
import { BrowserNotFoundError } from '../pdf/browser.js';
import { pdfDate, setPdfInfo } from '../pdf/metadata.js';
import { PdfPrinter, type PrintJob } from '../pdf/printer.js';
import { checkPaths, type CheckOptions, type CheckResult, type FileResult } from '../pipeline.js';
import { deriveFacts } from '../resolve/facts.js';
import { OrganisationCache } from '../resolve/resolve.js';
import { VERSION } from '../version.js';
import { discard, stagingFolder, swapIn } from './atomic.js';
import { earlierVersions, gitRoot } from './history.js';
import { noticePath, phrasesOrThrow, renderFrontPage, renderIndex, renderNotice, sitemap, type Format, type IndexEntry, type SiteContext } from './pages.js';
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
  files: number;
  /** Why no PDFs were printed, when they were asked for and could not be. */
  pdfError?: string;
}

export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const check = await checkPaths(options);
  const languages = check.languages;
  const formats = new Set(options.formats);
  const context: SiteContext = { config: check.config, languages, formats };
  const baseUrl = options.baseUrl ?? check.config.baseUrl;
  if (baseUrl) context.baseUrl = baseUrl;

  // Paths that cannot be read at all: nothing is written, so the published site stays as it is.
  if (check.problems.length) return { check, languages, built: [], skipped: check.files.map((f) => f.file), files: 0 };
  const toBuild = check.files.filter((f) => f.loaded && (options.force || !f.diagnostics.some((d) => d.severity === 'error')));
  const skipped = check.files.filter((f) => !toBuild.includes(f)).map((f) => f.file);
  const staging = await stagingFolder(options.out);
  let files = 0;
  const made = new Set<string>();
  const write = async (path: string, content: string | Uint8Array): Promise<void> => {
    const full = join(staging, ...path.split('/'));
    const dir = dirname(full);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    await writeFile(full, content);
    files++;
  };

  let printer: PdfPrinter | undefined;
  let pdfError: string | undefined;
  const pdfTotal = formats.has('pdf') ? toBuild.length * languages.length : 0;
  let pdfDone = 0;
  const printing: Promise<void>[] = [];
  try {
    if (pdfTotal > 0) {
      try {
        printer = await PdfPrinter.open({
          ...(options.concurrency ? { concurrency: options.concurrency } : {}),
          ...(options.env ? { env: options.env } : {}),
        });
      } catch (error) {
        if (!(error instanceof BrowserNotFoundError)) throw error;
        pdfError = error.message;
        formats.delete('pdf');
      }
    }
    const entries: IndexEntry[] = [];
    const pages: string[] = [];
    const root = options.history === false || !formats.has('html') ? undefined : await gitRoot(options.cwd);
    const cache = new OrganisationCache(options.cwd, check.config.root);
    for (const file of toBuild) {
      const { register } = file.loaded!;
      const facts = deriveFacts(register);
      const banner = options.banner?.(file);
      const pageContext: SiteContext = banner ? { ...context, banner } : context;
      const versions = root ? await earlierVersions(root, file.loaded!.source.path, register, cache) : [];
      for (const lang of languages) {
        const rendered = await renderNotice(register, facts, lang, pageContext, { history: versions.map((v) => v.updated) });
        if (formats.has('html')) {
          await write(noticePath(lang, register.id), rendered.html);
          pages.push(noticePath(lang, register.id));
        }
        for (const version of versions) {
          const old = await renderNotice(version.register, deriveFacts(version.register), lang, context, { archived: true });
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
            await write(path, info);
            options.onProgress?.(++pdfDone, pdfTotal);
          });
          printing.push(p);
          // Keep memory flat: never more jobs in flight than a few rounds of the page pool.
          if (printing.length >= 16) await Promise.all(printing.splice(0));
        }
      }
      if (formats.has('json')) await write(`json/${register.id}.json`, stableJson(registerJson(register, facts)));
      entries.push({ id: register.id, name: register.name, controller: register.controller?.name ?? '', updated: register.updated });
    }
    await Promise.all(printing.splice(0));
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
    await swapIn(staging, options.out);
  } catch (error) {
    await Promise.allSettled(printing);
    await printer?.close();
    await discard(staging);
    throw error;
  }
  const result: BuildResult = { check, languages, built: toBuild.map((f) => f.file), skipped, files };
  if (pdfError) result.pdfError = pdfError;
  return result;
}
