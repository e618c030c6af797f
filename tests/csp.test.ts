/**
 * The site under a strict Content-Security-Policy, in a real Chromium: the built site, served over
 * HTTP with `Content-Security-Policy: default-src 'self'` on every response, shows every page
 * (front page, indexes, notices in every language, an earlier version) without a violation, styled
 * and without a request elsewhere; the preview of `seloste serve` does too, and still reloads.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, relative, sep } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../src/pdf/browser.js';
import { startPreview } from '../src/serve/serve.js';
import { cli, ROOT, tempProject } from './helpers.js';

const CSP = "default-src 'self'";
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.md': 'text/markdown', '.xml': 'application/xml' };
/** Pages read at once (each in its own tab). */
const CONCURRENCY = 4;

let launched: LaunchedBrowser;
let project: { dir: string; cleanup: () => void };
let server: Server;
let origin: string;

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=test@example.org', '-c', 'user.name=Test', ...args], { cwd: dir, stdio: 'ignore' });
}

/** Two of the example registers in a git repository, one of them changed since: it has an earlier version. */
function exampleProject(): { dir: string; cleanup: () => void } {
  const p = tempProject({ 'seloste.config.yaml': readFileSync(join(ROOT, 'seloste.config.yaml'), 'utf8') });
  for (const name of ['lumo.org.yaml', 'lumo-customers.yaml', 'sulka-members.yaml']) cpSync(join(ROOT, 'notices', name), join(p.dir, 'notices', name));
  git(p.dir, 'init', '-q');
  git(p.dir, 'add', '.');
  git(p.dir, 'commit', '-qm', 'first');
  const file = join(p.dir, 'notices', 'sulka-members.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^updated: .*$/m, 'updated: 2026-11-20'));
  git(p.dir, 'commit', '-qam', 'second');
  return p;
}

/** A static server of a folder that sends the policy with every response. */
function serveStrictly(root: string): Promise<Server> {
  const s = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    let body: Buffer | undefined;
    try {
      if (path.startsWith(root + sep)) body = readFileSync(path);
    } catch {
      body = undefined;
    }
    res.writeHead(body ? 200 : 404, { 'content-security-policy': CSP, 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

interface Seen {
  /** `securitypolicyviolation` events and console errors about the policy. */
  violations: string[];
  /** Requests to anywhere but the site. */
  elsewhere: string[];
}

/** Watch a tab for policy violations and requests that leave `allowed` (an origin). */
async function watch(page: Page, allowed: string): Promise<Seen> {
  const seen: Seen = { violations: [], elsewhere: [] };
  await page.exposeFunction('__violation', (text: string) => void seen.violations.push(text));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { __violation: (t: string) => void }).__violation(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.violations.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(allowed)) seen.elsewhere.push(r.url());
  });
  return seen;
}

async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
  }));
}

beforeAll(async () => {
  project = exampleProject();
  const r = await cli(['build', 'notices', '-o', 'site', '--format', 'html'], project.dir);
  expect(r.code, r.stderr).toBe(0);
  server = await serveStrictly(join(project.dir, 'site'));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  launched = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await launched?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  project?.cleanup();
});

describe('a strict Content-Security-Policy', () => {
  it('is met by every page of the built site, which stays styled and asks nothing of other sites', async () => {
    const pages = htmlFiles(join(project.dir, 'site'));
    for (const lang of ['fi', 'en', 'sv']) {
      expect(pages).toContain(`${lang}/index.html`);
      expect(pages).toContain(`${lang}/sulka-members.html`);
      expect(pages).toContain(`${lang}/history/sulka-members/2026-06-15.html`);
    }
    const report: string[] = [];
    await eachLimited(pages, CONCURRENCY, async (path) => {
      const page = await launched.browser.newPage();
      try {
        const seen = await watch(page, origin);
        const response = await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
        expect(response?.headers()['content-security-policy'], path).toBe(CSP);
        const styled = await page.evaluate(() => ({
          skip: getComputedStyle(document.querySelector('.skip')!).position,
          box: document.querySelector('.flow rect') ? getComputedStyle(document.querySelector('.flow rect')!).fill : 'none',
        }));
        for (const v of seen.violations) report.push(`${path}: ${v}`);
        if (styled.skip !== 'absolute') report.push(`${path}: the stylesheet does not apply`);
        if (styled.box === 'rgb(0, 0, 0)') report.push(`${path}: the data-flow picture is drawn without its colours`);
        for (const url of seen.elsewhere) report.push(`${path}: requested ${url}`);
      } finally {
        await page.close();
      }
    });
    expect(report).toEqual([]);
  });

  it('is met by the preview, whose page still reloads on a change', async () => {
    const preview = await startPreview({ cwd: project.dir, paths: ['notices'], port: 0, formats: ['html'], log: () => undefined });
    const page = await launched.browser.newPage();
    try {
      const seen = await watch(page, preview.url);
      // The preview sends no policy of its own: the test adds it to every page.
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.resourceType() !== 'document') return void request.continue();
        void fetch(request.url()).then(async (r) =>
          request.respond({ status: r.status, headers: { 'content-type': r.headers.get('content-type') ?? '', 'content-security-policy': CSP }, body: Buffer.from(await r.arrayBuffer()) }),
        );
      });
      const connected = page.waitForResponse((r) => r.url().endsWith('/__seloste/events'), { timeout: 10_000 });
      await page.goto(`${preview.url}fi/lumo-customers.html`, { waitUntil: 'load' });
      expect(seen.violations).toEqual([]);
      await connected;
      const file = join(project.dir, 'notices', 'lumo-customers.yaml');
      const reloaded = page.waitForNavigation({ waitUntil: 'load', timeout: 15_000 });
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^updated: .*$/m, 'updated: 2026-11-21'));
      await reloaded;
      expect(await page.content()).toContain('21.11.2026');
      expect(seen.violations).toEqual([]);
      expect(seen.elsewhere).toEqual([]);
    } finally {
      await page.close();
      await preview.close();
    }
  }, 30_000);
});
