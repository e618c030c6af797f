/**
 * A finding stands in the part of the notice it is about: bases listed without their purposes where
 * the purposes and bases are given, not at a contract the controller's section mentions; a transfer
 * left unsaid where a provider outside the EEA is named for what it does, not at the controller's
 * mailbox.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

async function linesOf(lines: readonly string[], ruleId: string): Promise<number[]> {
  return (await auditText(`${lines.join('\n')}\n`)).filter((d) => d.ruleId === ruleId).map((d) => d.line);
}

/** Bases listed for the whole register (line 9) after a controller section that speaks of a contract (line 5). */
const BASES_APART = {
  fi: [
    '# Tietosuojaseloste', '', '## 1. Rekisterinpitäjä', '',
    'Esimerkki Oy ylläpitää rekisteriä, ja sopimusyrittäjät käsittelevät tietoja sopimuksen mukaisesti. Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi.', '',
    '## 2. Käsittelyn tarkoitus ja peruste', '',
    'Käsittelyn perusteet ovat sopimus, suostumus ja lakisääteinen velvoite.', '',
    '- Ajanvarausten hallinta', '- Laskutus', '- Markkinointi', '',
  ],
  sv: [
    '# Dataskyddsbeskrivning', '', '## 1. Personuppgiftsansvarig', '',
    'Exempel Ab för registret, och underleverantörer behandlar uppgifterna enligt avtal. Exempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi.', '',
    '## 2. Ändamål och rättslig grund', '',
    'Behandlingen grundar sig på avtal, samtycke och rättslig förpliktelse.', '',
    '- Tidsbokning', '- Fakturering', '- Marknadsföring', '',
  ],
  en: [
    '# Privacy notice', '', '## 1. Controller', '',
    'Example Ltd keeps the register, and contractors process the data under a contract with us. Example Ltd, Street 1, 00100 Helsinki, info@example.fi.', '',
    '## 2. Purposes and legal basis', '',
    'The legal basis of the processing is the contract with the customer, consent and our legal obligations.', '',
    '- Managing bookings', '- Invoicing', '- Marketing', '',
  ],
};

/** A controller reached at a Gmail address (line 5), and Google Analytics named for the statistics (line 9). */
const MAILBOX = {
  fi: [
    '# Tietosuoja', '', '## Rekisterinpitäjä', '', 'Esimerkki, Katu 1, 00100 Helsinki, esimerkki@gmail.com', '',
    '## Evästeet', '', 'Sivusto käyttää Google Analyticsia kävijämäärien seurantaan.', '',
  ],
  sv: [
    '# Dataskydd', '', '## Personuppgiftsansvarig', '', 'Exempel, Gatan 1, 00100 Helsingfors, exempel@gmail.com', '',
    '## Kakor', '', 'Webbplatsen använder Google Analytics för besöksstatistik.', '',
  ],
  en: [
    '# Privacy', '', '## Controller', '', 'Example, Street 1, 00100 Helsinki, example@gmail.com', '',
    '## Cookies', '', 'The site uses Google Analytics to count visits.', '',
  ],
};

/** A contact person reached at a Gmail address (line 5), and a section on who receives the data (line 7). */
const PERSON_MAILBOX = {
  fi: ['# Tietosuojaseloste', '', '## Yhteyshenkilö', '', 'Anna Aho, anna.aho@gmail.com', '', '## Tietojen vastaanottajat', '', 'Kuljetusyritys, joka toimittaa tilauksen.', ''],
  sv: ['# Dataskyddsbeskrivning', '', '## Kontaktperson', '', 'Anna Aho, anna.aho@gmail.com', '', '## Mottagare av uppgifterna', '', 'Transportföretaget som levererar beställningen.', ''],
  en: ['# Privacy notice', '', '## Contact person', '', 'Anna Aho, anna.aho@gmail.com', '', '## Recipients of the data', '', 'The carrier that delivers the order.', ''],
};

/** Google Analytics named among the data collected (line 5) and again among the recipients (line 9). */
const NAMED_TWICE = {
  fi: [
    '# Tietosuojaseloste', '', '## Kerättävät tiedot', '', 'Keräämme sivuston käytöstä tilastotietoa (Google Analytics).', '',
    '## Tietojen vastaanottajat', '', 'Google Analytics, joka laskee kävijämäärät.', '',
  ],
  sv: [
    '# Dataskyddsbeskrivning', '', '## Vilka uppgifter vi samlar in', '', 'Vi samlar in statistik om hur webbplatsen används (Google Analytics).', '',
    '## Mottagare av uppgifterna', '', 'Google Analytics, som räknar besökarna.', '',
  ],
  en: [
    '# Privacy notice', '', '## Data we collect', '', 'We collect statistics on the use of the site (Google Analytics).', '',
    '## Recipients of the data', '', 'Google Analytics, which counts the visitors.', '',
  ],
};

describe('a finding stands in the part of the notice it is about', () => {
  it.each(Object.entries(NAMED_TWICE))('a provider named twice: its transfer where it is named as a recipient (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'transfer-consistency')).toEqual([9]);
    expect(await linesOf(lines, 'provider-transfer')).toEqual([9]);
  });

  it.each(Object.entries(PERSON_MAILBOX))('a transfer left unsaid: where the recipients are, not at the contact person\'s mailbox (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'transfer-consistency')).toEqual([7]);
  });

  it.each(Object.entries(BASES_APART))('bases not paired with purposes: where the bases are listed (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'legal-basis')).toEqual([9]);
  });

  it.each(Object.entries(MAILBOX))('a transfer left unsaid: at the provider named for what it does, not the controller\'s mailbox (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'transfer-consistency')).toEqual([9]);
  });
});

describe('a missing word on transfers, where the data listed include data moved', () => {
  const NOTICES: [string, string[]][] = [
    ['fi', ['# Tietosuojaseloste', '', 'Päivitetty 1.2.2026.', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi', '', '## Käsiteltävät tiedot', '', '- nimi ja sähköpostiosoite', '- tilaustiedot ja siirretyn datan määrä', '', '## Tietojen luovutukset', '', 'Tietoja käsittelee puolestamme Palvelu Oy.']],
    ['sv', ['# Integritetspolicy', '', 'Uppdaterad 1.2.2026.', '', '## Personuppgiftsansvarig', '', 'Exempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi', '', '## Uppgifter vi behandlar', '', '- namn och e-postadress', '- beställningar och mängden överförd data', '', '## Mottagare', '', 'Uppgifterna behandlas för vår räkning av Tjänst AB.']],
  ];
  it.each(NOTICES)('is not placed at the data the service moves, but at the part on recipients (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'transfer-consistency')).toEqual([14]);
  });
});
