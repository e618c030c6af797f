/**
 * A basis named only for what is not done ("We do not use it for marketing without your consent"):
 * the notice states no basis by it, so the basis is reported missing and no right of that basis is
 * asked for.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditBytes } from '../src/audit/audit.js';

const work = mkdtempSync(join(tmpdir(), 'seloste-not-without-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const NOTICE = {
  fi: ['# Tietosuojaseloste', '', 'Päivitetty 4.10.2026. Rekisterinpitäjä: Neuvonta Esimerkki, Katu 1, 20100 Turku, info@esimerkki.fi.', '', '## Miksi käytämme tietojasi', '',
    'Käytämme tietoja yhteydenottoosi vastaamiseen. Emme käytä lomakkeen tietoja markkinointiin ilman oikeusperustetta tai suostumustasi.', ''],
  sv: ['# Dataskyddsbeskrivning', '', 'Uppdaterad 4.10.2026. Personuppgiftsansvarig: Rådgivning Exempel, Gatan 1, 20100 Åbo, info@exempel.fi.', '', '## Varför vi använder uppgifterna', '',
    'Vi använder uppgifterna för att svara på din förfrågan. Vi använder inte uppgifterna för marknadsföring utan rättslig grund eller ditt samtycke.', ''],
  en: ['# Privacy policy', '', 'Updated 4 October 2026. Controller: Advice Example, Street 1, 20100 Turku, info@example.fi.', '', '## Why we use your information', '',
    'We use this information to respond to your enquiry. We do not use your contact-form information for unrelated marketing without a lawful basis or your consent where required.', ''],
};

async function findings(lines: readonly string[]): Promise<{ ruleId: string; line: number; message: string }[]> {
  const result = await auditBytes(new TextEncoder().encode(`${lines.join('\n')}\n`), 'notice.md', { cwd: work });
  if ('problem' in result) throw new Error(result.problem);
  return result.diagnostics;
}

describe('a basis named only for what is not done', () => {
  it.each(['fi', 'sv', 'en'] as const)('leaves the purposes without a basis, reported at their sentence, and asks no withdrawal of consent (%s)', async (lang) => {
    const found = await findings(NOTICE[lang]);
    expect(found.filter((d) => d.ruleId === 'legal-basis').map((d) => d.line)).toEqual([7]);
    expect(found.filter((d) => d.ruleId === 'right-missing' && /consent|Art\. 7\(3\)|portability/u.test(d.message))).toEqual([]);
  });
});
