/**
 * `seloste diff OLD NEW`: what changed between two versions of a register, and whether data
 * subjects must be told. OLD and NEW are files, `REV:path` git revisions, or a bare revision for
 * one side with a file for the other (`seloste diff HEAD notices/x.yaml`: the same file at HEAD).
 * Exit codes: 0 no material changes, 1 material changes, 2 the comparison could not be made.
 */
import { execFile } from 'node:child_process';
import { realpath, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import type { Diagnostic } from '../diagnostic.js';
import type { Environment, MessageLanguage } from '../interface-language.js';
import { displayPath } from '../load/collect.js';
import { parseSource } from '../load/parse.js';
import { MAX_FILE_BYTES, readSource } from '../load/read.js';
import type { Source } from '../load/source.js';
import { loadProjectConfig } from '../pipeline.js';
import { escapeJson, escapeTerminal } from '../report/escape.js';
import { formatStylish } from '../report/stylish.js';
import { OrganisationCache, resolveRegister } from '../resolve/resolve.js';
import type { Register } from '../types.js';
import { validateSource } from '../validate/validate.js';
import { diffRegisters, type SummaryLang } from './diff.js';
import { changeLogEntry, changeLogYaml, formatChangesJson, formatChangesMarkdown, formatChangesText, hasMaterial } from './format.js';
import { DIFF_WORDS, type DiffWords } from './words.js';

const exec = promisify(execFile);

export interface DiffOptions {
  format?: 'text' | 'markdown' | 'json';
  /** Print a ready `changes:` entry for the register instead of the list of changes. */
  changelog?: boolean;
  /** Language of the text and Markdown output. */
  lang?: SummaryLang;
  /** Date of the change log entry; default the new `updated` when it moved, else today. */
  date?: string;
}

export interface DiffIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
  /** Its locale sets the language of messages when the config does not. */
  env?: Environment;
  /** The language of what the command says when it cannot compare (default English). */
  language?: MessageLanguage;
}

export const DIFF_EXIT = { ok: 0, material: 1, failed: 2 } as const;

type Ref = { kind: 'file'; path: string } | { kind: 'git'; rev: string; path: string };

/** Why the comparison cannot be made, said in the language of the interface. */
class DiffError extends Error {
  constructor(readonly describe: (words: DiffWords) => string) {
    super('cannot compare');
  }
}

/** Git printed more than a register may hold. */
class TooLarge extends Error {}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function git(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await exec('git', args, { cwd, encoding: 'utf8', maxBuffer: MAX_FILE_BYTES * 2, windowsHide: true });
    return stdout;
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new DiffError((w) => w.noGit);
    if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') throw new TooLarge('the output of git is too large');
    const first = (e.stderr ?? '').split('\n').find((l) => l.trim()) ?? e.message;
    throw new DiffError(() => first.replace(/^fatal:\s*/, ''));
  }
}

