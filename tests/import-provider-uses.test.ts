/**
 * A provider named outside the recipients section: the site said to use it ("The Service uses Netlify
 * Analytics"), and a second use of a provider already a recipient ("… Google Sheets -taulukkoon", then
 * "Käytämme Google Analyticsia …"), which stays one recipient whose text tells both uses.
 */
import { describe, expect, it } from 'vitest';
import { register, type Lang } from './import-draft.js';

type Recipient = { name?: string; category?: Record<string, string> };

const recipients = (text: string, lang: Lang): Recipient[] => (register(text, lang)['recipients'] as Recipient[] | undefined) ?? [];

const SITE_USES: [Lang, string][] = [
  ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Cookies\n\nThe Service uses Netlify Analytics to measure how many visitors use the service.\n'],
  ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Cookies\n\nThis website also uses Netlify Analytics to count visits.\n'],
];

describe('a provider the site is said to use, among the cookies', () => {
  it.each(SITE_USES)('is a recipient (%s)', (lang, text) => {
    expect(recipients(text, lang).map((r) => r.name)).toContain('Netlify');
  });

  it('not when the site is said not to use it', () => {
    const text = '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Cookies\n\nThe Service does not use Netlify Analytics.\n';
    expect(recipients(text, 'en').map((r) => r.name)).not.toContain('Netlify');
  });
});

const SECOND_USE: [Lang, string, string][] = [
  [
    'fi',
    '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Tietojen käsittely\n\nTilaustiedot tallennetaan Google Sheets -taulukkoon, jota käytetään tilausten hallintaan.\n\n## Evästeet\n\nKäytämme Google Analyticsia sivuston kävijätilastojen seuraamiseen.\n',
    'Google Analytics',
  ],
  [
    'sv',
    '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.example\n\n## Behandling\n\nVi använder Google Analytics för att utvärdera besöksstatistik på hemsidan. Vi använder Google Forms för att hantera anmälningar till event.\n',
    'Google Forms',
  ],
  [
    'en',
    '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Processing\n\nOrders are stored in a Google Sheets spreadsheet.\n\n## Cookies\n\nWe use Google Analytics to count visits.\n',
    'Google Analytics',
  ],
];

describe('another use of a provider already a recipient', () => {
  it.each(SECOND_USE)('is told in the one recipient it stays (%s)', (lang, text, service) => {
    const google = recipients(text, lang).filter((r) => r.name === 'Google');
    expect(google).toHaveLength(1);
    expect(google[0]!.category![lang]).toContain(service);
  });

  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Tietojen käsittely\n\nKäytämme Google Analyticsia kävijöiden laskemiseen. Lisätietoja siitä, miten Google käsittelee tietoja, löydät Googlen tietosuojaselosteesta.\n'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 27 Stockholm, info@exempel.example\n\n## Behandling\n\nVi använder Google Analytics för att räkna besök. Läs mer om hur Google behandlar uppgifter i Googles integritetspolicy.\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Processing\n\nWe use Google Analytics to count visits. Read more about how Google processes data in Google\'s privacy policy.\n'],
  ] as const)('is not a pointer to the provider’s own policy (%s)', (lang, text) => {
    const google = recipients(text, lang).filter((r) => r.name === 'Google');
    expect(google[0]!.category![lang]).not.toMatch(/tietosuojaseloste|integritetspolicy|privacy policy/u);
  });

  it('is not told twice', () => {
    const text = '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Cookies\n\nWe use Google Analytics to count visits. We use Google Analytics to count visits.\n';
    const google = recipients(text, 'en').filter((r) => r.name === 'Google');
    expect(google[0]!.category!['en']!.match(/Google Analytics/gu)).toHaveLength(1);
  });
});

const MAIL_HOST: [Lang, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nPalvelun ylläpitäjä: Matti Meikäläinen, matti.meikalainen@gmail.com.\n'],
  ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nTjänsten drivs av Anna Andersson, anna.andersson@gmail.com.\n'],
  ['en', '# Privacy notice\n\n## Controller\n\nThe service is run by Jane Doe, jane.doe@gmail.com.\n'],
];

describe('the host of an e-mail address', () => {
  it.each(MAIL_HOST)('names no service the data go to (%s)', (lang, text) => {
    expect(recipients(text, lang).map((r) => r.name?.toLowerCase())).not.toContain('gmail');
  });
});

describe('a provider written in capitals and in its web address', () => {
  it('is named as written in capitals, not as its host', () => {
    const text = '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Hosting\n\nWe use AWS (aws.amazon.com) to host the service.\n';
    expect(recipients(text, 'en').map((r) => r.name)).not.toContain('aws');
  });
});
