/**
 * PDFs printed while the build goes on: each notice is sent to Chromium as soon as it is rendered
 * and written when it comes back. A notice that cannot be printed is that notice's failure, not the
 * build's: it is listed, and the others print on.
 */
import type { PdfPrinter, PrintJob } from '../pdf/printer.js';

export interface PrintFailure {
  /** The register file. */
  file: string;
  /** The PDF that was not printed, relative to the output folder. */
  path: string;
  message: string;
}

export class PrintQueue {
  readonly failures: PrintFailure[] = [];
  private readonly printing = new Set<Promise<void>>();
  private done = 0;
  /** A PDF that printed but could not be written: that fails the build (see `drain`). */
  private writeError: { error: unknown } | undefined;

  constructor(
    private readonly printer: PdfPrinter,
    private readonly total: number,
    private readonly onProgress?: (done: number, total: number) => void,
  ) {}

  /** Print one notice; `save` writes the PDF. Resolves once few enough notices wait for a page. */
  async add(job: PrintJob, file: string, path: string, save: (pdf: Uint8Array) => Promise<void>): Promise<void> {
    const printed = this.printer.print(job).then(
      (pdf) => save(pdf).catch((error: unknown) => void (this.writeError ??= { error })),
      (error: unknown) => void this.failures.push({ file, path, message: error instanceof Error ? error.message : String(error) }),
    );
    // Settles only once its outcome is recorded: nothing is lost when it leaves the set early.
    const counted: Promise<void> = printed.then(() => {
      this.printing.delete(counted);
      this.onProgress?.(++this.done, this.total);
    });
    this.printing.add(counted);
    // Keep memory flat: a bounded number of notices waits for a page; the pool never runs dry.
    while (this.printing.size >= 4 * this.printer.size) await Promise.race(this.printing);
  }

  /** Every PDF asked for has been printed and written, or has failed to print. */
  async drain(): Promise<void> {
    await Promise.all(this.printing);
    if (this.writeError) throw this.writeError.error;
  }

  /** Let what is under way end, whatever its outcome (on the way out of a failed build). */
  async settle(): Promise<void> {
    await Promise.allSettled(this.printing);
  }
}
