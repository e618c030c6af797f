import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../src/pipeline.js';
import { FIXTURES, ROOT } from './helpers.js';

const SEEDS = join(FIXTURES, 'seeds');
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.yaml')).sort();

async function findings(file: string): Promise<string[]> {
  const result = await checkPaths({ cwd: ROOT, paths: [join(SEEDS, file)], configFile: join(FIXTURES, 'rules', 'seloste.config.yaml'), languages: ['fi'] });
  return result.files.flatMap((f) => f.diagnostics).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);
}

describe('the five real notices', () => {
  it('all load: their problems are findings of the rules, not of the format', async () => {
    for (const file of seeds) {
      const list = await findings(file);
      expect(list.filter((l) => / (schema|yaml|file|register)\//.test(l)), file).toEqual([]);
    }
  });

  // The full list of each seed's findings is kept beside it, so that a change in what the checker
  // finds shows as a diff. Run with SELOSTE_UPDATE=1 to rewrite them after a deliberate change.
  for (const file of seeds) {
    it(`${file}: the findings a careful reviewer would give`, async () => {
      const list = await findings(file);
      const expectedFile = join(SEEDS, file.replace(/\.yaml$/, '.findings.txt'));
      if (process.env['SELOSTE_UPDATE'] === '1' || !existsSync(expectedFile)) writeFileSync(expectedFile, `${list.join('\n')}\n`);
      expect(list.join('\n') + '\n').toBe(readFileSync(expectedFile, 'utf8'));
    });
  }

  const must: [string, string, RegExp][] = [
    ['002.yaml', 'transfer-mechanism', /Privacy Shield/],
    ['002.yaml', 'contradiction', /eikä niitä siirretä/],
    ['000.yaml', 'legal-basis', /Missing `legal_basis`/],
    ['004.yaml', 'legal-basis', /Missing `legal_basis`/],
    ['001.yaml', 'personal-identity-code', /./],
    ['001.yaml', 'outdated-reference', /Ratapihantie|00521/],
  ];
  for (const [file, rule, message] of must) {
    it(`${file} is flagged by ${rule}`, async () => {
      const list = await findings(file);
      expect(list.some((l) => l.includes(` ${rule} `) && message.test(l) && l.includes(' error ')), list.join('\n')).toBe(true);
    });
  }

  // None of the five says whether automated decisions are made; only two describe targeting, and only
  // there is the silence a question the reader needs answered (Art. 13(2)(f)).
  it('silence on automated decisions is flagged only where targeting is described', async () => {
    for (const file of seeds) {
      const list = await findings(file);
      const targeting = file === '001.yaml' || file === '004.yaml';
      expect(list.some((l) => l.includes(' automated-decisions ')), file).toBe(targeting);
    }
  });
});
