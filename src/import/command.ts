/** `seloste import FILE`: an existing notice (text, Markdown, HTML, Word or PDF) into a draft register with TODOs. */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { MessageLanguage } from '../interface-language.js';
import { escapeTerminal } from '../report/escape.js';
import { writeFileAtomically } from '../write-file.js';
import { readBytesBounded, type ReadProblem } from '../load/read-bounded.js';
import type { Lang } from './draft/state.js';
import { sniff } from './document/sniff.js';
import { importBytes, type ImportResult } from './import.js';
import { IMPORT_WORDS, type ImportWords } from './words.js';
import { SCHEMA_URL } from './write.js';

export interface ImportCommandOptions {
  out?: string;
  force?: boolean;
  lang?: Lang;
}

export interface ImportIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
  /** The language of what the command says (default English). */
  language?: MessageLanguage;
}

/** A notice is a few pages; anything larger is not one. HTML, Word and PDF files carry markup, styles, fonts and images. */
export const MAX_BYTES = 10 * 1024 * 1024;
/** Plain text and Markdown are the words alone. */
export const MAX_TEXT_BYTES = 1024 * 1024;

/** The file is past `limit` bytes; its size is said when it is known (a file that grew while read has none). */
function tooLarge(size: number | undefined, limit: number, what: string): string {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(Number.isInteger(n / 1024 / 1024) ? 0 : 1)} MB`;
  return size === undefined || size <= limit
    ? `the file is larger than the ${mb(limit)} ${what}`
    : `the file is ${(size / 1024 / 1024).toFixed(1)} MB, larger than the ${mb(limit)} ${what}`;
}

/** The schema as seen from the draft's folder: a project's own copy or the installed package, else the `file:` URL of the one shipped. */
export function schemaFor(outFile: string): string {
  let dir = dirname(outFile);
  for (;;) {
    for (const candidate of [join(dir, 'schemas', 'register.schema.json'), join(dir, 'node_modules', 'seloste', 'schemas', 'register.schema.json')]) {
      if (existsSync(candidate)) {
        const rel = relative(dirname(outFile), candidate).split(sep).join('/');
        return rel.startsWith('.') ? rel : `./${rel}`;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return SCHEMA_URL;
    dir = parent;
  }
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel.split(sep).join('/') : path;
}

/** Why the notice could not be read, in the words of this command. */
function importProblem(problem: ReadProblem, size: bigint | undefined): string {
  switch (problem.code) {
    case 'missing':
      return 'file not found';
    case 'denied':
      return 'cannot read the file: permission denied';
    case 'folder':
      return 'expected a file, found a folder';
    case 'special':
      return 'expected a file, found a special file (a pipe, socket or device)';
    case 'too-large':
      return tooLarge(size === undefined ? undefined : Number(size), MAX_BYTES, 'a privacy notice may be');
    default:
      return problem.message.charAt(0).toLowerCase() + problem.message.slice(1);
  }
}

export async function importCommand(file: string, opts: ImportCommandOptions, io: ImportIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`seloste: ${escapeTerminal(message)}\n`);
    return 2;
  };
  const words = IMPORT_WORDS[io.language ?? 'en'];
  const input = resolve(io.cwd, file);
  // Read to a bound: a named pipe or a device is refused at once, never waited on or read for ever.
  const read = readBytesBounded(input, { limit: MAX_BYTES, kind: 'a privacy notice' });
  if (read.problem) return fail(`${file}: ${importProblem(read.problem, read.stats?.size)}`);
  const { bytes } = read;
  const sniffed = sniff(bytes, input);
  if (sniffed.problem !== undefined) return fail(`${file}: ${sniffed.problem}`);
  if ((sniffed.format === 'text' || sniffed.format === 'markdown') && bytes.length > MAX_TEXT_BYTES) {
    return fail(`${file}: ${tooLarge(bytes.length, MAX_TEXT_BYTES, 'a notice in text or Markdown may be')}`);
  }

  const out = opts.out ? resolve(io.cwd, opts.out) : join(io.cwd, `${basename(input, extname(input))}.yaml`);
  if (out === input) return fail(`${file}: ${words.replacesNotice}`);
  if (!opts.force && existsSync(out)) return fail(words.exists(display(out, io.cwd)));

  const results = await importBytes(bytes, input, { schema: schemaFor(out), source: basename(input), ...(opts.lang ? { lang: opts.lang } : {}) });
  if ('problem' in results) return fail(`${file}: ${results.problem}`);
  const paths = draftPaths(out, results.length);
  if (paths.includes(input)) return fail(`${file}: ${words.draftReplacesNotice}`);
  // --force replaces the file named; the drafts written beside it replace only earlier drafts.
  const taken = paths.find((p, i) => existsSync(p) && (!opts.force || (i > 0 && !isDraft(p))));
  if (taken && opts.force) return fail(words.existsNotDraft(display(taken, io.cwd)));
  if (taken) return fail(words.exists(display(taken, io.cwd)));
  for (const [i, result] of results.entries()) {
    const problem = await writeDraftFile(paths[i]!, result.yaml, opts.force === true, io.cwd, words);
    if (problem) return fail(problem);
  }
  summarise(file, results, paths.map((p) => display(p, io.cwd)), io, words);
  return 0;
}

/** A file an earlier `seloste import` wrote: its header says so. */
function isDraft(path: string): boolean {
  const read = readBytesBounded(path, { limit: MAX_TEXT_BYTES, kind: 'a draft' });
  if (read.problem) return false;
  const head = new TextDecoder().decode(read.bytes.subarray(0, 400));
  return /^# yaml-language-server: \$schema=.*\n# Draft register imported .*by `seloste import`/u.test(head);
}

/** Where the drafts go: the first where asked, the others beside it, numbered ("notice-2.yaml"). */
export function draftPaths(first: string, count: number): string[] {
  const ext = extname(first);
  const stem = first.slice(0, first.length - ext.length);
  return Array.from({ length: count }, (_, i) => (i === 0 ? first : `${stem}-${i + 1}${ext || '.yaml'}`));
}

/** Write one draft whole, or say why it was not written. */
async function writeDraftFile(path: string, yaml: string, force: boolean, cwd: string, words: ImportWords): Promise<string | undefined> {
  try {
    const written = await writeFileAtomically(path, yaml, force);
    return written === 'exists' ? words.exists(display(path, cwd)) : undefined;
  } catch (error) {
    return words.cannotWrite(display(path, cwd), (error as NodeJS.ErrnoException).code ?? String(error));
  }
}

/** What was imported where, what was mapped and what was left; then the next step. */
function summarise(file: string, results: readonly ImportResult[], shown: readonly string[], io: ImportIo, words: ImportWords): void {
  const first = results[0]!;
  const several = results.length > 1;
  const into = several ? words.intoMany(results.length) : words.intoOne(escapeTerminal(shown[0]!));
  io.stdout.write(`${words.imported(escapeTerminal(file), words.formats[first.format], words.languages[first.lang], into)}\n`);
  const indent = several ? '    ' : '  ';
  results.forEach((result, i) => {
    if (several) io.stdout.write(`  ${escapeTerminal(shown[i]!)}: ${escapeTerminal(registerName(result))}\n`);
    io.stdout.write(`${indent}${words.mapped(result.mapped.length ? result.mapped.join(', ') : words.nothing)}\n`);
    io.stdout.write(`${indent}${words.left(result.todos)}\n`);
  });
  const args = shown.map((s) => escapeTerminal(/\s/u.test(s) ? JSON.stringify(s) : s));
  io.stdout.write(`${words.next(args.join(' '))}\n`);
}

function registerName(result: ImportResult): string {
  const name = result.register['name'] as Record<string, string> | undefined;
  return name?.[result.lang] ?? Object.values(name ?? {})[0] ?? '';
}
