import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { resolve } from 'node:path';
import { translateCommanderError } from './cli/commander-errors.js';
import { localiseHelp } from './cli/localise-help.js';
import { loadCliTexts, type CliMessages } from './cli/texts.js';
import { phrases, phrasesFor } from './compose/phrases/index.js';
import { configuredLanguage, findConfig } from './config/config.js';
// The commands that render, print, serve or write are loaded when they run: `check` starts fast.
import { countBySeverity, type Diagnostic } from './diagnostic.js';
import type { DiffOptions } from './diff/command.js';
import type { EditFlags } from './edit/server/command.js';
import { interfaceLanguage, type MessageLanguage } from './interface-language.js';
import type { InitOptions } from './init/command.js';
import { RECORD_FORMATS, type RecordFormat } from './record/formats.js';
import type { RecordCommandOptions } from './record/command.js';
import type { BuildResult } from './publish/options.js';
import type { RuleMeta } from './check/rule.js';
import type { AuditRun } from './audit/command.js';
import type { Config } from './config/config.js';
import { FILE_WORDS } from './load/file-messages.js';
import { allDiagnostics, checkPaths, loadProjectConfig } from './pipeline.js';
import { formatCompact } from './report/compact.js';
import { formatGithub } from './report/github.js';
import { formatJson } from './report/json.js';
import { formatSarif } from './report/sarif.js';
import { escapeTerminal, escapeTerminalLines } from './report/escape.js';
import { formatStylish } from './report/stylish.js';
import { readSchema } from './validate/schemas.js';
import { VERSION } from './version.js';

export interface Io {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  cwd: string;
  env: Record<string, string | undefined>;
  isTTY?: boolean;
  /** For long-running commands (`serve`): resolves when they should stop; default: Ctrl-C or SIGTERM. */
  until?: Promise<void>;
  /** For questions (`init`): standard input, and whether a person answers at a terminal. */
  stdin?: NodeJS.ReadableStream;
  stdinIsTTY?: boolean;
}

/** Exit codes: 0 no errors, 1 errors found, 2 the command could not run. */
export const EXIT = { ok: 0, problems: 1, failed: 2 } as const;

/** A mistake on the command line: the command does not run (exit 2). Said in the language of the interface. */
class UsageError extends Error {
  constructor(readonly describe: (messages: CliMessages) => string) {
    super('usage error');
  }
}

/** A line on standard error; what it quotes from the command line or the registers is shown escaped. */
function say(io: Io, message: string): void {
  io.stderr.write(`seloste: ${escapeTerminal(message)}\n`);
}

function parseList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `--format html,md`: an empty list would build a site with nothing in it. */
function parseFormats(value: string): string[] {
  const list = parseList(value);
  if (!list.length) throw new UsageError((m) => m.noFormat(BUILD_FORMATS.map((f) => `\`${f}\``).join(', ')));
  return list;
}

/** `--lang fi,en`: language codes in any case, as in `FI`; an empty list would check or build nothing. */
function parseLanguages(value: string): string[] {
  const list = parseList(value).map((l) => l.toLowerCase());
  if (!list.length) throw new UsageError((m) => m.noLanguage);
  return [...new Set(list)];
}

/** A single language out of `choices`, in any case. */
function languageChoice(choices: readonly string[]): (value: string) => string {
  return (value) => {
    const lang = value.trim().toLowerCase();
    if (!choices.includes(lang)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return lang;
  };
}

/** Languages given on the command line must be ones Seloste can write notices in. */
function checkLanguages(languages: readonly string[] | undefined): void {
  const missing = (languages ?? []).filter((l) => !phrasesFor(l));
  if (missing.length) throw new UsageError((m) => m.unknownLanguage(missing.join(', '), Object.keys(phrases).join(', ')));
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError((m) => m.badPort(value));
  return n;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError((m) => m.badCount(value));
  return n;
}

const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'github'] as const;

interface CheckFlags {
  format: (typeof FORMATS)[number];
  lang?: string[];
  maxWarnings?: number;
  quiet?: boolean;
  outputFile?: string;
  config?: string;
}

