/** `seloste import FILE`: an existing notice (text, Markdown or HTML) into a draft register with TODOs. */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { escapeTerminal } from '../report/escape.js';
import { readBytesBounded, type ReadProblem } from '../load/read-bounded.js';
import { validatorFor } from '../validate/schemas.js';
import type { Lang, Note } from './draft/state.js';
import { extractDraft } from './extract.js';
import { detectLanguage } from './language.js';
import type { Format } from './document/block.js';
import { detectFormat, readBlocks } from './document/read.js';
import { outline } from './outline.js';
import { countTodos, SCHEMA_URL, writeDraft } from './write.js';

export interface ImportOptions {
  /** Language of the notice; detected from the text when left out. */
  lang?: Lang;
  /** Format of the notice; detected from the text when left out. */
  format?: Format;
  /** Path or URL of the register schema for the first line; the schema's URL by default. */
  schema?: string;
  /** Name of the imported file, for the header comment. */
  source?: string;
}

export interface ImportResult {
  yaml: string;
  register: Record<string, unknown>;
  todos: number;
  format: Format;
  lang: Lang;
  /** What was mapped, for a summary. */
  mapped: string[];
}

type Segment = string | number;

function removeAt(data: Record<string, unknown>, path: readonly Segment[]): unknown {
  let parent: unknown = data;
  for (const seg of path.slice(0, -1)) parent = (parent as Record<string, unknown>)[String(seg)];
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) return parent.splice(Number(last), 1)[0];
  if (parent && typeof parent === 'object') {
    const value = (parent as Record<string, unknown>)[String(last)];
    delete (parent as Record<string, unknown>)[String(last)];
    return value;
  }
  return undefined;
}

function flatten(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (value && typeof value === 'object') return Object.values(value).flatMap(flatten);
  return value === undefined ? [] : [String(value)];
}

/**
 * Whatever the schema would refuse is taken out again and kept as a TODO, so that a draft always
 * loads: `seloste check` then reports rule findings only.
 */
function conform(register: Record<string, unknown>, notes: Note[], lang: Lang): void {
  const validate = validatorFor('register');
  const valid = (): boolean => Boolean(validate(register as unknown));
  for (let round = 0; round < 50 && !valid(); round++) {
    const error = validate.errors?.[0];
    if (!error) break;
    const path: Segment[] = error.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/gu, '/').replace(/~0/gu, '~'))
      .map((s) => (/^\d+$/u.test(s) ? Number(s) : s));
    const extra = (error.params as { additionalProperty?: string }).additionalProperty;
    if (error.keyword === 'additionalProperties' && extra) path.push(extra);
    if (!path.length) break;
    const top = String(path[0]);
    const removed = removeAt(register, path);
    notes.push({ at: [top], todo: `\`${path.join('.')}\` did not fit the register format and was left out: ${error.message ?? 'invalid'}`, lines: flatten(removed) });
    // An emptied list or object would be refused in turn.
    for (let depth = path.length - 1; depth >= 1; depth--) {
      const parentPath = path.slice(0, depth);
      let parent: unknown = register;
      for (const seg of parentPath) parent = (parent as Record<string, unknown> | undefined)?.[String(seg)];
      const empty = Array.isArray(parent) ? parent.length === 0 : parent !== null && typeof parent === 'object' && Object.keys(parent).length === 0;
      if (empty && !(top === 'personal_identity_code' && depth === 1)) removeAt(register, parentPath);
      else break;
    }
    // The two required keys come back as marked stand-ins.
    if (register['name'] === undefined) register['name'] = { [lang]: lang === 'fi' ? 'TODO: rekisterin nimi' : 'TODO: name of the register' };
    if (register['updated'] === undefined) register['updated'] = '1970-01-01';
  }
}

/** Import a notice from its text: the draft register, as YAML and as data. */
export function importNotice(text: string, options: ImportOptions = {}): ImportResult {
  const format = options.format ?? detectFormat(text);
  const blocks = readBlocks(text, format);
  const lang = options.lang ?? detectLanguage(blocks.map((b) => b.text).join('\n'));
  const draft = extractDraft(outline(blocks), lang);
  conform(draft.register, draft.notes, lang);
  const yaml = writeDraft(draft.register, draft.notes, { schema: options.schema ?? SCHEMA_URL, ...(options.source ? { source: options.source } : {}) });
  return { yaml, register: draft.register, todos: countTodos(draft.notes), format, lang, mapped: draft.mapped };
}

