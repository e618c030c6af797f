/** The command line of `seloste record`: its options, its messages and its exit code. */
import { resolve } from 'node:path';
import { countBySeverity } from '../diagnostic.js';
import { allDiagnostics } from '../pipeline.js';
import { OutputError } from '../publish/atomic.js';
import { escapeTerminal } from '../report/escape.js';
import { formatStylish } from '../report/stylish.js';
import type { RecordFormat } from './formats.js';
import { writeRecord, type LeftOut, type RecordResult } from './write-record.js';

export interface RecordCommandOptions {
  out: string;
  format: RecordFormat[];
  lang?: string[];
  force?: boolean;
  config?: string;
}

export interface RecordIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
  env: Record<string, string | undefined>;
  isTTY?: boolean;
}

const WHY: Record<LeftOut, string> = {
  unreadable: 'cannot be read as a register; fix the errors above',
  errors: 'has errors (use --force to put it in the record anyway)',
  'no-controller': 'names no controller, so it belongs to no organisation',
};

function say(io: RecordIo, message: string): void {
  io.stderr.write(`seloste: ${escapeTerminal(message)}\n`);
}

export async function recordCommand(paths: string[], opts: RecordCommandOptions, io: RecordIo): Promise<number> {
  let result: RecordResult;
  try {
    result = await writeRecord({
      cwd: io.cwd,
      paths,
      out: resolve(io.cwd, opts.out),
      formats: opts.format,
      env: io.env,
      ...(opts.config ? { configFile: opts.config } : {}),
      ...(opts.lang ? { languages: opts.lang } : {}),
      ...(opts.force ? { force: true } : {}),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof OutputError) say(io, `\`${opts.out}\` ${error.message}`);
    else if (code) say(io, `cannot write \`${opts.out}\` (${code}); the previous record is unchanged`);
    else throw error;
    return 2;
  }
  return report(result, opts, io);
}

function report(result: RecordResult, opts: RecordCommandOptions, io: RecordIo): number {
  const colour = Boolean(io.isTTY) && !io.env['NO_COLOR'];
  const { check } = result;
  const diagnostics = allDiagnostics(check);
  if (diagnostics.length) io.stderr.write(formatStylish(diagnostics, { colour }));
  for (const p of check.problems) say(io, `${p.path}: ${p.message}`);
  if (check.problems.length) {
    say(io, `nothing was written; ${opts.out}/ is unchanged`);
    return 2;
  }
  for (const { file, why } of result.left) say(io, `not in the record: ${file} ${WHY[why]}`);
  if (result.pdfError) say(io, result.pdfError);
  if (!result.written) {
    say(io, `no register can go into a record; nothing was written, ${opts.out}/ is unchanged`);
    return 1;
  }
  const orgs = result.organisations.length;
  const registers = result.organisations.reduce((n, o) => n + o.registers.length, 0);
  io.stdout.write(
    `Wrote the record of processing activities of ${orgs} ${orgs === 1 ? 'organisation' : 'organisations'} (${registers} ${registers === 1 ? 'register' : 'registers'}) in ${result.languages.join(', ')} into ${escapeTerminal(opts.out)}/ (${result.files} files)\n`,
  );
  if (result.pdfError) return 2;
  return result.left.length || countBySeverity(diagnostics).errors > 0 ? 1 : 0;
}
