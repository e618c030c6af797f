import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import remarkGfm from 'remark-gfm';
import { remark } from 'remark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../src/pdf/browser.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { ROOT, cli, tempProject } from './helpers.js';

const exec = promisify(execFile);

/** Strings that have broken other tools' output: script injection, protocol tricks, bidi and invisible characters. */
const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"></svg>',
  '"><script>window.__pwned=1</script>',
  "'; window.__pwned=1; //",
  '[klikkaa](javascript:window.__pwned=1)',
  '[data](data:text/html,<script>window.__pwned=1</script>)',
  '<a href="javascript:window.__pwned=1">x</a>',
  '<iframe src="http://127.0.0.1:9/"></iframe>',
  '![pixel](http://127.0.0.1:9/pixel.gif)',
  '<link rel=stylesheet href="http://127.0.0.1:9/x.css">',
  '<style>@import "http://127.0.0.1:9/y.css";</style>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '{{{body}}}',
  '</script><script>window.__pwned=1</script>',
  'Bidi \u202etxt.exe\u202c and \u2066isolate\u2069',
  'Zero\u200bwidth\u200cjoin\u200dand\ufeffBOM',
  'x'.repeat(10_000),
];

let browser: LaunchedBrowser;
let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  const purposes = HOSTILE.map((s, i) => `  - id: p${i}\n    description: {fi: ${JSON.stringify(s)}}\n    legal_basis: contract`).join('\n');
  ({ dir, cleanup } = tempProject({
    'seloste.config.yaml': 'languages: [fi]\n',
    'notices/hostile.yaml': `name: {fi: ${JSON.stringify(HOSTILE[0])}}\nupdated: 2026-01-15\ncontroller: {name: ${JSON.stringify(HOSTILE[1])}, email: a@b.example}\ndescription: {fi: ${JSON.stringify(HOSTILE.join('\n\n'))}}\npurposes:\n${purposes}\nrecipients:\n  - name: ${JSON.stringify(HOSTILE[3])}\n    category: {fi: ${JSON.stringify(HOSTILE[5])}}\n`,
  }));
  const r = await cli(['build', '--force'], dir);
  expect(r.code, r.stderr).toBe(0);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  cleanup?.();
});

describe('hostile author strings through every format', () => {
  it('the HTML runs no script and loads nothing remote in a real browser', async () => {
    const page = await browser.browser.newPage();
    const requests: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      requests.push(request.url());
      void request.continue();
    });
    const url = pathToFileURL(join(dir, 'dist', 'fi', 'hostile.html')).href;
    await page.goto(url, { waitUntil: 'load' });
    for (const link of await page.$$('a[href^="javascript:"], a[href^="data:"]')) expect(link).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Nothing in <main> may be active content, nor style of its own.
    expect(await page.$$eval('main script, main iframe, main img, main link, main object, main embed', (n) => n.length)).toBe(0);
    expect(await page.$$eval('main style, main [style]', (n) => n.length)).toBe(0);
    const own = new Set([url, ...['style.css', 'favicon.svg'].map((f) => pathToFileURL(join(dir, 'dist', f)).href)]);
    expect(requests.filter((r) => !own.has(r))).toEqual([]);
    await page.close();
  });

  it('the Markdown parses back to the same document', async () => {
    const md = readFileSync(join(dir, 'dist', 'fi', 'hostile.md'), 'utf8');
    const again = renderMarkdown(remark().use(remarkGfm).parse(md) as never);
    expect(again).toBe(md);
    const tree = remark().use(remarkGfm).parse(md);
    expect(JSON.stringify(tree)).not.toContain('"type":"html"');
    expect(md).toContain('x'.repeat(10_000));
    expect(md).toContain('\u202e');
  });

  it('the JSON twin holds the strings as they were written', () => {
    const json = JSON.parse(readFileSync(join(dir, 'dist', 'json', 'hostile.json'), 'utf8')) as { register: { purposes: { description: { fi: string } }[] } };
    expect(json.register.purposes.map((p) => p.description.fi)).toEqual(HOSTILE);
  });

  it('the PDF prints', async () => {
    const pdf = join(dir, 'dist', 'fi', 'hostile.pdf');
    expect(existsSync(pdf)).toBe(true);
    const { stdout } = await exec('pdfinfo', [pdf]);
    expect(Number(/Pages:\s+(\d+)/.exec(stdout)?.[1])).toBeGreaterThan(1);
    const text = (await exec('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 1 << 24 })).stdout;
    expect(text).toContain('window.__pwned');
  });
});

describe('long unbroken tokens', () => {
  it('a 100 KB token and a 5 000-character address print to PDF in seconds', async () => {
    // In a purpose, the token is also in the summary table, whose layout is where printing was slowest.
    const base = readFileSync(join(ROOT, 'notices', 'sulka-members.yaml'), 'utf8');
    const purpose = '      fi: Yhdistyslain mukaisen jäsenluettelon pitäminen';
    expect(base).toContain(purpose);
    const register = (id: string, fi: string): string => base.replace(purpose, `      fi: ${JSON.stringify(fi)}`).replace('id: sulka-members', `id: ${id}`);
    const { dir: project, cleanup: remove } = tempProject({
      'seloste.config.yaml': 'languages: [fi]\n',
      'notices/blob.yaml': register('blob', 'A'.repeat(102_400)),
      'notices/url.yaml': register('url', `https://a.example/${'x'.repeat(4900)}`),
    });
    try {
      const r = await cli(['build', '--format', 'pdf,html', '--force'], project);
      expect(r.code, r.stderr).toBe(0);
      for (const name of ['blob', 'url']) {
        const { stdout } = await exec('pdfinfo', [join(project, 'dist', 'fi', `${name}.pdf`)]);
        expect(Number(/Pages:\s+(\d+)/.exec(stdout)?.[1])).toBeGreaterThan(1);
      }
      const html = readFileSync(join(project, 'dist', 'fi', 'blob.html'), 'utf8');
      expect(html.replace(/<wbr>/g, '')).toContain('A'.repeat(102_400));
    } finally {
      remove();
    }
  }, 120_000);
});
