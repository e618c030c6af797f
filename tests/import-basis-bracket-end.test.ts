/**
 * A sentence that says what is done and ends on its one basis in brackets ("… för att besvara förfrågningar
 * från dig (GDPR art 6.1 f)."): a purpose with that basis, beside a sentence that only says a law may
 * require processing, which names no purpose and stays a basis of the register as a whole.
 */
import { describe, expect, it } from 'vitest';
import { register, type Draft, type Lang } from './import-draft.js';

const NOTICES: [Lang, string, string][] = [
  [
    'sv',
    '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 27 Stockholm\n\n## Rättslig grund för behandling samt ändamål med behandlingen\n\n' +
      'Exempel AB behandlar dina personuppgifter för att besvara eventuella förfrågningar från dig (GDPR art 6.1 f).\n\n' +
      'Exempel AB kommer vidare att behandla dina personuppgifter i den mån Exempel AB är skyldig att göra det på grund av lag (GDPR art 6.1c).\n',
    'Exempel AB behandlar dina personuppgifter för att besvara eventuella förfrågningar från dig',
  ],
  [
    'fi',
    '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Käsittelyn oikeusperuste ja tarkoitus\n\n' +
      'Käsittelemme henkilötietojasi vastataksemme yhteydenottoihisi (GDPR 6 artiklan 1 kohdan f alakohta).\n\n' +
      'Esimerkki Oy käsittelee henkilötietojasi myös siltä osin kuin laki sitä edellyttää (GDPR 6 artiklan 1 kohdan c alakohta).\n',
    'Käsittelemme henkilötietojasi vastataksemme yhteydenottoihisi',
  ],
  [
    'en',
    '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki\n\n## Legal basis and purposes\n\n' +
      'Example Ltd processes your personal data in order to answer your enquiries (GDPR Art. 6(1)(f)).\n\n' +
      'Example Ltd also processes your personal data to the extent the law requires it to (GDPR Art. 6(1)(c)).\n',
    'Example Ltd processes your personal data in order to answer your enquiries',
  ],
];

describe('a sentence that says what is done and ends on its basis in brackets', () => {
  it.each(NOTICES)('is a purpose with that basis; a law alone stays the register’s (%s)', (lang, text, purpose) => {
    const draft = register(text, lang);
    expect((draft['purposes'] as Draft[]).map((p) => [p['description'][lang], p['legal_basis']])).toEqual([[purpose, 'legitimate_interests']]);
    expect(draft['legal_bases']).toEqual(['legal_obligation']);
  });
});

describe('a sentence of several aims that ends on one basis in brackets', () => {
  it.each([
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nFöreningen Exempel, Gatan 1, 111 27 Stockholm\n\n## Ändamål och rättslig grund\n\nFöreningen behandlar medlemmarnas personuppgifter för att administrera medlemskapet, skicka nyhetsbrev och uppfylla bokföringslagens krav (GDPR art. 6.1 c).\n'],
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki\n\n## Käsittelyn tarkoitus ja oikeusperuste\n\nYhdistys käsittelee jäsenten tietoja jäsenyyden hoitamiseksi ja kirjanpitolain velvoitteiden täyttämiseksi (GDPR 6 artiklan 1 kohdan c alakohta).\n'],
  ] as [Lang, string][])('gives the basis to none of them: which aim it is of stays the author’s to say (%s)', (lang, text) => {
    const draft = register(text, lang);
    expect(((draft['purposes'] ?? []) as Draft[]).filter((p) => p['legal_basis'])).toEqual([]);
    expect(draft['legal_bases']).toEqual(['legal_obligation']);
  });
});
