/**
 * The limit for PDF printing: one Chromium started with Seloste's own `launchBrowser`, the HTML
 * already in memory, `os.availableParallelism()` pages printing in parallel, and nothing else
 * than `page.setContent(html)` and `page.pdf(...)` with the options of src/pdf/printer.ts.
 * Nothing is written to disk.
 *
 *   node bench/pdf-limit.js DIR...   (every notice page *.html under the folders, index pages and earlier versions left out)
 *
 * Prints one line of JSON: pdfs, bytes, concurrency, readMs, launchMs (browser and pages ready),
 * printMs (all PDFs), closeMs, version (of the browser).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchBrowser } from '../lib/pdf/browser.js';

// The same header and footer as src/pdf/printer.ts.
const TEMPLATE_STYLE = 'font-family: system-ui, "DejaVu Sans", sans-serif; font-size: 8px; color: #555; width: 100%; padding: 0 18mm; display: flex; justify-content: space-between;';
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const LABELS = { fi: ['Päivitetty 1.6.2025', 'Sivu {page} / {pages}'], en: ['Updated 1 June 2025', 'Page {page} of {pages}'] };

function job(file) {
  const html = readFileSync(file, 'utf8');
  const lang = /<html[^>]*\slang="([a-z]+)"/.exec(html)?.[1] ?? 'fi';
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? basename(file);
  const [updated, pageLabel] = LABELS[lang] ?? LABELS.en;
  const label = escapeHtml(pageLabel).replace('{page}', '<span class="pageNumber"></span>').replace('{pages}', '<span class="totalPages"></span>');
  return {
    html,
    headerTemplate: `<div style='${TEMPLATE_STYLE}'><span>${title}</span><span>${escapeHtml(updated)}</span></div>`,
    footerTemplate: `<div style='${TEMPLATE_STYLE} justify-content: flex-end;'><span>${label}</span></div>`,
  };
}

function noticePages(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && e.name !== 'index.html')
    .map((e) => join(e.parentPath ?? e.path, e.name))
    // Earlier versions (a site built in a git repository) are not printed.
    .filter((path) => !path.split(sep).includes('history'))
    .sort();
}

const t0 = performance.now();
const jobs = process.argv.slice(2).flatMap(noticePages).map(job);
const t1 = performance.now();

const concurrency = availableParallelism();
const launched = await launchBrowser();
const pages = [];
for (let i = 0; i < concurrency; i++) pages.push(await launched.browser.newPage());
const version = await launched.browser.version();
const t2 = performance.now();

let next = 0;
let bytes = 0;
await Promise.all(
  pages.map(async (page) => {
    while (next < jobs.length) {
      const j = jobs[next++];
      await page.setContent(j.html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: j.headerTemplate,
        footerTemplate: j.footerTemplate,
        margin: { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' },
        tagged: true,
        outline: true,
        preferCSSPageSize: false,
      });
      bytes += pdf.length;
    }
  }),
);
const t3 = performance.now();
await launched.close();
const t4 = performance.now();

process.stdout.write(
  `${JSON.stringify({ pdfs: jobs.length, bytes, concurrency, readMs: t1 - t0, launchMs: t2 - t1, printMs: t3 - t2, closeMs: t4 - t3, version })}\n`,
);
