import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../src/import/headings.js';
import { importNotice } from '../src/import/import.js';
import { type Draft, type Lang, purposes, register } from './import-draft.js';

describe('a list of bases, each with what it covers, before a list of purposes', () => {
  const notices: [Lang, string, string, string][] = [
    [
      'fi',
      '# Tietosuojaseloste\n\n## 3. Oikeusperusteet ja rekisterin käyttö\n\nVoimme käsitellä tietojasi seuraavissa tapauksissa:\n\n- Jäsenyys tai oikeutettu etu: käsittely on tarpeen harjoitusvuorojen järjestämiseksi.\n- Annettu suostumus: henkilö on hyväksynyt viestien vastaanottamisen.\n\nTietoja käytetään vain seuraaviin tarkoituksiin:\n\n- Harjoitusvuorojen ja otteluiden järjestäminen.\n- Tulosten julkaiseminen.\n',
      'Harjoitusvuorojen ja otteluiden järjestäminen.',
      'käsittely on tarpeen harjoitusvuorojen järjestämiseksi.',
    ],
    [
      'sv',
      '# Integritetspolicy\n\n## 3. Rättsliga grunder och registrets användning\n\nVi kan behandla dina uppgifter i följande fall:\n\n- Medlemskap eller berättigat intresse: behandlingen behövs för att ordna klubbens träningspass.\n- Lämnat samtycke: personen har gått med på att få våra utskick.\n\nUppgifterna används endast för följande ändamål:\n\n- Att ordna klubbens träningspass och matcher.\n- Att publicera resultat.\n',
      'Att ordna klubbens träningspass och matcher.',
      'behandlingen behövs för att ordna klubbens träningspass.',
    ],
    [
      'en',
      '# Privacy policy\n\n## 3. Legal bases and intended use of the register\n\nWe may process your data in these cases:\n\n- A membership or legitimate interest: the processing is needed for running the training sessions.\n- Given consent: the person has agreed to receive our messages.\n\nThe data are used only for the following purposes:\n\n- Running the club\'s training sessions and matches.\n- Publishing results.\n',
      "Running the club's training sessions and matches.",
      'the processing is needed for running the training sessions.',
    ],
  ];
  it.each(notices)('the purposes are read; a basis goes to the purpose it names by its words, the other stays the register\'s (%s)', (lang, text, first, interest) => {
    const found = register(text, lang);
    expect(found['purposes']).toEqual([
      { description: { [lang]: first }, legal_basis: 'legitimate_interests', legitimate_interest: { [lang]: interest } },
      { description: { [lang]: expect.any(String) } },
    ]);
    expect(found['legal_bases']).toEqual(['consent']);
  });

  it.each(['Oikeusperusteet ja rekisterin käyttö', 'Rättsliga grunder och registrets användning', 'Legal bases and intended use of the register'])('"%s" heads purposes and bases', (heading) => {
    expect(classifyHeading(heading)).toEqual(['purposes', 'legal_basis']);
  });
});

