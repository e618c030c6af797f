/**
 * The import bench reads every spec before it measures any: a fact of the controller, contact person or
 * DPO under a key it does not compare (`address` for `street`, `postal_code` and `city`) could never be
 * matched, so the bench refuses to run, naming the spec and the key; the committed specs all pass.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const empty = mkdtempSync(join(tmpdir(), 'seloste-bench-import-specs-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

type UnknownKeys = (file: string, expected: unknown) => string[];
const { unknownPartyKeys } = (await import(pathToFileURL(join(ROOT, 'bench', 'import-accuracy', 'compare.js')).href)) as { unknownPartyKeys: UnknownKeys };

describe('the import bench specs', () => {
  it('name every fact of a party by a key the bench compares', async () => {
    const run = await new Promise<{ stderr: string }>((resolve) => {
      execFile(process.execPath, [join(ROOT, 'bench', 'import-accuracy.js'), '--notices', empty, '--set', 'zephyr'], (_error, _stdout, stderr) => resolve({ stderr }));
    });
    expect(run.stderr).not.toMatch(/is none of/u);
    expect(run.stderr).toMatch(/No original of a notice of the set zephyr/u);
  });

  it('says which key of which spec it cannot compare', () => {
    const found = unknownPartyKeys('x.yaml', { controller: { name: 'Esimerkki Oy', address: 'Katu 1, 00100 Helsinki' }, dpo: 'none' });
    expect(found).toEqual([expect.stringMatching(/^x\.yaml: controller\.address is none of name, business_id, street/u)]);
  });
});
