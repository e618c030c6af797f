/**
 * Analytics said among the cookies as a use of its own is a purpose of the processing, where the
 * notice's purposes say nothing of it; with consent where its subheading says the cookies need it;
 * not where a purpose speaks of statistics already, nor where the notice denies using analytics.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

type Purpose = { description?: Record<string, string>; legal_basis?: string };

const purposes = (text: string): Purpose[] => (importNotice(text, { format: 'markdown' }).register['purposes'] as Purpose[] | undefined) ?? [];

const NOTICES: [string, (purpose: string, cookies: string) => string, string, string][] = [
  [
    'fi',
    (p, c) => `# Tietosuojaseloste\n\n## Käsittelyn tarkoitus\n\n- ${p}\n\n## Evästeet\n\n${c}\n`,
    'Käytän sivuston kävijämäärän seurantaan Google Analyticsiä.',
    '### Analytiikkaevästeet (vaatii suostumuksen)\n\nKäytämme Google Analyticsia sivuston kävijätilastojen seuraamiseen.',
  ],
  [
    'sv',
    (p, c) => `# Integritetspolicy\n\n## Ändamål\n\n- ${p}\n\n## Kakor\n\n${c}\n`,
    'Vi använder Google Analytics för att se hur många besökare webbplatsen har.',
    '### Analyskakor (kräver samtycke)\n\nVi använder Google Analytics för att följa besöksstatistiken.',
  ],
  [
    'en',
    (p, c) => `# Privacy notice\n\n## Purposes\n\n- ${p}\n\n## Cookies\n\n${c}\n`,
    'Further, we use the Google Analytics service to analyse user behaviour on our site.',
    '### Analytics cookies (require your consent)\n\nWe use Google Analytics to measure visitor statistics.',
  ],
];

const ORDERS = { fi: 'Tilausten toimittaminen', sv: 'Leverera beställningar', en: 'Delivering orders' };

describe('analytics said among the cookies', () => {
  it.each(NOTICES)('is a purpose beside the others (%s)', (lang, notice, use) => {
    const found = purposes(notice(ORDERS[lang as keyof typeof ORDERS], use));
    expect(found.map((p) => p.description?.[lang])).toEqual([ORDERS[lang as keyof typeof ORDERS], use]);
    expect(found[1]?.legal_basis).toBeUndefined();
  });

  it.each(NOTICES)('rests on consent where its subheading says the cookies need it (%s)', (lang, notice, _use, consented) => {
    const found = purposes(notice(ORDERS[lang as keyof typeof ORDERS], consented));
    expect(found).toHaveLength(2);
    expect(found[1]?.legal_basis).toBe('consent');
  });

  it('is no purpose of its own where a purpose speaks of statistics, nor where analytics is denied', () => {
    const [, notice, use] = NOTICES[0]!;
    expect(purposes(notice('Kävijätilastojen laatiminen', use))).toHaveLength(1);
    expect(purposes(notice(ORDERS.fi, 'Emme käytä sivustolla analytiikkaa kävijöiden seurantaan.'))).toHaveLength(1);
  });

  it.each([
    ['en', 'We don’t use Google Analytics or any other tool to track visitors.'],
    ['en', 'Pages with embedded videos load YouTube, which uses cookies to collect statistics on video views.'],
    ['sv', 'Du kan använda Googles webbläsartillägg för att blockera Google Analytics och besöksstatistiken.'],
    ['fi', 'Käytämme sivustolla Google Analyticsia, ja kävijätiedot tallennetaan Googlen palvelimille Yhdysvaltoihin.'],
  ])('is no purpose where the sentence denies it, is a third party’s or the reader’s, or says where data go (%s)', (lang, sentence) => {
    const [, notice] = NOTICES.find(([l]) => l === lang)!;
    expect(purposes(notice(ORDERS[lang as keyof typeof ORDERS], sentence))).toHaveLength(1);
  });

  it.each([
    ['sv', '### Analyskakor (kräver inte samtycke)\n\nVi använder Matomo för att följa besöksstatistiken anonymt.'],
    ['en', 'Marketing cookies are set only if you accept them in the banner. We use Google Analytics to analyse visitor statistics.'],
  ])('rests on no consent a heading denies, or one said of other cookies (%s)', (lang, cookies) => {
    const [, notice] = NOTICES.find(([l]) => l === lang)!;
    const found = purposes(notice(ORDERS[lang as keyof typeof ORDERS], cookies));
    expect(found).toHaveLength(2);
    expect(found[1]?.legal_basis).toBeUndefined();
  });
});
