/**
 * A notice saved with its letters decomposed ("a" and a combining diaeresis for "ä", as some editors
 * write them) says the same words as one saved composed: the audit and the import read both alike.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';
import { auditText } from './audit-text.js';

const NOTICES: Record<string, string> = {
  sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## Ändamål\n\n- Kundtjänst (rättslig grund: avtal)\n\n## Dina rättigheter\n\nDu har rätt att få tillgång till dina uppgifter, att få felaktiga personuppgifter rättade, att få dem raderade, att begränsa behandlingen och att få ut dem i ett maskinläsbart format (dataportabilitet). Du har rätt att lämna klagomål till Integritetsskyddsmyndigheten.\n',
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Käsittelyn tarkoitus\n\n- Asiakaspalvelu (oikeusperuste: sopimus)\n\n## Rekisteröidyn oikeudet\n\nSinulla on oikeus tarkastaa tietosi, vaatia virheellisten tietojen oikaisemista, pyytää tietojen poistamista, rajoittaa käsittelyä ja siirtää tiedot järjestelmästä toiseen. Voit tehdä valituksen tietosuojavaltuutetulle.\n',
};

const rightsMissing = async (text: string): Promise<string[]> =>
  (await auditText(text)).filter((d) => d.ruleId === 'right-missing').map((d) => d.message);

describe('letters written as a base letter and a combining mark', () => {
  for (const [lang, text] of Object.entries(NOTICES)) {
    it(`finds the rights of a ${lang} notice saved decomposed as it finds them saved composed`, async () => {
      const decomposed = text.normalize('NFD');
      expect(decomposed).not.toBe(text);
      expect(await rightsMissing(text)).toEqual([]);
      expect(await rightsMissing(decomposed)).toEqual([]);
    });
  }

  it('imports the decomposed text as the composed words', () => {
    const draft = importNotice(NOTICES['sv']!.normalize('NFD')).yaml;
    expect(draft).toContain('Exempel Ab');
    expect(draft).toContain('Kundtjänst');
    expect(draft).not.toMatch(/\p{M}/u);
  });
});