interface AuditFlags {
  format: (typeof FORMATS)[number];
  lang?: 'fi' | 'sv' | 'en';
  fixPlan?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  outputFile?: string;
}

/** The report on standard output, or whole into `--output-file`. */
async function report(text: string, outputFile: string | undefined, io: Io): Promise<void> {
  if (!outputFile) {
    io.stdout.write(text);
    return;
  }
  const { writeReport, OutputFileError } = await import('./report/output-file.js');
  try {
    await writeReport(resolve(io.cwd, outputFile), text);
  } catch (error) {
    if (error instanceof OutputFileError) throw new UsageError(() => error.message);
    throw error;
  }
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  // The configuration of the working folder, or else the locale: before the arguments are read, for the help.
  const language = interfaceLanguage(configuredLanguage(findConfig(io.cwd)), io.env);
  const texts = await loadCliTexts(language);
  const messages = texts.messages;
  const program = new Command();
  program
    .name('seloste')
    .description('Privacy notices (tietosuojaseloste) from YAML registers, checked against GDPR Art. 13 and 14')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => {
        const text = translateCommanderError(s, texts.commander);
        write(escapeTerminalLines(s.startsWith('error:') ? `seloste: ${text}` : text));
      },
    })
    .showHelpAfterError('(run `seloste --help` for usage)');

  program
    .command('check')
    .description('validate registers and check that each notice says what GDPR Art. 13 and 14 require')
    .argument('[paths...]', 'register files or folders', ['notices'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('-l, --lang <languages>', 'languages that must be complete, e.g. fi,en (default: from seloste.config.yaml)', parseLanguages)
    .option('--max-warnings <n>', 'fail when there are more warnings than this', parseCount)
    .option('-q, --quiet', 'report errors only, not warnings')
    .option('-o, --output-file <file>', 'write the report to this file instead of standard output')
    .option('-c, --config <file>', 'project configuration file (default: the nearest seloste.config.yaml)')
    .action(async (paths: string[], opts: CheckFlags) => {
      checkLanguages(opts.lang);
      const result = await checkPaths({
        cwd: io.cwd,
        paths,
        ...(opts.config ? { configFile: opts.config } : {}),
        ...(opts.lang ? { languages: opts.lang } : {}),
        env: io.env,
      });
      for (const p of result.problems) say(io, `${p.path}: ${p.message}`);
      const diagnostics = allDiagnostics(result).filter((d) => !opts.quiet || d.severity === 'error');
      if (result.files.length || diagnostics.length || opts.format !== 'stylish') {
        await report(await formatDiagnostics(diagnostics, opts.format, { ...io, isTTY: Boolean(io.isTTY) && !opts.outputFile }, result), opts.outputFile, io);
      }
      const { errors, warnings } = countBySeverity(diagnostics);
      if (result.problems.length) code = EXIT.failed;
      else if (errors > 0) code = EXIT.problems;
      else if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
        say(io, messages.tooManyWarnings(warnings, opts.maxWarnings));
        code = EXIT.problems;
      }
    });

  program
    .command('build')
    .description('check, then render each register into notices (HTML site, Markdown, PDF, JSON) in every language')
    .argument('[paths...]', 'register files or folders', ['notices'])
    .option('-o, --out <dir>', 'output folder, replaced as a whole when the build succeeds', 'dist')
    .option('--format <formats>', `formats to write: ${BUILD_FORMATS.join(',')}`, parseFormats, [...DEFAULT_BUILD_FORMATS])
    .option('-l, --lang <languages>', 'languages to render, e.g. fi,en (default: from seloste.config.yaml)', parseLanguages)
    .option('--force', 'render registers that have errors too')
    .option('--base-url <url>', 'public address of the site, for canonical links and sitemap.xml')
    .option('--no-history', 'do not publish earlier versions of the notices from the git history')
    .option('--no-incremental', 'render every register, even those unchanged since the last build')
    .option('-c, --config <file>', 'project configuration file (default: the nearest seloste.config.yaml)')
    .action(async (paths: string[], opts: BuildFlags) => {
      code = await buildCommand(paths, opts, io, messages);
    });

  program
    .command('serve')
    .description('build a preview, serve it on localhost and rebuild and reload on every change')
    .argument('[paths...]', 'register files or folders', ['notices'])
    .option('-p, --port <port>', 'port to listen on (0 picks a free one)', parsePort, 4000)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--format <formats>', `formats to build: ${BUILD_FORMATS.join(',')}`, parseFormats, ['html', 'md', 'json'])
    .option('-l, --lang <languages>', 'languages to render, e.g. fi,en (default: from seloste.config.yaml)', parseLanguages)
    .option('-c, --config <file>', 'project configuration file (default: the nearest seloste.config.yaml)')
    .action(async (paths: string[], opts: { port: number; host: string; format: string[]; lang?: string[]; config?: string }) => {
      code = await serveCommand(paths, opts, io, { messages, language });
    });

  program
    .command('edit')
    .description('edit the registers in the browser: a form driven by the schema, the findings of check as you type, a preview of the notice (see docs/editor.md)')
    .argument('[paths...]', 'register files or folders', ['notices'])
    .option('-p, --port <port>', 'port to listen on (0 picks a free one)', parsePort, 4100)
    .option('--host <host>', 'address to listen on; other than this machine only with care: anyone with the address and its token can change the registers', '127.0.0.1')
    .option('--no-open', 'do not open the browser')
    .option('--token <token>', 'the key the page must carry (default: a new random one each start, or SELOSTE_EDIT_TOKEN)')
    .option('-c, --config <file>', 'project configuration file (default: the nearest seloste.config.yaml)')
    .action(async (paths: string[], opts: EditFlags) => {
      const { editCommand } = await import('./edit/server/command.js');
      code = await editCommand(paths, opts, { ...io, language });
    });

  program
    .command('record')
    .description('write the record of processing activities (seloste käsittelytoimista, GDPR Art. 30) of each organisation: internal, never published')
    .argument('[paths...]', 'register files or folders', ['notices'])
    .option('-o, --out <dir>', 'output folder of the record (never the site, nor inside it), replaced as a whole', 'record')
    .option('--format <formats>', `formats to write: ${RECORD_FORMATS.join(',')}`, parseList, [...RECORD_FORMATS])
    .option('-l, --lang <languages>', 'languages to write, e.g. fi,en (default: from seloste.config.yaml)', parseLanguages)
    .option('--force', 'put registers that have errors in the record too')
    .option('-c, --config <file>', 'project configuration file (default: the nearest seloste.config.yaml)')
    .action(async (paths: string[], opts: RecordCommandOptions) => {
      checkLanguages(opts.lang);
      checkRecordFormats(opts.format);
      const { recordCommand } = await import('./record/command.js');
      code = await recordCommand(paths, opts, io);
    });

  const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
  program
    .command('init')
    .description('start a new register: asks on a terminal, or takes flags (see docs/authoring.md)')
    .option('-o, --out <file>', 'where to write the register (a file, or a folder for <id>.yaml; default notices/)')
    .option('--project', 'set up the repository too: seloste.config.yaml, .gitignore lines, a GitHub workflow and editor settings (existing files are kept)')
    .option('--languages <languages>', 'with --project: the languages of the new configuration, e.g. fi,sv (default fi)', parseLanguages)
    .option('--force', 'overwrite an existing file')
    .option('-y, --yes', 'ask nothing, even on a terminal: take everything from the flags')
    .option('--name <text>', 'register name (fi=…|en=… for several languages)')
    .option('--controller <name>', "controller's legal name")
    .option('--business-id <id>', 'business ID (Y-tunnus)')
    .option('--address <street>', 'street address')
    .option('--postal-code <code>', 'postal code')
    .option('--city <city>', 'post office or city')
    .option('--email <email>', "controller's e-mail")
    .option('--phone <phone>', "controller's phone")
    .option('--dpo-email <email>', "data protection officer's e-mail")
    .option('--purpose <text>', 'a purpose (repeat)', collect)
    .option('--basis <basis>', 'legal basis, one per purpose or one for all: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests', collect)
    .option('--withdraw <text>', 'how to withdraw consent, for consent purposes in order (repeat)', collect)
    .option('--interest <text>', 'the legitimate interest, for such purposes in order (repeat)', collect)
    .option('--law <text>', 'the law, for legal obligation and public task purposes in order (repeat)', collect)
    .option('--category <text>', 'a category of personal data (repeat)', collect)
    .option('--provision <kind>', 'statutory, contractual, contract_precondition or voluntary: one per category or one for all', collect)
    .option('--consequence <text>', 'what follows if data are not given, for required categories in order (repeat)', collect)
    .option('--source <source>', 'data_subject, observation or TYPE:NAME (repeat)', collect)
    .option('--recipient <recipient>', 'NAME[:ROLE[:COUNTRY]] (repeat; default none)', collect)
    .option('--transfer <transfer>', 'COUNTRY:RECIPIENT:MECHANISM[:URL] (repeat; default none)', collect)
    .option('--retention <period>', 'how long: 3 years, 26 months or P3Y')
    .option('--retention-trigger <text>', 'the event the period counts from')
    .option('--retention-law <text>', 'the law that sets the period')
    .option('--rights-email <email>', 'where data subjects send requests')
    .action(async (opts: InitOptions) => {
      checkLanguages(opts.languages);
      const { initCommand } = await import('./init/command.js');
      code = await initCommand(opts, {
        stdin: io.stdin ?? process.stdin,
        stdout: io.stdout,
        stderr: io.stderr,
        cwd: io.cwd,
        isTTY: Boolean(io.stdinIsTTY && io.isTTY),
        env: io.env,
      });
    });

  program
    .command('import')
    .description('turn an existing notice (text, Markdown, HTML, Word (.docx) or PDF) into a draft register with TODOs')
    .argument('<file>', 'the notice to import: a text, Markdown, HTML, Word (.docx) or PDF file')
    .option('-o, --out <file>', 'where to write the draft (default: FILE with .yaml in the working folder)')
    .option('--force', 'replace an existing file')
    .addOption(new Option('-l, --lang <lang>', 'language of the notice (default: detected)').choices(['fi', 'sv', 'en']).argParser(languageChoice(['fi', 'sv', 'en'])))
    .action(async (file: string, opts: { out?: string; force?: boolean; lang?: 'fi' | 'sv' | 'en' }) => {
      const { importCommand } = await import('./import/command.js');
      code = await importCommand(file, opts, { ...io, language });
    });

  program
    .command('audit')
    .description('read privacy notices as published (text, Markdown, HTML, Word, PDF) and report their gaps against GDPR Art. 13 and 14 at the lines of the original; nothing is written')
    .argument('<files...>', 'the notices: text, Markdown, HTML, Word (.docx) or PDF files')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .addOption(new Option('-l, --lang <lang>', 'language of the notice (default: detected)').choices(['fi', 'sv', 'en']).argParser(languageChoice(['fi', 'sv', 'en'])))
    .option('--fix-plan', 'print the register draft that would fix the notice: the import, with each finding as a TODO')
    .option('--max-warnings <n>', 'fail when there are more warnings than this', parseCount)
    .option('-q, --quiet', 'report errors only, not warnings')
    .option('-o, --output-file <file>', 'write the report to this file instead of standard output')
    .action(async (files: string[], opts: AuditFlags) => {
      code = await auditAction(files, opts, io);
    });

  program
    .command('diff')
    .description('list what changed between two versions of a register (files or git revisions) and which changes are material')
    .argument('<old>', 'the old version: a file, REV:path, or a git revision (then <new> is the file)')
    .argument('<new>', 'the new version: a file or REV:path')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--changelog', 'print a ready `changes:` entry for the register instead')
    .addOption(new Option('-l, --lang <language>', 'language of the text and Markdown output (default: the interface language: fi or sv where Seloste speaks them, else en)').choices(['en', 'fi', 'sv']).argParser(languageChoice(['en', 'fi', 'sv'])))
    .option('--date <date>', 'date of the change log entry (YYYY-MM-DD)')
    .action(async (oldRef: string, newRef: string, opts: DiffOptions) => {
      const { diffCommand } = await import('./diff/command.js');
      code = await diffCommand(oldRef, newRef, opts, { ...io, language });
    });

  program
    .command('lsp')
    .description('run the language server for editors: every problem `check` finds, as you type, with quick fixes and rule docs (see docs/editors.md)')
    .option('--stdio', 'talk to the editor over standard input and output (the default)')
    .option('--clientProcessId <pid>', "the editor's process: the server ends when it does")
    .action(async () => {
      const { lspCommand } = await import('./lsp/command.js');
      code = await lspCommand({ cwd: io.cwd, input: io.stdin ?? process.stdin, output: process.stdout });
    });

  program
    .command('schema')
    .description('print the JSON Schema of registers (or of organisation files, or of the configuration)')
    .addOption(new Option('--kind <kind>', 'which schema').choices(['register', 'organisation', 'config']).default('register'))
    .action((opts: { kind: 'register' | 'organisation' | 'config' }) => {
      io.stdout.write(`${JSON.stringify(readSchema(opts.kind), null, 2)}\n`);
    });

  if (texts.help) localiseHelp(program, texts.help);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.failed;
    }
    if (error instanceof UsageError) {
      say(io, error.describe(messages));
      return EXIT.failed;
    }
    throw error;
  }
  return code;
}

