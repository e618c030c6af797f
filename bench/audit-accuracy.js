#!/usr/bin/env node
/**
 * How well `seloste audit` finds the gaps of real notices as they are published.
 *
 *   node bench/audit-accuracy.js --notices DIR [--set first|fresh|unseen|blind|late|winter|spring|summer|autumn|frost|dusk|ember] [--json] [--verbose]
 *
 * For each bench/audit-notices/<id>.yaml whose original (its `original:` path) is in DIR, the
 * original is audited and the findings compared with the gaps a reviewer wrote down before the
 * audit existed. A gap is found when a finding of its rule (or of `rules:`, or of an equivalent
 * rule listed below), and of its right for the rights rules, stands on one of its `lines`.
 * Findings that match no gap are listed as "other": each is a gap the reviewer did not list or a
 * false finding. A person judges them one by one against the original (`judged:` in each file: rule,
 * line, verdict `real` or `false`, why; `says` when two findings of a rule share a line), and the
 * false findings are those judged false plus those not judged yet. Run `npm run compile` first: this
 * imports lib/. `--set` keeps one set: `first` (the notices without a `set` key, those the audit's
 * rules were written against), `fresh`, `unseen`, `blind` or `late` (notices added later, their gaps committed before any
 * Seloste command ran on them, measured as they came).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import yaml from 'js-yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXPECTED_DIR = join(ROOT, 'bench', 'audit-notices');
const SETS = ['first', 'fresh', 'unseen', 'blind', 'late', 'winter', 'spring', 'summer', 'autumn', 'frost', 'dusk', 'ember', 'thaw', 'dawn', 'gale', 'rime', 'sleet', 'hail', 'mist', 'drizzle', 'haze', 'smog', 'fog', 'squall', 'gust', 'storm', 'thunder', 'blizzard', 'tempest', 'cyclone', 'monsoon', 'typhoon', 'hurricane', 'tornado', 'derecho', 'sirocco', 'chinook', 'mistral', 'zephyr', 'foehn', 'bora', 'khamsin', 'simoom', 'harmattan', 'levante', 'pampero', 'haboob', 'williwaw', 'etesian'];
const USAGE = `Usage: node bench/audit-accuracy.js --notices DIR [--set ${SETS.join('|')}] [--json] [--verbose]`;

/** The article an English rights message names, per right. */
const ARTICLE = {
  access: 'Art. 15)', rectification: 'Art. 16)', erasure: 'Art. 17)', restriction: 'Art. 18)', portability: 'Art. 20)',
  object: 'Art. 21(1))', object_direct_marketing: 'Art. 21(2))', withdraw_consent: 'Art. 7(3))', complaint: 'Art. 77)',
};

/** Findings of another rule that report the same gap. */
const EQUIVALENT = {
  'complaint-authority': ['outdated-reference'],
  'consent-withdrawal': ['right-missing'],
  'right-to-object': ['right-missing'],
};

function usage(message) {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const args = { json: false, verbose: false, notices: null, set: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') args.json = true;
    else if (argv[i] === '--verbose') args.verbose = true;
    else if (argv[i] === '--notices') args.notices = argv[++i];
    else if (argv[i] === '--set') args.set = argv[++i];
    else usage(`Unknown argument: ${argv[i]}`);
  }
  if (!args.notices) usage('Missing --notices DIR');
  if (args.set !== null && !SETS.includes(args.set)) usage(`Unknown set: ${args.set} (one of ${SETS.join(', ')})`);
  if (!existsSync(args.notices)) usage(`No such folder: ${args.notices}`);
  return args;
}

function rulesOf(gap) {
  const own = gap.rules ?? [gap.rule];
  return [...own, ...own.flatMap((r) => EQUIVALENT[r] ?? [])];
}

/** The rights a rights gap is about: one, or a list where the notice limits several alike. */
function rightsOf(gap) {
  return [gap.right].flat();
}

/** A spec's gaps whose right is none the bench knows: said, so that no gap goes unmatched for a misspelt name. */
function unknownRights(file, spec) {
  return (spec.gaps ?? []).flatMap((gap) => rightsOf(gap).filter((r) => r !== undefined && !(r in ARTICLE)).map((r) => `${file}: gap ${gap.id}: right \`${r}\` is none of ${Object.keys(ARTICLE).join(', ')}`));
}

function matches(gap, d) {
  if (!rulesOf(gap).includes(d.ruleId)) return false;
  const [from, to] = gap.lines;
  if (d.line < from || d.line > to) return false;
  if (d.ruleId === 'right-missing' || d.ruleId === 'right-limited') return !gap.right || rightsOf(gap).some((r) => d.message.includes(ARTICLE[r]));
  return true;
}

async function measure(spec, dir, auditFiles, cwd) {
  const path = join(dir, spec.original);
  const run = await auditFiles([path], { cwd, env: { LANG: 'C' } });
  if (run.problems.length) return { problem: run.problems[0].message };
  const findings = run.results[0].diagnostics;
  const gaps = spec.gaps.map((gap) => ({ gap, by: findings.filter((d) => matches(gap, d)) }));
  for (const g of gaps.filter((g) => !g.by.length)) g.why = whyMissed(g.gap, findings);
  const used = new Set(gaps.flatMap((g) => g.by));
  const other = findings.filter((d) => !used.has(d));
  return { gaps, other, verdicts: verdictsOf(other, spec.judged ?? []) };
}