async function topLevel(cwd: string): Promise<string> {
  return (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
}

/** A file, `REV:path`, or a bare revision (`undefined` path: the other side's). */
async function classify(ref: string, cwd: string): Promise<Ref | { kind: 'rev'; rev: string }> {
  if (await isFile(resolve(cwd, ref))) return { kind: 'file', path: resolve(cwd, ref) };
  const colon = ref.indexOf(':');
  // `C:\…` is a Windows path, not a revision.
  if (colon > 0 && !/^[a-zA-Z]:[\\/]/.test(ref)) {
    const rev = ref.slice(0, colon);
    const path = ref.slice(colon + 1);
    if (rev.startsWith('-') || path === '') throw new DiffError((w) => w.notRevisionAndPath(ref));
    return { kind: 'git', rev, path };
  }
  if (/\.ya?ml$/.test(ref)) throw new DiffError((w) => w.notFound(ref));
  if (ref.startsWith('-') || ref === '') throw new DiffError((w) => w.neither(ref));
  return { kind: 'rev', rev: ref };
}

/** The path of a working-tree file as `git show REV:path` names it. */
async function repoPath(file: string, cwd: string): Promise<string> {
  const top = await realpath(await topLevel(cwd));
  const rel = relative(top, await realpath(file));
  if (rel.startsWith('..')) throw new DiffError((w) => w.outsideRepository(displayPath(file, cwd)));
  return rel.split(sep).join('/');
}

async function resolveRefs(oldRef: string, newRef: string, cwd: string): Promise<[Ref, Ref]> {
  const a = await classify(oldRef, cwd);
  const b = await classify(newRef, cwd);
  const complete = async (side: typeof a, other: typeof b, ref: string): Promise<Ref> => {
    if (side.kind !== 'rev') return side;
    if (other.kind === 'file') return { kind: 'git', rev: side.rev, path: await repoPath(other.path, cwd) };
    if (other.kind === 'git') return { kind: 'git', rev: side.rev, path: other.path };
    throw new DiffError((w) => w.revisionWithoutFile(ref));
  };
  return [await complete(a, b, oldRef), await complete(b, a, newRef)];
}

interface Loaded {
  register?: Register;
  diagnostics: Diagnostic[];
  name: string;
}

/** Read a register through the same stages as `check`: read, parse, validate, resolve organisation files. */
async function load(ref: Ref, cwd: string, cache: OrganisationCache): Promise<Loaded> {
  let source: Source;
  if (ref.kind === 'file') {
    const read = await readSource(ref.path, displayPath(ref.path, cwd), cache.messageLanguage);
    if (read.diagnostics.length) return { diagnostics: read.diagnostics, name: read.source.file };
    source = read.source;
  } else {
    const name = `${ref.rev}:${ref.path}`;
    let text: string;
    try {
      text = await git(['show', name], cwd);
    } catch (error) {
      if (error instanceof TooLarge) throw new DiffError((w) => w.tooLarge(name));
      throw new DiffError((w) => w.cannotRead(name, error instanceof DiffError ? error.describe(w) : (error as Error).message));
    }
    if (Buffer.byteLength(text) > MAX_FILE_BYTES) throw new DiffError((w) => w.tooLarge(name));
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    // Organisation files are looked up beside the register's place in the working tree.
    const relativeToCwd = ref.path.startsWith('./') || ref.path.startsWith('../');
    const path = relativeToCwd ? resolve(cwd, ref.path) : resolve(await topLevel(cwd), ref.path);
    source = { file: name, path, text };
  }
  let diagnostics = parseSource(source, cache.messageLanguage);
  if (!diagnostics.length) diagnostics = validateSource(source, 'register', cache.messageLanguage);
  if (diagnostics.length) return { diagnostics, name: source.file };
  const resolved = await resolveRegister(source, cache);
  if (!resolved.loaded) return { diagnostics: [...resolved.diagnostics, ...cache.diagnostics], name: source.file };
  return { register: resolved.loaded.register, diagnostics: [], name: source.file };
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export async function diffCommand(oldRef: string, newRef: string, opts: DiffOptions, io: DiffIo): Promise<number> {
  const lang = opts.lang ?? io.language ?? 'en';
  try {
    const refs = await resolveRefs(oldRef, newRef, io.cwd);
    const firstFile = refs.find((r) => r.kind === 'file')?.path;
    const { config } = await loadProjectConfig(io.cwd, undefined, firstFile, io.env);
    const cache = new OrganisationCache(io.cwd, config.root, config.messageLanguage);
    const [before, after] = [await load(refs[0], io.cwd, cache), await load(refs[1], io.cwd, cache)];
    const broken = [before, after].filter((l) => !l.register);
    if (broken.length) {
      const diagnostics = broken.flatMap((l) => l.diagnostics);
      io.stderr.write(formatStylish(diagnostics, { files: broken.map((l) => l.name), language: config.messageLanguage }));
      for (const l of broken) io.stderr.write(`seloste: ${DIFF_WORDS[config.messageLanguage].invalid(escapeTerminal(l.name))}\n`);
      return DIFF_EXIT.failed;
    }
    const a = before.register!;
    const b = after.register!;
    const changes = diffRegisters(a, b);
    if (opts.changelog) {
      // The entry is what was asked for: printing it is success, material or not.
      const date = opts.date ?? (b.updated && b.updated !== a.updated ? b.updated : today());
      // Finnish and English always, Swedish when the project publishes in it.
      const written = (['fi', 'en', 'sv'] as const).filter((l) => l !== 'sv' || config.languages.includes(l));
      const entry = changeLogEntry(changes, date, written);
      if (opts.format === 'json') io.stdout.write(`${escapeJson(JSON.stringify(entry, null, 2))}\n`);
      else io.stdout.write(changeLogYaml(entry, config.languages.filter((l) => !(written as readonly string[]).includes(l))));
      return DIFF_EXIT.ok;
    }
    if (opts.format === 'json') io.stdout.write(formatChangesJson(changes));
    else if (opts.format === 'markdown') io.stdout.write(formatChangesMarkdown(changes, lang));
    else io.stdout.write(formatChangesText(changes, lang));
    return hasMaterial(changes) ? DIFF_EXIT.material : DIFF_EXIT.ok;
  } catch (error) {
    if (error instanceof DiffError) {
      io.stderr.write(`seloste: ${escapeTerminal(error.describe(DIFF_WORDS[io.language ?? 'en']))}\n`);
      return DIFF_EXIT.failed;
    }
    throw error;
  }
}
