#!/usr/bin/env node
/**
 * How fast the page of `seloste edit` answers a keystroke, in a real Chromium, on a project of 1 000
 * registers: from the key that empties a register's name (which makes a finding) to the finding shown
 * at its field, and to the preview loaded again; then from the key that writes the name back to the
 * finding gone. Median of 10 of each, after one warm-up. Step 3c of `bench/run.js`, or on its own:
 *
 *   node bench/edit-keystroke.js [N]      (after `npm run compile`; N registers, default 1000)
 *
 * Prints a table; writes only into a temporary folder, removed at the end.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateRegisters } from './generate.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lib = (path) => import(pathToFileURL(join(ROOT, 'lib', path)).href);
const N = Number(process.argv[2] ?? 1000);
const RUNS = 10;
const TOKEN = 'bench-token-0123456789abcdefghijklmnop';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** In the page: the time of the next key, of the first finding at a field after it, of its going, and of the preview's next load. */
function watch() {
  const marks = (window.__marks = {});
  document.addEventListener('keydown', () => Object.assign(marks, { key: performance.now(), shown: 0, gone: 0, preview: 0 }), true);
  const findings = () => document.querySelectorAll('.form .finding').length;
  new MutationObserver(() => {
    if (!marks.key) return;
    if (!marks.shown && findings() > 0) marks.shown = performance.now();
    if (!marks.gone && findings() === 0) marks.gone = performance.now();
  }).observe(document, { subtree: true, childList: true });
  document.addEventListener('load', (event) => {
    if (marks.key && !marks.preview && event.target instanceof HTMLIFrameElement) marks.preview = performance.now();
  }, true);
}

/** Press a key and wait for what it should bring; the warm-up waits for the first check of the whole project. */
async function press(page, key, until, timeout) {
  await page.keyboard.press(key);
  await page.waitForFunction((what) => window.__marks[what] > 0, { timeout }, until);
  return page.evaluate(() => ({ ...window.__marks }));
}

async function measure(page, field) {
  const times = { shown: [], preview: [], gone: [] };
  for (let i = 0; i <= RUNS; i++) {
    const value = await page.$eval(field, (el) => el.value);
    await page.focus(field);
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    const timeout = i === 0 ? 60_000 : 10_000;
    const cleared = await press(page, 'Backspace', 'shown', timeout);
    await page.waitForFunction(() => window.__marks.preview > 0, { timeout });
    const previewed = await page.evaluate(() => window.__marks.preview);
    await page.$eval(field, (el, v) => { el.value = v.slice(0, -1); }, value);
    const restored = await press(page, value.at(-1), 'gone', timeout);
    if (i === 0) continue;
    times.shown.push(cleared.shown - cleared.key);
    times.preview.push(previewed - cleared.key);
    times.gone.push(restored.gone - restored.key);
  }
  return times;
}

/** The keystroke timings on the project in `dir` (its registers checked by an editor started here). */
export async function measureKeystrokes(dir) {
  const first = readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.endsWith('.org.yaml') && f !== 'seloste.config.yaml').sort()[0];
  const { startEditor } = await lib('edit/server/server.js');
  const { launchBrowser } = await lib('pdf/browser.js');
  const editor = await startEditor({ cwd: dir, paths: ['.'], port: 0, token: TOKEN, env: {}, log: () => undefined });
  let browser;
  try {
    // The first listing checks every register; the page's first check waits for it.
    await fetch(new URL('/api/project', editor.url), { headers: { 'X-Seloste-Token': TOKEN } });
    browser = await launchBrowser();
    const page = await browser.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(watch);
    await page.goto(`${editor.url}#/file/${first}`);
    await page.waitForSelector('main:not([aria-busy]) .form textarea', { timeout: 60_000 });
    return await measure(page, 'main .form textarea');
  } finally {
    await browser?.close();
    await editor.close();
  }
}

/** The rows of the benchmark's table: metric, value, target, met. */
export function keystrokeRows(times) {
  const value = (xs) => `${Math.round(median(xs))} ms (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))} ms)`;
  const met = (xs, limit) => (median(xs) <= limit ? 'yes' : '**no**');
  return [
    ['`seloste edit` page: keystroke to the new finding at its field (Chromium, median of 10)', value(times.shown), '≤ 200 ms', met(times.shown, 200)],
    ['`seloste edit` page: keystroke to the preview loaded again (median of 10)', value(times.preview), '≤ 500 ms', met(times.preview, 500)],
    ['`seloste edit` page: keystroke to the finding gone (median of 10)', value(times.gone), '≤ 200 ms', met(times.gone, 200)],
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = mkdtempSync(join(tmpdir(), 'seloste-bench-edit-keys-'));
  try {
    await generateRegisters(dir, N);
    const rows = keystrokeRows(await measureKeystrokes(dir));
    process.stdout.write(['| Metric | Value | Target | Met? |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
