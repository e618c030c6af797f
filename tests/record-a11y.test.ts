/**
 * The record's pages in a real Chromium: no WCAG 2.1 AA violations (axe-core) at a desktop width
 * and at 320 CSS px, no sideways scrolling, every link to a section finds it, nothing requested.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../src/pdf/browser.js';
import { AXE_SOURCE, axeViolations, VIEWPORTS } from './axe.js';
import { cli } from './helpers.js';


interface Seen {
  violations: string[];
  wide: string[];
  requests: string[];
  brokenLinks: string[];
}

describe('the record pages in a browser', () => {
  let tmp: string;
  let pages: string[];
  let launched: LaunchedBrowser;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'seloste-record-a11y-'));
    const out = join(tmp, 'record');
    expect((await cli(['record', 'notices', '-o', out, '--format', 'html'])).code).toBe(0);
    pages = readdirSync(out, { recursive: true }).map(String).filter((p) => p.endsWith('.html')).sort().map((p) => join(out, p));
    launched = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await launched?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function look(path: string): Promise<Seen> {
    const page = await launched.browser.newPage();
    const url = pathToFileURL(path).href;
    const requests: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url() === url || request.url().startsWith('data:')) void request.continue();
      else {
        requests.push(request.url());
        void request.abort();
      }
    });
    try {
      await page.goto(url, { waitUntil: 'load' });
      const brokenLinks = await page.evaluate(() => [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id)));
      await page.addScriptTag({ content: AXE_SOURCE });
      const seen: Seen = { violations: [], wide: [], requests, brokenLinks };
      for (const viewport of VIEWPORTS) {
        await page.setViewport(viewport);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > viewport.width) seen.wide.push(`${width}px at ${viewport.width}px`);
        seen.violations.push(...(await axeViolations(page)).map((v) => `${v.id} at ${viewport.width}px: ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`));
      }
      return seen;
    } finally {
      await page.close();
    }
  }

  it('has a page for each organisation in each language', () => {
    expect(pages.length).toBe(12);
  });

  it('has no WCAG 2.1 AA violations, reflows to 320 px, links to its own sections and loads nothing', async () => {
    const report: string[] = [];
    for (const path of pages) {
      const seen = await look(path);
      for (const [what, list] of Object.entries(seen)) for (const item of list as string[]) report.push(`${path}: ${what}: ${item}`);
    }
    expect(report).toEqual([]);
  }, 180_000);
});
