/**
 * `seloste init`: a new register, from questions on a terminal or from flags (read in flags.ts), in
 * the language of the interface. The file is written atomically and an existing register is never
 * overwritten without `--force`.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, isMap, isScalar } from 'yaml';
import { defaultConfig, findConfig, loadConfig, type Config } from '../config/config.js';
import type { Environment } from '../interface-language.js';
import { displayPath } from '../load/collect.js';
import { escapeTerminal, escapeTerminalLines } from '../report/escape.js';
import { reservedFor } from '../resolve/register-id.js';
import type { Register, Text } from '../types.js';
import { CONTENT_FLAGS, draftFromFlags, firstText, type InitOptions } from './flags.js';
import { Interview, type Draft } from './interview.js';
import { Invalid, PromptClosed, Prompter } from './prompt.js';
import { slugify } from './questions.js';
import { setUpProject } from './set-up-project.js';
import { INIT_WORDS } from './words-by-language.js';
import type { InitWords } from './words.js';
import { writeFileAtomically } from '../write-file.js';

export type { InitOptions } from './flags.js';
export { parseTextFlag } from './flags.js';

export interface InitIo {
  stdin: NodeJS.ReadableStream;
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
  /** Ask the questions (a person is at a terminal). */
  isTTY?: boolean;
  /** The clock, for the `created` and `updated` dates. */
  now?: () => Date;
  /** Its locale sets the language of the questions when the config does not. */
  env?: Environment;
}

export const INIT_EXIT = { ok: 0, failed: 2, interrupted: 130 } as const;

/** A date as `updated` takes it, in local time. */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// ————— Writing —————

/** The register with its id and dates, keys in the order of the notice. */
export function assemble(draft: Draft, id: string, today: string): Register {
  const all: Record<string, unknown> = { ...draft, id, created: today, updated: today };
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (all[key] !== undefined) ordered[key] = all[key];
  for (const [key, value] of Object.entries(all)) if (!(key in ordered) && value !== undefined) ordered[key] = value;
  return ordered as unknown as Register;
}

const KEY_ORDER = [
  'id', 'name', 'description', 'created', 'updated', 'controller', 'dpo', 'purposes', 'data_categories', 'sources', 'recipients', 'transfers',
  'retention', 'automated_decisions', 'rights',
];

/** Where editors find the schema: a local install of Seloste, or the schema this program ships. */
export function schemaReference(folder: string): string {
  let dir = resolve(folder);
  for (;;) {
    const candidate = join(dir, 'node_modules', 'seloste', 'schemas', 'register.schema.json');
    if (existsSync(candidate)) return relative(folder, candidate).split(sep).join('/');
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const shipped = fileURLToPath(new URL('../../schemas/register.schema.json', import.meta.url));
  const rel = relative(folder, shipped).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

const SPACED = new Set(['controller', 'dpo', 'purposes', 'data_categories', 'sources', 'recipients', 'transfers', 'retention', 'automated_decisions', 'rights']);

/** `schema`: the path of the `$schema` line; none in a project whose editor settings map the schemas. */
export function registerYaml(register: Register, schema: string | undefined): string {
  const doc = new Document(register);
  if (schema) doc.commentBefore = ` yaml-language-server: $schema=${schema}`;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) if (isScalar(pair.key) && SPACED.has(String(pair.key.value))) pair.key.spaceBefore = true;
  }
  return doc.toString({ lineWidth: 0 });
}

// ————— The command —————

/** The id for a register's name; one the site keeps for its own pages gets `-register` after it. */
export function registerId(name: string): string {
  const id = slugify(name) || 'register';
  return reservedFor(id) ? `${id}-register` : id;
}

/** Where the register goes: a file named by `--out`, or a folder for `<id>.yaml` (`notices/` without `--out`). */
function target(opts: InitOptions, cwd: string): { out: string | undefined; outDir: string | undefined } {
  const given = opts.out ? resolve(cwd, opts.out) : undefined;
  // A trailing slash names a folder, made when it is missing; without --out, `notices/`, where
  // `seloste check` and `build` look.
  const outDir = !given ? join(cwd, 'notices') : /[/\\]$/.test(opts.out ?? '') || isDirectory(given) ? given : undefined;
  return { out: given && !outDir ? given : undefined, outDir };
}

/** The configuration that applies where the register goes; a new project's languages are those asked for. */
async function settings(opts: InitOptions, io: InitIo, at: string): Promise<{ configFile: string | undefined; config: Config; languages: string[] }> {
  const configFile = findConfig(at);
  const config = configFile ? (await loadConfig(configFile, displayPath(configFile, io.cwd), io.env)).config : defaultConfig(io.cwd, io.env);
  const languages = opts.project && !configFile ? (opts.languages ?? ['fi']) : config.languages.length ? config.languages : ['fi'];
  return { configFile, config, languages };
}

