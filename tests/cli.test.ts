import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    expect(r.stdout).toMatch(/ {2}2:1-2:11 +error +Missing required key `name` in `controller` {2}schema\/required/);
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

const BUILDABLE = `name: {fi: Rekisteri, en: Register}
updated: 2026-01-15
controller: {name: Esimerkki Oy, email: tietosuoja@esimerkki.example, address: {street: Kauppakatu 3, postal_code: "00100", city: Helsinki}}
purposes:
  - description: {fi: Asiakassuhteen hoitaminen, en: Customer relationship}
    legal_basis: contract
sources:
  - type: data_subject
provision: {fi: Tiedot ovat edellytys sopimukselle., en: The data are needed for the contract.}
recipients: none
transfers: none
automated_decisions: none
retention:
  - period: P3Y
    trigger: {fi: asiakassuhteen päättymisestä, en: from the end of the customer relationship}
`;

/** The names of the files of a folder, recursively, sorted. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('lists on the command line', () => {
  it('an empty --lang or --format is a usage error that leaves the published site as it is', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi, en]\n', 'notices/r.yaml': BUILDABLE });
    try {
      const first = await cli(['build', '--format', 'html,json', '--force'], dir);
      expect(first.code, first.stderr).toBe(0);
      const before = listing(join(dir, 'dist'));
      expect(before).toContain('fi/r.html');
      for (const args of [['--lang', ''], ['--lang', ','], ['--lang', ' , '], ['--format', ''], ['--format', ',']]) {
        const r = await cli(['build', '--format', 'html,json', '--force', ...args], dir);
        expect({ args, code: r.code, stdout: r.stdout }).toEqual({ args, code: 2, stdout: '' });
        expect(r.stderr).toMatch(args[0] === '--lang' ? /^seloste: `--lang` names no language; give one or more, e\.g\. `--lang fi,en`\n$/ : /^seloste: `--format` names no format; give one or more of `html`, `md`, `pdf`, `json`\n$/);
        expect(listing(join(dir, 'dist'))).toEqual(before);
      }
      for (const command of ['check', 'serve']) {
        const r = await cli([command, '--lang', ''], dir);
        expect({ command, code: r.code, stderr: r.stderr }).toEqual({ command, code: 2, stderr: 'seloste: `--lang` names no language; give one or more, e.g. `--lang fi,en`\n' });
      }
      const serve = await cli(['serve', '--format', ''], dir);
      expect(serve).toMatchObject({ code: 2, stderr: 'seloste: `--format` names no format; give one or more of `html`, `md`, `pdf`, `json`\n' });
    } finally {
      cleanup();
    }
  });

  it('language codes are read in any case', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi, en]\n', 'notices/r.yaml': BUILDABLE });
    try {
      const checked = await cli(['check', '--lang', 'FI,En', '--format', 'json'], dir);
      expect({ code: checked.code, stderr: checked.stderr }).toEqual({ code: 0, stderr: '' });
      const built = await cli(['build', '--lang', 'FI', '--format', 'html', '--force'], dir);
      expect(built.code, built.stderr).toBe(0);
      expect(built.stdout).toMatch(/ in fi into dist\//);
      expect(listing(join(dir, 'dist'))).toContain('fi/r.html');
      expect(readFileSync(join(dir, 'dist', 'fi', 'r.html'), 'utf8')).not.toContain('Missing translation');
      const diff = await cli(['diff', 'notices/r.yaml', 'notices/r.yaml', '--lang', 'FI'], dir);
      expect(diff).toMatchObject({ code: 0, stdout: 'Ei muutoksia.\n' });
      const unknown = await cli(['check', '--lang', 'FI,xx'], dir);
      expect(unknown).toMatchObject({ code: 2, stderr: 'seloste: no built-in language `xx`; available: fi, en, sv\n' });
    } finally {
      cleanup();
    }
  });

  it('a language in seloste.config.yaml written in capitals is read, with a warning at its place', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages:\n  - fi\n  - EN\n', 'notices/r.yaml': BUILDABLE });
    try {
      const r = await cli(['check', '--format', 'json'], dir);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject([
        { file: 'seloste.config.yaml', line: 3, column: 5, ruleId: 'schema/enum', severity: 'warning', message: 'Language `EN` is read as `en`; write language codes in lower case' },
      ]);
    } finally {
      cleanup();
    }
  });
});

describe('seloste build --force', () => {
  it('says why a register was not built, and suggests --force only when it would help', async () => {
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': 'languages: [fi]\n',
      'notices/ok.yaml': BUILDABLE,
      'notices/rules.yaml': BUILDABLE.replace('    legal_basis: contract\n', ''),
      'notices/schema.yaml': BUILDABLE.replace('tietosuoja@esimerkki.example', 'javascript:alert(1)'),
      'notices/yaml.yaml': 'name: [\n',
    });
    try {
      const plain = await cli(['build', '--format', 'html'], dir);
      expect(plain.code).toBe(1);
      expect(plain.stderr.split('\n').filter((l) => l.startsWith('seloste: '))).toEqual([
        'seloste: not built: notices/rules.yaml has errors (use --force to build it anyway)',
        'seloste: not built: notices/schema.yaml cannot be read as a register; fix the errors above',
        'seloste: not built: notices/yaml.yaml cannot be read as a register; fix the errors above',
      ]);
      const forced = await cli(['build', '--format', 'html', '--force'], dir);
      expect(forced.code).toBe(1);
      expect(forced.stderr.split('\n').filter((l) => l.startsWith('seloste: '))).toEqual([
        'seloste: not built: notices/schema.yaml cannot be read as a register; fix the errors above',
        'seloste: not built: notices/yaml.yaml cannot be read as a register; fix the errors above',
      ]);
      expect(forced.stderr).not.toContain('--force');
    } finally {
      cleanup();
    }
  });
});
