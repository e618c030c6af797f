/**
 * A denial of transfers in a clause of its own, after a hedged denial of disclosure ("Rekisterinpitäjä ei
 * pääsääntöisesti luovuta tietoja kolmansille osapuolille, eikä luovuta tietoja EU:n tai ETA:n ulkopuolelle"):
 * the hedge is of the first clause only, so no data leave the EEA and no transfer is said to be conditional.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';
import { auditText } from './audit-text.js';

const NOTICES = {
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Tietojen luovuttaminen ja siirto EU:n tai ETA:n ulkopuolelle\n\nRekisterinpitäjä ei pääsääntöisesti luovuta tietoja kolmansille osapuolille, eikä luovuta tietoja EU:n tai ETA:n ulkopuolelle.\n',
  en: '# Privacy notice\n\n## Controller\n\nExample Club, Street 1, 00100 Helsinki, info@example.fi\n\n## Disclosure and transfers\n\nAs a rule we do not disclose data to third parties; we do not transfer data outside the EU or the EEA.\n',
};

describe('a denial of transfers in a clause of its own', () => {
  it.each(Object.entries(NOTICES))('says no data leave the EEA (%s)', async (_lang, text) => {
    expect(importNotice(text, { format: 'markdown' }).register['transfers']).toBe('none');
    expect((await auditText(text)).filter((d) => d.ruleId === 'transfer-consistency')).toEqual([]);
  });

  it('is hedged where the hedge is in its own clause', () => {
    const text = NOTICES.fi.replace('ei pääsääntöisesti luovuta tietoja kolmansille osapuolille, eikä luovuta', 'ei pääsääntöisesti luovuta');
    expect(importNotice(text, { format: 'markdown' }).register['transfers']).not.toBe('none');
  });
});

describe('a denial of transfers read by its clauses, not past them', () => {
  const transfers = (text: string) => importNotice(`# Notice\n\n## Tietojen siirto EU:n ulkopuolelle\n\n${text}\n`, { format: 'markdown' }).register['transfers'];
  it('keeps a transfer another clause states', () => {
    expect(transfers('We never share your data with advertisers; our e-mail provider may, unless you object, process data in the United States under standard contractual clauses.')).toEqual([expect.objectContaining({ country: 'US' })]);
  });
  it('is no denial where the transfer clause is the hedged one', () => {
    expect(transfers('Tietoja ei luovuteta kolmansille osapuolille, eikä niitä pääsääntöisesti siirretä EU:n tai ETA:n ulkopuolelle.')).not.toBe('none');
  });
  it('is no denial where a condition opens the sentence and governs both clauses', async () => {
    const text = 'Ellei laki toisin vaadi, tietoja ei luovuteta kolmansille osapuolille, eikä siirretä EU:n tai ETA:n ulkopuolelle.';
    expect(transfers(text)).not.toBe('none');
    expect((await auditText(`# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Siirrot\n\n${text}\n`)).filter((d) => d.ruleId === 'transfer-consistency').map((d) => d.message)).toContainEqual(expect.stringContaining('conditional'));
  });
  it('is one after "emmekä"', () => {
    expect(transfers('Emme pääsääntöisesti luovuta tietoja kolmansille osapuolille, emmekä siirrä tietoja EU:n tai ETA:n ulkopuolelle.')).toBe('none');
  });
});
