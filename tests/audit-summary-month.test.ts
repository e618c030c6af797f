/**
 * The summary a person reads after an audit: a notice dated by a month or a year only ("Päivitetty:
 * tammikuu 2025", "Senast uppdaterad: september 2026", "Last updated: March 2024") states its date, though
 * the draft's `updated` needs a day; a notice with no date at all does not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditBytes } from '../src/audit/audit.js';
import { formatAuditSummary } from '../src/audit/summary.js';

const work = mkdtempSync(join(tmpdir(), 'seloste-summary-month-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const notice = (title: string, dated: string, controller: string): string => `# ${title}\n\n${dated}\n\n## ${controller}\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.example\n`;

async function summary(text: string): Promise<string> {
  const result = await auditBytes(new TextEncoder().encode(text), 'notice.md', { cwd: work });
  if ('problem' in result) throw new Error(result.problem);
  return formatAuditSummary(result, 'en');
}

describe('a notice dated by a month only', () => {
  it.each([
    ['fi', notice('Tietosuojaseloste', 'Päivitetty: tammikuu 2025', 'Rekisterinpitäjä')],
    ['sv', notice('Integritetspolicy', 'Senast uppdaterad: september 2026', 'Personuppgiftsansvarig')],
    ['en', notice('Privacy notice', 'Last updated: March 2024', 'Controller')],
  ])('has its date among what is fine, not among what is not in the notice (%s)', async (_lang, text) => {
    const lines = (await summary(text)).split('\n');
    expect(lines.find((l) => l.trim().startsWith('Fine:'))).toMatch(/\bdate\b/u);
    expect(lines.find((l) => l.trim().startsWith('Not in the notice')) ?? '').not.toMatch(/\bdate\b/u);
  });

  it('and a notice with no date has none', async () => {
    const lines = (await summary(notice('Privacy notice', 'This notice tells how we process data.', 'Controller'))).split('\n');
    expect(lines.find((l) => l.trim().startsWith('Fine:')) ?? '').not.toMatch(/\bdate\b/u);
  });
});
