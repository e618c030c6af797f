import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostic.js';
import { formatStylish } from '../src/report/stylish.js';
import { FIXTURES, SMALL_REGISTER, cli, tempProject } from './helpers.js';

const FI = { LANG: 'fi_FI.UTF-8' };
const SV = { LANG: 'sv_FI.UTF-8' };

const at = (line: number, severity: Diagnostic['severity'], message: string): Diagnostic => ({
  file: 'notices/r.yaml',
  line,
  column: 1,
  endLine: line,
  endColumn: 5,
  ruleId: 'legal-basis',
  severity,
  message,
});

describe('the stylish report', () => {
  const found = [at(1, 'error', 'A'), at(2, 'error', 'B'), at(3, 'warning', 'C')];

  it('names severities and counts in Finnish and Swedish, in a column as wide as their longest word', () => {
    expect(formatStylish(found, { language: 'fi' }).split('\n')).toEqual([
      'notices/r.yaml',
      '  1:1-1:5  virhe     A  legal-basis',
      '  2:1-2:5  virhe     B  legal-basis',
      '  3:1-3:5  varoitus  C  legal-basis',
      '',
      '✖ 3 ongelmaa (2 virhettä, 1 varoitus)',
      '',
    ]);
    expect(formatStylish(found, { language: 'sv' }).split('\n').slice(1, 6)).toEqual([
      '  1:1-1:5  fel      A  legal-basis',
      '  2:1-2:5  fel      B  legal-basis',
      '  3:1-3:5  varning  C  legal-basis',
      '',
      '✖ 3 problem (2 fel, 1 varning)',
    ]);
  });

  it('says one in the singular, and nothing as nothing', () => {
    expect(formatStylish([at(1, 'error', 'A')], { language: 'fi' })).toMatch(/\n✖ 1 ongelma \(1 virhe\)\n$/);
    expect(formatStylish([at(1, 'warning', 'A')], { language: 'sv' })).toMatch(/\n⚠ 1 problem \(1 varning\)\n$/);
    expect(formatStylish([], { language: 'fi', files: ['notices/r.yaml'] })).toBe('notices/r.yaml  ✔ ei ongelmia\n✔ ei ongelmia\n');
    expect(formatStylish([], { language: 'sv' })).toBe('✔ inga problem\n');
  });

  it('stays as it was in English', () => {
    expect(formatStylish(found).split('\n').slice(1, 6)).toEqual([
      '  1:1-1:5  error    A  legal-basis',
      '  2:1-2:5  error    B  legal-basis',
      '  3:1-3:5  warning  C  legal-basis',
      '',
      '✖ 3 problems (2 errors, 1 warning)',
    ]);
  });
});

describe('what the commands say they did', () => {
  it('check ends with its count in the language of the locale', async () => {
    const r = await cli(['check', join(FIXTURES, 'format', 'required.yaml')], undefined, SV);
    expect(r.stdout).toMatch(/\n {2}1:1-1:29 {2}fel {6}`sources` saknas: /);
    expect(r.stdout).toMatch(/\n✖ 11 problem \(10 fel, 1 varning\)\n$/);
  });

  it('check says what is wrong with a path or a file', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n' });
    try {
      writeFileSync(join(dir, 'latin1.yaml'), Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xe4, 0x0a]));
      const missing = await cli(['check', 'missing.yaml'], dir, FI);
      expect(missing).toMatchObject({ code: 2, stderr: 'seloste: missing.yaml: Tiedostoa tai kansiota ei ole\n' });
      const latin1 = await cli(['check', 'latin1.yaml', '--format', 'compact'], dir, SV);
      expect(latin1.stdout).toBe('latin1.yaml:1:7: error Filen är inte giltig UTF-8 (byte 0xe4); spara den som UTF-8 [file/encoding]\n');
    } finally {
      cleanup();
    }
  });

  it('build says what it built, and why it left a register out', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/r.yaml': SMALL_REGISTER('Rekisteri') });
    try {
      const refused = await cli(['build', '--format', 'html'], dir, FI);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('seloste: ei koottu: tiedostossa notices/r.yaml on virheitä (--force kokoaa sen silti)\n');
      expect(refused.stderr).toMatch(/\n✖ \d+ ongelmaa \(\d+ virhettä/);
      const built = await cli(['build', '--force', '--format', 'html'], dir, FI);
      expect(built.stdout).toMatch(/^Koottiin 1 rekisteri kielellä fi kansioon dist\/ \(\d+ tiedostoa\)\n$/);
      const again = await cli(['build', '--force', '--format', 'html'], dir, SV);
      expect(again.stdout).toMatch(/^Byggde 1 register på fi i dist\/ \(\d+ filer\)\n$/);
    } finally {
      cleanup();
    }
  });

  it('import says what it imported into which draft', async () => {
    const { dir, cleanup } = tempProject({});
    try {
      const r = await cli(['import', join(FIXTURES, 'import', 'english-notice.md'), '-o', join(dir, 'draft.yaml')], dir, SV);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Importerade \S+english-notice\.md \(Markdown, engelska\) till draft\.yaml\n {2}identifierat: .+\n {2}kvar: \d+ TODO-kommentar(er)? med originaltexten\nNästa steg: seloste check draft\.yaml\n$/);
      const again = await cli(['import', join(FIXTURES, 'import', 'english-notice.md'), '-o', join(dir, 'draft.yaml')], dir, FI);
      expect(again.stderr).toBe('seloste: draft.yaml on jo olemassa; korvaa se valitsimella --force tai kirjoita muualle valitsimella --out\n');
    } finally {
      cleanup();
    }
  });

  it('diff says why it cannot compare', async () => {
    const { dir, cleanup } = tempProject({ 'r.yaml': SMALL_REGISTER('Rekisteri') });
    try {
      expect((await cli(['diff', 'missing.yaml', 'r.yaml'], dir, FI)).stderr).toBe('seloste: missing.yaml: tiedostoa ei löydy\n');
      expect((await cli(['diff', 'missing.yaml', 'r.yaml'], dir, SV)).stderr).toBe('seloste: missing.yaml: filen finns inte\n');
      expect((await cli(['diff', 'missing.yaml', 'r.yaml'], dir)).stderr).toBe('seloste: missing.yaml: File not found\n');
    } finally {
      cleanup();
    }
  });
});
