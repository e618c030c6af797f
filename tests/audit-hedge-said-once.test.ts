/**
 * A hedge another finding on the line already quotes as its fault ("A transfer outside the EEA is
 * described as conditional (`…`, `voidaan siirtää`)") is not reported again as vague wording there; a
 * hedge no other finding quotes still is.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICE = [
  '# Tietosuojaseloste', '',
  '## Rekisterinpitäjä', '',
  'Esimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.fi', '',
  '## Tietojen siirto EU:n tai ETA:n ulkopuolelle', '',
  'Tietoja voidaan siirtää EU tai ETA-alueen ulkopuolelle.', '',
  '## Tietojen käyttö', '',
  'Tietoja voidaan käyttää myös muuhun yhdistyksen toimintaan.', '',
].join('\n');

describe('a hedge another finding quotes', () => {
  it('is told once, by the finding on the transfer', async () => {
    const at9 = (await auditText(NOTICE)).filter((d) => d.line === 9);
    expect(at9.some((d) => d.ruleId === 'transfer-consistency' && /`voidaan siirtää`/u.test(d.message))).toBe(true);
    expect(at9.filter((d) => d.ruleId === 'vague-language')).toEqual([]);
  });

  it('stands where another finding quotes its whole sentence, not the hedge as its fault', async () => {
    const text = NOTICE.replace('## Tietojen käyttö', '## Tietojen luovutukset').replace('Tietoja voidaan käyttää myös muuhun yhdistyksen toimintaan.', 'Tietoja voidaan tarvittaessa luovuttaa muille tahoille.');
    const at13 = (await auditText(text)).filter((d) => d.line === 13);
    expect(at13.some((d) => d.ruleId === 'vague-language')).toBe(true);
  });

  it('stands where nothing else quotes it', async () => {
    const at13 = (await auditText(NOTICE)).filter((d) => d.line === 13);
    expect(at13.some((d) => d.ruleId === 'vague-language')).toBe(true);
  });
});