export interface ImportCommandOptions {
  out?: string;
  force?: boolean;
  lang?: Lang;
}

export interface ImportIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
}

/** A notice is a few pages; anything larger is not one. */
const MAX_BYTES = 1024 * 1024;

/** The schema as seen from the draft's folder: a project's own copy or the installed package, else its URL. */
function schemaFor(outFile: string): string {
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

/** Write a file whole or not at all; without `force` an existing file is never replaced. */
async function writeAtomic(path: string, text: string, force: boolean): Promise<'written' | 'exists'> {
  await mkdir(dirname(path), { recursive: true });
  // A name no one can guess, created new: nothing planted beside the draft is written through or blocks it.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(8).toString('hex')}.tmp`);
  await writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
  try {
    if (force) {
      await rename(temp, path);
      return 'written';
    }
    try {
      // A hard link fails when the target exists: no window in which another file could be replaced.
      await link(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return 'exists';
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
      if (existsSync(path)) return 'exists';
      await rename(temp, path);
      return 'written';
    }
    return 'written';
  } finally {
    await rm(temp, { force: true });
  }
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
      return size === undefined || Number(size) <= MAX_BYTES
        ? 'the file is larger than the 1 MB a privacy notice may be'
        : `the file is ${(Number(size) / 1024 / 1024).toFixed(1)} MB, larger than the 1 MB a privacy notice may be`;
    default:
      return problem.message.charAt(0).toLowerCase() + problem.message.slice(1);
  }
}

export async function importCommand(file: string, opts: ImportCommandOptions, io: ImportIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`seloste: ${escapeTerminal(message)}\n`);
    return 2;
  };
  const input = resolve(io.cwd, file);
  // Read to a bound: a named pipe or a device is refused at once, never waited on or read for ever.
  const read = readBytesBounded(input, { limit: MAX_BYTES, kind: 'a privacy notice' });
  if (read.problem) return fail(`${file}: ${importProblem(read.problem, read.stats?.size)}`);
  const { bytes } = read;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`${file}: not UTF-8 text; save the notice as UTF-8 text, Markdown or HTML and try again`);
  }
  if (text.includes('\u0000')) return fail(`${file}: not a text file; save the notice as UTF-8 text, Markdown or HTML and try again`);
  if (!text.trim()) return fail(`${file}: the file is empty`);

  const out = opts.out ? resolve(io.cwd, opts.out) : join(io.cwd, `${basename(input, extname(input))}.yaml`);
  if (out === input) return fail(`${file}: the draft would replace the notice itself; choose another file with --out`);
  if (!opts.force && existsSync(out)) return fail(`${display(out, io.cwd)} already exists; use --force to replace it, or --out to write elsewhere`);

  const result = importNotice(text, { schema: schemaFor(out), source: basename(input), ...(opts.lang ? { lang: opts.lang } : {}) });
  let written: 'written' | 'exists';
  try {
    written = await writeAtomic(out, result.yaml, opts.force === true);
  } catch (error) {
    return fail(`${display(out, io.cwd)}: cannot write the draft (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (written === 'exists') return fail(`${display(out, io.cwd)} already exists; use --force to replace it, or --out to write elsewhere`);

  const shown = display(out, io.cwd);
  const formatName = { text: 'plain text', markdown: 'Markdown', html: 'HTML' }[result.format];
  io.stdout.write(`Imported ${escapeTerminal(file)} (${formatName}, ${result.lang === 'fi' ? 'Finnish' : 'English'}) into ${escapeTerminal(shown)}\n`);
  io.stdout.write(`  mapped: ${result.mapped.length ? result.mapped.join(', ') : 'nothing'}\n`);
  io.stdout.write(`  left: ${result.todos} TODO ${result.todos === 1 ? 'comment' : 'comments'} with the original text\n`);
  io.stdout.write(`Next: seloste check ${escapeTerminal(/\s/u.test(shown) ? JSON.stringify(shown) : shown)}\n`);
  return 0;
}
