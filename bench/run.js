/**
 * Seloste benchmark: `npm run bench` (compiles, then runs this file).
 *
 *   node bench/run.js            check, md+html builds up to N=1000, unified baseline, PDF N=10 and 100
 *   node bench/run.js --quick    N up to 100 (a smoke run)
 *   node bench/run.js --full     also PDF N=1000 (takes several minutes more)
 *
 * Every figure comes from this one run; see bench/README.md for what each one measures.
 * Prints a Markdown table and writes bench/out/results.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { editorRows, measureEditor } from './edit.js';
import { keystrokeRows, measureKeystrokes } from './edit-keystroke.js';
import { generateRegisters } from './generate.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const BIN = join(ROOT, 'bin', 'seloste.js');
const LANGUAGES = ['fi', 'en'];
const GNU_TIME = '/usr/bin/time';

const args = new Set(process.argv.slice(2));
for (const a of args) {
  if (!['--quick', '--full'].includes(a)) {
    process.stderr.write(`bench: unknown option ${a}; expected --quick or --full\n`);
    process.exit(2);
  }
}
const quick = args.has('--quick');
const full = args.has('--full') && !quick;
const BUILD_NS = quick ? [10, 100] : [10, 100, 1000];
const PDF_NS = full ? [10, 100, 1000] : [10, 100];
const MANY = quick ? 100 : 1000;

if (!existsSync(join(ROOT, 'lib', 'cli.js'))) {
  process.stderr.write('bench: lib/ is missing; run `npm run compile` first (or `npm run bench`)\n');
  process.exit(2);
}
const { findBrowser } = await import('../lib/pdf/browser.js');
const hasGnuTime = existsSync(GNU_TIME) && gnuTimeWorks();

// ---------------------------------------------------------------------------------------------
// Running a command and measuring it.

function gnuTimeWorks() {
  try {
    execFileSync(GNU_TIME, ['-v', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** One process from /proc/PID/stat: { ppid, comm, start (clock ticks after boot), cpuTicks (own user + system), rssKb }. */
function readStat(pid) {
  let stat;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const close = stat.lastIndexOf(')');
  const comm = stat.slice(stat.indexOf('(') + 1, close);
  const fields = stat.slice(close + 2).split(' ');
  return { ppid: Number(fields[1]), comm, start: fields[19], cpuTicks: Number(fields[11]) + Number(fields[12]), rssKb: Number(fields[21]) * 4 };
}

function pidList() {
  try {
    return readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map(Number);
  } catch {
    return [];
  }
}

/** Proportional set size of a process (shared pages divided among their users), else its RSS. */
function pssKb(pid, rssKb) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // gone, or not readable
  }
  return rssKb;
}

const chromiumCache = new Map();
function isChromium(pid, comm) {
  const key = `${pid}:${comm}`;
  let yes = chromiumCache.get(key);
  if (yes === undefined) {
    let exe = '';
    try {
      exe = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
    } catch {
      // gone
    }
    yes = /chrom(e|ium)/i.test(comm) || /chrom(e|ium)|headless_shell/i.test(exe);
    chromiumCache.set(key, yes);
  }
  return yes;
}

