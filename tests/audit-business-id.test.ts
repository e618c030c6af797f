/** A business ID as a published notice gives it: a VAT number in its place is reported with the Y-tunnus it stands for, at the line that gives it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditBytes } from '../src/audit/audit.js';

const work = mkdtempSync(join(tmpdir(), 'seloste-business-id-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const NOTICES: [string, string, string][] = [
  ['fi', '<h1>Tietosuojaseloste</h1>\n<h2>Rekisterinpitäjä</h2>\n<p>Paja Oy<br>\nY-tunnus / ALV-numero: FI34418333<br>\nSähköposti: info@paja.example</p>\n', 'FI34418333'],
  ['sv', '<h1>Integritetspolicy</h1>\n<h2>Personuppgiftsansvarig</h2>\n<p>Verkstad Ab<br>\nFO-nummer / momsnummer: FI34418333<br>\nE-post: info@verkstad.example</p>\n', 'FI34418333'],
  ['en', '<h1>Privacy policy</h1>\n<h2>Data Controller</h2>\n<p>Workshop Oy<br>\nBusiness ID / VAT number: FI34418333<br>\nEmail: info@workshop.example</p>\n', 'FI34418333'],
];

describe('a VAT number given for the business ID', () => {
  it.each(NOTICES)('is reported with the Y-tunnus, at the line of the number, not the name above it (%s)', async (_lang, html, id) => {
    const result = await auditBytes(new TextEncoder().encode(html), 'notice.html', { cwd: work });
    if ('problem' in result) throw new Error(result.problem);
    const found = result.diagnostics.filter((d) => d.ruleId === 'business-id');
    expect(found.map((d) => d.line)).toEqual([4]);
    expect(found[0]!.message).toContain(id);
    expect(found[0]!.message).toContain('3441833-3');
  });
});
