/**
 * Printing notices to PDF: one Chromium, a pool of pages printing in parallel, every network
 * request refused (the page is self-contained), JavaScript off.
 */
import { availableParallelism } from 'node:os';
import type { Page } from 'puppeteer-core';
import { launchBrowser, type LaunchedBrowser } from './browser.js';

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

const TEMPLATE_STYLE = 'font-family: system-ui, "DejaVu Sans", sans-serif; font-size: 8px; color: #555; width: 100%; padding: 0 18mm; display: flex; justify-content: space-between;';

function headerTemplate(job: PrintJob): string {
  return `<div style='${TEMPLATE_STYLE}'><span>${escapeHtml(job.title)}</span><span>${escapeHtml(job.updated)}</span></div>`;
}

function footerTemplate(job: PrintJob): string {
  const label = escapeHtml(job.pageLabel)
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{pages}', '<span class="totalPages"></span>');
  return `<div style='${TEMPLATE_STYLE} justify-content: flex-end;'><span>${label}</span></div>`;
}

export interface PrinterOptions {
  /** Pages printing at once; default: the number of CPUs. */
  concurrency?: number;
  env?: Record<string, string | undefined>;
  /** Called with each URL the page tried to load and that was refused. */
  onBlocked?: (url: string) => void;
}

export class PdfPrinter {
  private readonly idle: Page[] = [];
  /** Pages printing at once. */
  size = 0;
  private readonly waiting: ((page: Page) => void)[] = [];
  private closed = false;

  private constructor(
    private readonly launched: LaunchedBrowser,
    private readonly onBlocked: ((url: string) => void) | undefined,
  ) {}

  static async open(options: PrinterOptions = {}): Promise<PdfPrinter> {
    const launched = await launchBrowser(options.env);
    const printer = new PdfPrinter(launched, options.onBlocked);
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
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(page: Page): void {
    const next = this.waiting.shift();
    if (next) next(page);
    else this.idle.push(page);
  }

  async print(job: PrintJob): Promise<Uint8Array> {
    if (this.closed) throw new Error('printer is closed');
    const page = await this.acquire();
    try {
      await page.setContent(job.html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(job),
        footerTemplate: footerTemplate(job),
        margin: { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' },
        tagged: true,
        outline: true,
        preferCSSPageSize: false,
      });
    } finally {
      this.release(page);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.launched.close();
  }
}
