import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './helpers.js';

describe('README', () => {
  it('shows the check output exactly as printed', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /```console\n\$ npx seloste (check [^\n]+)\n([^]*?)```/.exec(readme);
    expect(block, 'a console block with a check run').not.toBeNull();
    const r = await cli(block![1]!.split(' '));
    expect(r.stdout).toBe(block![2]);
  });
});
