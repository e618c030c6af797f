/**
 * Access kept to the service's own administrators names no recipient; a party named beside them, a provider's
 * administrators, or the controller by its old name in the genitive still does.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const HEAD = {
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Rekisterin suojauksen periaatteet\n\nRekisteri on tallennettu suojatuille palvelimille. ',
  sv: '# Dataskyddsbeskrivning\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@esimerkki.fi\n\n## Skydd av registret\n\nRegistret lagras på skyddade servrar. ',
  en: '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.fi\n\n## How the register is protected\n\nThe register is kept on protected servers. ',
};

const recipientsOf = (lang: 'fi' | 'sv' | 'en', sentence: string): string => JSON.stringify((importNotice(`${HEAD[lang]}${sentence}\n`, { format: 'markdown', lang }).register as { recipients?: unknown }).recipients ?? []);

describe('access kept to the service’s own administrators', () => {
  it.each([
    ['fi', 'Kaikkiin tietokantoihin pääsevät käsiksi vain palvelun ylläpitäjät.'],
    ['sv', 'Endast tjänstens administratörer har tillgång till databaserna.'],
    ['en', 'Only the administrators of the service have access to the databases.'],
  ] as const)('names no recipient (%s)', (lang, sentence) => {
    expect(recipientsOf(lang, sentence)).not.toMatch(/ylläpitäjät|administratörer|administrators/u);
  });

  it.each([
    ['fi', 'Tietoihin pääsevät käsiksi vain ylläpitäjät ja tilitoimistomme.', /tilitoimisto/u],
    ['fi', 'Tietoihin pääsevät käsiksi vain palveluntarjoajamme ylläpitäjät.', /palveluntarjoajamme/u],
    ['sv', 'Endast administratörer och vår IT-leverantör har tillgång till uppgifterna.', /IT-leverantör/u],
    ['en', 'Only administrators and our hosting provider have access to the data.', /hosting provider/u],
  ] as const)('still names a party beside them (%s)', (lang, sentence, party) => {
    expect(recipientsOf(lang, sentence)).toMatch(party);
  });
});
