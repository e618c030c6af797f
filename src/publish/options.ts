/** What a build is asked to do, and what it reports. */
import type { CheckOptions, CheckResult, FileResult } from '../pipeline.js';
import type { Format } from './pages.js';
import type { PrintFailure } from './print-queue.js';

export interface BuildOptions extends CheckOptions {
  out: string;
  formats: readonly Format[];
  /** Build registers that have errors too. */
  force?: boolean;
  baseUrl?: string;
  /**
   * A message to show on a register's pages (the preview shows its check errors there). Builds with
   * a banner are not incremental unless `incremental: true` is given, which promises that the
   * banner depends on nothing but the register's check (its diagnostics).
   */
  banner?: (file: FileResult) => string | undefined;
  /** Publish earlier versions from the git history (default true). */
  history?: boolean;
  /** Reuse the outputs of registers unchanged since the last build into the same folder (default true). */
  incremental?: boolean;
  /**
   * Replace the site even when no register can be built (the preview does, to show why on its index
   * page). By default the published site is then kept as it is.
   */
  alwaysReplace?: boolean;
  /** A message for the index pages (the preview lists the registers that could not be read there). */
  siteBanner?: (check: CheckResult) => string | undefined;
  /** PDF pages printing at once (default: the number of CPUs). */
  concurrency?: number;
  /** How long one notice may take to print, in milliseconds (default 60 000); past it, that PDF fails. */
  printTimeoutMs?: number;
  env?: Record<string, string | undefined>;
  /**
   * How long a file must have been left alone before its stat alone shows it unchanged (default
   * 2000 ms); files changed more recently are read and compared by their text.
   */
  settleMs?: number;
  /** Threads that render notices beside the main thread (default: one per CPU, at most four; 0: none). */
  workers?: number;
  /** Called as PDFs are printed: done of total. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildResult {
  check: CheckResult;
  languages: string[];
  /** Registers that were rendered, by file. */
  built: string[];
  /** Registers left out because of errors. */
  skipped: string[];
  /**
   * Registers left out whose notices an earlier build published: those stay in the site as they
   * were (stale) until the register builds again.
   */
  stale: string[];
  /** Registers unchanged since the last build, whose outputs were taken over. */
  reused: string[];
  files: number;
  /** True when the output folder was not replaced (nothing could be built, or no path could be read). */
  kept: boolean;
  /** Why no PDFs were printed, when they were asked for and could not be. */
  pdfError?: string;
  /** Notices whose PDF failed to print; an earlier PDF of the notice, if any, stays published. */
  pdfFailures: PrintFailure[];
}
