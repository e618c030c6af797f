/**
 * The originals of the real notices, made again from the repositories they were taken from.
 *
 *   npm run compile
 *   node bench/originals.js --mirrors DIR --out DIR
 *
 * `--mirrors` holds one git directory per repository: `<owner>+<name>/repo` (bare, or a clone with its
 * `.git`), or `<owner>+<name>` itself. For each bench/import-notices/<id>.yaml whose `source` says
 * `exact: true`, the file at its commit is written byte for byte to OUT/import/<id>.<ext>; where its
 * `formats` list `pdf`, the page (Markdown rendered first) printed by Chromium to OUT/import/<id>.pdf,
 * and where they list `docx`, a Word file of a Markdown original (bench/originals/docx.js) to
 * OUT/import/<id>.docx. For each bench/audit-notices/<id>.yaml with `exact: true`, the file at the commit
 * of its `source` address goes to OUT/audit/<original>. The other notices are pages rendered by code and
 * written out by hand as their `taken` or `made` says: they are listed as not made, and once their text
 * original is in OUT/import its printed and Word copies are made from it. An existing file is
 * never replaced. The two folders are what `--notices` of import-accuracy.js and audit-accuracy.js take.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { docxFromMarkdownTree } from './originals/docx.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'Usage: node bench/originals.js --mirrors DIR --out DIR';

function parseArgs(argv) {
  const args = { mirrors: null, out: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--mirrors') args.mirrors = argv[++i];
    else if (argv[i] === '--out') args.out = argv[++i];
    else usage(`Unknown argument: ${argv[i]}`);
  }
  if (!args.mirrors || !args.out) usage('Both --mirrors and --out are needed');
  return args;
}

function usage(message) {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

const specs = (kind) => readdirSync(join(ROOT, 'bench', kind)).filter((f) => f.endsWith('.yaml')).sort()
  .map((f) => ({ id: f.slice(0, -5), spec: yaml.load(readFileSync(join(ROOT, 'bench', kind, f), 'utf8')) }));

/** Where one file of a notice comes from: repository, commit and path; from an import spec or an audit spec's address. */
function sourceOf(kind, spec) {
  if (kind === 'import-notices') return spec.source?.exact === true ? spec.source : null;
  const m = spec.exact === true && /^https:\/\/github\.com\/([^/]+\/[^/]+)\/blob\/([0-9a-f]{40})\/(.+)$/u.exec(spec.source ?? '');
  return m ? { repository: m[1], commit: m[2], path: decodeURIComponent(m[3]) } : null;
}

/** The bytes of a file at a commit, from the repository's mirror, or null when the mirror is not there. */
function fileAt(mirrors, { repository, commit, path }) {
  const base = join(mirrors, repository.replace('/', '+'));
  const gitDir = [join(base, 'repo'), join(base, 'repo', '.git'), base].find((d) => existsSync(join(d, 'HEAD')));
  if (!gitDir) return null;
  return execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], { maxBuffer: 64 << 20 });
}

/** Writes a file unless one is there already; says which it did. */
function writeNew(path, bytes) {
  if (existsSync(path)) return 'kept';
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return 'made';
}

const withoutFrontMatter = (text) => text.replace(/^(---|\+\+\+)\r?\n[\s\S]*?\r?\n\1\r?\n/u, '');

async function loadMarkdown() {
  const { unified, remarkParse, remarkGfm, remarkRehype, rehypeStringify } = await import(pathToFileURL(join(ROOT, 'lib', 'vendor', 'unified.js')).href);
  const parse = (text) => unified().use(remarkParse).use(remarkGfm).parse(withoutFrontMatter(text));
  const html = (text) => String(unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true }).processSync(text));
  return { parse, html };
}

