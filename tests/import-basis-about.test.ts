/**
 * A basis with a few words in brackets on what it is about or how it is given ("ditt samtycke (enhetens
 * aviseringsinställning)", "suostumuksesi (laitteen ilmoitusasetus)", "legal obligation (accounting)") is a
 * basis, and the purpose beside it rests on it.
 */
import { describe, expect, it } from 'vitest';
import { isBasisOnly } from '../src/import/recognise/bases.js';
import { importNotice } from '../src/import/import.js';

const PAGES: Record<'fi' | 'sv' | 'en', { text: string; basis: string }> = {
  fi: {
    text: '<h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p>Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi</p><h2>3. Miksi käsittelemme tietoja (tarkoitus ja oikeusperuste)</h2><ul>\n<li><strong>Palvelun tarjoaminen</strong> (tili, profiili) — oikeusperuste: sopimuksen täytäntöönpano.</li>\n<li><strong>Ilmoitukset</strong> — oikeusperuste: suostumuksesi (laitteen ilmoitusasetus).</li>\n</ul>',
    basis: 'consent',
  },
  sv: {
    text: '<h1>Integritetspolicy</h1><h2>Personuppgiftsansvarig</h2><p>Exempel AB, Gatan 1, 111 22 Stockholm, info@exempel.se</p><h2>3. Varför vi behandlar uppgifterna (ändamål och rättslig grund)</h2><ul>\n<li><strong>För att tillhandahålla tjänsten</strong> (konto, profil) — rättslig grund: fullgörande av avtal med dig.</li>\n<li><strong>Aviseringar</strong> — rättslig grund: ditt samtycke (enhetens aviseringsinställning).</li>\n</ul>',
    basis: 'consent',
  },
  en: {
    text: '<h1>Privacy policy</h1><h2>Controller</h2><p>Example AB, Street 1, 111 22 Stockholm, info@example.se</p><h2>3. Why we process the data (purpose and legal basis)</h2><ul>\n<li><strong>Providing the service</strong> (account, profile) — legal basis: performance of a contract with you.</li>\n<li><strong>Notifications</strong> — legal basis: your consent (the device’s notification setting).</li>\n</ul>',
    basis: 'consent',
  },
};

describe('a basis with what it is about in brackets', () => {
  it.each(['fi', 'sv', 'en'] as const)('is the basis of the purpose beside it (%s)', (lang) => {
    const purposes = importNotice(`<html><body>${PAGES[lang].text}</body></html>`, { format: 'html' }).register['purposes'] as { legal_basis?: unknown }[];
    expect(purposes.map((p) => p.legal_basis)).toEqual(['contract', PAGES[lang].basis]);
  });
});

describe('words in brackets after a basis that are no part of it', () => {
  it.each([
    ['fi', '- Uutiskirje – suostumus (ei käytössä)'],
    ['sv', '- Nyhetsbrev – samtycke (används inte längre)'],
    ['en', '- Newsletter – consent (not yet in use)'],
  ])('a denial, leave the purpose with no basis (%s)', (_lang, item) => {
    const notice = `# Privacy\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n## Purposes and legal bases\n\n- Members – contract\n${item}\n`;
    const purposes = importNotice(notice, { format: 'markdown' }).register['purposes'] as { legal_basis?: string }[];
    expect(purposes.at(-1)?.legal_basis).toBeUndefined();
  });

  it('a party the basis is with, leaves the contract a question to the author', () => {
    expect(isBasisOnly('contract (with their employer)')).toBe(false);
  });

  it('after a word the name only begins, are not the basis’s', () => {
    expect(isBasisOnly('Sopimuskumppanit (yhteyshenkilöt)')).toBe(false);
  });
});
