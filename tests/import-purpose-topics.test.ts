import { describe, expect, it } from 'vitest';
import { type Draft, type Lang, purposes, register } from './import-draft.js';

/** A notice that gives each purpose a heading of its own, with the basis, recipients and period under subheadings. */
const topics: [Lang, string, [string, string][]][] = [
  [
    'sv',
    '# Integritetspolicy\n\nPersonuppgiftsansvarig är Klätterlek, organisationsnummer 559111-2223, Storgatan 4, 22221, Lund (benämns hädanefter som “Bolaget”).\n\n## 1. Vilken information vi samlar in och varför\n\n### 1.1 Kurser\n\nÄndamål: För att kunna tillhandahålla våra kurser.\n\n#### Vilka andra kan komma få tillgång till dina personuppgifter?\n\nFöljande bolag kan komma att få tillgång till dina personuppgifter inom ramen för kurserna: Bokaris (Bokningssystem)\n\n#### Laglig grund\n\nDen legala grunden för personuppgiftsbehandlingen är fullgörande av avtal med dig.\n\n#### Lagringsperiod\n\nVi behandlar dina personuppgifter för detta ändamål i 3 år från och med att kundens relation anses avslutad.\n\n### 1.2 Marknadsföring\n\nÄndamål: För att marknadsföra våra kurser.\n\n#### Kategorier av personuppgifter\n\nVi behandlar namn och e-postadress.\n\n#### Personuppgifts\u00adbehandlingar som utförs i marknadsförings\u00adsyfte\n\nVi behandlar personuppgifterna i marknadsföringssyfte på följande sätt: e-post.\n\n#### Laglig grund\n\nDen legala grunden för personuppgiftsbehandlingen är samtycke.\n\n#### Lagringsperiod\n\nVi behandlar dina personuppgifter för detta ändamål i 10 år.\n\n## 2. Ändringar\n\nDenna integritetspolicy trädde i kraft 2022-07-01.\n',
    [
      ['För att kunna tillhandahålla våra kurser.', 'contract'],
      ['För att marknadsföra våra kurser.', 'consent'],
    ],
  ],
  [
    'fi',
    '# Tietosuojaseloste\n\nRekisterinpitäjä on Kiipeilyleikki, Y-tunnus 1234567-1, Isokatu 4, 90100 Oulu.\n\n## 1. Mitä tietoja keräämme ja miksi\n\n### 1.1 Kurssit\n\nTarkoitus: Kurssien järjestäminen.\n\n#### Käsittelyn oikeusperuste\n\nKäsittelyn oikeusperuste on sopimuksen täytäntöönpano.\n\n#### Säilytysaika\n\nSäilytämme tietoja 3 vuotta asiakassuhteen päättymisestä.\n\n### 1.2 Markkinointi\n\nTarkoitus: Kurssien markkinointi.\n\n#### Käsittelyn oikeusperuste\n\nKäsittelyn oikeusperuste on suostumus.\n\n#### Säilytysaika\n\nSäilytämme tietoja 10 vuotta.\n\n## 2. Muutokset\n\nTämä tietosuojaseloste astui voimaan 1.7.2022.\n',
    [
      ['Kurssien järjestäminen.', 'contract'],
      ['Kurssien markkinointi.', 'consent'],
    ],
  ],
  [
    'en',
    '# Privacy policy\n\nThe controller is Climbplay, business ID 1234567-1, Main Street 4, 90100 Oulu.\n\n## 1. What we collect and why\n\n### 1.1 Courses\n\nPurpose: To provide our courses.\n\n#### Legal basis\n\nThe legal basis for the processing is the performance of a contract with you.\n\n#### Retention\n\nWe keep the data for 3 years from the end of the customer relationship.\n\n### 1.2 Marketing\n\nPurpose: To market our courses.\n\n#### Legal basis\n\nThe legal basis for the processing is your consent.\n\n#### Retention\n\nWe keep the data for 10 years.\n\n## 2. Changes\n\nThis privacy policy came into force on 2022-07-01.\n',
    [
      ['To provide our courses.', 'contract'],
      ['To market our courses.', 'consent'],
    ],
  ],
];

