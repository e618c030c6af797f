/**
 * The built site in a real Chromium: accessibility (axe-core, WCAG 2.1 AA), every internal link,
 * the language switcher, the JSON-LD against the page, hreflang alternates, print media, and no
 * network requests. The example site is built once with the real CLI and opened from file: URLs.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { AxeResults } from 'axe-core';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phrases } from '../src/compose/phrases/index.js';
import { launchBrowser, type LaunchedBrowser } from '../src/pdf/browser.js';
import type { LegalBasis } from '../src/types.js';
import { AXE_SOURCE, axeViolations, VIEWPORTS } from './axe.js';
import { ROOT } from './helpers.js';

const exec = promisify(execFile);
const BIN = join(ROOT, 'bin', 'seloste.js');
/** Pages read at once (each in its own tab). */
const CONCURRENCY = 4;
const LANGUAGES = ['fi', 'en', 'sv'];

/** The DPV and GDPR terms the JSON-LD uses for each legal basis. */
const BASIS_TERMS: Record<LegalBasis, [string, string]> = {
  consent: ['dpv:Consent', 'eu-gdpr:A6-1-a'],
  contract: ['dpv:Contract', 'eu-gdpr:A6-1-b'],
  legal_obligation: ['dpv:LegalObligation', 'eu-gdpr:A6-1-c'],
  vital_interests: ['dpv:VitalInterest', 'eu-gdpr:A6-1-d'],
  public_task: ['dpv:PublicInterest', 'eu-gdpr:A6-1-e'],
  legitimate_interests: ['dpv:LegitimateInterest', 'eu-gdpr:A6-1-f'],
};

interface Link {
  /** `a` or `link`. */
  tag: string;
  href: string;
}

/** What a page shows, read once in the browser. */
interface Snapshot {
  path: string;
  lang: string;
  ids: string[];
  links: Link[];
  alternates: { hreflang: string; href: string }[];
  jsonLd: string[];
  switcher: { label: string | null; links: { href: string; hreflang: string; lang: string; current: string | null }[] } | null;
  purposes: { purpose: string; basis: string }[] | null;
  /** Requests the page made other than for itself, the stylesheet and the icon. */
  requests: string[];
  /** axe-core violations, with the viewport width they were found at. */
  violations: (AxeResults['violations'][number] & { width: number })[];
  /** The width of the laid-out page at each viewport width. */
  scrollWidths: { width: number; scrollWidth: number }[];
}

function htmlFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path, base));
    else if (name.endsWith('.html')) out.push(relative(base, path).split(sep).join('/'));
  }
  return out.sort();
}

/** A relative link resolved against the page it is on: the site path and the fragment. */
function resolveLink(from: string, href: string): { path: string; fragment: string } {
  const hash = href.indexOf('#');
  const target = decodeURIComponent(hash === -1 ? href : href.slice(0, hash));
  const fragment = hash === -1 ? '' : decodeURIComponent(href.slice(hash + 1));
  const path = target === '' ? from : posix.normalize(posix.join(posix.dirname(from), target.split('?')[0]!));
  return { path, fragment };
}

const isInternal = (href: string): boolean => !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(href);

async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
  }));
}

function formatViolations(path: string, violations: Snapshot['violations']): string {
  return violations
    .map((v) => `${path} at ${v.width}px: ${v.id} (${v.impact ?? 'n/a'}) ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.replace(/\n/g, ' ')).join('\n')}`)
    .join('\n');
}

