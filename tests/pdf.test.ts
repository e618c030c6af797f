import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_MARGINS_MM } from '../src/pdf/printer.js';
import { decode, ROOT, tempProject } from './helpers.js';

const exec = promisify(execFile);
const BIN = join(ROOT, 'bin', 'seloste.js');
/** Two registers that need no organisation file: six PDFs, enough to stop a build between two of them. */
const TWO_REGISTERS = ['notices/sulka-members.yaml', 'notices/kuusikoski-early-education.yaml'];

function run(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  return exec('node', [BIN, ...args], { cwd, env, maxBuffer: 1 << 24 }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

async function pdfText(file: string): Promise<string> {
  return (await exec('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 1 << 24 })).stdout;
}

/** The text of the pages without their running header (title, date) and footer (page number). */
function pageBodies(text: string, title: string): string {
  return text
    .split('\f')
    .map((page) => {
      const lines = page.split('\n');
      // The header is the title and the date, once each, at the top of every page.
      let header = 2;
      while (lines.length && header > 0 && (lines[0]!.trim() === '' || lines[0]!.trim() === title || /^(Päivitetty|Updated|Uppdaterad) [\d. a-zåäö]+$/i.test(lines[0]!.trim()))) {
        if (lines[0]!.trim() !== '') header--;
        lines.shift();
      }
      while (lines.length && (lines[lines.length - 1]!.trim() === '' || /^(Sivu \d+ \/ \d+|Page \d+ of \d+|Sida \d+ av \d+)$/.test(lines[lines.length - 1]!.trim()))) lines.pop();
      return lines.join('\n');
    })
    .join('\n');
}

async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await exec('pdfinfo', [file]);
  return Object.fromEntries(stdout.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/** Text of the HTML elements that carry facts (headings, paragraphs, list items, cells), without the picture. */
function htmlFacts(html: string): { headings: string[]; facts: string[]; cells: string[] } {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<figure[\s\S]*?<\/figure>/g, '').replace(/<section class="downloads"[\s\S]*?<\/section>/g, '');
  const text = (s: string): string => decode(s.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
  const headings = [...main.matchAll(/<h[1-3][^>]*>([\s\S]*?)<\/h[1-3]>/g)].map((m) => text(m[1]!));
  const facts = [...main.matchAll(/<(p|li)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => text(m[2]!)).filter(Boolean);
  // Table cells print side by side, so their lines interleave in the extracted text: check their words.
  const cells = [...main.matchAll(/<(td|th)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => text(m[2]!)).filter(Boolean);
  return { headings, facts, cells };
}

const MM = 72 / 25.4;

/**
 * For each page of a PDF, how far down its text reaches: 0 at the top margin, 1 at the bottom
 * margin (the running header and footer, in the margins, are left out).
 */
async function pageFills(file: string): Promise<number[]> {
  const { stdout } = await exec('pdftotext', ['-bbox', file, '-'], { maxBuffer: 1 << 24 });
  return stdout.split('<page ').slice(1).map((page) => {
    const height = Number(/height="([\d.]+)"/.exec(page)![1]);
    const top = PAGE_MARGINS_MM.top * MM;
    const bottom = height - PAGE_MARGINS_MM.bottom * MM;
    const ends = [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const body = ends.filter(([yMin, yMax]) => yMin >= top && yMax <= bottom).map(([, yMax]) => yMax);
    return body.length ? (Math.max(...body) - top) / (bottom - top) : 0;
  });
}

// pdftotext joins a word broken at a hyphen at the end of a line, so hyphens are left out on both sides.
const squash = (s: string): string => s.replace(/[\s\u00ad-]+/g, '');

describe('PDF notices (real Chromium)', () => {
  let out: string;

  /** What the build wrote to its terminal's error stream: only its progress. */
  let err = '';

  // Built as on a terminal, so that the progress it shows there is seen too.
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'seloste-pdf-'));
    const { run: cli } = await import('../src/cli.js');
    const code = await cli(['build', 'notices', '-o', join(out, 'site'), '--format', 'html,pdf'], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (err += s) },
      cwd: ROOT,
      env: process.env,
      isTTY: true,
    });
    expect(code).toBe(0);
  }, 120_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('prints every notice in every language, with every heading and fact of its HTML', async () => {
    let checked = 0;
    for (const lang of ['fi', 'en', 'sv']) {
      for (const name of readdirSync(join(out, 'site', lang)).filter((f) => f.endsWith('.pdf'))) {
        const file = join(out, 'site', lang, name);
        const pdf = squash(pageBodies(await pdfText(file), (await pdfInfo(file))['Title']!));
        const { headings, facts, cells } = htmlFacts(readFileSync(join(out, 'site', lang, name.replace(/\.pdf$/, '.html')), 'utf8'));
        for (const h of headings) expect(pdf, `${lang}/${name}: heading ${h}`).toContain(squash(h));
        for (const f of facts) expect(pdf, `${lang}/${name}: ${f}`).toContain(squash(f));
        for (const c of cells) for (const word of c.split(/[^\p{L}\p{N}@]+/u).filter((w) => w.length > 1)) expect(pdf, `${lang}/${name}: ${c}`).toContain(squash(word));
        checked++;
      }
    }
    expect(checked).toBe(15);
  });

  it('prints compactly: at least 2300 characters a page, and no page but the last less than half full', async () => {
    const loose: string[] = [];
    for (const lang of ['fi', 'en', 'sv']) {
      for (const name of readdirSync(join(out, 'site', lang)).filter((f) => f.endsWith('.pdf'))) {
        const file = join(out, 'site', lang, name);
        const fills = await pageFills(file);
        const characters = (await pdfText(file)).replace(/\s+/g, '').length;
        if (characters / fills.length < 2300) loose.push(`${lang}/${name}: ${Math.round(characters / fills.length)} characters a page on ${fills.length} pages`);
        fills.slice(0, -1).forEach((fill, i) => fill < 0.5 && loose.push(`${lang}/${name}: page ${i + 1} is ${Math.round(fill * 100)}% full`));
      }
    }
    expect(loose).toEqual([]);
  });

  it('shows a progress bar on a terminal while PDFs print, and nothing else there', () => {
    expect(err).toMatch(/^\rPDF \[-+\] 0\/15|^\rPDF \[#*-*\] 1\/15/);
    expect(err).toMatch(/\rPDF \[#*-*\] 1\/15/);
    expect(err.endsWith('\rPDF [##############################] 15/15\n')).toBe(true);
    expect(err.split('\r').filter(Boolean).every((s) => /^PDF \[[#-]{30}\] \d+\/15\n?$/.test(s)), err).toBe(true);
  });

  it('has A4 pages, a title, an author, tags, bookmarks and the language', async () => {
    const file = join(out, 'site', 'fi', 'lumo-customers.pdf');
    const info = await pdfInfo(file);
    expect(info['Title']).toBe('Tietosuojaseloste: Verkkokaupan asiakasrekisteri');
    expect(info['Author']).toBe('Lumo Kahvi Oy');
    expect(info['Tagged']).toBe('yes');
    expect(info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(info['Pages'])).toBeGreaterThan(3);
    const raw = readFileSync(file, 'latin1');
    expect(raw).toContain('/Lang (fi)');
    expect(raw).toContain('/Type /Outlines');
    const text = await pdfText(file);
    expect(text).toMatch(new RegExp(`Sivu 1 / ${info['Pages']}`));
    const en = await pdfText(join(out, 'site', 'en', 'lumo-customers.pdf'));
    expect(en).toMatch(/Page 1 of \d+/);
  });

  it('without a browser, says how to install one, exits 2 and builds the other formats', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-nobrowser-'));
    try {
      const r = await run(['build', 'notices/lumo-customers.yaml', '-o', join(dir, 'site')], ROOT, { ...process.env, PUPPETEER_EXECUTABLE_PATH: join(dir, 'no-such-browser') });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('No Chromium or Chrome found to print PDFs');
      expect(r.stderr).toContain('apt-get install chromium');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(dir, 'site', 'fi', 'lumo-customers.html'))).toBe(true);
      expect(existsSync(join(dir, 'site', 'fi', 'lumo-customers.pdf'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('browser profiles', () => {
  it('a profile folder left by a build that was killed is removed when the next browser starts', async () => {
    const { launchBrowser } = await import('../src/pdf/browser.js');
    // No process has this id (above any pid_max); a folder of a live process stays.
    const stale = join(tmpdir(), 'seloste-chromium-999999999-left');
    const recent = join(tmpdir(), 'seloste-chromium-999999998-recent');
    const live = join(tmpdir(), `seloste-chromium-${process.pid}-inuse`);
    for (const dir of [stale, recent, live]) mkdirSync(dir, { recursive: true });
    // Untouched for an hour: a killed build's. One touched a moment ago may be in use elsewhere.
    const hourAgo = new Date(Date.now() - 3600_000);
    for (const dir of [stale, live]) utimesSync(dir, hourAgo, hourAgo);
    try {
      const launched = await launchBrowser();
      const own = readdirSync(tmpdir()).filter((n) => n.startsWith(`seloste-chromium-${process.pid}-`) && n !== `seloste-chromium-${process.pid}-inuse`);
      await launched.close();
      expect(existsSync(stale)).toBe(false);
      expect(existsSync(recent)).toBe(true);
      expect(existsSync(live)).toBe(true);
      // Its own profile folder is named after this process, and removed when it closes.
      expect(own).toHaveLength(1);
      expect(existsSync(join(tmpdir(), own[0]!))).toBe(false);
    } finally {
      for (const dir of [stale, recent, live]) rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('browser temporary folders', () => {
  /** A PDF build in its own process whose temporary folder is `tmp`, and how it ended. */
  function pdfBuild(dir: string, tmp: string, registers = TWO_REGISTERS, more: string[] = []): { child: ReturnType<typeof spawn>; exit: Promise<number | string> } {
    const child = spawn('node', [BIN, 'build', ...registers.map((f) => join(ROOT, f)), '-o', join(dir, 'site'), '--format', 'pdf', ...more], { cwd: dir, env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' });
    return { child, exit: new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1))) };
  }

  async function untilPrinting(tmp: string, ms: number): Promise<void> {
    const start = Date.now();
    while (!readdirSync(tmp).some((n) => n.startsWith('seloste-chromium-'))) {
      if (Date.now() - start > ms) throw new Error(`no browser within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Until the build in `dir` has written its first PDF into its staging folder: it is printing. */
  async function untilFirstPdf(dir: string, ms: number): Promise<void> {
    const start = Date.now();
    const printed = (): boolean =>
      readdirSync(dir)
        .filter((n) => n.startsWith('.site.staging-'))
        .some((n) => readdirSync(join(dir, n), { recursive: true }).some((f) => String(f).endsWith('.pdf')));
    while (!printed()) {
      if (Date.now() - start > ms) throw new Error(`no PDF within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  // A short TMPDIR, where Chromium's own temporary folders can be moved into Seloste's, and one too
  // long for that (Chromium's socket path would not fit), where the one it makes is removed by name.
  const tmpdirs = {
    short: (): string => mkdtempSync(join(tmpdir(), 'sp-')),
    long: (): string => mkdtempSync(join(mkdtempSync(join(tmpdir(), 'seloste-pdftmp-')), 'longer-')),
  };

  for (const [kind, make] of Object.entries(tmpdirs)) {
    it(`none is left when a PDF build is interrupted while printing, or when it ends (${kind} TMPDIR)`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'seloste-pdfout-'));
      const made: string[] = [];
      try {
        // Interrupted once the first of its 6 PDFs is written: the others are still printing.
        for (const [signal, code, after] of [['SIGINT', 130, 0], ['SIGTERM', 143, 200]] as const) {
          const tmp = make();
          made.push(tmp);
          const build = pdfBuild(dir, tmp);
          await untilPrinting(tmp, 30_000);
          await untilFirstPdf(dir, 30_000);
          await new Promise((r) => setTimeout(r, after));
          build.child.kill(signal);
          expect(await build.exit, `${signal} after ${after} ms`).toBe(code);
          expect(readdirSync(tmp), `${signal} after ${after} ms`).toEqual([]);
        }
        // A build that ends: one PDF is enough to have started the browser and printed.
        const tmp = make();
        made.push(tmp);
        expect(await pdfBuild(dir, tmp, TWO_REGISTERS.slice(0, 1), ['--lang', 'fi']).exit).toBe(0);
        expect(readdirSync(tmp)).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        for (const tmp of made) rmSync(kind === 'long' ? join(tmp, '..') : tmp, { recursive: true, force: true });
      }
    }, 240_000);
  }
});

describe('printing is offline', () => {
  let server: Server;
  let hits: string[];
  let port: number;

  beforeAll(async () => {
    hits = [];
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('body { color: red }');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('a notice that references a remote image or stylesheet makes no request', async () => {
    const remote = `http://127.0.0.1:${port}`;
    const template = readFileSync(join(ROOT, 'templates', 'notice.hbs'), 'utf8').replace(
      '</head>',
      `<link rel="stylesheet" href="${remote}/style.css">\n<style>@import url("${remote}/import.css"); body { background: url("${remote}/bg.png") }</style>\n</head>`,
    ).replace('<main id="main">', `<main id="main">\n<img src="${remote}/logo.png" alt="">`);
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': 'languages: [fi]\ntemplates: theme\n',
      'theme/notice.hbs': template,
      'r.yaml': [
        'name: {fi: Rekisteri}',
        'updated: 2026-01-15',
        `description: {fi: "![kuva](${remote}/author.png) ja [linkki](${remote}/link)"}`,
        '',
      ].join('\n'),
    });
    try {
      const r = await run(['build', 'r.yaml', '-o', 'site', '--format', 'pdf', '--force'], dir);
      expect(r.code).toBe(0);
      expect(existsSync(join(dir, 'site', 'fi', 'r.pdf'))).toBe(true);
      expect(hits).toEqual([]);
    } finally {
      cleanup();
    }
  });
});
