/**
 * Where a right a document of terms of use and privacy never names stands: at its section on privacy,
 * not at the title of the whole document.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditBytes } from '../src/audit/audit.js';

const work = mkdtempSync(join(tmpdir(), 'seloste-rights-terms-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function rightLines(lines: readonly string[]): Promise<number[]> {
  const result = await auditBytes(new TextEncoder().encode(`${lines.join('\n')}\n`), 'notice.md', { cwd: work });
  if ('problem' in result) throw new Error(result.problem);
  return [...new Set(result.diagnostics.filter((d) => d.ruleId === 'right-missing').map((d) => d.line))];
}

const TERMS: [string, string[]][] = [
  ['en', ['# Terms of use and privacy policy', '', 'Example Ltd, Street 1, 00100 Helsinki, info@example.fi.', '', '## Use of the service', '',
    'The service may be used free of charge.', '', '## Privacy protection', '', 'We keep the feedback you send us for one year.']],
  ['fi', ['# Käyttöehdot ja tietosuoja', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi.', '', '## Palvelun käyttö', '',
    'Palvelua saa käyttää maksutta.', '', '## Tietosuoja', '', 'Säilytämme lähettämäsi palautteen vuoden ajan.']],
  ['sv', ['# Användarvillkor och integritet', '', 'Exempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi.', '', '## Användning av tjänsten', '',
    'Tjänsten får användas avgiftsfritt.', '', '## Integritetsskydd', '', 'Vi sparar den återkoppling du skickar i ett år.']],
];

describe('a right the notice never names', () => {
  it.each(TERMS)('stands at the privacy section of a document that gives terms of use too (%s)', async (_lang, lines) => {
    expect(await rightLines(lines)).toEqual([9]);
  });

  it('stands at the title of a privacy notice with cookie terms', async () => {
    const lines = TERMS[0]![1].map((line, i) => (i === 0 ? '# Privacy policy and cookie terms' : line === '## Privacy protection' ? '## Privacy settings in your browser' : line));
    expect(await rightLines(lines)).toEqual([1]);
  });

  it('stands at the title of a notice that is about privacy alone', async () => {
    const lines = TERMS[0]![1].map((line, i) => (i === 0 ? '# Privacy policy' : line));
    expect(await rightLines(lines)).toEqual([1]);
  });
});