/** The register from the flags, or undefined when they fall short (said on standard error). */
function fromFlags(opts: InitOptions, languages: readonly string[], words: InitWords, io: InitIo): Draft | undefined {
  const result = draftFromFlags(opts, languages, words);
  if (result.draft) return result.draft;
  if (result.missing.length) io.stderr.write(`seloste: ${words.command.needs(result.missing.join(', '))}\n`);
  for (const p of result.problems) io.stderr.write(`seloste: ${escapeTerminal(p)}\n`);
  return undefined;
}

interface Asking {
  opts: InitOptions;
  io: InitIo;
  words: InitWords;
  languages: readonly string[];
  /** The file, when `--out` named one; asked for otherwise. */
  out: string | undefined;
  outDir: string | undefined;
  from: string;
}

/** The register from the questions, and the file it goes to; a number is the exit code of an interview cut short. */
async function fromQuestions(a: Asking): Promise<{ draft: Draft; out: string | undefined } | number> {
  const { io, words } = a;
  const stdin = io.stdin as NodeJS.ReadableStream & { isTTY?: boolean };
  const stdout = io.stdout as { write(s: string): unknown; on?: unknown };
  const prompter = new Prompter({ input: io.stdin, output: io.stdout, terminal: Boolean(stdin.isTTY) && typeof stdout.on === 'function' });
  io.stdout.write(words.command.welcome(a.languages.map((l) => `\`${l}\``).join(', '), a.from));
  let out = a.out;
  try {
    const draft = await new Interview(prompter, a.languages, words).run(async (name) => {
      if (!out) out = await askFile(prompter, a, name);
    });
    return { draft, out };
  } catch (error) {
    if (!(error instanceof PromptClosed)) throw error;
    io.stderr.write(`\nseloste: ${words.command.nothingWritten(error.interrupted ? words.command.stopped : words.command.inputEnded)}\n`);
    return error.interrupted ? INIT_EXIT.interrupted : INIT_EXIT.failed;
  } finally {
    prompter.dispose();
  }
}

/** The file to write, suggested from the register's name. */
async function askFile(prompter: Prompter, a: Asking, name: Text): Promise<string> {
  const { io, words } = a;
  const suggested = join(a.outDir ?? io.cwd, `${registerId(firstText(name))}.yaml`);
  return prompter.ask(
    words.command.fileToWrite,
    (answer) => {
      const path = resolve(io.cwd, answer.trim());
      if (!/\.ya?ml$/.test(path)) throw new Invalid(words.command.yamlName);
      if (/\.org\.ya?ml$/.test(path)) throw new Invalid(words.command.organisationName);
      if (!a.opts.force && existsSync(path)) throw new Invalid(words.command.orAnother(words.command.exists(displayPath(path, io.cwd))));
      return path;
    },
    displayPath(suggested, io.cwd),
  );
}

/** Write the register, and say where and what to do next. */
async function write(draft: Draft, file: string, opts: InitOptions, io: InitIo, words: InitWords): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`seloste: ${escapeTerminal(message)}\n`);
    return INIT_EXIT.failed;
  };
  const id = registerId(firstText(draft.name));
  const today = isoDate((io.now ?? (() => new Date()))());
  const text = registerYaml(assemble(draft, id, today), opts.project ? undefined : schemaReference(dirname(file)));
  const shown = displayPath(file, io.cwd);
  let written: 'written' | 'exists';
  try {
    written = await writeFileAtomically(file, text, Boolean(opts.force));
  } catch (error) {
    return fail(words.command.cannotWrite(shown, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
  if (written === 'exists') return fail(words.command.exists(shown));
  io.stdout.write(escapeTerminalLines(`\n${words.command.wrote(shown)}\n${words.command.next(/\s/.test(shown) ? `"${shown}"` : shown)}\n`));
  return INIT_EXIT.ok;
}

export async function initCommand(opts: InitOptions, io: InitIo): Promise<number> {
  const { out, outDir } = target(opts, io.cwd);
  const { configFile, config, languages } = await settings(opts, io, out ? dirname(out) : (outDir ?? io.cwd));
  const words = INIT_WORDS[config.messageLanguage];
  if (out && !opts.force && existsSync(out)) {
    io.stderr.write(`seloste: ${escapeTerminal(words.command.exists(displayPath(out, io.cwd)))}\n`);
    return INIT_EXIT.failed;
  }
  let draft: Draft | undefined;
  let file = out;
  if (opts.yes || !io.isTTY || CONTENT_FLAGS.some((k) => opts[k] !== undefined)) draft = fromFlags(opts, languages, words, io);
  else {
    const from = configFile ? escapeTerminal(displayPath(configFile, io.cwd)) : words.command.defaults;
    const asked = await fromQuestions({ opts, io, words, languages, out, outDir, from });
    if (typeof asked === 'number') return asked;
    ({ draft, out: file } = asked);
  }
  if (!draft) return INIT_EXIT.failed;
  if (opts.project) {
    const failed = await setUpProject(io, languages, words);
    if (failed) {
      io.stderr.write(`seloste: ${escapeTerminal(failed)}\n`);
      return INIT_EXIT.failed;
    }
  }
  return write(draft, file ?? join(outDir ?? io.cwd, `${registerId(firstText(draft.name))}.yaml`), opts, io, words);
}