describe('the built site in a browser', () => {
  let tmp: string;
  let site: string;
  let launched: LaunchedBrowser;
  const snapshots = new Map<string, Promise<Snapshot>>();

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'seloste-site-'));
    site = join(tmp, 'site');
    const built = await exec('node', [BIN, 'build', 'notices', '-o', site, '--format', 'html,md,json'], { cwd: ROOT, maxBuffer: 1 << 24 });
    expect(built.stderr).toBe('');
    launched = await launchBrowser();
  });

  afterAll(async () => {
    await launched?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const url = (path: string): string => pathToFileURL(join(site, path)).href;

  /**
   * A fresh tab showing a page, in which every request for other than the allowed pages and the
   * site's own stylesheet and icon is recorded and refused.
   */
  async function openPage(path: string, allowed: readonly string[] = [path]): Promise<{ page: Page; requests: string[] }> {
    const page = await launched.browser.newPage();
    await page.setViewport(VIEWPORTS[0]!);
    const requests: string[] = [];
    const urls = new Set([...allowed, 'style.css', 'favicon.svg'].map(url));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (urls.has(request.url())) void request.continue();
      else {
        requests.push(request.url());
        void request.abort();
      }
    });
    await page.goto(url(path), { waitUntil: 'load' });
    return { page, requests };
  }

  /** Load a page once: read what the tests check and run axe-core on it. */
  function snapshot(path: string): Promise<Snapshot> {
    let found = snapshots.get(path);
    if (!found) {
      found = (async () => {
        const { page, requests } = await openPage(path);
        try {
          const data = await page.evaluate(() => {
            const text = (el: Element | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
            let purposes: { purpose: string; basis: string }[] | null = null;
            const heading = document.getElementById('purposes');
            if (heading) {
              for (let el = heading.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) {
                if (el.tagName !== 'TABLE') continue;
                purposes = [...el.querySelectorAll('tbody tr')].map((tr) => ({ purpose: text(tr.children[0]), basis: text(tr.children[1]) }));
                break;
              }
            }
            const nav = document.querySelector('nav.languages');
            return {
              lang: document.documentElement.lang,
              ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
              links: [...document.querySelectorAll('a[href], link[rel~="alternate"][href]')].map((el) => ({ tag: el.localName, href: el.getAttribute('href')! })),
              alternates: [...document.querySelectorAll('head link[rel~="alternate"][hreflang]')].map((el) => ({
                hreflang: el.getAttribute('hreflang')!,
                href: el.getAttribute('href')!,
              })),
              jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((el) => el.textContent ?? ''),
              switcher: nav
                ? {
                    label: nav.getAttribute('aria-label'),
                    links: [...nav.querySelectorAll('a')].map((a) => ({
                      href: a.getAttribute('href')!,
                      hreflang: a.getAttribute('hreflang') ?? '',
                      lang: a.getAttribute('lang') ?? '',
                      current: a.getAttribute('aria-current'),
                    })),
                  }
                : null,
              purposes,
            };
          });
          await page.addScriptTag({ content: AXE_SOURCE });
          const violations: Snapshot['violations'] = [];
          const scrollWidths: Snapshot['scrollWidths'] = [];
          for (const viewport of VIEWPORTS) {
            await page.setViewport(viewport);
            scrollWidths.push({ width: viewport.width, scrollWidth: await page.evaluate(() => document.documentElement.scrollWidth) });
            violations.push(...(await axeViolations(page)).map((v) => ({ ...v, width: viewport.width })));
          }
          return { path, ...data, requests, violations, scrollWidths };
        } finally {
          await page.close();
        }
      })();
      snapshots.set(path, found);
    }
    return found;
  }

  const noticePages = (): string[] => htmlFiles(site).filter((p) => /^[a-z]{2}\/(?!index\.html$)[^/]+\.html$/.test(p));

  it('builds the pages the layout promises', () => {
    const pages = htmlFiles(site);
    expect(pages).toContain('index.html');
    for (const lang of LANGUAGES) expect(pages).toContain(`${lang}/index.html`);
    expect(noticePages().length).toBeGreaterThanOrEqual(LANGUAGES.length * 5);
  });

  it('names the controller in each language where it has a name of its own, with its legal name beside it', () => {
    const index = (lang: string): string => readFileSync(join(site, lang, 'index.html'), 'utf8');
    expect(index('fi')).toMatch(/<td[^>]*>Kuusikosken kunta<\/td>/);
    expect(index('sv')).toMatch(/<td[^>]*>Kuusikoski kommun<\/td>/);
    expect(index('en')).toMatch(/<td[^>]*>Municipality of Kuusikoski<\/td>/);
    const sv = readFileSync(join(site, 'sv', 'kuusikoski-varhaiskasvatus.html'), 'utf8');
    expect(sv).toContain('<strong>Kuusikoski kommun</strong> (Kuusikosken kunta)');
    const fi = readFileSync(join(site, 'fi', 'kuusikoski-varhaiskasvatus.html'), 'utf8');
    expect(fi).toContain('<strong>Kuusikosken kunta</strong></li>');
    expect(fi).not.toContain('Kuusikoski kommun');
  });

  it.each(['.', ...LANGUAGES])('has no WCAG 2.1 AA violations on any page in %s/ (axe-core)', async (folder) => {
    const pages = htmlFiles(site).filter((p) => posix.dirname(p) === folder);
    expect(pages.length).toBeGreaterThan(0);
    await eachLimited(pages, CONCURRENCY, snapshot);
    const report: string[] = [];
    for (const path of pages) {
      const { violations } = await snapshot(path);
      if (violations.length) report.push(formatViolations(path, violations));
    }
    expect(report, report.join('\n')).toEqual([]);
  });

  it('reflows to every viewport width without scrolling sideways', async () => {
    const wide: string[] = [];
    for (const path of htmlFiles(site)) {
      for (const { width, scrollWidth } of (await snapshot(path)).scrollWidths) if (scrollWidth > width) wide.push(`${path}: ${scrollWidth}px wide at ${width}px`);
    }
    expect(wide).toEqual([]);
  });

  it('resolves every internal link, and reaches every page from the front page', async () => {
    const broken: string[] = [];
    const seen = new Set<string>(['index.html']);
    const queue = ['index.html'];
    const fragments: { from: string; path: string; fragment: string }[] = [];
    while (queue.length) {
      const from = queue.shift()!;
      const { links } = await snapshot(from);
      for (const { tag, href } of links) {
        if (!isInternal(href)) continue;
        if (href.startsWith('/')) {
          broken.push(`${from}: <${tag} href="${href}"> is not relative, so breaks when the site is not at the root`);
          continue;
        }
        const { path, fragment } = resolveLink(from, href);
        if (path.startsWith('../') || path === '..') {
          broken.push(`${from}: <${tag} href="${href}"> leaves the site`);
          continue;
        }
        if (!existsSync(join(site, path)) || statSync(join(site, path)).isDirectory()) {
          broken.push(`${from}: <${tag} href="${href}"> → ${path} does not exist`);
          continue;
        }
        if (fragment) fragments.push({ from, path, fragment });
        if (path.endsWith('.html') && !seen.has(path)) {
          seen.add(path);
          queue.push(path);
        }
      }
    }
    for (const { from, path, fragment } of fragments) {
      if (!path.endsWith('.html')) broken.push(`${from}: #${fragment} points into ${path}, which is not a page`);
      else if (!(await snapshot(path)).ids.includes(fragment)) broken.push(`${from}: ${path}#${fragment} has no element with that id`);
    }
    expect(broken).toEqual([]);
    expect([...seen].sort()).toEqual(htmlFiles(site));
  });

  it('switches language to the same register, marking the current language', async () => {
    for (const path of htmlFiles(site).filter((p) => p.includes('/'))) {
      const page = await snapshot(path);
      const [folder, file] = path.split('/') as [string, string];
      expect(page.switcher, path).not.toBeNull();
      const { label, links } = page.switcher!;
      expect(label?.trim(), path).toBeTruthy();
      expect(links.map((l) => l.hreflang), path).toEqual(LANGUAGES);
      expect(links.map((l) => l.lang), path).toEqual(LANGUAGES);
      expect(links.filter((l) => l.current !== null).map((l) => [l.hreflang, l.current]), path).toEqual([[folder, 'page']]);
      const ownId = file === 'index.html' ? undefined : (JSON.parse(page.jsonLd[0] ?? '{}') as { '@id'?: string })['@id'];
      for (const link of links) {
        const target = resolveLink(path, link.href).path;
        expect(target, `${path} → ${link.href}`).toBe(`${link.hreflang}/${file}`);
        const other = await snapshot(target);
        expect(other.lang, target).toBe(link.hreflang);
        if (ownId !== undefined) {
          const otherId = (JSON.parse(other.jsonLd[0] ?? '{}') as { '@id'?: string })['@id'];
          expect(posix.basename(otherId ?? ''), target).toBe(posix.basename(ownId));
          expect(posix.basename(ownId), path).toBe(file);
        }
      }
    }
  });

  it('reaches the skip link and then the language switcher with the keyboard, and switches with Enter', async () => {
    for (const path of ['en/index.html', noticePages()[0]!]) {
      const switcher = (await snapshot(path)).switcher!.links;
      const { page } = await openPage(path, [path, ...switcher.map((l) => resolveLink(path, l.href).path)]);
      try {
        const focused = (): Promise<{ cls: string; href: string | null; inSwitcher: boolean; visible: boolean }> =>
          page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            const box = el?.getBoundingClientRect();
            const outline = el ? getComputedStyle(el) : undefined;
            return {
              cls: el?.className ?? '',
              href: el?.getAttribute('href') ?? null,
              inSwitcher: !!el?.closest('nav.languages'),
              // On screen, with a focus ring.
              visible: !!box && box.width > 0 && box.right > 0 && box.bottom > 0 && outline?.outlineStyle !== 'none' && outline?.outlineWidth !== '0px',
            };
          });
        await page.keyboard.press('Tab');
        const skip = await focused();
        expect(skip.cls, path).toBe('skip');
        expect(skip.href, path).toBe('#main');
        expect(skip.visible, `${path}: the focused skip link is on screen`).toBe(true);
        const expected = switcher.map((l) => l.href);
        const reached: string[] = [];
        for (let presses = 0; presses < 6 && reached.length < expected.length; presses++) {
          await page.keyboard.press('Tab');
          const now = await focused();
          if (now.inSwitcher) {
            expect(now.visible, path).toBe(true);
            reached.push(now.href ?? '');
          } else expect(reached, `${path}: the switcher links follow each other`).toEqual([]);
        }
        expect(reached, path).toEqual(expected);
        // Back to the first other language, and follow it.
        const other = switcher.findIndex((l) => l.current === null);
        await page.keyboard.down('Shift');
        for (let i = switcher.length - 1; i > other; i--) await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
        expect((await focused()).href, path).toBe(switcher[other]!.href);
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
        expect(page.url(), path).toBe(url(resolveLink(path, switcher[other]!.href).path));
        expect(await page.evaluate(() => document.documentElement.lang), path).toBe(switcher[other]!.hreflang);
      } finally {
        await page.close();
      }
    }
  });

  it('has JSON-LD naming the same purposes and legal bases as the page', async () => {
    for (const path of noticePages()) {
      const lang = path.split('/')[0]!;
      const t = phrases[lang]!;
      const page = await snapshot(path);
      expect(page.jsonLd, path).toHaveLength(1);
      const data = JSON.parse(page.jsonLd[0]!) as {
        'dpv:hasPurpose': { 'dct:description': { '@value': string; '@language': string }; 'dpv:hasLegalBasis'?: { '@id': string }[] }[];
      };
      const table = page.purposes;
      expect(table, `${path}: a purposes table`).not.toBeNull();
      const purposes = data['dpv:hasPurpose'];
      expect(purposes.map((p) => p['dct:description']['@value']), path).toEqual(table!.map((row) => row.purpose));
      purposes.forEach((p, i) => {
        expect(p['dct:description']['@language'], path).toBe(lang);
        const cell = table![i]!.basis;
        const terms = (p['dpv:hasLegalBasis'] ?? []).map((b) => b['@id']).sort();
        if (!terms.length) {
          expect(cell, `${path}: purpose ${i + 1} has no basis`).toBe('');
          return;
        }
        const basis = (Object.keys(BASIS_TERMS) as LegalBasis[]).find((b) => [...BASIS_TERMS[b]].sort().join() === terms.join());
        expect(basis, `${path}: purpose ${i + 1} legal basis ${terms.join()}`).toBeDefined();
        expect(cell.startsWith(`${t.bases[basis!].name} (${t.bases[basis!].article})`), `${path}: purpose ${i + 1}: "${cell}" names ${t.bases[basis!].name}`).toBe(true);
      });
    }
  });

  it('points hreflang alternates at existing pages, and sets each page language by its folder', async () => {
    for (const path of htmlFiles(site)) {
      const page = await snapshot(path);
      const folder = path.includes('/') ? path.split('/')[0]! : LANGUAGES[0]!;
      expect(page.lang, path).toBe(folder);
      if (path === 'index.html') continue;
      // Every language, then x-default: the first language's version.
      expect(page.alternates.map((a) => a.hreflang), path).toEqual([...LANGUAGES, 'x-default']);
      for (const alternate of page.alternates) {
        const target = resolveLink(path, alternate.href).path;
        expect(existsSync(join(site, target)), `${path}: hreflang=${alternate.hreflang} → ${target}`).toBe(true);
        expect((await snapshot(target)).lang, target).toBe(alternate.hreflang === 'x-default' ? LANGUAGES[0] : alternate.hreflang);
      }
    }
  });

  it('hides the switcher and the downloads in print, keeping the content', async () => {
    const { page } = await openPage(noticePages()[0]!);
    try {
      await page.emulateMediaType('print');
      const shown = await page.evaluate(() => {
        const display = (selector: string): string | null => {
          const el = document.querySelector(selector);
          return el ? getComputedStyle(el).display : null;
        };
        const main = document.querySelector('main')!;
        return {
          switcher: display('nav.languages'),
          downloads: display('.downloads'),
          skip: display('.skip'),
          header: display('header.site'),
          main: display('main'),
          mainHeight: main.getBoundingClientRect().height,
          h1: display('main h1'),
          table: display('main table'),
        };
      });
      expect(shown).toMatchObject({ switcher: 'none', downloads: 'none', skip: 'none', header: 'none', main: 'block', h1: 'block', table: 'table' });
      expect(shown.mainHeight).toBeGreaterThan(0);
      await page.emulateMediaType('screen');
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('nav.languages')!).display)).not.toBe('none');
    } finally {
      await page.close();
    }
  });

  it('makes no network request from any page', async () => {
    const made: string[] = [];
    for (const path of htmlFiles(site)) made.push(...(await snapshot(path)).requests.map((r) => `${path}: ${r}`));
    expect(made).toEqual([]);
  });
});