let clockTicks;
function ticksPerSecond() {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/**
 * Sample the process tree under `root` every `everyMs`: the number of Chromium processes, of
 * Chromium browser trees (a Chromium process whose parent is not Chromium), the memory of the
 * whole tree (sum of PSS, so pages shared between Chromium's processes count once) and its CPU
 * time (each process's own user + system time, last seen; Chromium's helpers outlive the build
 * for a moment and are not reaped by it, so GNU time alone would miss them).
 */
function sampleTree(root, everyMs = 100) {
  const stats = { samples: 0, maxChromium: 0, maxTrees: 0, maxTreePssKb: 0, seen: new Map() };
  const cpu = new Map();
  // Every process's parent, read afresh at each tick: process ids are reused (here within minutes),
  // and a parent remembered from a process that has since ended would put a new one in the wrong
  // tree. A tick reads about a hundred small files, about a millisecond.
  let known = new Map();
  let pss = 0;
  const tick = () => {
    known = new Map();
    for (const pid of pidList()) {
      const p = readStat(pid);
      if (p) known.set(pid, p);
    }
    const children = new Map();
    for (const [pid, p] of known) {
      if (!children.has(p.ppid)) children.set(p.ppid, []);
      children.get(p.ppid).push(pid);
    }
    const tree = new Map();
    const stack = [root];
    while (stack.length) {
      const pid = stack.pop();
      const p = known.get(pid);
      if (!p) continue;
      tree.set(pid, p);
      stack.push(...(children.get(pid) ?? []));
    }
    // PSS costs more to read than stat: every 10th sample (1 s).
    const withPss = stats.samples % 10 === 0;
    if (withPss) pss = 0;
    let chromium = 0;
    let trees = 0;
    for (const [pid, p] of tree) {
      cpu.set(`${pid}:${p.start}`, p.cpuTicks);
      if (withPss && p.comm !== 'time') pss += pssKb(pid, p.rssKb);
      if (!isChromium(pid, p.comm)) continue;
      chromium++;
      stats.seen.set(pid, p.start);
      const parent = tree.get(p.ppid);
      if (!parent || !isChromium(p.ppid, parent.comm)) trees++;
    }
    stats.samples++;
    stats.maxChromium = Math.max(stats.maxChromium, chromium);
    stats.maxTrees = Math.max(stats.maxTrees, trees);
    if (withPss) stats.maxTreePssKb = Math.max(stats.maxTreePssKb, pss);
  };
  const own = process.cpuUsage();
  const timer = setInterval(tick, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const used = process.cpuUsage(own);
      const { seen, ...rest } = stats;
      const cpuMs = ([...cpu.values()].reduce((a, b) => a + b, 0) / ticksPerSecond()) * 1000;
      // samplerCpuMs: the bench's own CPU time while it sampled (its cost beside the run).
      return { ...rest, cpuMs, samplerCpuMs: (used.user + used.system) / 1000, chromium: seen };
    },
  };
}

/**
 * Run `node SCRIPT ARGS` as its own process, timed from spawn to exit, with its peak RSS from
 * GNU time (`-v`) or else from bench/maxrss.js. `sample` also samples its process tree.
 */