/**
 * The verdict on each other finding: the first judgement not yet used of its rule and line (and of
 * its words, where the judgement quotes some), or none when it has not been judged.
 */
function verdictsOf(other, judged) {
  const free = [...judged];
  return other.map((d) => {
    // `says` quotes a few words of the message, with or without the backticks around its values.
    const i = free.findIndex((j) => j.rule === d.ruleId && j.line === d.line && (!j.says || d.message.replace(/`/gu, '').includes(j.says.replace(/`/gu, ''))));
    return i < 0 ? undefined : free.splice(i, 1)[0];
  });
}

/** Other findings judged false, or not judged at all. */
function falseCount(result) {
  return result.verdicts.filter((v) => String(v?.verdict) !== 'real').length;
}

/**
 * Why a gap was missed, as far as the findings tell: its rule reported it elsewhere (on other lines, or
 * of another right), or nothing of its rule was reported at all.
 */
function whyMissed(gap, findings) {
  const sameRule = findings.filter((d) => rulesOf(gap).includes(d.ruleId));
  if (!sameRule.length) return 'not reported';
  const [from, to] = gap.lines;
  const onLines = sameRule.filter((d) => d.line >= from && d.line <= to);
  return onLines.length ? 'reported on its lines, of another right' : `reported elsewhere (line ${sameRule.map((d) => d.line).join(', ')})`;
}

function print(rows, verbose) {
  const out = ['| Notice | Gaps | Found | Missed | Other findings | False findings |', '|---|---:|---:|---:|---:|---:|'];
  let [gaps, found, other, wrong, over] = [0, 0, 0, 0, 0];
  for (const { id, result } of rows) {
    if (result.problem) {
      out.push(`| \`${id}\` | – | – | – | – | ${result.problem} |`);
      continue;
    }
    const f = result.gaps.filter((g) => g.by.length).length;
    const w = falseCount(result);
    gaps += result.gaps.length;
    found += f;
    other += result.other.length;
    wrong += w;
    if (w > 1) over++;
    out.push(`| \`${id}\` | ${result.gaps.length} | ${f} | ${result.gaps.length - f} | ${result.other.length} | ${w} |`);
  }
  out.push(`| **All ${rows.length}** | **${gaps}** | **${found} (${Math.round((100 * found) / gaps)} %)** | **${gaps - found}** | **${other}** | **${wrong}** |`);
  out.push('', `Notices with more than one false finding: ${over} of ${rows.length}.`);
  const reasons = {};
  for (const { result } of rows) for (const g of result.gaps ?? []) if (!g.by.length) reasons[g.why.replace(/ \(line .*\)$/u, '')] = (reasons[g.why.replace(/ \(line .*\)$/u, '')] ?? 0) + 1;
  out.push('', '| Why a gap was missed | Gaps |', '|---|---:|', ...Object.entries(reasons).sort((a, b) => b[1] - a[1]).map(([why, n]) => `| ${why} | ${n} |`));
  process.stdout.write(`${out.join('\n')}\n`);
  if (!verbose) return;
  for (const { id, result } of rows) {
    if (result.problem) continue;
    process.stdout.write(`\n## ${id}\n`);
    for (const { gap, why } of result.gaps.filter((g) => !g.by.length)) {
      process.stdout.write(`- missed ${gap.id} [${rulesOf(gap).join('|')}${gap.right ? `:${gap.right}` : ''}] lines ${gap.lines.join('-')}, ${why}: ${gap.says}\n`);
    }
    result.other.forEach((d, i) => {
      const v = result.verdicts[i];
      const verdict = v ? `${v.verdict}: ${v.why}` : 'not judged';
      process.stdout.write(`- other ${d.line} [${d.ruleId}] (${verdict}) ${d.message.slice(0, 160)}\n`);
    });
  }
}

const args = parseArgs(process.argv.slice(2));
const lib = join(ROOT, 'lib', 'audit', 'command.js');
if (!existsSync(lib)) usage('lib/audit/command.js is missing: run `npm run compile` first');
const { auditFiles } = await import(pathToFileURL(lib).href);
const misnamed = readdirSync(EXPECTED_DIR).filter((f) => f.endsWith('.yaml')).sort().flatMap((f) => unknownRights(f, yaml.load(readFileSync(join(EXPECTED_DIR, f), 'utf8'))));
if (misnamed.length) usage(misnamed.join('\n'));

// An empty folder as the working folder: no project configuration changes the rules.
const cwd = mkdtempSync(join(tmpdir(), 'seloste-audit-bench-'));
try {
  const rows = [];
  /** Notices of the set whose original is not in the folder: not measured, and said so. */
  const absent = [];
  for (const file of readdirSync(EXPECTED_DIR).filter((f) => f.endsWith('.yaml')).sort()) {
    const spec = yaml.load(readFileSync(join(EXPECTED_DIR, file), 'utf8'));
    if (args.set && (spec.set ?? 'first') !== args.set) continue;
    const id = file.slice(0, -'.yaml'.length);
    if (!existsSync(join(args.notices, spec.original))) absent.push(id);
    else rows.push({ id, result: await measure(spec, args.notices, auditFiles, cwd) });
  }
  if (args.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else print(rows, args.verbose);
  if (!args.json && absent.length) process.stderr.write(`Not measured, their originals not in ${args.notices}: ${absent.join(', ')}\n`);
} finally {
  rmSync(cwd, { recursive: true, force: true });
}
