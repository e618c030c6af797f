#!/usr/bin/env node
/**
 * How well `seloste import` does on real notices it has never seen.
 *
 *   node bench/import-accuracy.js --notices DIR [--set first|held-out|fresh|unseen|blind|late|winter|spring|summer|autumn|frost|dusk|ember] [--json] [--lost]
 *
 * For each bench/import-notices/<id>.yaml whose original is in DIR (<id>.md, .html, .txt, .pdf,
 * .docx), the original is imported and the draft register compared with the facts written down
 * before any import was run. `--set` keeps one set: `first` (the notices without a `set` key),
 * `held-out`, `fresh`, `unseen`, `blind` or `late` (gathered later, their facts committed before any Seloste command ran
 * on them); without it, every notice whose original is in DIR. `--lost` adds, after the tables, the
 * sentences of each original that its draft does not hold. Run `npm run compile` first: this imports
 * the compiled lib/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { compareAll, unknownPartyKeys } from './import-accuracy/compare.js';
import JSZip from 'jszip';
import { keptSentences, wordText } from './import-accuracy/sentences.js';
import { printJson, printMarkdown } from './import-accuracy/report.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXPECTED_DIR = join(ROOT, 'bench', 'import-notices');
const TEXT_FORMATS = ['md', 'html', 'txt'];
const FILE_FORMATS = ['pdf', 'docx'];
const SETS = ['first', 'held-out', 'fresh', 'unseen', 'blind', 'late', 'winter', 'spring', 'summer', 'autumn', 'frost', 'dusk', 'ember', 'thaw', 'dawn', 'gale', 'rime', 'sleet', 'hail', 'mist', 'drizzle', 'haze', 'smog', 'fog', 'squall', 'gust', 'storm', 'thunder', 'blizzard', 'tempest', 'cyclone', 'monsoon', 'typhoon', 'hurricane', 'tornado', 'derecho', 'sirocco', 'chinook', 'mistral', 'zephyr', 'foehn', 'bora', 'khamsin', 'simoom', 'harmattan', 'levante', 'pampero', 'haboob', 'williwaw', 'etesian'];
const USAGE = `Usage: node bench/import-accuracy.js --notices DIR [--set ${SETS.join('|')}] [--json] [--lost]`;

function usage(message) {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const args = { json: false, lost: false, notices: null, set: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') args.json = true;
    else if (argv[i] === '--lost') args.lost = true;
    else if (argv[i] === '--notices') args.notices = argv[++i];
    else if (argv[i] === '--set') args.set = argv[++i];
    else usage(`Unknown argument: ${argv[i]}`);
  }
  if (!args.notices) usage('Missing --notices DIR');
  if (args.set !== null && !SETS.includes(args.set)) usage(`Unknown set: ${args.set} (one of ${SETS.join(', ')})`);
  if (!existsSync(args.notices)) usage(`No such folder: ${args.notices}`);
  return args;
}

async function loadImporter() {
  const path = join(ROOT, 'lib', 'import', 'import.js');
  if (!existsSync(path)) usage('lib/import/import.js is missing: run `npm run compile` first');
  return import(pathToFileURL(path).href);
}

/** Markdown as the HTML a page shows, through the parser Seloste renders with (its raw HTML kept). */
async function loadMarkdownRenderer() {
  const { unified, remarkParse, remarkGfm, remarkRehype, rehypeStringify } = await import(pathToFileURL(join(ROOT, 'lib', 'vendor', 'unified.js')).href);
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true });
  return (markdown) => String(processor.processSync(markdown));
}

/** The lower-cased words (letters and digits) of a text. */
const wordsOf = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether a printed PDF shows a sentence, by poppler's `pdftotext`: every word of three letters or more of
 * the sentence is somewhere in the copy, wherever a page break, a page's footer or a table's cell puts it;
 * a word pdftotext joins with the next at a line's hyphen is found in the words run together. A page prints what a reader sees without scripts, so an
 * element hidden until a script shows it (a cookie bar) is not in the copy, and its sentences are counted
 * neither kept nor lost. Without `pdftotext`, every sentence is taken as printed.
 */
function printedHolds(path) {
  let printed;
  let joined;
  try {
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).normalize('NFC');
    printed = new Set(wordsOf(text));
    // A word pdftotext joined with the next at a line's hyphen ("asiakas-" / "tai" as "asiakastai") is in the letters run together.
    joined = wordsOf(text).join('');
  } catch {
    return () => true;
  }
  return (sentence) => wordsOf(sentence).filter((w) => w.length >= 3).every((w) => printed.has(w) || joined.includes(w));
}