async function runNode(script, scriptArgs, { cwd = ROOT, sample = false, memory = true } = {}) {
  const tmp = await mkdtemp(join(tmpdir(), 'seloste-bench-m-'));
  const memFile = join(tmp, 'mem');
  let command = process.execPath;
  let argv = [script, ...scriptArgs];
  if (memory && hasGnuTime) {
    command = GNU_TIME;
    argv = ['-v', '-o', memFile, process.execPath, script, ...scriptArgs];
  } else if (memory) {
    argv = [join(HERE, 'maxrss.js'), memFile, script, ...scriptArgs];
  }
  const start = performance.now();
  const child = spawn(command, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const sampler = sample ? sampleTree(child.pid) : undefined;
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((res, rej) => {
    child.on('error', rej);
    child.on('close', (c) => res(c));
  });
  const ms = performance.now() - start;
  const tree = sampler?.stop();
  let maxRssKb;
  let cpuMs;
  if (memory && existsSync(memFile)) {
    const text = readFileSync(memFile, 'utf8');
    if (hasGnuTime) {
      maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1]);
      // User + system time of the process and the children it waited for (Chromium included).
      cpuMs = 1000 * (Number(/User time \(seconds\): ([\d.]+)/.exec(text)?.[1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(text)?.[1]));
    } else {
      maxRssKb = JSON.parse(text).maxRssKb;
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  if (tree) {
    // Chromium's helper processes take a moment to exit after the browser; any of this run's
    // Chromium processes (same pid and start time) still alive 5 s after it exited were left behind.
    const alive = () => [...tree.chromium].filter(([pid, start]) => readStat(pid)?.start === start).length;
    tree.aliveAtExit = alive();
    for (let waited = 0; waited < 5000 && alive() > 0; waited += 100) await new Promise((r) => setTimeout(r, 100));
    tree.leftAfterExit = alive();
    delete tree.chromium;
    // The sampled tree sees Chromium's helpers that GNU time misses; keep the larger figure.
    cpuMs = Math.max(cpuMs ?? 0, tree.cpuMs);
  }
  return { ms, cpuMs, code, stdout, stderr, maxRssKb, tree };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const sec = (ms) => (ms / 1000).toFixed(ms < 10000 ? 2 : 1);
const mb = (kb) => (kb === undefined ? 'n/a' : `${Math.round(kb / 1024)} MB`);
const rate = (n, ms) => (n / (ms / 1000)).toFixed(1);
const cpu = (r) => (r.cpuMs === undefined ? '' : ` (CPU ${sec(r.cpuMs)} s)`);

/**
 * Wait until the site a build replaced is gone: Seloste removes it in the background, and a timed
 * run right after would share the machine with that removal (a user's next build rarely does).
 */
async function settled(out, maxMs = 15000) {
  const parent = dirname(out);
  const prefix = `.${basename(out)}.old-`;
  const start = Date.now();
  while (Date.now() - start < maxMs && readdirSync(parent).some((name) => name.startsWith(prefix))) await new Promise((r) => setTimeout(r, 50));
}

function fail(message, detail = '') {
  process.stderr.write(`bench: ${message}\n${detail ? `${detail.trim().split('\n').slice(0, 30).join('\n')}\n` : ''}`);
  cleanup();
  process.exit(1);
}

let workDir;
function cleanup() {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}

const log = (s) => process.stderr.write(`${s}\n`);

// ---------------------------------------------------------------------------------------------

async function main() {
  const began = performance.now();
  const loadBefore = loadavg();
  workDir = await mkdtemp(join(tmpdir(), 'seloste-bench-'));
  const results = { date: new Date().toISOString(), options: { quick, full }, machine: machine(), figures: {} };
  const rows = [];
  const row = (metric, value, target = '—', met = '—') => rows.push({ metric, value, target, met });
  const yesNo = (ok) => (ok ? 'yes' : '**no**');
  log(`Seloste bench${quick ? ' (--quick)' : ''}${full ? ' (--full)' : ''}: work folder ${workDir}`);
  log(`peak memory from ${hasGnuTime ? 'GNU time -v' : 'bench/maxrss.js (process.resourceUsage().maxRSS)'}`);

  // 1. Generate and verify.
  const sets = {};
  const ns = [...new Set([...BUILD_NS, ...PDF_NS, MANY])].sort((a, b) => a - b);
  let genMs = 0;
  for (const n of ns) {
    const dir = join(workDir, `regs-${n}`);
    const t = performance.now();
    const files = await generateRegisters(dir, n, { languages: LANGUAGES });
    if (n === MANY) genMs = performance.now() - t;
    sets[n] = { dir, files };
    log(`generated ${n} registers`);
  }
  const verify = async (n) => {
    const r = await runNode(BIN, ['check', '.', '--format', 'json'], { cwd: sets[n].dir });
    let diagnostics;
    try {
      diagnostics = JSON.parse(r.stdout);
    } catch {
      fail(`seloste check of ${n} generated registers did not give JSON (exit ${r.code})`, r.stderr || r.stdout);
    }
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length || r.code !== 0) {
      fail(
        `seloste check found ${errors.length} errors in the ${n} generated registers (exit ${r.code}); the generator must write valid registers`,
        errors.map((d) => `${d.file}:${d.line ?? d.range?.start?.line ?? ''} ${d.rule ?? d.ruleId ?? ''} ${d.message}`).join('\n') || r.stderr,
      );
    }
    return { ms: r.ms, warnings: diagnostics.length - errors.length };
  };
  const verified = {};
  for (const n of ns) verified[n] = await verify(n);
  const warnings = Object.values(verified).reduce((s, v) => s + v.warnings, 0);
  results.figures.generator = { registers: MANY, ms: genMs, errors: 0, warnings: verified[MANY].warnings };
  row(`Generator: ${MANY} registers (fi, en) written`, `${sec(genMs)} s; check: 0 errors, ${verified[MANY].warnings} warnings`, '0 errors', 'yes');
  log(`check: 0 errors, ${warnings} warnings in all generated sets`);

  // 2. check, one register, whole process, median of 10.
  const one = sets[Math.min(...ns)].files[0];
  await runNode(BIN, ['check', one], { cwd: dirname(one), memory: false }); // warm the file cache
  const oneRuns = [];
  for (let i = 0; i < 10; i++) {
    const r = await runNode(BIN, ['check', one], { cwd: dirname(one), memory: false });
    if (r.code !== 0) fail(`seloste check ${one} exited ${r.code}`, r.stderr || r.stdout);
    oneRuns.push(r.ms);
  }
  const oneMs = median(oneRuns);
  results.figures.checkOne = { runs: oneRuns, medianMs: oneMs, targetMs: 400 };
  row('`seloste check` 1 register, whole process (median of 10)', `${sec(oneMs)} s`, '≤ 0.4 s', yesNo(oneMs <= 400));
  log(`check 1: ${sec(oneMs)} s`);

  // 3. check, many registers, whole process, median of 3.
  const manyRuns = [];
  for (let i = 0; i < 3; i++) {
    const r = await runNode(BIN, ['check', '.'], { cwd: sets[MANY].dir });
    if (r.code !== 0) fail(`seloste check of ${MANY} registers exited ${r.code}`, r.stderr);
    manyRuns.push(r);
  }
  const manyMs = median(manyRuns.map((r) => r.ms));
  const manyMid = manyRuns.find((r) => r.ms === manyMs) ?? manyRuns[1];
  results.figures.checkMany = { registers: MANY, runsMs: manyRuns.map((r) => r.ms), medianMs: manyMs, cpuMs: manyMid.cpuMs, maxRssKb: manyMid.maxRssKb, targetMs: MANY === 1000 ? 3000 : undefined };
  row(
    `\`seloste check\` ${MANY} registers, whole process (median of 3)`,
    `${sec(manyMs)} s${cpu(manyMid)} · peak ${mb(manyMid.maxRssKb)}`,
    MANY === 1000 ? '≤ 3 s' : '— (target is for 1 000)',
    MANY === 1000 ? yesNo(manyMs <= 3000) : '—',
  );
  log(`check ${MANY}: ${sec(manyMs)} s`);

  // 3b. seloste edit on the same registers: start-up, listings, /api/check and /api/preview (median of 20).
  const editor = await measureEditor(sets[MANY].dir, 20);
  results.figures.editor = editor;
  for (const [metric, value, target, met] of editorRows(editor)) row(metric, value, target, met);
  log(`edit ${MANY}: check ${editor.check.median.toFixed(0)} ms, preview ${editor.preview.median.toFixed(0)} ms`);

  // 3c. The editor's page in Chromium on the same registers: a keystroke to the finding and the preview.
  const keystrokes = await measureKeystrokes(sets[MANY].dir);
  results.figures.keystrokes = keystrokes;
  for (const [metric, value, target, met] of keystrokeRows(keystrokes)) row(metric, value, target, met);

  // 4. build --format md,html.
  const builds = {};
  for (const n of BUILD_NS) {
    const out = join(workDir, `site-${n}`);
    const r = await runNode(BIN, ['build', '.', '-o', out, '--format', 'md,html', '--lang', LANGUAGES.join(',')], { cwd: sets[n].dir });
    if (r.code !== 0) fail(`seloste build (md,html) of ${n} registers exited ${r.code}`, r.stderr);
    if (!r.stdout.includes(`Built ${n} registers`)) fail(`seloste build (md,html) did not build all ${n} registers`, r.stdout + r.stderr);
    const notices = n * LANGUAGES.length;
    builds[n] = { out, ms: r.ms, cpuMs: r.cpuMs, notices, maxRssKb: r.maxRssKb };
    row(`\`build --format md,html\` N=${n} (${notices} notices)`, `${sec(r.ms)} s${cpu(r)} · ${rate(notices, r.ms)} notices/s · peak ${mb(r.maxRssKb)}`);
    log(`build md,html ${n}: ${sec(r.ms)} s`);
  }
  // 4b. Incremental: the same build again into the same folder, unchanged and after changing one register.
  {
    const n = Math.max(...BUILD_NS);
    const args = ['build', '.', '-o', builds[n].out, '--format', 'md,html', '--lang', LANGUAGES.join(',')];
    await settled(builds[n].out);
    const same = await runNode(BIN, args, { cwd: sets[n].dir });
    if (same.code !== 0 || !same.stdout.includes(`${n} unchanged`)) fail('the unchanged rebuild did not reuse every register', same.stdout + same.stderr);
    const one = readdirSync(sets[n].dir).filter((f) => f.endsWith('.yaml') && !f.endsWith('.org.yaml') && f !== 'seloste.config.yaml').sort()[0];
    const file = join(sets[n].dir, one);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^updated: .*$/m, 'updated: 2026-11-30'));
    await settled(builds[n].out);
    const changed = await runNode(BIN, args, { cwd: sets[n].dir });
    if (changed.code !== 0 || !changed.stdout.includes(`${n - 1} unchanged`)) fail('the rebuild after one change did not redo exactly one register', changed.stdout + changed.stderr);
    results.figures.incremental = { registers: n, unchangedMs: same.ms, oneChangedMs: changed.ms, maxRssKb: changed.maxRssKb };
    row(`Incremental \`build --format md,html\` N=${n}, nothing changed`, `${sec(same.ms)} s${cpu(same)}`);
    row(`Incremental \`build --format md,html\` N=${n}, one register changed`, `${sec(changed.ms)} s${cpu(changed)} · peak ${mb(changed.maxRssKb)}`, '≤ 1 s', yesNo(changed.ms <= 1000));
    log(`incremental ${n}: unchanged ${sec(same.ms)} s, one changed ${sec(changed.ms)} s`);

  }
  results.figures.buildMdHtml = Object.fromEntries(Object.entries(builds).map(([n, b]) => [n, { ms: b.ms, cpuMs: b.cpuMs, notices: b.notices, noticesPerSecond: b.notices / (b.ms / 1000), maxRssKb: b.maxRssKb }]));

  // 5. The bare unified pipeline over the same notices' Markdown.
  const nBase = Math.max(...BUILD_NS);
  const mdDirs = LANGUAGES.map((l) => join(builds[nBase].out, l));
  const base = await runNode(join(HERE, 'unified-baseline.js'), mdDirs);
  if (base.code !== 0) fail('the unified baseline failed', base.stderr);
  const b = JSON.parse(base.stdout);
  if (b.files !== builds[nBase].notices) fail(`the unified baseline read ${b.files} Markdown files, expected ${builds[nBase].notices}`);
  const ratioMd = builds[nBase].ms / b.loopMs;
  results.figures.unifiedBaseline = { notices: b.files, markdownBytes: b.bytes, loopMs: b.loopMs, importMs: b.importMs, readMs: b.readMs, processMs: base.ms, cpuMs: base.cpuMs, maxRssKb: base.maxRssKb, buildMs: builds[nBase].ms, ratio: ratioMd, target: 2 };
  row(`Bare unified pipeline over the same ${b.files} notices' Markdown, one process`, `loop ${sec(b.loopMs)} s · ${rate(b.files, b.loopMs)} notices/s; whole process ${sec(base.ms)} s${cpu(base)}`);
  row(`Build md,html N=${nBase} (whole process) ÷ bare unified (loop only)`, `${sec(builds[nBase].ms)} s ÷ ${sec(b.loopMs)} s = ${ratioMd.toFixed(2)}×`, '≤ 2×', yesNo(ratioMd <= 2));
  log(`unified baseline: ${sec(b.loopMs)} s (ratio ${ratioMd.toFixed(2)})`);

  // 4c. The incremental build in a git repository, where earlier versions are published (after the
  // baseline, which reads the Markdown of the build: history adds some). Commit everything, build
  // once (every page now carries its history), then change one register, commit and build again.
  {
    const n = nBase;
    const args = ['build', '.', '-o', builds[n].out, '--format', 'md,html', '--lang', LANGUAGES.join(',')];
    const one = readdirSync(sets[n].dir).filter((f) => f.endsWith('.yaml') && !f.endsWith('.org.yaml') && f !== 'seloste.config.yaml').sort()[0];
    const file = join(sets[n].dir, one);
    const git = (...gitArgs) => execFileSync('git', ['-c', 'user.email=bench@seloste.invalid', '-c', 'user.name=bench', ...gitArgs], { cwd: sets[n].dir, stdio: 'ignore' });
    let gitWorks = true;
    try {
      git('init', '-q');
      git('add', '.');
      git('commit', '-qm', 'registers');
    } catch {
      gitWorks = false;
    }
    if (gitWorks) {
      const full = await runNode(BIN, args, { cwd: sets[n].dir });
      if (full.code !== 0) fail('the build in a git repository failed', full.stdout + full.stderr);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^updated: .*$/m, 'updated: 2026-12-01'));
      git('commit', '-qam', 'one register changed');
      await settled(builds[n].out);
      const committed = await runNode(BIN, args, { cwd: sets[n].dir });
      if (committed.code !== 0 || !committed.stdout.includes(`${n - 1} unchanged`)) fail('the rebuild after one commit did not redo exactly one register', committed.stdout + committed.stderr);
      results.figures.incremental.gitOneCommittedMs = committed.ms;
      row(`Incremental \`build --format md,html\` N=${n} in a git repository, one register changed and committed`, `${sec(committed.ms)} s${cpu(committed)}`);
      log(`incremental ${n} in git: one committed ${sec(committed.ms)} s`);
    }
  }

  // 6. PDF: the build, then the limit with the same notices' site pages.
  const browserPath = findBrowser(process.env);
  results.figures.pdf = {};
  if (!browserPath) {
    row('PDF', 'skipped: no Chromium found (set PUPPETEER_EXECUTABLE_PATH)');
  } else {
    let maxTrees = 0;
    let left = 0;
    for (const n of PDF_NS) {
      const out = join(workDir, `pdf-${n}`);
      const r = await runNode(BIN, ['build', '.', '-o', out, '--format', 'pdf', '--lang', LANGUAGES.join(',')], { cwd: sets[n].dir, sample: true });
      if (r.code !== 0) fail(`seloste build (pdf) of ${n} registers exited ${r.code}`, r.stderr);
      const pdfs = LANGUAGES.flatMap((l) => readdirSync(join(out, l)).filter((f) => f.endsWith('.pdf'))).length;
      if (pdfs !== n * LANGUAGES.length) fail(`seloste build (pdf) wrote ${pdfs} PDFs, expected ${n * LANGUAGES.length}`, r.stderr);
      rmSync(out, { recursive: true, force: true });
      log(`build pdf ${n}: ${sec(r.ms)} s`);

      // The limit reads the site pages of the same registers; build them if no md,html build did.
      let site = builds[n]?.out;
      if (!site) {
        site = join(workDir, `site-${n}`);
        const h = await runNode(BIN, ['build', '.', '-o', site, '--format', 'html', '--lang', LANGUAGES.join(',')], { cwd: sets[n].dir, memory: false });
        if (h.code !== 0) fail(`seloste build (html) of ${n} registers exited ${h.code}`, h.stderr);
      }
      const lim = await runNode(join(HERE, 'pdf-limit.js'), LANGUAGES.map((l) => join(site, l)), { sample: true });
      if (lim.code !== 0) fail('the PDF limit run failed', lim.stderr);
      const l = JSON.parse(lim.stdout);
      if (l.pdfs !== pdfs) fail(`the PDF limit printed ${l.pdfs} pages, expected ${pdfs}`);
      log(`limit pdf ${n}: ${sec(lim.ms)} s`);
      const ratio = r.ms / lim.ms;
      const cpuRatio = r.cpuMs / lim.cpuMs;
      maxTrees = Math.max(maxTrees, r.tree.maxTrees);
      left += r.tree.leftAfterExit;
      results.figures.pdf[n] = {
        pdfs,
        buildMs: r.ms,
        pdfsPerSecond: pdfs / (r.ms / 1000),
        maxRssKb: r.maxRssKb,
        cpuMs: r.cpuMs,
        treeMaxPssKb: r.tree.maxTreePssKb,
        maxChromiumProcesses: r.tree.maxChromium,
        maxBrowserTrees: r.tree.maxTrees,
        chromiumLeftAfterExit: r.tree.leftAfterExit,
        samples: r.tree.samples,
        samplerCpuMs: r.tree.samplerCpuMs,
        limit: { processMs: lim.ms, cpuMs: lim.cpuMs, maxRssKb: lim.maxRssKb, treeMaxPssKb: lim.tree.maxTreePssKb, maxBrowserTrees: lim.tree.maxTrees, launchMs: l.launchMs, printMs: l.printMs, closeMs: l.closeMs, concurrency: l.concurrency },
        ratio,
        cpuRatio,
        target: 1.3,
      };
      results.machine.chromium ??= l.version;
      row(
        `\`build --format pdf\` N=${n} (${pdfs} PDFs)`,
        `${sec(r.ms)} s${cpu(r)} · ${rate(pdfs, r.ms)} PDFs/s · peak ${mb(r.maxRssKb)} largest process, ${mb(r.tree.maxTreePssKb)} whole tree`,
      );
      row(
        `PDF limit N=${n}: one Chromium, ${l.concurrency} pages, setContent + pdf only (whole process)`,
        `${sec(lim.ms)} s${cpu(lim)} · ${rate(pdfs, lim.ms)} PDFs/s (launch ${sec(l.launchMs)} s, print ${sec(l.printMs)} s)`,
      );
      row(`PDF build ÷ limit, N=${n} (wall time; CPU time in brackets)`, `${ratio.toFixed(2)}× (CPU ${cpuRatio.toFixed(2)}×)`, '≤ 1.3×', yesNo(ratio <= 1.3));
    }
    row('Chromium browser trees during PDF builds (max, sampled every 100 ms)', `${maxTrees}${left ? ` (${left} Chromium processes left after exit)` : ''}`, '≤ 1', yesNo(maxTrees <= 1 && left === 0));
    results.figures.chromiumBrowserTrees = { max: maxTrees, leftAfterExit: left, target: 1 };
  }

  results.totalMs = performance.now() - began;
  results.machine.loadAverage = { before: loadBefore.map((x) => +x.toFixed(2)), after: loadavg().map((x) => +x.toFixed(2)) };
  results.memorySource = hasGnuTime ? 'GNU time -v (Maximum resident set size: the largest single process of the run)' : 'process.resourceUsage().maxRSS via bench/maxrss.js (the Node process only)';
  results.rows = rows;

  const m = results.machine;
  const busy = Math.max(m.loadAverage.before[0], m.loadAverage.after[0]) > m.cores;
  const lines = [
    `Seloste ${m.seloste} benchmark, ${results.date.slice(0, 10)}${quick ? ' (--quick)' : ''}${full ? ' (--full)' : ''}`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}, ${m.chromium ?? 'no Chromium'}; load average ${results.machine.loadAverage.before[0]} before, ${results.machine.loadAverage.after[0]} after`,
    `Peak memory: ${results.memorySource}. Whole run: ${sec(results.totalMs)} s.`,
    ...(busy ? [`Note: the machine was busy (load average above ${m.cores}, the number of cores): wall times are inflated; CPU times much less so.`] : []),
    '',
    '| Metric | Value | Target | Met? |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.metric} | ${r.value} | ${r.target} | ${r.met} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  await mkdir(join(HERE, 'out'), { recursive: true });
  await writeFile(join(HERE, 'out', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`\nwrote bench/out/results.json`);
}

function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown CPU';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const out = { cpu, cores: availableParallelism(), node: process.version, seloste: pkg.version, platform: `${process.platform} ${process.arch}` };
  const browser = findBrowser(process.env);
  if (browser) {
    try {
      out.chromium = execFileSync(browser, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      // reported by the limit run instead
    }
  }
  return out;
}

try {
  await main();
} finally {
  cleanup();
}
