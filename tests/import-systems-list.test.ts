/**
 * A list of the systems or services the data are kept in, led in by a sentence that ends on a colon, each
 * item a name and a dash before what it does: each name is a recipient, two joined by "&" are two.
 */
import { describe, expect, it } from 'vitest';
import { register, type Lang } from './import-draft.js';

type Recipient = { name?: string };

const NOTICES: [Lang, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Rekisterin suojaus\n\nTiedot säilytetään suojatuilla palvelimilla. Näihin tietokantoihin kuuluvat alla olevat järjestelmät:\n\n- Laskuri – laskutus ja maksujen käsittely.\n- Viesti & Posti – sähköpostiviestien lähetys.\n'],
  ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 27 Stockholm, info@exempel.example\n\n## Säkerhet\n\nUppgifterna lagras på skyddade servrar i följande system:\n\n- Laskuri – fakturering och betalningar.\n- Viesti & Posti – utskick av e-post.\n'],
  ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Security\n\nThe data are kept on secured servers in the systems listed below:\n\n- Laskuri – invoicing and payments.\n- Viesti & Posti – sending e-mail.\n'],
];

describe('a list of the systems the data are kept in', () => {
  it.each(NOTICES)('names a recipient before each dash (%s)', (lang, text) => {
    const names = ((register(text, lang)['recipients'] as Recipient[] | undefined) ?? []).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['Laskuri', 'Viesti', 'Posti']));
  });

  const NOT_KEPT: [Lang, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nSiivous Oy, Katu 1, 00100 Helsinki, info@siivous.example\n\n## Tarkoitus\n\nKäsittelemme tietoja palveluiden toimittamiseksi. Tarjoamme seuraavia palveluita:\n\n- Kotisiivous – kotien siivous.\n- Ikkunanpesu – ikkunoiden pesu.\n'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 27 Stockholm, info@exempel.example\n\n## Säkerhet\n\nUppgifterna lagras säkert och skyddas av följande system:\n\n- Brandvägg – stoppar obehörig åtkomst.\n- Kryptering – av all lagrad data.\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Storage\n\nThe data are stored in the following internal systems:\n\n- Customer Register – our own customer list.\n- Bookkeeping – our own accounts.\n'],
  ];
  it.each(NOT_KEPT)('not a list of services offered, of protections, or of the controller’s own systems (%s)', (lang, text) => {
    expect((register(text, lang)['recipients'] as Recipient[] | undefined) ?? []).toEqual([]);
  });

  it('not a list whose lead-in names no systems', () => {
    const text = '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Security\n\nWe protect the data as follows:\n\n- Encryption – all data are encrypted.\n- Access – only staff may read them.\n';
    const names = ((register(text, 'en')['recipients'] as Recipient[] | undefined) ?? []).map((r) => r.name);
    expect(names).not.toContain('Encryption');
  });
});

describe('a list of the third parties whose cookies the site uses', () => {
  it.each([
    ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Cookies\n\n**Most important 3rd party cookies used in Example:**\n\n- New Relic https://newrelic.example/cookies\n- Snowplow https://snowplow.example/privacy\n'],
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Evästeet\n\nKolmansien osapuolten evästeet sivustolla:\n\n- New Relic https://newrelic.example/cookies\n- Snowplow https://snowplow.example/privacy\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Most important 3rd party cookies used in Example:\n\n- New Relic https://newrelic.example/cookies\n- Snowplow https://snowplow.example/privacy\n'],
  ] as const)('names each a recipient (%s)', (lang, text) => {
    const names = ((register(text, lang)['recipients'] as Recipient[] | undefined) ?? []).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['New Relic', 'Snowplow']));
  });
});

describe('a list after third-party cookies that are not said to be used', () => {
  it.each([
    ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Cookies\n\nYou can block third-party cookies in your browser settings:\n\n- Chrome – Settings, Privacy and security\n- Firefox – Settings, Privacy & Security\n'],
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Evästeet\n\nKolmansien osapuolten evästeet jaetaan seuraaviin ryhmiin:\n\n- Analytiikkaevästeet – kävijämäärät\n- Markkinointievästeet – mainonta\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Cookies\n\nWe do not use any third-party cookies. Third-party services we have considered and rejected:\n\n- Hotjar – not needed\n- Crazy Egg – not needed\n'],
  ] as const)('names no recipient (%s)', (lang, text) => {
    expect((register(text, lang)['recipients'] as Recipient[] | undefined) ?? []).toEqual([]);
  });
});

describe('a list of the parties the data go to, led in by a paragraph that says so', () => {
  const LED: [Lang, string][] = [
    ['fi', '# Tietosuojaseloste\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\nRekisterin tietoja voidaan siirtää seuraaville kolmannen osapuolen tietojenkäsittelijöille. Tietoja siirretään vain laskutusta varten.\n\n- Laskuri.fi (laskutustiedot, nimi ja sähköpostiosoite)\n- Postittaja (nimi ja sähköpostiosoite)\n'],
    ['sv', '# Integritetspolicy\n\nExempel AB, Gatan 1, 111 27 Stockholm, info@exempel.example\n\nUppgifterna lämnas till följande personuppgiftsbiträden för fakturering.\n\n- Laskuri.fi (namn och e-postadress)\n- Postittaja (namn och e-postadress)\n'],
    ['en', '# Privacy notice\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\nWe share data with the following processors for invoicing.\n\n- Laskuri.fi (name and e-mail address)\n- Postittaja (name and e-mail address)\n'],
  ];
  it.each(LED)('names a recipient before the brackets of each item (%s)', (lang, text) => {
    const names = ((register(text, lang)['recipients'] as Recipient[] | undefined) ?? []).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['Laskuri.fi', 'Postittaja']));
  });

  it('not data items in brackets after a paragraph that names processors in passing', () => {
    const text = '# Privacy notice\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\nWe share data with the following processors only where the law allows it. From each customer we collect:\n\n- Name (first and last)\n- Address (street and city)\n';
    const names = ((register(text, 'en')['recipients'] as Recipient[] | undefined) ?? []).map((r) => r.name);
    expect(names).not.toContain('Name');
  });

  it('not a list of the data collected, led in by the data and not by parties', () => {
    const text = '# Privacy notice\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\nWe collect the following data from our customers.\n\n- Name (first and last)\n- Address (street and city)\n';
    const names = ((register(text, 'en')['recipients'] as Recipient[] | undefined) ?? []).map((r) => r.name);
    expect(names).not.toContain('Name');
  });
});