describe('bases listed apart, each with what it covers', () => {
  const notices: [Lang, string][] = [
    [
      'fi',
      '# Tietosuojaseloste\n\n## Käsittelyn tarkoitukset\n\n- Sovelluksen tarjoaminen: tilin luominen ja kirjautuminen\n- Sovelluksen kehittäminen: käytön seuraaminen\n- Turvallisuus: väärinkäytösten estäminen\n- Tiedotteet: tärkeiden ilmoitusten lähettäminen\n\n## Käsittelyn oikeusperuste\n\n- Sopimus: käsittely, joka on tarpeen sovelluksen tarjoamiseksi käyttöehtojen mukaisesti\n- Suostumus: vapaaehtoiset tiedot, kuten syntymäpäivä ja kiinnostuksen kohteet\n- Oikeutettu etu: sovelluksen suojaaminen väärinkäytöksiltä ja sen kehittäminen\n',
    ],
    [
      'sv',
      '# Integritetspolicy\n\n## Ändamål\n\n- Att leverera appen: skapa konto och logga in\n- Att utveckla appen: förstå hur appen används\n- Säkerhet: stoppa bedrägerier och intrång\n- Utskick: skicka viktiga meddelanden om appen\n\n## Rättslig grund\n\n- Avtal: Behandling som behövs för att vi ska kunna leverera appen enligt villkoren\n- Samtycke: För frivilliga uppgifter som födelsedag och intressen\n- Berättigat intresse: För att skydda appen mot bedrägerier och utveckla den\n',
    ],
    [
      'en',
      '# Privacy policy\n\n## Purposes\n\n- Delivering the app: creating an account and signing in\n- Improving the app: learning how the app is used\n- Safety: stopping misuse and intrusions\n- Notices: sending important messages about the app\n\n## Legal basis\n\n- Contract: Processing needed so that we can deliver the app under our terms\n- Consent: For optional details such as birthday and interests\n- Legitimate interest: To protect the app against misuse and to improve it\n',
    ],
  ];
  it.each(notices)('a purpose whose words the covered text repeats gets that basis; a basis for some data stays the register\'s (%s)', (lang, text) => {
    expect(purposes(text, lang).map(([, basis]) => basis)).toEqual(['contract', 'legitimate_interests', 'legitimate_interests', undefined]);
    expect(register(text, lang)['legal_bases']).toEqual(['consent']);
  });

  it('a word every purpose shares names none of them', () => {
    const text = '# Privacy policy\n\n## Purposes\n\n- Showing the catalogue to visitors\n- Sending the catalogue to members\n\n## Legal basis\n\n- Legitimate interest: Keeping the catalogue up to date\n';
    expect(purposes(text, 'en').map(([, basis]) => basis)).toEqual([undefined, undefined]);
    expect(register(text, 'en')['legal_bases']).toEqual(['legitimate_interests']);
  });

  it('a purpose named first, with its basis after it, is not matched by shared words', () => {
    const text = 'Käsittelyn tarkoitus\n\n- Jäsenyyksien ylläpito\n- Laskutus\n\nOikeusperuste\n\n- Jäsenyyssopimuksen täyttäminen (6 artiklan 1 kohdan b alakohta)\n';
    expect(purposes(text, 'fi').map(([, basis]) => basis)).toEqual([undefined, undefined]);
  });
});

describe('a paragraph that says each purpose with its own basis', () => {
  const notices: [Lang, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Mihin käytämme tietoja\n\nTilitietoja käytetään tilaamasi palvelun tarjoamiseen. Lokitietoja käytetään oikeutetun etumme perusteella sivuston turvallisuuden varmistamiseen. Uutiskirjeen lähettäminen perustuu suostumukseesi, jonka voit perua.\n'],
    ['sv', '# Integritetspolicy\n\n## Varför vi använder uppgifterna\n\nKontouppgifter används för att leverera tjänsten du har begärt. Loggar används för vårt berättigade intresse att hålla webbplatsen säker. Nyhetsbrev bygger på ditt samtycke, som du kan återkalla.\n'],
    ['en', '# Privacy policy\n\n## Why we use it\n\nMember data are used to provide the service you requested. Log data are used for our legitimate interest in keeping the site secure. Newsletters are optional and rely on your consent, which you can withdraw.\n'],
  ];
  it.each(notices)('each sentence is a purpose with its basis, the service asked for resting on the contract (%s)', (lang, text) => {
    expect(purposes(text, lang).map(([, basis]) => basis)).toEqual(['contract', 'legitimate_interests', 'consent']);
    expect(register(text, lang)['legal_bases']).toBeUndefined();
  });

  it('a service asked for is no basis without sentences that state theirs', () => {
    expect(purposes('# Privacy policy\n\n## Why we use it\n\nMember data are used to provide the service you requested.\n', 'en')).toEqual([['Member data are used to provide the service you requested.', undefined]]);
  });

  it('a sentence about the processing as a whole is no purpose of its own', () => {
    const text = 'Käsittelyn tarkoitus\n\nTietoja käsitellään jäsenyyden hoitamiseksi. Käsittely perustuu sopimukseen. Uutiskirjeitä lähetetään suostumuksesi perusteella.\n';
    expect(purposes(text, 'fi').map(([t]) => t)).not.toContain('Käsittely perustuu sopimukseen.');
  });
});

