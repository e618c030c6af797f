/**
 * The audit bench reads every spec before it measures any: a gap whose right is misspelt
 * ("withdrawal of consent" for `withdraw_consent`) could never be matched, so the bench refuses to
 * run, naming the spec and the gap; the committed specs all pass.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const empty = mkdtempSync(join(tmpdir(), 'seloste-bench-specs-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('the audit bench specs', () => {
  it('name every right a gap is about by a name the bench matches', async () => {
    const run = await promisify(execFile)(process.execPath, [join(ROOT, 'bench', 'audit-accuracy.js'), '--notices', empty, '--set', 'mistral']);
    expect(run.stderr).not.toMatch(/is none of/u);
    expect(run.stdout).toMatch(/\*\*All 0\*\*/u);
  });
});
