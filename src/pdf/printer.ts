/**
 * Printing notices to PDF: one Chromium, a pool of pages printing in parallel, every network
 * request refused (the page is self-contained), JavaScript off.
 */
import { availableParallelism } from 'node:os';
import type { Page } from 'puppeteer-core';
import { launchBrowser, type LaunchedBrowser } from './browser.js';
import { renumberElementIds } from './element-ids.js';
import { restoreBookmarkTitles } from './outline.js';

export interface PrintJob {
  html: string;
  /** Header and footer text: the notice title, the updated date, `Sivu {page} / {pages}`. */
  title: string;
  updated: string;
  /** e.g. `Sivu {page} / {pages}`. */
  pageLabel: string;
  lang: string;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Page margins in millimetres, the same as templates/print.css gives `@page`: narrow, for a compact
 * notice; the running header and footer sit in the top and bottom ones.
 */
export const PAGE_MARGINS_MM = { top: 16, right: 15, bottom: 14, left: 15 } as const;

const TEMPLATE_STYLE = `font-family: system-ui, "DejaVu Sans", sans-serif; font-size: 8px; color: #555; width: 100%; padding: 0 ${PAGE_MARGINS_MM.right}mm 0 ${PAGE_MARGINS_MM.left}mm; display: flex; justify-content: space-between;`;

function headerTemplate(job: PrintJob): string {
  return `<div style='${TEMPLATE_STYLE}'><span>${escapeHtml(job.title)}</span><span>${escapeHtml(job.updated)}</span></div>`;
}

function footerTemplate(job: PrintJob): string {
  const label = escapeHtml(job.pageLabel)
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{pages}', '<span class="totalPages"></span>');
  return `<div style='${TEMPLATE_STYLE} justify-content: flex-end;'><span>${label}</span></div>`;
}

/** The text of the page's headings, in document order, white space collapsed. */
async function headings(page: Page): Promise<string[]> {
  const texts = await page.$$eval('h1, h2, h3, h4, h5, h6', (elements) => elements.map((e) => e.textContent ?? ''));
  return texts.map((t) => t.replace(/\s+/g, ' ').trim());
}

export interface PrinterOptions {
  /** Pages printing at once; default: the number of CPUs. */
  concurrency?: number;
  env?: Record<string, string | undefined>;
  /** Called with each URL the page tried to load and that was refused. */
  onBlocked?: (url: string) => void;
  /** How long one notice may take to load and print, in milliseconds (default 60 000). */
  timeoutMs?: number;
}

export class PdfPrinter {
  private readonly idle: Page[] = [];
  /** Pages printing at once. */
  size = 0;
  private readonly waiting: { resolve: (page: Page) => void; reject: (error: Error) => void }[] = [];
  private closed = false;

  private constructor(
    private readonly launched: LaunchedBrowser,
    private readonly onBlocked: ((url: string) => void) | undefined,
    private readonly timeoutMs: number,
  ) {}

  static async open(options: PrinterOptions = {}): Promise<PdfPrinter> {
    const launched = await launchBrowser(options.env);
    const printer = new PdfPrinter(launched, options.onBlocked, options.timeoutMs ?? 60_000);
    try {
      const n = Math.max(1, options.concurrency ?? availableParallelism());
      for (let i = 0; i < n; i++) printer.idle.push(await printer.newPage());
      printer.size = n;
    } catch (error) {
      await printer.close();
      throw error;
    }
    return printer;
  }

  private async newPage(): Promise<Page> {
    const page = await this.launched.browser.newPage();
    page.setDefaultTimeout(this.timeoutMs);
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      // Everything the notice needs is inline; nothing may be fetched while printing.
      if (url.startsWith('data:') || url === 'about:blank') void request.continue();
      else {
        this.onBlocked?.(url);
        void request.abort('blockedbyclient');
      }
    });
    return page;
  }

  private acquire(): Promise<Page> {
    const page = this.idle.pop();
    if (page) return Promise.resolve(page);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(page: Page): void {
    const next = this.waiting.shift();
    if (next) next.resolve(page);
    else this.idle.push(page);
  }

  async print(job: PrintJob): Promise<Uint8Array> {
    if (this.closed) throw new Error('printer is closed');
    const page = await this.acquire();
    let healthy = true;
    const started = performance.now();
    try {
      await page.setContent(job.html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(job),
        footerTemplate: footerTemplate(job),
        margin: Object.fromEntries(Object.entries(PAGE_MARGINS_MM).map(([side, mm]) => [side, `${mm}mm`])),
        tagged: true,
        outline: true,
        preferCSSPageSize: false,
        timeout: this.timeoutMs,
      });
      // The limit holds whatever the browser's own timers did under load: a print that took longer failed.
      if (performance.now() - started > this.timeoutMs) throw new Error(`printing timed out after ${this.timeoutMs} ms`);
      return restoreBookmarkTitles(renumberElementIds(pdf), await headings(page));
    } catch (error) {
      healthy = false;
      throw error;
    } finally {
      if (healthy) this.release(page);
      else void this.replace(page);
    }
  }

  /** A page whose print failed may still be busy: it is closed, and a new one takes its place. */
  private async replace(page: Page): Promise<void> {
    void page.close().catch(() => undefined);
    if (this.closed) return;
    try {
      this.release(await this.newPage());
    } catch (error) {
      // The browser is gone: one page fewer, and a print waiting for a page fails rather than waits.
      this.waiting.shift()?.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w.reject(new Error('printer is closed'));
    await this.launched.close();
  }
}