describe('consent said as the condition or the measure of a purpose', () => {
  const items: [Lang, string, string | undefined][] = [
    ['fi', 'Markkinointiviestit (mikäli jäsen antaa suostumuksensa)', 'consent'],
    ['fi', 'Kuvat: julkaisemme vain kuvia, jotka jäsen on toimittanut suostumuksensa mukaisesti', 'consent'],
    ['fi', 'Tiedotteet (jos jäsen ei ole antanut suostumusta, vain välttämättömät)', undefined],
    ['sv', 'Marknadsföring (om kunden ger sitt samtycke)', 'consent'],
    ['sv', 'Bilder: vi publicerar bara bilder som medlemmen har lämnat i enlighet med sitt samtycke', 'consent'],
    ['sv', 'Utskick (om kunden inte ger sitt samtycke, bara de nödvändiga)', undefined],
    ['en', 'Marketing messages (if the customer gives consent)', 'consent'],
    ['en', 'Photos: we publish the photos members sent where they have consented', 'consent'],
    ['en', 'Notices (if the member does not give consent, only the necessary ones)', undefined],
    ['fi', 'Jäsenlistalla näkyminen ja chat-tunnuksen antaminen perustuvat suostumukseesi.', 'consent'],
    ['fi', 'Uutiskirjeen lähettäminen perustuu antamaasi suostumukseen.', 'consent'],
    ['fi', 'Tilastointi ei perustu suostumukseen.', undefined],
    ['fi', 'Palvelun toimittaminen perustuu sopimukseemme.', 'contract'],
  ];
  const heading: Record<Lang, string> = { fi: 'Käsittelyn tarkoitus', sv: 'Ändamål', en: 'Purposes' };
  it.each(items)('%s: "%s" → %s', (lang, item, basis) => {
    expect(purposes(`${heading[lang]}\n\n- ${item}\n- Jäsenrekisteri\n`, lang)[0]).toEqual([item, basis]);
  });
});

describe('a table of purposes, bases and retention', () => {
  const tables: [Lang, string][] = [
    ['fi', '<h1>Tietosuojaseloste</h1><h2>Käsittelyn tarkoitus ja oikeusperuste</h2><table><tr><th>Tarkoitus</th><th>Oikeusperuste</th><th>Säilytysaika</th></tr><tr><td>Tilausten toimittaminen</td><td>Sopimus</td><td>2 vuotta</td></tr><tr><td>Uutiskirje</td><td>Suostumus</td><td>Tilauksen perumiseen asti</td></tr></table>'],
    ['sv', '<h1>Integritetspolicy</h1><h2>Ändamål och rättslig grund</h2><table><tr><th>Ändamål</th><th>Rättslig grund</th><th>Lagringstid</th></tr><tr><td>Leverera beställningar</td><td>Avtal</td><td>2 år</td></tr><tr><td>Nyhetsbrev</td><td>Samtycke</td><td>Tills du avregistrerar dig</td></tr></table>'],
    ['en', '<h1>Privacy notice</h1><h2>Purposes and legal basis</h2><table><tr><th>Purpose</th><th>Legal basis</th><th>Retention period</th></tr><tr><td>Delivering orders</td><td>Contract</td><td>2 years</td></tr><tr><td>Newsletter</td><td>Consent</td><td>Until you unsubscribe</td></tr></table>'],
  ];
  it.each(tables)('each row\'s period is a retention rule for the purpose of its row (%s)', (lang, html) => {
    const found = register(html, lang);
    const [first, second] = found['purposes'] as Draft[];
    expect(first).toMatchObject({ legal_basis: 'contract' });
    expect(second).toMatchObject({ legal_basis: 'consent' });
    expect(Object.values(first!['description'])[0]).not.toMatch(/2/u);
    expect(found['retention']).toEqual([
      { applies_to: [first!['id']], period: 'P2Y', description: { [lang]: expect.any(String) } },
      { applies_to: [second!['id']], description: { [lang]: expect.stringMatching(/asti|Tills|Until/u) } },
    ]);
    expect(first!['id']).toMatch(/^[a-z0-9][a-z0-9-]*$/u);
    expect(first!['id']).not.toBe(second!['id']);
  });
});