/** The HTML page Chromium prints for an original: the HTML itself, or the Markdown rendered, in a plain page. */
function pageOf(text, ext, markdown) {
  if (ext === 'html') return text;
  const body = ext === 'md' ? markdown.html(withoutFrontMatter(text)) : `<pre style="white-space:pre-wrap;font:inherit">${text.replace(/[&<>]/gu, (c) => `&#${c.charCodeAt(0)};`)}</pre>`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>body{font-family:serif;font-size:11pt;line-height:1.4}</style></head><body>${body}</body></html>`;
}

async function printerOnce(state) {
  if (!state.printer) {
    const { PdfPrinter } = await import(pathToFileURL(join(ROOT, 'lib', 'pdf', 'printer.js')).href);
    const { setPdfMetadata } = await import(pathToFileURL(join(ROOT, 'lib', 'pdf', 'metadata.js')).href);
    state.printer = await PdfPrinter.open({ concurrency: 1 });
    state.setPdfMetadata = setPdfMetadata;
  }
  return state.printer;
}

/** The original printed, with the retrieval date as its own so that the same notice gives the same bytes. */
async function printed(state, spec, text, ext) {
  const printer = await printerOnce(state);
  const pdf = await printer.print({ html: pageOf(text, ext, state.markdown), title: '', updated: '', pageLabel: '{page} / {pages}', lang: spec.language });
  const date = String(spec.source?.retrieved ?? '2026-01-01');
  return state.setPdfMetadata(pdf, { title: '', lang: spec.language, creator: 'bench/originals.js', created: date, modified: date });
}

/** The printed and Word copies an import spec asks for, made from its text original. */
async function copies(state, id, spec, text, ext, out) {
  const done = [];
  const pdfPath = join(out, `${id}.pdf`);
  if (spec.formats?.includes('pdf')) done.push(existsSync(pdfPath) ? `kept ${id}.pdf` : `${writeNew(pdfPath, await printed(state, spec, text, ext))} ${id}.pdf`);
  if (spec.formats?.includes('docx')) {
    if (ext !== 'md') return [...done, `not made ${id}.docx: a Word copy is made from Markdown only`];
    done.push(`${writeNew(join(out, `${id}.docx`), await docxFromMarkdownTree(state.markdown.parse(text)))} ${id}.docx`);
  }
  return done;
}

/** The extension of an import spec's text original: its first text format. */
const textExt = (spec) => spec.formats?.find((f) => ['md', 'html', 'txt'].includes(f)) ?? 'md';

/** The copies of an original written out by hand, made from it once it is in OUT/import; else it is listed as not made. */
async function handMadeCopies(state, id, spec, out) {
  const ext = textExt(spec);
  const path = join(out, 'import', `${id}.${ext}`);
  if (!existsSync(path)) return [`not made ${id}.${ext}: written out by hand (see its taken or made)`];
  return copies(state, id, spec, readFileSync(path, 'utf8'), ext, join(out, 'import'));
}

/** Makes the originals of one kind of spec; returns one line a file. */
async function makeAll(state, kind, args) {
  const lines = [];
  for (const { id, spec } of specs(kind)) {
    const source = sourceOf(kind, spec);
    if (!source) {
      if (kind === 'import-notices') lines.push(...(await handMadeCopies(state, id, spec, args.out)));
      continue;
    }
    const bytes = fileAt(args.mirrors, source);
    if (!bytes) {
      lines.push(`no mirror ${source.repository} for ${id}`);
      continue;
    }
    if (kind === 'audit-notices') {
      lines.push(`${writeNew(join(args.out, 'audit', spec.original), bytes)} audit/${spec.original}`);
      continue;
    }
    const ext = textExt(spec);
    const out = join(args.out, 'import');
    lines.push(`${writeNew(join(out, `${id}.${ext}`), bytes)} ${id}.${ext}`, ...(await copies(state, id, spec, bytes.toString('utf8'), ext, out)));
  }
  return lines;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const state = { printer: null, markdown: await loadMarkdown() };
  try {
    for (const kind of ['import-notices', 'audit-notices']) process.stdout.write((await makeAll(state, kind, args)).map((l) => `${l}\n`).join(''));
  } finally {
    await state.printer?.close();
  }
}

await main();
