import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv04Module from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS: under Node's ESM loader its class arrives as `default`.
const Ajv04 = Ajv04Module.default;

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