describe('a list of bases, each item saying the processing its basis covers', () => {
  const items: Record<Lang, [string, string][]> = {
    fi: [
      ['Sopimus:', 'Henkilötietoja käsitellään asiakassuhteen ja ajanvarauksen toteuttamiseksi.'],
      ['Rekisterinpitäjän lakisääteinen velvoite:', 'Henkilötietoja käsitellään kirjanpitovelvoitteen täyttämiseksi.'],
      ['Rekisteröidyn suostumus:', 'Henkilötietoja käsitellään suostumuksen perusteella (esim. uutiskirje).'],
    ],
    sv: [
      ['Avtal:', 'Uppgifterna behandlas för att sköta kundrelationen och bokningarna.'],
      ['Rättslig förpliktelse:', 'Uppgifterna behandlas för att uppfylla bokföringsskyldigheten.'],
      ['Samtycke:', 'Uppgifterna behandlas med ditt samtycke (t.ex. nyhetsbrev).'],
    ],
    en: [
      ['Contract:', 'Personal data are processed to manage the customer relationship and bookings.'],
      ['Legal obligation:', 'Personal data are processed to meet our bookkeeping obligations.'],
      ['Consent:', 'Personal data are processed with your consent (e.g. the newsletter).'],
    ],
  };
  const headings: Record<Lang, string[]> = {
    fi: ['Tietosuojaseloste', 'Rekisterin käyttötarkoitus', 'Rekisterin käyttötarkoitus on laskutustietojen ylläpito.', 'Henkilötietojen käsittelyn oikeusperusteet', 'Henkilötietojen käsittely perustuu seuraaviin oikeusperusteisiin:'],
    sv: ['Dataskyddsbeskrivning', 'Ändamål', 'Ändamålet med registret är att sköta faktureringen.', 'Rättslig grund för behandlingen', 'Behandlingen grundar sig på följande rättsliga grunder:'],
    en: ['Privacy notice', 'Purpose of the register', 'The purpose of the register is keeping billing records.', 'Legal basis for the processing', 'The processing is based on the following legal bases:'],
  };
  /** As a web page lays it out: each item a bold label in a paragraph of its own, and the text in the next. */
  const page = (lang: Lang) =>
    `<!doctype html><html lang="${lang}"><body><h1>${headings[lang][0]}</h1><p><strong>${headings[lang][1]}</strong></p><p>${headings[lang][2]}</p><p><strong>${headings[lang][3]}</strong></p><p>${headings[lang][4]}</p><ul>\n` +
    items[lang].map(([label, text]) => `<li><p><strong>${label}</strong></p><p>${text}</p></li>\n`).join('') +
    '</ul></body></html>\n';
  it.each(['fi', 'sv', 'en'] as const)('each item is a purpose with its basis, not a basis of the register as a whole (%s)', (lang) => {
    const found = importNotice(page(lang), { lang, format: 'html' }).register as Draft;
    expect((found['purposes'] as Draft[]).map((p) => [p['description'][lang], p['legal_basis']])).toEqual([
      [headings[lang][2], undefined],
      [expect.stringContaining(items[lang][0]![1].slice(0, 20)), 'contract'],
      [expect.stringContaining(items[lang][1]![1].slice(0, 20)), 'legal_obligation'],
      [expect.stringContaining(items[lang][2]![1].slice(0, 20)), 'consent'],
    ]);
    expect(found['legal_bases']).toBeUndefined();
  });
});

