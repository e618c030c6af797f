import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import Ajv04Module from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { emittedIds } from './emitted-ids.js';
import { cli, FIXTURES, ROOT, tempProject } from './helpers.js';

const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS: under Node's ESM loader its class arrives as `default`.
const Ajv04 = Ajv04Module.default;
const exec = promisify(execFile);

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
}

interface SarifLog {
  runs: {
    tool: { driver: { informationUri: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[];
  }[];
}

/** Whether a log is valid SARIF 2.1.0, with the schema's complaints when it is not. */
function sarifProblems(log: unknown): string | undefined {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  const ajv = new Ajv04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  return validate(log) ? undefined : JSON.stringify(validate.errors, null, 2);
}

/** `seloste check --format sarif` as installed: the real command line, in a folder of its own. */
async function sarifOf(cwd: string, paths: string[]): Promise<SarifLog> {
  const run = exec(process.execPath, [join(ROOT, 'bin', 'seloste.js'), 'check', '--format', 'sarif', ...paths], { cwd });
  const { stdout } = await run.catch((error: { stdout: string }) => ({ stdout: error.stdout }));
  return JSON.parse(stdout) as SarifLog;
}

describe('CI output formats', () => {
  it('SARIF 2.1.0 validates against the SARIF schema and carries help and doc URLs', async () => {
    const r = await cli(['check', 'tests/fixtures/seeds/002.yaml', '--lang', 'fi', '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as { version: string; runs: { tool: { driver: { rules: { id: string; helpUri: string; help: { text: string } }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    const ajv = new Ajv04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    const rule = run.tool.driver.rules.find((x) => x.id === 'transfer-mechanism')!;
    expect(rule.helpUri).toMatch(/transfer-mechanism\.md$/);
    expect(rule.help.text).toContain('Art. 13(1)(f)');
    const result = run.results.find((x) => x.ruleId === 'transfer-mechanism')!;
    expect(result.level).toBe('error');
    expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe('transfer-mechanism');
    expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe('tests/fixtures/seeds/002.yaml');
  });

  it('SARIF locates a file with spaces and letters beyond ASCII by a URI reference that decodes back to its path', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n' });
    try {
      mkdirSync(join(dir, 'my notices'));
      const file = join(dir, 'my notices', 'rekisteri ä.yaml');
      copyFileSync(join(FIXTURES, 'seeds', '002.yaml'), file);
      const log = await sarifOf(dir, ['my notices']);
      expect(sarifProblems(log)).toBeUndefined();
      const run = log.runs[0]!;
      const locations = run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
      expect(locations.length).toBeGreaterThan(1);
      for (const location of locations) expect(location).toEqual({ uri: 'my%20notices/rekisteri%20%C3%A4.yaml', uriBaseId: '%SRCROOT%' });
      const root = run.originalUriBaseIds['%SRCROOT%']!.uri;
      expect(root).toBe(`${pathToFileURL(dir).href}/`);
      expect(fileURLToPath(new URL(locations[0]!.uri, root))).toBe(file);
    } finally {
      cleanup();
    }
  });

  it('SARIF separates a path by `/` on every system, and encodes what a URI cannot hold', async () => {
    const { artifactLocation } = await import('../src/report/artifact-uri.js');
    expect(artifactLocation('my notices\\rekisteri ä.yaml', '\\')).toEqual({ uri: 'my%20notices/rekisteri%20%C3%A4.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('a:b/c#d?e%f\\g.yaml', '/')).toEqual({ uri: 'a%3Ab/c%23d%3Fe%25f%5Cg.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/srv/my notices/r.yaml', '/')).toEqual({ uri: 'file:///srv/my%20notices/r.yaml' });
  });

  it('SARIF names each rule in PascalCase and describes it, with help at a page that exists', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n' });
    try {
      copyFileSync(join(FIXTURES, 'seeds', '002.yaml'), join(dir, 'rekisteri ä.yaml'));
      const log = await sarifOf(dir, ['rekisteri ä.yaml']);
      expect(sarifProblems(log)).toBeUndefined();
      const { rules, informationUri } = log.runs[0]!.tool.driver;
      expect(rules.find((r) => r.id === 'transfer-consistency')!.name).toBe('TransferConsistency');
      expect(rules.find((r) => r.id === 'register/file-name-id')!.name).toBe('RegisterFileNameId');
      for (const rule of rules) {
        expect(rule.name, rule.id).toMatch(/^(?:[A-Z][a-z0-9]*)+$/u);
        expect(rule.shortDescription.text.length, rule.id).toBeGreaterThan(10);
        expect(rule.fullDescription.text.length, rule.id).toBeGreaterThan(10);
        const page = new URL(rule.helpUri);
        expect(page.protocol, rule.id).toBe('file:');
        expect(existsSync(fileURLToPath(page)), `${rule.id}: ${rule.helpUri}`).toBe(true);
      }
      expect(existsSync(fileURLToPath(informationUri)), informationUri).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('SARIF describes every check the code reports in words of its own', async () => {
    const { formatSarif } = await import('../src/report/sarif.js');
    const { rules } = await import('../src/rules/index.js');
    const diagnostics = emittedIds().map((ruleId) => ({ file: 'r.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, ruleId, severity: 'error' as const, message: 'm' }));
    const log = JSON.parse(formatSarif(diagnostics, { version: '0', rules: rules.map((r) => r.meta) })) as SarifLog;
    const descriptors = log.runs[0]!.tool.driver.rules;
    expect(descriptors.map((r) => r.id).sort()).toEqual(emittedIds());
    const texts = descriptors.map((r) => r.shortDescription.text);
    expect(texts.filter((text, i) => texts.indexOf(text) !== i)).toEqual([]);
    expect(descriptors.filter((r) => r.id.includes('/') && r.shortDescription.text.includes(r.id)).map((r) => r.id)).toEqual([]);
    expect(new Set(descriptors.map((r) => r.name)).size).toBe(descriptors.length);
  });

  it('github prints one workflow annotation per finding', async () => {
    const r = await cli(['check', 'tests/fixtures/format/duplicate.yaml', '-c', 'tests/fixtures/rules/seloste.config.yaml', '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      '::error file=tests/fixtures/format/duplicate.yaml,line=3,col=1,endLine=3,endColumn=5,title=seloste yaml/duplicate-key::Duplicate key `name`: each key may appear once in a map\n',
    );
  });

  it('github escapes what would end an annotation early', async () => {
    const { formatGithub } = await import('../src/report/github.js');
    const out = formatGithub([{ file: 'a,b:c.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, ruleId: 'x', severity: 'warning', message: '100% sure\nsecond line' }]);
    expect(out).toBe('::warning file=a%2Cb%3Ac.yaml,line=1,col=1,endLine=1,endColumn=2,title=seloste x::100%25 sure%0Asecond line\n');
  });
});
