/**
 * Writing the new site into its staging folder: each file written or taken over is listed with the
 * hash of its content, under the register (or the site) it belongs to.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { contentHash } from './cache.js';
import { linkAll, type LinkPair } from './link.js';
import type { PreviousSite } from './previous.js';

/** What one register (or the site as a whole) wrote: output path → content hash. */
export type Outputs = Record<string, string>;

export class SiteWriter {
  files = 0;
  private readonly made = new Set<string>();

  constructor(
    readonly staging: string,
    private readonly previous: PreviousSite,
  ) {}

  /** Write one file of the site. */
  async write(path: string, content: string | Uint8Array, owner: Outputs): Promise<void> {
    const full = this.place(path);
    const dir = dirname(full);
    if (!this.made.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.made.add(dir);
    }
    // Exclusive: a file in the staging folder is only ever made once, by this build.
    await writeFile(full, content, { flag: 'wx' });
    owner[path] = contentHash(content);
    this.files++;
  }

  /** Take over outputs of the previous site (found intact by the caller), with their hashes. */
  take(outputs: Readonly<Outputs>, owner: Outputs): void {
    const pairs: LinkPair[] = Object.keys(outputs).map((o) => [this.previous.file(o), this.place(o)]);
    this.files += linkAll(pairs);
    Object.assign(owner, outputs);
  }

  private place(path: string): string {
    return join(this.staging, ...path.split('/'));
  }
}