/** Whether an imported file has a sentence: a Word file may leave out some of the original's text (code blocks), a printed one what a script shows. */
async function fileHolds(path, ext) {
  if (ext === 'pdf') return printedHolds(path);
  if (ext !== 'docx') return () => true;
  const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')?.async('string');
  const text = wordText(xml ?? '').normalize('NFC');
  return (sentence) => text.includes(sentence);
}

/** The set a notice belongs to: `first` unless its file says otherwise. */
const setOf = (spec) => spec.set ?? 'first';

/** Every notice with an expectation, in id order, each with the formats of its original found in DIR. */
function loadNotices(dir) {
  return readdirSync(EXPECTED_DIR).filter((f) => f.endsWith('.yaml')).sort().map((file) => {
    const id = file.slice(0, -'.yaml'.length);
    const spec = yaml.load(readFileSync(join(EXPECTED_DIR, file), 'utf8'));
    const formats = [...TEXT_FORMATS, ...FILE_FORMATS].filter((ext) => existsSync(join(dir, `${id}.${ext}`)));
    return { id, spec, formats };
  });
}

/**
 * The drafts of one original, through the same reading as `seloste import`, as one: a page holding
 * several registers is measured against one list of its facts, so the lists of each draft are joined
 * (the controller, the date and what is single are the first draft's), and so are their texts.
 */
function joined(drafts) {
  const register = { ...drafts[0].register };
  for (const { register: next } of drafts.slice(1)) {
    for (const [key, value] of Object.entries(next)) {
      if (Array.isArray(value) && Array.isArray(register[key])) register[key] = [...register[key], ...value];
      else if (register[key] === undefined) register[key] = value;
    }
  }
  return { ...drafts[0], register, yaml: drafts.map((d) => d.yaml).join('\n') };
}

/** The drafts of one original joined, or why there are none. */
async function importOne(importer, path) {
  try {
    const drafts = await importer.importBytes(new Uint8Array(readFileSync(path)), path);
    if ('problem' in drafts) return { unreadable: drafts.problem };
    return { result: joined(drafts) };
  } catch (error) {
    return { unreadable: `import failed: ${String(error?.message ?? error).split('\n')[0]}` };
  }
}

/** One notice in one format: its facts, compared, and the share of its text kept. */
async function measure({ importer, renderMarkdown }, dir, notice, ext) {
  const path = join(dir, `${notice.id}.${ext}`);
  const { result, unreadable } = await importOne(importer, path);
  const run = { id: notice.id, format: ext, language: notice.spec.language, kind: notice.spec.kind };
  if (!result) return { ...run, unreadable };
  const textExt = notice.formats.find((f) => TEXT_FORMATS.includes(f));
  const options = { renderMarkdown, holds: await fileHolds(path, ext), printed: ext === 'pdf' };
  const kept = textExt ? keptSentences(readFileSync(join(dir, `${notice.id}.${textExt}`), 'utf8'), textExt, result.yaml, options) : null;
  return { ...run, detected: result.lang, facts: compareAll(notice.spec.expected, result.register), kept };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const tools = { importer: await loadImporter(), renderMarkdown: await loadMarkdownRenderer() };
  const runs = [];
  const all = loadNotices(args.notices);
  const misnamed = all.flatMap((n) => unknownPartyKeys(`${n.id}.yaml`, n.spec.expected));
  if (misnamed.length) usage(misnamed.join('\n'));
  const notices = all.filter((n) => args.set === null || setOf(n.spec) === args.set);
  for (const notice of notices) {
    for (const ext of notice.formats) runs.push(await measure(tools, args.notices, notice, ext));
  }
  const of = args.set === null ? '' : ` of the set ${args.set}`;
  if (runs.length === 0) usage(`No original of a notice${of} in bench/import-notices/ found in ${args.notices}`);
  if (args.json) printJson(runs, process.stdout);
  else printMarkdown(runs, process.stdout, args.set ?? 'all', { lost: args.lost });
  // Notices whose original is not in the folder are not measured, and said so.
  const absent = notices.filter((n) => n.formats.length === 0).map((n) => n.id);
  if (!args.json && absent.length) process.stderr.write(`Not measured, their originals not in ${args.notices}: ${absent.join(', ')}\n`);
}

await main();