describe('a purpose with a heading of its own, its basis under a subheading', () => {
  it.each(topics)('each purpose takes the basis stated under its own heading (%s)', (lang, text, expected) => {
    expect(purposes(text, lang)).toEqual(expected);
    expect(register(text, lang)['legal_bases']).toBeUndefined();
  });

  it.each(topics)('the date the notice came into force is its date (%s)', (lang, text) => {
    expect(register(text, lang)['updated']).toBe('2022-07-01');
  });

  it.each(topics)('the controller said with its role first, its number and its address, is read (%s)', (lang, text) => {
    const controller = register(text, lang)['controller'];
    expect(controller['name']).toBe({ sv: 'Klätterlek', fi: 'Kiipeilyleikki', en: 'Climbplay' }[lang]);
    expect(controller['address']).toEqual(
      lang === 'sv' ? { street: 'Storgatan 4', postal_code: '22221', city: 'Lund' } : { street: lang === 'fi' ? 'Isokatu 4' : 'Main Street 4', postal_code: '90100', city: 'Oulu' },
    );
    if (lang === 'sv') expect(controller['registration']).toEqual({ number: '559111-2223', country: 'SE' });
    else expect(controller['business_id']).toBe('1234567-1');
  });

  it('each purpose\'s period is a retention rule, under "Lagringsperiod" too', () => {
    const periods = (register(topics[0]![1], 'sv')['retention'] as Draft[]).map((r) => r['period']);
    expect(periods).toEqual(['P3Y', 'P10Y']);
  });

  it('the companies who "may get access" are recipients, and a heading of processing operations is no purpose', () => {
    const found = register(topics[0]![1], 'sv');
    expect(JSON.stringify(found['recipients'])).toContain('Bokaris');
    expect(JSON.stringify(found['purposes'])).not.toContain('på följande sätt');
  });

  it.each([
    ['sv', 'Den legala grunden för personuppgiftsbehandlingen är vårt berättigade intresse att produktutveckla våra tjänster.', 'produktutveckla våra tjänster'],
    ['en', 'The legal basis for the processing is our legitimate interest in developing our products.', 'developing our products'],
  ] as [Lang, string, string][])('the interest said as what the legitimate interest is an interest in is the purpose\'s interest (%s)', (lang, basis, interest) => {
    const heads = lang === 'sv' ? ['Integritetspolicy', 'Vilken information vi samlar in', 'Ändamål: För att utveckla produkterna.', 'Laglig grund'] : ['Privacy policy', 'What we collect', 'Purpose: To develop the products.', 'Legal basis'];
    const text = `# ${heads[0]}\n\n## 1. ${heads[1]}\n\n### 1.1 Produkter\n\n${heads[2]}\n\n#### ${heads[3]}\n\n${basis}\n`;
    const [purpose] = register(text, lang)['purposes'] as Draft[];
    expect(purpose!['legal_basis']).toBe('legitimate_interests');
    expect(purpose!['legitimate_interest'][lang]).toBe(interest);
  });

  it.each([
    ['sv', '# Integritetspolicy\n\n## Var behandlar vi dina uppgifter?\n\nVi behandlar alltid dina personuppgifter inom EU/EES och överför dem inte utanför EU/EES.\n'],
  ] as [Lang, string][])('a heading that asks where we process the data heads the transfers (%s)', (lang, text) => {
    expect(register(text, lang)['transfers']).toBe('none');
  });

  it('a heading that asks in which situations we process the data heads the purposes, not the transfers', () => {
    const text = '# Tietosuojaseloste\n\n## Missä tilanteissa käsittelemme tietosi?\n\n- Tilausten toimittaminen\n- Uutiskirjeen lähettäminen\n';
    expect((register(text, 'fi')['purposes'] as Draft[]).length).toBe(2);
  });

  it('two purposes under one heading leave its one basis the register\'s', () => {
    const text =
      '# Integritetspolicy\n\n## 1. Ändamål\n\n### 1.1 Kurser\n\n- För att kunna tillhandahålla våra kurser.\n- För att marknadsföra våra kurser.\n\n#### Laglig grund\n\nDen legala grunden för personuppgiftsbehandlingen är samtycke.\n';
    expect(purposes(text, 'sv').map(([, basis]) => basis)).toEqual([undefined, undefined]);
    expect(register(text, 'sv')['legal_bases']).toEqual(['consent']);
  });

  it.each([
    ['fi', 'EU:n yleinen tietosuoja-asetus tuli voimaan 25.5.2018, ja se antaa sinulle oikeuksia.'],
    ['sv', 'Dataskyddsförordningen trädde i kraft den 25 maj 2018 och ger dig rättigheter.'],
    ['en', 'The General Data Protection Regulation (GDPR) came into force on 25 May 2018 and gives you rights.'],
  ] as [Lang, string][])('the date a law came into force is not the notice\'s (%s)', (lang, sentence) => {
    expect(register(`# Notice\n\n## Rights\n\n${sentence}\n`, lang)['updated']).toBeUndefined();
  });
});
