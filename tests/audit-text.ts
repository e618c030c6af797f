/**
 * A notice audited from its text alone, in a folder of its own with no project config: the findings
 * as `seloste audit` reports them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditBytes } from '../src/audit/audit.js';
import type { Diagnostic } from '../src/diagnostic.js';

let work: string | undefined;

function folder(): string {
  if (!work) {
    const made = mkdtempSync(join(tmpdir(), 'seloste-audit-text-'));
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
    work = made;
  }
  return work;
}

export async function auditText(text: string, file = 'notice.md'): Promise<Diagnostic[]> {
  const result = await auditBytes(new TextEncoder().encode(text), file, { cwd: folder() });
  if ('problem' in result) throw new Error(result.problem);
  return result.diagnostics;
}
