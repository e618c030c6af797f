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

  constructor(
    private readonly printer: PdfPrinter,
    private readonly total: number,
    private readonly onProgress?: (done: number, total: number) => void,
  ) {}

  /** Print one notice; `save` writes the PDF. Resolves once few enough notices wait for a page. */
  async add(job: PrintJob, file: string, path: string, save: (pdf: Uint8Array) => Promise<void>): Promise<void> {
    const p = this.printer.print(job).then(save, (error: unknown) => {
      this.failures.push({ file, path, message: error instanceof Error ? error.message : String(error) });
    });
    const counted = p.then(() => this.onProgress?.(++this.done, this.total));
    this.printing.add(counted);
    void counted.finally(() => this.printing.delete(counted)).catch(() => undefined);
    // Keep memory flat: a bounded number of notices waits for a page; the pool never runs dry.
    while (this.printing.size >= 4 * this.printer.size) await Promise.race(this.printing);
  }

  /** Every PDF asked for has been printed and written, or has failed to print. */
  async drain(): Promise<void> {
    await Promise.all(this.printing);
  }

  /** Let what is under way end, whatever its outcome (on the way out of a failed build). */
  async settle(): Promise<void> {
    await Promise.allSettled(this.printing);
  }
}
