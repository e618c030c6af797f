/** Checking the texts an editor holds: unsaved registers, organisation files and config read from memory. */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPaths, checkSharedFile } from '../src/pipeline.js';
import { tempProject } from './helpers.js';

const REGISTER = `organisation: ./acme.org.yaml
name: {fi: Asiakasrekisteri}
updated: 2026-01-15
purposes:
  - description: {fi: Asiakassuhteen hoitaminen}
    legal_basis: contract
`;
const ORGANISATION = 'controller: {name: Acme Oy, email: tietosuoja@acme.example}\n';


function ids(diagnostics: readonly { ruleId: string; line: number; file: string }[]): string[] {
  return diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`);
}

describe('checking texts held in memory', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/customers.yaml': REGISTER, 'notices/acme.org.yaml': ORGANISATION }));
  });
  afterEach(() => cleanup());

  it('reads a register from memory instead of its file', async () => {
    const path = join(dir, 'notices/customers.yaml');
    const onDisk = await checkPaths({ cwd: dir, paths: [path] });
    const texts = new Map([[path, REGISTER.replace('legal_basis: contract', 'legal_basis: contrakt')]]);
    const inMemory = await checkPaths({ cwd: dir, paths: [path], texts });
    expect(ids(onDisk.files[0]!.diagnostics)).not.toContain('notices/customers.yaml:6 schema/enum');
    expect(inMemory.files[0]!.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'notices/customers.yaml', line: 6, column: 18, ruleId: 'schema/enum', expected: ['contract'] }),
    );
  });

  it('checks a register that is not on disk at all', async () => {
    const path = join(dir, 'notices/unsaved.yaml');
    const result = await checkPaths({ cwd: dir, paths: [path], texts: new Map([[path, 'name: {fi: X}\ncontroler: {name: Acme Oy}\n']]) });
    expect(result.problems).toEqual([]);
    expect(result.files[0]!.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'schema/unknown-key', expected: ['controller'] }));
  });

  it('reads the organisation files and the config a register draws on from memory, and names the organisation files', async () => {
    const path = join(dir, 'notices/customers.yaml');
    const org = join(dir, 'notices/acme.org.yaml');
    const texts = new Map([
      [org, 'controller: {name: Acme Oy, emial: x}\n'],
      [join(dir, 'seloste.config.yaml'), 'languages: [fi, en]\n'],
    ]);
    const result = await checkPaths({ cwd: dir, paths: [path], texts });
    expect(result.organisations).toEqual([org]);
    expect(ids(result.shared)).toContain('notices/acme.org.yaml:1 schema/unknown-key');
    expect(result.languages).toEqual(['fi', 'en']);
    expect(ids(result.files[0]!.diagnostics)).toContain('notices/customers.yaml:2 translation-missing');
  });

  it('refuses a text past the size of a register, as it refuses such a file', async () => {
    const path = join(dir, 'notices/customers.yaml');
    const result = await checkPaths({ cwd: dir, paths: [path], texts: new Map([[path, `# ${'x'.repeat(1024 * 1024)}\n`]]) });
    expect(result.files[0]!.diagnostics).toMatchObject([{ ruleId: 'file/too-large', line: 1 }]);
  });

  it('checks an organisation file or the config on its own', async () => {
    const org = join(dir, 'notices/acme.org.yaml');
    const config = join(dir, 'seloste.config.yaml');
    expect(await checkSharedFile({ cwd: dir, path: org })).toEqual([]);
    const texts = new Map([
      [org, 'controler: {name: Acme Oy}\n'],
      [config, 'languages: [fi, EN]\n'],
    ]);
    expect(await checkSharedFile({ cwd: dir, path: org, texts })).toMatchObject([
      { file: 'notices/acme.org.yaml', line: 1, column: 1, ruleId: 'schema/unknown-key', expected: ['controller'], url: expect.stringMatching(/schema\.md#unknown-key$/) },
    ]);
    expect(await checkSharedFile({ cwd: dir, path: config, texts })).toMatchObject([{ file: 'seloste.config.yaml', line: 1, column: 17, ruleId: 'schema/enum', expected: ['en'] }]);
  });
});
