/**
 * The temporary folder a preview is built into. It goes with the preview in every ending: closed,
 * failed to start, interrupted (Ctrl-C, SIGTERM) or ended by a crash or `process.exit`, when only
 * synchronous work still runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onInterrupt } from '../cleanup.js';

export interface PreviewFolder {
  path: string;
  remove(): Promise<void>;
}

export function makePreviewFolder(): PreviewFolder {
  const path = mkdtempSync(join(tmpdir(), 'seloste-preview-'));
  const removeNow = (): void => rmSync(path, { recursive: true, force: true });
  const forget = onInterrupt(removeNow);
  process.on('exit', removeNow);
  return {
    path,
    async remove() {
      forget();
      process.off('exit', removeNow);
      await rm(path, { recursive: true, force: true });
    },
  };
}
