/**
 * `seloste record`: check the registers, then write the record of processing activities of each
 * organisation, in every language and format, into an output folder of its own. The folder is
 * written aside and swapped in whole, as a build's is; it is never the site's, nor inside it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { phrasesFor } from '../compose/phrases/index.js';
import type { PdfPrinter } from '../pdf/printer.js';
import { checkPaths, type CheckOptions, type CheckResult, type FileResult } from '../pipeline.js';
import { discard, OutputError, stagingFolder, swapIn } from '../publish/atomic.js';
import { claimOutputFolder, MARKER_FILE, markerText, projectFolders, siteAbove } from '../publish/output-folder.js';
import type { Register } from '../types.js';
import { recordFiles, type RecordFile } from './files.js';
import type { RecordFormat } from './formats.js';
import { groupOrganisations, type Organisation } from './organisations.js';
import { recordPhrases } from './phrases/index.js';
import { printRecord } from './print.js';
import { composeRecord } from './record.js';

export interface RecordOptions extends CheckOptions {
  out: string;
  formats: readonly RecordFormat[];
  /** Put registers that have errors in the record too. */
  force?: boolean;
  env?: Record<string, string | undefined>;
}

export type LeftOut = 'unreadable' | 'errors' | 'no-controller';

export interface RecordResult {
  check: CheckResult;
  languages: string[];
  organisations: Organisation[];
  /** Register files not in the record, and why. */
  left: { file: string; why: LeftOut }[];
  files: number;
  /** False when nothing was written (the folder is as it was). */
  written: boolean;
  /** Why no PDF was printed (no browser); the other formats were written. */
  pdfError?: string;
}

/** Why a checked register stays out of the record, or undefined when it goes in. */
function leftOut(file: FileResult, force: boolean): LeftOut | undefined {
  if (!file.loaded || file.loaded.partial) return 'unreadable';
  if (!force && file.diagnostics.some((d) => d.severity === 'error')) return 'errors';
  return file.loaded.register.controller ? undefined : 'no-controller';
}

export async function writeRecord(options: RecordOptions): Promise<RecordResult> {
  const check = await checkPaths(options);
  const result: RecordResult = { check, languages: check.languages, organisations: [], left: [], files: 0, written: false };
  const registers: Register[] = [];
  for (const file of check.files) {
    const why = leftOut(file, options.force === true);
    if (why) result.left.push({ file: file.file, why });
    else registers.push(file.loaded!.register);
  }
  result.organisations = groupOrganisations(registers);
  if (check.problems.length || !result.organisations.length) return result;
  const out = resolve(options.out);
  claimOutputFolder(out, projectFolders(options.cwd, options.paths, check), 'record');
  const site = siteAbove(out);
  if (site) throw new OutputError(`is inside a published site (\`${site}\`), and the record of processing activities is never published; choose a folder outside it for --out`);
  const staging = await stagingFolder(out);
  try {
    await writeAll(staging, result, options);
    await writeFile(join(staging, MARKER_FILE), markerText('record'));
    await swapIn(staging, out);
  } catch (error) {
    await discard(staging);
    throw error;
  }
  result.written = true;
  return result;
}

async function put(staging: string, file: RecordFile): Promise<void> {
  const path = join(staging, ...file.path.split('/'));
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, file.content, { flag: 'wx' });
}

/**
 * Every organisation's record in every language and format. The languages of an organisation are
 * written side by side, so that Chromium prints their PDFs on as many pages as there are CPUs.
 */
async function writeAll(staging: string, result: RecordResult, options: RecordOptions): Promise<void> {
  const formats = new Set(options.formats);
  const templates = result.check.config.templates;
  const printer = formats.has('pdf') ? await openPrinter(options, result) : undefined;
  try {
    for (const organisation of result.organisations) {
      const written = await Promise.all(
        result.languages.map(async (lang) => {
          const t = phrasesFor(lang)!;
          const record = composeRecord(organisation, t, recordPhrases[t.lang]!);
          const stem = `${lang}/${organisation.slug}`;
          const files = await recordFiles(record, stem, formats, t, templates);
          if (printer) files.push({ path: `${stem}.pdf`, content: await printRecord(printer, record, organisation, t, templates) });
          return files;
        }),
      );
      // Written in a fixed order, whichever language finished first.
      for (const file of written.flat()) await put(staging, file);
      result.files += written.flat().length;
    }
  } finally {
    await printer?.close();
  }
}

/** Chromium for the PDFs; without one the other formats are still written, and the reason is kept. */
async function openPrinter(options: RecordOptions, result: RecordResult): Promise<PdfPrinter | undefined> {
  const [{ PdfPrinter }, { BrowserNotFoundError }] = await Promise.all([import('../pdf/printer.js'), import('../pdf/browser.js')]);
  try {
    return await PdfPrinter.open(options.env ? { env: options.env } : {});
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    result.pdfError = error.message;
    return undefined;
  }
}

