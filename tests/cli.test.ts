import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, ROOT, tempProject } from './helpers.js';

const exec = promisify(execFile);
const CONFIG = join(FIXTURES, 'rules', 'seloste.config.yaml');

describe('seloste check (command line)', () => {
  it('prints a readable report and exits 1 on errors', async () => {
    const r = await cli(['check', 'tests/fixtures/format/required.yaml', '-c', CONFIG]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('tests/fixtures/format/required.yaml\n');
    expect(r.stdout).toMatch(/ {2}1:1-1:29 +error +Missing required key `updated` in the register {2}schema\/required/);
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors?/);
  });

  it('prints JSON with the documented fields', async () => {
    const r = await cli(['check', 'tests/fixtures/format/duplicate.yaml', '-c', CONFIG, '--format', 'json']);
    expect(r.code).toBe(1);
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(Object.keys(list[0]!)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'ruleId', 'severity', 'message', 'url']);
    expect(list[0]).toMatchObject({ file: 'tests/fixtures/format/duplicate.yaml', line: 3, column: 1, ruleId: 'yaml/duplicate-key', severity: 'error' });
  });

  it('exits 2 for a path that does not exist, without a stack trace', async () => {
    const r = await cli(['check', 'no/such/folder', '-c', CONFIG]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('seloste: no/such/folder: No such file or folder');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for an unknown option, format or language', async () => {
    const r = await cli(['check', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("argument 'xml' is invalid");
    const lang = await cli(['check', '--lang', 'fi,em']);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toBe('seloste: no built-in language `em`; available: fi, en, sv\n');
  });

  it('exits 0 on a clean register and 1 past --max-warnings', async () => {
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': 'languages: [fi]\nrules:\n  legal-basis: warn\n',
      'r.yaml': 'name: {fi: Rekisteri}\nupdated: 2026-01-15\npurposes:\n  - description: {fi: Asiakaspalvelu}\n',
    });
    try {
      const warned = await cli(['check', 'r.yaml', '--format', 'json'], dir);
      const list = JSON.parse(warned.stdout) as { ruleId: string; severity: string }[];
      expect(list.find((d) => d.ruleId === 'legal-basis')?.severity).toBe('warning');
      const strict = await cli(['check', 'r.yaml', '--max-warnings', '0'], dir);
      expect(strict.code).toBe(1);
      writeFileSync(join(dir, 'seloste.config.yaml'), 'languages: [fi]\nrules:\n  legal-basis: off\n');
      const off = JSON.parse((await cli(['check', 'r.yaml', '--format', 'json'], dir)).stdout) as { ruleId: string }[];
      expect(off.some((d) => d.ruleId === 'legal-basis')).toBe(false);
      expect(off.length).toBeGreaterThan(0);
    } finally {
      cleanup();
    }
  });

  it('prints the JSON Schema', async () => {
    const r = await cli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
  });

  it('runs as a real process', async () => {
    const r = await exec('node', [join(ROOT, 'bin', 'seloste.js'), '--version']);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const failed = await exec('node', [join(ROOT, 'bin', 'seloste.js'), 'check', 'tests/fixtures/format/list.yaml', '-c', CONFIG], { cwd: ROOT }).catch((e: { code: number; stdout: string }) => e);
    expect((failed as { code: number }).code).toBe(1);
    expect((failed as { stdout: string }).stdout).toContain('found a list');
  });
});

describe('validators compiled at build time', () => {
  it('report exactly what the validators compiled at run time report', async () => {
    const args = ['check', 'tests/fixtures/format', 'tests/fixtures/seeds', '-c', CONFIG, '--lang', 'fi', '--format', 'json'];
    const inProcess = await cli(args);
    expect(existsSync(join(ROOT, 'lib', 'validate', 'compiled-schemas.cjs')), 'npm run compile writes it').toBe(true);
    const spawned = await exec('node', [join(ROOT, 'bin', 'seloste.js'), ...args], { cwd: ROOT, maxBuffer: 1 << 24 }).catch((e: { stdout: string }) => e);
    expect(JSON.parse(spawned.stdout)).toEqual(JSON.parse(inProcess.stdout));
    expect(JSON.parse(inProcess.stdout).length).toBeGreaterThan(50);
  });
});

describe('message language', () => {
  it('speaks Finnish when the project asks for it', async () => {
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': 'languages: [fi]\nmessage_language: fi\n',
      'r.yaml': 'name: {fi: Rekisteri}\nupdated: 2026-01-15\npurposes:\n  - description: {fi: Asiakaspalvelu}\n',
    });
    try {
      const r = await cli(['check', 'r.yaml', '--format', 'json'], dir);
      const list = JSON.parse(r.stdout) as { ruleId: string; message: string }[];
      expect(list.find((d) => d.ruleId === 'legal-basis')?.message).toBe(
        'Tarkoitukselta 1 puuttuu `legal_basis`, odotettiin yhtä arvoista `consent`, `contract`, `legal_obligation`, `vital_interests`, `public_task`, `legitimate_interests` (13 art. 1 c)',
      );
    } finally {
      cleanup();
    }
  });
});
