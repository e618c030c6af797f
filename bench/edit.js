/**
 * How fast `seloste edit` answers its page on a large project:
 *
 *   node bench/edit.js [DIR] [--runs N]    (after `npm run compile`; default: 1 000 generated registers, 20 runs)
 *
 * Spawns `node bin/seloste.js edit --port 0 --no-open` in the project and times, on the wall clock
 * of this process: start-up (spawn to the printed address), the first listing (`/api/project`,
 * which checks every register once), a later listing, and then, as the median of N requests after
 * one warm-up, `/api/check` of one register with edited data, `/api/check` of an organisation file
 * (with the registers that use it), and `/api/preview` of one register with edited data. The data
 * alternate between two versions so that no answer can come from a cache. Prints a Markdown table;
 * writes nothing but the generated registers, in a temporary folder removed at the end.
 * `measureEditor(dir, runs)` is what `bench/run.js` calls.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateRegisters } from './generate.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'seloste.js');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** The editor, started in `dir`; resolves with its address and token once it printed them. */
function startEditor(dir) {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'edit', '.', '--port', '0', '--no-open'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' } });
  let out = '';
  let err = '';
  return new Promise((resolvePromise, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /http:\/\/\S+\?token=[\w-]+/.exec(out)?.[0];
      if (url) resolvePromise({ child, url: new URL(url), startupMs: performance.now() - started, started });
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => reject(new Error(`seloste edit exited (${code}) before it printed its address: ${err}`)));
  });
}

async function measureEditor(dir, runs = 20) {
  const editor = await startEditor(dir);
  const origin = editor.url.origin;
  const token = editor.url.searchParams.get('token');
  const call = async (path, body) => {
    const t = performance.now();
    const init = body === undefined ? { headers: { 'x-seloste-token': token } } : { method: 'POST', headers: { 'x-seloste-token': token, origin, 'content-type': 'application/json' }, body: JSON.stringify(body) };
    const response = await fetch(`${origin}${path}`, init);
    const json = await response.json();
    if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
    return { ms: performance.now() - t, json };
  };
  const timed = async (make) => {
    await make(runs);
    const times = [];
    for (let i = 0; i < runs; i++) times.push((await make(i)).ms);
    return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
  };
  try {
    const first = await call('/api/project');
    const firstListingMs = performance.now() - editor.started;
    const registers = first.json.files.filter((f) => f.kind === 'register');
    const organisation = first.json.files.find((f) => f.kind === 'organisation' && f.usedBy.length > 1);
    const listing = await timed(() => call('/api/project'));
    const path = registers[0].path;
    const file = (await call(`/api/file?path=${encodeURIComponent(path)}`)).json;
    const edited = (i) => {
      const data = structuredClone(file.data);
      if (i % 2 === 0) data.name = Object.fromEntries(Object.entries(data.name).map(([lang, text]) => [lang, `${text} (${i})`]));
      return data;
    };
    const check = await timed((i) => call('/api/check', { path, data: edited(i) }));
    const org = organisation && (await call(`/api/file?path=${encodeURIComponent(organisation.path)}`)).json;
    const orgCheck =
      org &&
      (await timed((i) => {
        const data = structuredClone(org.data);
        if (i % 2 === 0) data.controller.email = `privacy-${i}@example.fi`;
        return call('/api/check', { path: organisation.path, data });
      }));
    const preview = await timed(async (i) => {
      const answer = await call('/api/preview', { path, data: edited(i), lang: first.json.languages[0] });
      const page = await fetch(`${origin}${answer.json.url}`);
      await page.text();
      return { ms: answer.ms };
    });
    return {
      registers: registers.length,
      organisation: organisation && { path: organisation.path, usedBy: organisation.usedBy.length },
      runs,
      startupMs: editor.startupMs,
      firstListingMs,
      listing,
      check,
      orgCheck,
      preview,
    };
  } finally {
    editor.child.kill();
  }
}

/** Rows of the table: metric, value, target, met. */
function editorRows(f) {
  const ms = (x) => `${x.toFixed(0)} ms`;
  const spread = (t) => `${ms(t.median)} (${ms(t.min)}–${ms(t.max)})`;
  return [
    [`\`seloste edit\` start-up, ${f.registers} registers (spawn to printed address)`, ms(f.startupMs), '—', '—'],
    ['`/api/project`, first listing (every register checked once; from spawn)', ms(f.firstListingMs), '—', '—'],
    [`\`/api/project\`, later listing (median of ${f.runs})`, spread(f.listing), '—', '—'],
    [`\`/api/check\` of one register with edited data (median of ${f.runs})`, spread(f.check), '≤ 200 ms', f.check.median <= 200 ? 'yes' : '**no**'],
    ...(f.orgCheck ? [[`\`/api/check\` of an organisation file used by ${f.organisation.usedBy} registers (median of ${f.runs})`, spread(f.orgCheck), '≤ 200 ms', f.orgCheck.median <= 200 ? 'yes' : '**no**']] : []),
    [`\`/api/preview\` of one register with edited data (median of ${f.runs})`, spread(f.preview), '≤ 500 ms', f.preview.median <= 500 ? 'yes' : '**no**'],
  ];
}

export { measureEditor, editorRows };

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt === -1 ? 20 : Number(args[runsAt + 1]);
  const given = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');
  const dir = given ? resolve(given) : await mkdtemp(join(tmpdir(), 'seloste-bench-edit-'));
  try {
    if (!given) await generateRegisters(dir, 1000);
    const figures = await measureEditor(dir, runs);
    const lines = ['| Metric | Value | Target | Met? |', '| --- | --- | --- | --- |', ...editorRows(figures).map((r) => `| ${r.join(' | ')} |`)];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    if (!given) await rm(dir, { recursive: true, force: true });
  }
}