/** `record --format xlsx,csv`: some of the record's formats, at least one. */
function checkRecordFormats(formats: readonly string[]): asserts formats is RecordFormat[] {
  const known: readonly string[] = RECORD_FORMATS;
  const expected = RECORD_FORMATS.map((f) => `\`${f}\``).join(', ');
  if (!formats.length) throw new UsageError((m) => m.noFormat(expected));
  const unknown = formats.filter((f) => !known.includes(f));
  if (unknown.length) throw new UsageError((m) => m.unknownFormat(unknown.join(', '), expected));
}

const BUILD_FORMATS = ['html', 'md', 'pdf', 'json'] as const;
const DEFAULT_BUILD_FORMATS = ['html', 'md', 'pdf', 'json'] as const;

interface BuildFlags {
  out: string;
  format: string[];
  lang?: string[];
  force?: boolean;
  baseUrl?: string;
  history: boolean;
  incremental: boolean;
  config?: string;
}

async function buildCommand(paths: string[], opts: BuildFlags, io: Io, messages: CliMessages): Promise<number> {
  const unknown = opts.format.filter((f) => !(BUILD_FORMATS as readonly string[]).includes(f));
  if (unknown.length) throw new UsageError((m) => m.unknownFormat(unknown.join(', '), BUILD_FORMATS.join(', ')));
  const languages = opts.lang;
  checkLanguages(languages);
  if (opts.baseUrl && !/^https?:\/\//.test(opts.baseUrl)) throw new UsageError((m) => m.badBaseUrl(opts.baseUrl!));
  const { buildSite } = await import('./publish/build.js');
  const { OutputError } = await import('./publish/atomic.js');
  let result;
  try {
    result = await buildSite({
      cwd: io.cwd,
      paths,
      out: resolve(io.cwd, opts.out),
      formats: opts.format as ('html' | 'md' | 'pdf' | 'json')[],
      ...(opts.config ? { configFile: opts.config } : {}),
      ...(languages ? { languages } : {}),
      ...(opts.force ? { force: true } : {}),
      ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
      history: opts.history,
      incremental: opts.incremental,
      env: io.env,
      ...(io.isTTY ? { onProgress: progressBar(io) } : {}),
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (error instanceof OutputError) {
      say(io, `\`${opts.out}\` ${error.message}`);
      return EXIT.failed;
    }
    if (e.code) {
      say(io, messages.cannotWrite(opts.out, e.code));
      return EXIT.failed;
    }
    throw error;
  }
  const colour = Boolean(io.isTTY) && !io.env['NO_COLOR'];
  const language = result.check.config.messageLanguage;
  if (result.check.problems.length) {
    const shared = result.check.shared;
    if (shared.length) io.stderr.write(formatStylish(shared, { colour, language }));
    for (const p of result.check.problems) say(io, `${p.path}: ${p.message}`);
    say(io, messages.nothingWritten(opts.out));
    return EXIT.failed;
  }
  const diagnostics = allDiagnostics(result.check);
  if (diagnostics.length) io.stderr.write(formatStylish(diagnostics, { colour, language }));
  if (opts.history && opts.format.includes('html') && (await inShallowClone(io.cwd))) {
    say(io, messages.shallowClone);
  }
  for (const line of notBuiltLines(result, opts, messages)) say(io, line);
  if (result.pdfError) say(io, result.pdfError);
  if (result.kept) {
    say(io, messages.noneBuilt(opts.out));
    return EXIT.problems;
  }
  io.stdout.write(`${messages.built(result.built.length, result.languages.join(', '), escapeTerminal(opts.out), result.files, result.reused.length)}\n`);
  if (result.pdfError) return EXIT.failed;
  const failed = result.skipped.length || result.pdfFailures.length || (countBySeverity(diagnostics).errors > 0 && !opts.force);
  return failed ? EXIT.problems : EXIT.ok;
}

/** Why each register left out was not built, and what the site shows of it instead. */
function notBuiltLines(result: BuildResult, opts: BuildFlags, messages: CliMessages): string[] {
  const stale = new Set(result.stale);
  // Not even --force builds a register that breaks the format (parts of it are left out) or has no date.
  const unreadable = new Set(result.check.files.filter((f) => (!f.loaded || f.loaded.partial) && !f.reused).map((f) => f.file));
  const undated = new Set(result.check.files.filter((f) => f.loaded && !f.loaded.partial && !f.loaded.register.updated).map((f) => f.file));
  const lines = result.skipped.map((file) => {
    const why = unreadable.has(file) ? messages.unreadable(file) : undated.has(file) ? messages.undated(file) : messages.hasErrors(file);
    const shown = stale.has(file) ? messages.staysPublished : '';
    const hint = unreadable.has(file) || undated.has(file) || opts.force ? '' : messages.useForce;
    return messages.notBuilt(why, shown, hint);
  });
  for (const f of result.pdfFailures) lines.push(messages.pdfNotPrinted(f.path, f.file, f.message));
  return lines;
}

async function inShallowClone(cwd: string): Promise<boolean> {
  const { gitRoot, isShallow } = await import('./publish/history.js');
  const root = await gitRoot(cwd);
  return root !== undefined && (await isShallow(root));
}

async function serveCommand(
  paths: string[],
  opts: { port: number; host: string; format: string[]; lang?: string[]; config?: string },
  io: Io,
  { messages, language }: { messages: CliMessages; language: MessageLanguage },
): Promise<number> {
  const unknown = opts.format.filter((f) => !(BUILD_FORMATS as readonly string[]).includes(f));
  if (unknown.length) throw new UsageError((m) => m.unknownFormat(unknown.join(', '), BUILD_FORMATS.join(', ')));
  checkLanguages(opts.lang);
  const { startPreview, ListenError } = await import('./serve/serve.js');
  let preview;
  try {
    preview = await startPreview({
      cwd: io.cwd,
      paths,
      port: opts.port,
      host: opts.host,
      formats: opts.format as ('html' | 'md' | 'pdf' | 'json')[],
      ...(opts.lang ? { languages: opts.lang } : {}),
      ...(opts.config ? { configFile: opts.config } : {}),
      env: io.env,
      language,
      log: (line) => io.stderr.write(`${escapeTerminal(line)}\n`),
    });
  } catch (error) {
    if (error instanceof ListenError) {
      say(io, error.message);
      return EXIT.failed;
    }
    throw error;
  }
  io.stdout.write(`${messages.serving(escapeTerminal(preview.url))}\n`);
  // Without `until` it serves until the process is interrupted (Ctrl-C), which also removes the preview.
  await (io.until ?? new Promise<void>(() => undefined));
  await preview.close();
  return EXIT.ok;
}

/** A one-line progress bar for long PDF runs, redrawn in place on a terminal. */
function progressBar(io: Io): (done: number, total: number) => void {
  return (done, total) => {
    if (total < 10) return;
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.stderr.write(`\rPDF [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
  };
}

/** What a report needs to know of the run besides its findings: the files it read and the project's settings. */
interface Reported {
  files: readonly { file: string }[];
  config: { docsBaseUrl?: string | undefined; messageLanguage: MessageLanguage };
  /** Rules beyond those of `check`, for SARIF's descriptors. */
  rules?: readonly RuleMeta[];
}

async function formatDiagnostics(diagnostics: Diagnostic[], format: (typeof FORMATS)[number], io: Io, result: Reported): Promise<string> {
  switch (format) {
    case 'json':
      return formatJson(diagnostics);
    case 'sarif': {
      const rules = [...(await import('./rules/index.js')).rules.map((r) => r.meta), ...(result.rules ?? [])];
      const docs = result.config.docsBaseUrl ? { docsBaseUrl: result.config.docsBaseUrl } : {};
      return formatSarif(diagnostics, { version: VERSION, rules, srcRoot: io.cwd, ...docs });
    }
    case 'github':
      return formatGithub(diagnostics);
    case 'compact':
      return formatCompact(diagnostics);
    default:
      return formatStylish(diagnostics, { colour: Boolean(io.isTTY) && !io.env['NO_COLOR'], files: result.files.map((f) => f.file), language: result.config.messageLanguage });
  }
}

/** `seloste audit`: the findings (or the fix plan) of each notice, a summary a person reads, and the exit code. */
async function auditAction(files: string[], opts: AuditFlags, io: Io): Promise<number> {
  // The project's rule settings apply to the audit too: a broken configuration would audit against the wrong ones.
  const { config, diagnostics: configDiagnostics } = await loadProjectConfig(io.cwd, undefined, undefined, io.env);
  if (configDiagnostics.some((d) => d.severity === 'error')) {
    await report(await formatDiagnostics(configDiagnostics, opts.format, { ...io, isTTY: Boolean(io.isTTY) && !opts.outputFile }, { files: [], config }), opts.outputFile, io);
    say(io, `${configDiagnostics[0]!.file}: ${FILE_WORDS[config.messageLanguage].configHasErrors}`);
    return EXIT.failed;
  }
  const { auditFiles } = await import('./audit/command.js');
  const run = await auditFiles(files, { cwd: io.cwd, env: io.env, ...(opts.lang ? { lang: opts.lang } : {}) });
  for (const p of run.problems) say(io, `${p.file}: ${p.message}`);
  const code = opts.fixPlan ? await printFixPlans(run, opts, io) : await printAudit(run, opts, io, config);
  return run.problems.length ? EXIT.failed : code;
}

/** `--fix-plan`: each register's draft with the audit's findings as TODOs; one document a register. */
async function printFixPlans(run: AuditRun, opts: AuditFlags, io: Io): Promise<number> {
  const { fixPlan } = await import('./audit/fix-plan.js');
  const plans = run.results.flatMap((r) => r.registers.map(fixPlan));
  if (plans.length) await report(plans.join('\n---\n'), opts.outputFile, io);
  return EXIT.ok;
}

/** The audit's findings in the chosen format, after the stylish report the summary, and the exit code of the findings. */
async function printAudit(run: AuditRun, opts: AuditFlags, io: Io, config: Config): Promise<number> {
  const [{ AUDIT_RULES }, { formatAuditSummary }] = await Promise.all([import('./audit/rule-metas.js'), import('./audit/summary.js')]);
  const diagnostics = run.results.flatMap((r) => r.diagnostics).filter((d) => !opts.quiet || d.severity === 'error');
  const reported = { files: run.results.map((r) => ({ file: r.file })), config, rules: AUDIT_RULES };
  let text = await formatDiagnostics(diagnostics, opts.format, { ...io, isTTY: Boolean(io.isTTY) && !opts.outputFile }, reported);
  if (opts.format === 'stylish' && !opts.quiet) text += run.results.map((r) => `\n${formatAuditSummary(r, config.messageLanguage)}`).join('');
  if (run.results.length) await report(text, opts.outputFile, io);
  const { errors, warnings } = countBySeverity(diagnostics);
  if (errors > 0) return EXIT.problems;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    say(io, (await loadCliTexts(config.messageLanguage)).messages.tooManyWarnings(warnings, opts.maxWarnings));
    return EXIT.problems;
  }
  return EXIT.ok;
}
