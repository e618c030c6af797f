import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../src/pdf/browser.js';
import { cli, tempProject } from './helpers.js';

const REGISTER = 'name: {fi: Rekisteri, en: Register}\nupdated: 2026-01-15\n';
const OTHER = 'name: {fi: Toinen, en: Other}\nupdated: 2025-11-30\n';
const BASE = 'https://example.org/tietosuoja';

const XHTML = 'http://www.w3.org/1999/xhtml';

interface Url {
  loc: string;
  lastmod: string | null;
  alternates: [string, string][];
}

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The sitemap as an XML parser reads it (namespaces included), or the parser's error. */
async function parseSitemap(xml: string): Promise<{ error: string | null; root: string; urls: Url[] }> {
  const page = await browser.browser.newPage();
  try {
    return await page.evaluate(
      (text, xhtml) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const error = doc.querySelector('parsererror')?.textContent ?? null;
        const root = `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`;
        const ns = doc.documentElement.namespaceURI;
        const urls = [...doc.getElementsByTagNameNS(ns, 'url')].map((url) => ({
          loc: url.getElementsByTagNameNS(ns, 'loc')[0]?.textContent ?? '',
          lastmod: url.getElementsByTagNameNS(ns, 'lastmod')[0]?.textContent ?? null,
          alternates: [...url.getElementsByTagNameNS(xhtml, 'link')]
            .filter((l) => l.getAttribute('rel') === 'alternate')
            .map((l) => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? ''] as [string, string]),
        }));
        return { error, root, urls };
      },
      xml,
      XHTML,
    );
  } finally {
    await page.close();
  }
}

describe('--base-url', () => {
  it('adds canonical links and absolute hreflang alternates, x-default the first language; without it links stay relative', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi, en]\n', 'notices/r.yaml': REGISTER });
    try {
      const r = await cli(['build', '--format', 'html', '--force', '--base-url', BASE], dir);
      expect(r.code, r.stderr).toBe(0);
      const page = readFileSync(join(dir, 'dist', 'en', 'r.html'), 'utf8');
      expect(page).toContain(`<link rel="canonical" href="${BASE}/en/r.html">`);
      expect(page.match(/<link rel="alternate" hreflang[^>]*>/g)).toEqual([
        `<link rel="alternate" hreflang="fi" href="${BASE}/fi/r.html">`,
        `<link rel="alternate" hreflang="en" href="${BASE}/en/r.html">`,
        `<link rel="alternate" hreflang="x-default" href="${BASE}/fi/r.html">`,
      ]);
      const index = readFileSync(join(dir, 'dist', 'fi', 'index.html'), 'utf8');
      expect(index).toContain(`<link rel="alternate" hreflang="x-default" href="${BASE}/fi/index.html">`);
      const map = readFileSync(join(dir, 'dist', 'sitemap.xml'), 'utf8');
      expect(map.match(/<loc>[^<]+<\/loc>/g)).toEqual([
        `<loc>${BASE}/en/index.html</loc>`,
        `<loc>${BASE}/en/r.html</loc>`,
        `<loc>${BASE}/fi/index.html</loc>`,
        `<loc>${BASE}/fi/r.html</loc>`,
        `<loc>${BASE}/index.html</loc>`,
      ]);
      const plain = await cli(['build', '--format', 'html', '--force', '-o', 'plain'], dir);
      expect(plain.code).toBe(0);
      expect(existsSync(join(dir, 'plain', 'sitemap.xml'))).toBe(false);
      const relative = readFileSync(join(dir, 'plain', 'en', 'r.html'), 'utf8');
      expect(relative).not.toContain('rel="canonical"');
      expect(relative.match(/<link rel="alternate" hreflang[^>]*>/g)).toEqual([
        '<link rel="alternate" hreflang="fi" href="../fi/r.html">',
        '<link rel="alternate" hreflang="en" href="r.html">',
        '<link rel="alternate" hreflang="x-default" href="../fi/r.html">',
      ]);
      const bad = await cli(['build', '--base-url', 'example.org'], dir);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--base-url must start with https:// or http://');
    } finally {
      cleanup();
    }
  });

  it('writes a valid sitemap with each page’s language versions and each notice’s updated date', async () => {
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': `languages: [fi, en, sv]\nbase_url: ${BASE}/\n`,
      'notices/r.yaml': REGISTER,
      'notices/other.yaml': OTHER,
    });
    try {
      const r = await cli(['build', '--format', 'html', '--force'], dir);
      expect(r.code, r.stderr).toBe(0);
      const { error, root, urls } = await parseSitemap(readFileSync(join(dir, 'dist', 'sitemap.xml'), 'utf8'));
      expect(error).toBeNull();
      expect(root).toBe('http://www.sitemaps.org/schemas/sitemap/0.9 urlset');
      const byLoc = new Map(urls.map((u) => [u.loc.slice(BASE.length + 1), u]));
      expect([...byLoc.keys()]).toEqual(['en/index.html', 'en/other.html', 'en/r.html', 'fi/index.html', 'fi/other.html', 'fi/r.html', 'index.html', 'sv/index.html', 'sv/other.html', 'sv/r.html']);
      const versions = (file: string): [string, string][] => [
        ['fi', `${BASE}/fi/${file}`],
        ['en', `${BASE}/en/${file}`],
        ['sv', `${BASE}/sv/${file}`],
        ['x-default', `${BASE}/fi/${file}`],
      ];
      for (const lang of ['fi', 'en', 'sv']) {
        expect(byLoc.get(`${lang}/r.html`), lang).toEqual({ loc: `${BASE}/${lang}/r.html`, lastmod: '2026-01-15', alternates: versions('r.html') });
        expect(byLoc.get(`${lang}/other.html`)?.lastmod, lang).toBe('2025-11-30');
        expect(byLoc.get(`${lang}/other.html`)?.alternates, lang).toEqual(versions('other.html'));
        expect(byLoc.get(`${lang}/index.html`)?.alternates, lang).toEqual(versions('index.html'));
      }
      expect(byLoc.get('index.html')).toEqual({ loc: `${BASE}/index.html`, lastmod: null, alternates: [] });
    } finally {
      cleanup();
    }
  });

  it('sees a sitemap that is not well-formed XML as such', async () => {
    expect((await parseSitemap('<urlset><url></urlset>')).error).not.toBeNull();
  });
});