describe('a sentence giving two bases each what it covers, after a list of the purposes', () => {
  const NOTICES: [Lang, string, [string, string | undefined][]][] = [
    [
      'fi',
      '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Mihin tietoja käytetään ja millä perusteella\n\nTietoja käytetään:\n\n- yhteydenottoosi vastaamiseen ja arviokäynnin sopimiseen\n- tarjouksen laatimiseen ja toimittamiseen\n- asiakassuhteen hoitamiseen, jos tilaat meiltä työn\n\nKäsittelyn oikeusperuste on sopimuksen tekemistä edeltävien toimien toteuttaminen pyynnöstäsi (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta) sekä rekisterinpitäjän oikeutettu etu vastata yhteydenottoihin ja hoitaa asiakassuhteita (6 artiklan 1 kohdan f alakohta).\n',
      [
        ['yhteydenottoosi vastaamiseen ja arviokäynnin sopimiseen', 'legitimate_interests'],
        ['tarjouksen laatimiseen ja toimittamiseen', undefined],
        ['asiakassuhteen hoitamiseen, jos tilaat meiltä työn', 'legitimate_interests'],
      ],
    ],
  ];
  it.each(NOTICES)('gives each basis the listed purposes its part speaks of, and makes no purpose of the parts (%s)', (lang, text, expected) => {
    const draft = register(text, lang);
    expect((draft['purposes'] as Draft[]).map((p) => [p['description'][lang], p['legal_basis']])).toEqual(expected);
    expect((draft['purposes'] as Draft[])[0]!['legitimate_interest'][lang]).toBe('vastata yhteydenottoihin ja hoitaa asiakassuhteita');
    expect(draft['legal_bases']).toEqual(['contract']);
  });
});

describe('a two-basis sentence after the listed purposes, one part covering none of them', () => {
  it('makes that part a purpose of its own with its basis', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Mihin tietoja käytetään\n\nTietoja käytetään:\n\n- tilausten toimittamiseen\n- kysymyksiisi vastaamiseen\n\nKäsittelyn oikeusperuste on sopimuksen täytäntöönpano tilausten toimittamiseksi sekä suostumus uutiskirjeen lähettämiseksi.\n';
    const purposes = register(text, 'fi')['purposes'] as Draft[];
    expect(purposes.find((p) => /uutiskirje/u.test(p['description']['fi']))?.['legal_basis']).toBe('consent');
    expect(purposes.find((p) => /tilausten toimittamiseen/u.test(p['description']['fi']))?.['legal_basis']).toBe('contract');
  });
});

describe('two bases of a list whose covered texts both name one purpose', () => {
  it('give it the basis whose text names more of its own words', () => {
    const text = '# Privacy policy\n\n## How we use your data\n\n- To show you where your time goes.\n- To improve the service based on aggregated usage patterns.\n\n## Legal basis for processing\n\n- **Contract:** Processing needed to deliver the service you signed up for.\n- **Legitimate interest:** Aggregated analysis to improve the service.\n';
    const found = purposes(text, 'en');
    expect(found.map(([, basis]) => basis)).toEqual([undefined, 'legitimate_interests']);
  });
});

describe('a rival basis whose covered text speaks of data only', () => {
  it('takes no purpose away from the basis that names it', () => {
    const text = '# Privacy policy\n\n## How we use your data\n\n- To deliver your orders and handle returns.\n- To send you our newsletter.\n\n## Legal basis for processing\n\n- **Contract:** Processing needed to deliver your orders.\n- **Consent:** For optional data, such as delivery instructions for orders and returns, and for the newsletter.\n';
    expect(purposes(text, 'en').map(([description, basis]) => [description, basis])).toEqual([
      ['To deliver your orders and handle returns.', 'contract'],
      ['To send you our newsletter.', undefined],
    ]);
  });
});
