/**
 * Two things a notice says in plain words: that only its own administrators can reach the data (a measure of
 * security, no recipient), and that the person can have their data updated (rectification).
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const head = (lang: string): string =>
  lang === 'fi' ? '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n'
  : lang === 'sv' ? '# Dataskyddsbeskrivning\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@esimerkki.example\n\n'
  : '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n';

const ADMINISTRATORS: [string, string][] = [
  ['fi', '## Rekisterin suojauksen periaatteet\n\nRekisteri on tallennettu suojatuille palvelimille. Kaikkiin tietokantoihin pääsevät käsiksi vain palvelun ylläpitäjät.\n'],
  ['sv', '## Skydd av registret\n\nRegistret lagras på skyddade servrar. Endast tjänstens administratörer har tillgång till databaserna.\n'],
  ['en', '## How the register is protected\n\nThe register is kept on protected servers. Only the administrators of the service have access to the databases.\n'],
];

describe('access kept to the service’s own administrators', () => {
  it.each(ADMINISTRATORS)('names no recipient (%s)', async (lang, part) => {
    const found = await auditText(head(lang) + part, `${lang}.md`);
    expect(found.filter((f) => f.ruleId === 'recipients' && /ylläpitäjät|administratörer|administrators/u.test(f.message))).toEqual([]);
  });
});

const UPDATE: [string, string][] = [
  ['fi', '## Oikeutesi\n\nJos haluat päivittää tai poistaa henkilötietosi, ota yhteyttä osoitteeseen info@esimerkki.example.\n'],
  ['en', '## Your rights\n\nIf you want to update or remove your personal data, please contact us at info@esimerkki.example.\n'],
  ['sv', '## Dina rättigheter\n\nOm du vill uppdatera eller ta bort dina personuppgifter, kontakta oss på info@esimerkki.example.\n'],
];

describe('the controller updating addresses itself', () => {
  it('is no right of the person', async () => {
    const found = await auditText(`${head('sv')}## Dina rättigheter\n\nVi kan också uppdatera dina uppgifter mot SPAR, statens personadressregister.\n`, 'sv.md');
    expect(found.filter((f) => f.ruleId === 'right-missing' && f.message.includes('Art. 16'))).toHaveLength(1);
  });
});

describe('data the person can have updated', () => {
  it.each(UPDATE)('states the right to rectification (%s)', async (lang, part) => {
    const found = await auditText(head(lang) + part, `${lang}.md`);
    expect(found.filter((f) => f.ruleId === 'right-missing' && f.message.includes('Art. 16'))).toEqual([]);
    expect(found.filter((f) => f.ruleId === 'right-missing' && f.message.includes('Art. 15'))).toHaveLength(1);
  });
});
