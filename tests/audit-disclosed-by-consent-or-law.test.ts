/**
 * Data disclosed to parties named by kind only with the person's consent or where the law requires it ("Tietoja
 * luovutetaan kolmansille osapuolille vain käyttäjän suostumuksella tai lain velvoittamista syistä"): a limit on
 * disclosures, which answers who gets the data; no recipient category that names only a kind of party.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';
import { auditText } from './audit-text.js';

const NOTICES: [string, string][] = [
  ['fi', '# Tietosuojaseloste\n\nPäivitetty 1.2.2026.\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Tietojen luovutus\n\nTietoja luovutetaan kolmansille osapuolille vain käyttäjän suostumuksella tai lain velvoittamista syistä.\n'],
  ['sv', '# Dataskyddsbeskrivning\n\nUppdaterad 1.2.2026.\n\n## Personuppgiftsansvarig\n\nExempel rf, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## Utlämnande av uppgifter\n\nUppgifterna lämnas ut till tredje part endast med ditt samtycke eller när lagen kräver det.\n'],
  ['en', '# Privacy notice\n\nUpdated 1 February 2026.\n\n## Controller\n\nExample ry, Street 1, 00100 Helsinki, info@example.fi\n\n## Disclosures\n\nData are disclosed to third parties only with your consent or where required by law.\n'],
];

describe('a disclosure only by consent or by law', () => {
  it.each(NOTICES)('is no recipient of the draft (%s)', (_lang, text) => {
    expect(importNotice(text, { format: 'markdown' }).register['recipients']).toBeUndefined();
  });

  it.each(NOTICES)('answers who gets the data (%s)', async (_lang, text) => {
    expect((await auditText(text)).filter((d) => d.ruleId === 'recipients')).toEqual([]);
  });
});

describe('a sentence only by consent or by law that does not limit disclosures to parties named by kind', () => {
  it('keeps partners named for an end of their own as recipients (fi)', () => {
    const text = '# Tietosuojaseloste\n\n## Tietojen luovutus\n\nTietoja luovutetaan yhteistyökumppaneillemme niiden omaa markkinointia varten vain suostumuksellasi tai lain niin vaatiessa.\n';
    expect(importNotice(text, { format: 'markdown' }).register['recipients']).toBeDefined();
  });

  it('on health data processed, answers nothing of who gets the data (en)', async () => {
    const text = '# Privacy notice\n\nUpdated 1 February 2026.\n\n## Controller\n\nExample ry, Street 1, 00100 Helsinki, info@example.fi\n\n## Health data\n\nWe process data on your health only with your explicit consent or where the law requires it.\n';
    expect((await auditText(text)).some((d) => d.ruleId === 'recipients')).toBe(true);
  });
});
