/**
 * A Swedish section "Tillgång till lagrade personuppgifter" says who the data go to, not the reader's
 * right of access: its disclosures are read as recipients and its transfer outside the EU/EEA as one;
 * "Vi överför aldrig … till tredje part utanför bolagen" denies a disclosure outside a group of
 * companies, not a transfer outside the EU/EEA.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';
import { importNotice } from '../src/import/import.js';

const NOTICE = [
  '# Integritetspolicy', '',
  '## 1. Personuppgiftsansvarig', '',
  'Exempel AB, Box 1, 203 11 Malmö, info@exempel.se', '',
  '## 2. Ändamål', '',
  'Vi behandlar dina uppgifter för att leverera dina beställningar med stöd av avtalet.', '',
  '## 3. Tillgång till lagrade personuppgifter', '',
  'Exempel kan komma att lämna ut personuppgifter till speditörer i samband med leverans av varor.', '',
  'Vi överför aldrig dina personuppgifter för marknadsföringsändamål till tredje part utanför Exempel-bolagen.', '',
  'Uppgifterna kan komma att överföras och bearbetas i ett land utanför EU/EES (tredje land).', '',
  '## 4. Dina rättigheter', '',
  'Du har rätt till tillgång, rättelse, radering och begränsning samt att klaga hos Integritetsskyddsmyndigheten.', '',
].join('\n');

describe('a section on access to stored data', () => {
  it('gives the recipients, and the transfer it states', () => {
    const register = importNotice(NOTICE, { format: 'markdown' }).register;
    expect(JSON.stringify(register['recipients'])).toMatch(/speditörer/u);
    expect(register['transfers']).toEqual([expect.objectContaining({ description: expect.anything() })]);
  });

  it('is audited for the transfer it leaves open, not for missing recipients', async () => {
    const found = await auditText(NOTICE);
    expect(found.filter((d) => d.ruleId === 'recipients' && /Missing `recipients`/u.test(d.message))).toEqual([]);
    expect(found.some((d) => d.line === 17 && d.ruleId.startsWith('transfer'))).toBe(true);
  });
});
