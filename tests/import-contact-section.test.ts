/**
 * A section headed as contacts ("Contacting us", "Yhteydenotot", "Kontakt") that gives no e-mail, phone or
 * web address, once the controller's are known, says what is done with messages: its text is kept as not
 * mapped, not as request channels to move to the rights.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

const NOTICES: [string, string, string][] = [
  ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, 1 High Street, London, info@example.com\n\n## Purposes\n\n- Delivering orders\n\n## Contacting us\n\nWhen you contact us, we use your name to answer your question.\n', 'Contacting us'],
  ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Käyttötarkoitus\n\n- Tilausten toimittaminen\n\n## Yhteydenotot\n\nKun otat meihin yhteyttä, käytämme nimeäsi vastataksemme kysymykseesi.\n', 'Yhteydenotot'],
  ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## Ändamål\n\n- Leverera beställningar\n\n## Kontakt\n\nNär du kontaktar oss använder vi ditt namn för att svara på din fråga.\n', 'Kontakt'],
];

describe('a contacts section with no way to reach anyone', () => {
  it.each(NOTICES)('is kept as not mapped, not as request channels (%s)', (_lang, text, heading) => {
    const yaml = importNotice(text, { format: 'markdown' }).yaml;
    expect(yaml).toContain(`# TODO: not mapped (from "${heading}")`);
    expect(yaml).not.toContain('rights.channels');
  });

  it('gives the request channels a contacts section lists', () => {
    const text = NOTICES[0]![1].replace('When you contact us, we use your name to answer your question.', 'Requests about your data: privacy@example.com');
    expect(importNotice(text, { format: 'markdown' }).yaml).toContain('rights.channels');
  });
});

describe('a part on contact details that lists only kinds of data', () => {
  const NOTICES: [Lang, string][] = [
    ['en', '# Privacy notice\n\nExample Ltd (info@example.example) processes the data of its customers.\n\n## 7. Data we collect\n\n### 7.2. Contact Details\n\n- Residential address (may include proof of address)\n- Email address\n- Phone number\n'],
    ['fi', '# Tietosuojaseloste\n\nEsimerkki Oy (info@esimerkki.example) käsittelee asiakkaidensa tietoja.\n\n## 7. Kerättävät tiedot\n\n### 7.2. Yhteystiedot\n\n- Kotiosoite\n- Sähköpostiosoite\n- Puhelinnumero\n'],
    ['sv', '# Integritetspolicy\n\nExempel AB (info@exempel.example) behandlar sina kunders uppgifter.\n\n## 7. Uppgifter vi samlar in\n\n### 7.2. Kontaktuppgifter\n\n- Adress\n- E-postadress\n- Telefonnummer\n'],
  ];
  it.each(NOTICES)('is no controller of its own (%s)', (lang, text) => {
    const { register, yaml } = importNotice(text, { lang });
    expect(String((register['controller'] as { name?: string } | undefined)?.name ?? '')).not.toMatch(/address|osoite|adress|Residential/iu);
    expect(yaml).toMatch(/Phone number|Puhelinnumero|Telefonnummer/u);
  });
});

describe('the controller named after a label of its own words on its contact line', () => {
  const NOTICES: [Lang, string, string][] = [
    ['fi', '<h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p>Palvelun ylläpitäjä: Matti Meikäläinen, matti@esimerkki.example.</p><h2>Käyttötarkoitus</h2><p>Tietoja käytetään seurantaan.</p>', 'Matti Meikäläinen'],
    ['sv', '<h1>Integritetspolicy</h1><h2>Personuppgiftsansvarig</h2><p>Tjänsten drivs av: Anna Andersson, anna@exempel.example.</p><h2>Ändamål</h2><p>Uppgifterna används för uppföljning.</p>', 'Anna Andersson'],
    ['en', '<h1>Privacy notice</h1><h2>Controller</h2><p>Site owner: Jane Doe, jane@example.example.</p><h2>Purposes</h2><p>The data are used for follow-up.</p>', 'Jane Doe'],
  ];
  it.each(NOTICES)('is the name without the label, and the line is kept for the reader (%s)', (lang, html, name) => {
    const { register, yaml } = importNotice(html, { lang, format: 'html' });
    expect((register['controller'] as { name?: string }).name).toBe(name);
    expect(yaml).toMatch(/#\s+(?:Palvelun ylläpitäjä|Tjänsten drivs av|Site owner): /u);
  });
});
