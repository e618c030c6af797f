/**
 * A sentence that opens on what is done and says what it rests on ("Laskutus perustuu sopimukseen",
 * "Fakturering bygger på avtalet", "Billing is based on the contract"), beside purposes said in other
 * sentences: a purpose of its own with that basis, not a basis of the register as a whole nor of the
 * purpose beside it.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const NOTICES = {
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Käsittelyn tarkoitus ja oikeusperuste\n\nTietoja käytetään asiakassuhteen hoitamiseen.\n\nLaskutus perustuu sopimukseen.\n\nMarkkinointi perustuu suostumukseesi.\n',
  sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 22 Stockholm\n\n## Varför och på vilken grund\n\nVi använder uppgifterna för att sköta kundrelationen.\n\nFakturering bygger på avtalet.\n\nMarknadsföring bygger på ditt samtycke.\n',
  en: '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki\n\n## Purposes and legal bases\n\nWe use the data to manage customer relationships.\n\nBilling is based on the contract.\n\nMarketing is based on your consent.\n',
};

type Purpose = { description: Record<string, string>; legal_basis?: string };

describe('an activity said to rest on a basis', () => {
  it.each(Object.entries(NOTICES))('is a purpose with that basis (%s)', (lang, text) => {
    const { register } = importNotice(text, { format: 'markdown' });
    const purposes = (register['purposes'] as Purpose[]).map((p) => [p.description[lang]!.split(' ')[0], p.legal_basis]);
    expect(purposes).toEqual([[expect.any(String), undefined], [expect.stringMatching(/^(?:Laskutus|Fakturering|Billing)$/u), 'contract'], [expect.stringMatching(/^(?:Markkinointi|Marknadsföring|Marketing)$/u), 'consent']]);
    expect(register['legal_bases']).toBeUndefined();
  });

  it.each([
    ['fi', 'Oikeutettu etu perustuu pitkäaikaiseen asiakassuhteeseen.'],
    ['sv', 'Samtycket bygger på att du själv anmäler dig.'],
    ['en', 'Consent is based on your own sign-up.'],
  ])('is not a basis said to rest on something (%s: %s)', (lang, sentence) => {
    const text = NOTICES[lang as 'fi' | 'sv' | 'en'].replace(/(## [^\n]+\n\n[^\n]+\n\n)(?=[^\n]*(?:perustuu sopimukseen|bygger på avtalet|based on the contract))/u, `$1${sentence}\n\n`);
    const purposes = importNotice(text, { format: 'markdown' }).register['purposes'] as Purpose[];
    expect(purposes.some((p) => p.description[lang] === sentence)).toBe(false);
  });

  it('is not the processing said to rest on a basis', () => {
    const text = NOTICES.sv.replace('Fakturering bygger på avtalet.', 'Behandlingen bygger på avtalet.');
    const purposes = importNotice(text, { format: 'markdown' }).register['purposes'] as Purpose[];
    expect(purposes.some((p) => p.description['sv']!.startsWith('Behandlingen'))).toBe(false);
  });
});
