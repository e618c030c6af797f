/** A part on what is collected and why, a card for each case: what data, what they are used for, and the basis. */
import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../src/import/headings.js';
import { importNotice } from '../src/import/import.js';

type Draft = Record<string, unknown>;

describe('a heading on what is collected and why', () => {
  it.each([['What we collect and why'], ['Mitä keräämme ja miksi'], ['Vad vi samlar in och varför']])('is on the data and their purposes (%s)', (heading) => {
    expect(classifyHeading(heading)).toEqual(['data_categories', 'purposes']);
  });
});

describe('a paragraph that says the data, their use and its basis', () => {
  const notices: ['fi' | 'sv' | 'en', string, string[]][] = [
    [
      'en',
      '# Privacy policy\n\n## What we collect and why\n\n### When you create an account\n\nWe store your name, email address and a password (only in encrypted form, which we can never read), so that you can log in and see your orders. Legal basis: performance of our contract with you.\n\n### When you subscribe to our newsletter\n\nWe collect your email address. We use it to send you news and offers. Legal basis: your consent.\n',
      ['contract', 'consent'],
    ],
    [
      'sv',
      '# Integritetspolicy\n\n## Vad vi samlar in och varför\n\n### När du skapar ett konto\n\nVi sparar ditt namn och din e-postadress. Vi använder dem för att du ska kunna logga in. Rättslig grund: fullgörande av vårt avtal med dig.\n\n### När du prenumererar på nyhetsbrevet\n\nVi sparar din e-postadress. Vi använder den för att skicka nyheter. Rättslig grund: ditt samtycke.\n',
      ['contract', 'consent'],
    ],
    [
      'fi',
      '# Tietosuojaseloste\n\n## Mitä keräämme ja miksi\n\n### Kun luot tilin\n\nTallennamme nimesi ja sähköpostiosoitteesi. Käytämme niitä, jotta voit kirjautua palveluun. Oikeusperuste: sopimuksen täytäntöönpano.\n\n### Kun tilaat uutiskirjeen\n\nTallennamme sähköpostiosoitteesi. Käytämme sitä uutiskirjeen lähettämiseen. Oikeusperuste: suostumuksesi.\n',
      ['contract', 'consent'],
    ],
  ];
  it.each(notices)('gives each use the basis of its own paragraph (%s)', (lang, text, bases) => {
    const purposes = importNotice(text, { lang }).register['purposes'] as Draft[];
    expect(purposes.map((p) => p['legal_basis'])).toEqual(bases);
  });
});
