/** A sentence on the bases that names what rests on its basis as its subject: a purpose of its own with that basis. */
import { describe, expect, it } from 'vitest';
import { subjectOf } from '../src/import/draft/subject-purposes.js';
import { importNotice } from '../src/import/import.js';

type Draft = Record<string, unknown>;
const purposes = (text: string, lang: 'fi' | 'sv' | 'en') =>
  (importNotice(text, { lang }).register['purposes'] as Draft[]).map((p) => [(p['description'] as Record<string, string>)[lang], p['legal_basis'], (p['legitimate_interest'] as Record<string, string> | undefined)?.[lang]]);

describe('a subject said to rest on a basis', () => {
  const notices: ['fi' | 'sv' | 'en', string, string, string][] = [
    ['sv', '# Integritetspolicy\n\n## Ändamål\n\n- Rekrytering av kandidater\n\n## Rättslig grund\n\nRekryteringen kan baseras på avtal eller berättigat intresse. Webbstatistik baseras på ditt samtycke. Tekniska säkerhetsloggar baseras på vårt berättigade intresse av en säker webbplats.\n', 'Webbstatistik', 'Tekniska säkerhetsloggar'],
    ['fi', '# Tietosuojaseloste\n\n## Käsittelyn tarkoitus\n\n- Asiakassuhteen hoitaminen\n\n## Oikeusperuste\n\nAsiakassuhde voi perustua sopimukseen tai oikeutettuun etuun. Kävijätilastointi perustuu suostumukseesi. Tekniset lokitiedot perustuvat oikeutettuun etuumme turvata sivusto.\n', 'Kävijätilastointi', 'Tekniset lokitiedot'],
    ['en', '# Privacy notice\n\n## Purposes\n\n- Managing customers\n\n## Legal basis\n\nCustomer management may rest on a contract or on legitimate interests. Web statistics are based on your consent. Security logs are based on our legitimate interest in securing the site.\n', 'Web statistics', 'Security logs'],
  ];
  it.each(notices)('is a purpose with that basis (%s)', (lang, text, consent, interest) => {
    const found = purposes(text, lang);
    expect(found).toContainEqual([consent, 'consent', undefined]);
    const logs = found.find(([d]) => d === interest);
    expect(logs?.[1]).toBe('legitimate_interests');
  });

  it('keeps the interest the sentence names', () => {
    const logs = purposes(notices[2]![1], 'en').find(([d]) => d === 'Security logs');
    expect(logs?.[2]).toBe('securing the site');
  });

  it.each([
    ['fi', 'Oikeutemme käsitellä tietoja perustuu suostumukseesi.'],
    ['sv', 'Vår rätt att behandla uppgifterna baseras på ditt samtycke.'],
    ['en', 'Our right to handle your data rests on your consent.'],
  ])('is none where the subject is the controller’s right to process (%s)', (_lang, sentence) => {
    expect(subjectOf(sentence)).toBeUndefined();
    expect(subjectOf('Webbstatistik baseras på ditt samtycke.')?.subject).toBe('Webbstatistik');
  });

  it('is none where the subject is the processing as a whole, or a purpose already named', () => {
    const text = '# Privacy notice\n\n## Purposes\n\n- Web statistics\n- Managing customers\n\n## Legal basis\n\nThe processing is based on your consent. Web statistics are based on your consent.\n';
    const found = purposes(text, 'en').map(([d]) => d);
    expect(found).toEqual(['Web statistics', 'Managing customers']);
  });
});
