/**
 * In a section on both disclosures and transfers, a sentence that puts servers or data in a country outside the EEA
 * is a transfer to that country, and the party running them stays a recipient.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const NOTICES: ['fi' | 'sv' | 'en', string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## 7. Tietojen siirto ETA-alueen ulkopuolelle tai kolmansille osapuolille\n\nAsiakkuudenhallintajärjestelmämme palvelimet sijaitsevat Yhdysvalloissa (toimittaja Kuusi CRM Inc).\n\nTätä lukuun ottamatta emme luovuta tietoja kolmansille osapuolille.\n'],
  ['sv', '# Dataskyddsbeskrivning\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@esimerkki.example\n\n## 7. Utlämnande av uppgifter och överföring till tredje land\n\nVårt kundregisters servrar finns i USA (leverantör Gran CRM Inc).\n'],
  ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## 7. Disclosure of data to third parties and transfers outside the EEA\n\nThe servers of our customer relationship system are located in the United States (provider Spruce CRM Inc).\n'],
];

describe('servers put in a country outside the EEA, in a section on disclosures and transfers', () => {
  it.each(NOTICES)('are a transfer to that country, the provider a recipient (%s)', (lang, text) => {
    const register = importNotice(text, { format: 'markdown', lang }).register as { transfers?: unknown; recipients?: unknown };
    expect(JSON.stringify(register.transfers)).toMatch(/"country":"US"/u);
    expect(JSON.stringify(register.recipients)).toMatch(/CRM Inc/u);
  });
});
