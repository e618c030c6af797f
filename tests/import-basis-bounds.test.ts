import { describe, expect, it } from 'vitest';
import { statedBases } from '../src/import/recognise/bases.js';
import { type Draft, type Lang, register } from './import-draft.js';

describe('what a purpose says of the law and of its basis', () => {
  const bounds: [Lang, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Henkilötietojen käsittelyn tarkoitus\n\nHenkilötietoja käytetään henkilötietolain sallimissa ja velvoittamissa rajoissa asiakassuhteen hoitamiseen ja kehittämiseen.\n'],
    ['sv', '# Integritetspolicy\n\n## Ändamål\n\nPersonuppgifterna används inom de ramar som personuppgiftslagen tillåter och kräver för att sköta kundrelationen.\n'],
    ['en', '# Privacy policy\n\n## Purposes\n\nPersonal data are used within the limits permitted and required by the Personal Data Act for managing the customer relationship.\n'],
  ];
  it.each(bounds)('the bounds the law sets to a use are no legal obligation (%s)', (lang, text) => {
    const [purpose] = register(text, lang)['purposes'] as Draft[];
    expect(purpose!['legal_basis']).toBeUndefined();
  });

  it.each([
    ['fi', 'Rekistereiden tiedot tuhotaan lain vaatimalla tavalla säilytysaikoja noudattaen.'],
    ['sv', 'Uppgifterna gallras på det sätt som lagen kräver.'],
    ['en', 'The records are destroyed in the manner required by law.'],
  ])('the manner the law sets for a step is no legal obligation (%s)', (_lang, text) => {
    expect(statedBases(text).bases).toEqual([]);
  });

  it('a duty the law sets is one still', () => {
    expect(statedBases('Tietoja käsitellään lain vaatiman velvoitteen täyttämiseksi.').bases).toEqual(['legal_obligation']);
  });

  it('a sentence that gives data a basis and then what they are processed for is a purpose with that basis', () => {
    const text =
      '# Privacy policy\n\n## Purpose of using the data\n\nWe use your information to improve our service. Visitor IP addresses and cookies are processed on the basis of legitimate interest, among other things, to ensure data security and to collect visitor statistics.\n';
    expect((register(text, 'en')['purposes'] as Draft[]).map((p) => [p['description']['en'].slice(0, 24), p['legal_basis']])).toEqual([
      ['We use your information ', undefined],
      ['Visitor IP addresses and', 'legitimate_interests'],
    ]);
  });
});

describe('the controller named where a notice says who it is', () => {
  it('a title "yksityisyydensuoja" with a company names the controller', () => {
    const text = '# Esimerkki Oy:n Internet-sivujen yksityisyydensuoja\n\n## Henkilötietojen käsittelyn tarkoitus\n\nKäytämme tietoja asiakkaan tunnistamiseksi.\n';
    expect(register(text, 'fi')['controller']).toEqual({ name: 'Esimerkki Oy' });
  });

  it.each([
    ['fi', '# Tietosuojaseloste\n\n## 1. Rekisterinpitäjä\n\nRekisterinpitäjä on Siisti pihan vuorot -sovelluksen ylläpitäjät, joita ovat seurakunnan koordinaattori ja apulainen.\n', 'Siisti pihan vuorot -sovelluksen ylläpitäjät'],
    ['sv', '# Integritetspolicy\n\n## 1. Personuppgiftsansvarig\n\nPersonuppgiftsansvarig är Snygg gård -appens två administratörer, som är församlingens samordnare och en assistent.\n', 'Snygg gård -appens två administratörer'],
  ] as [Lang, string, string | undefined][])('"the controller is" with a name of lower-case words, under the controller\'s heading (%s)', (lang, text, name) => {
    expect(register(text, lang)['controller']?.['name']).toBe(name);
  });

  it('bounds in front-vowel forms are bounds too, and a duty named inside the bounds is one', () => {
    const fi = '# Tietosuojaseloste\n\n## Käsittelyn tarkoitus\n\nHenkilötietoja käytetään henkilötietolain sallimissa ja edellyttämissä rajoissa asiakassuhteen hoitamiseen.\n';
    expect((register(fi, 'fi')['purposes'] as Draft[])[0]!['legal_basis']).toBeUndefined();
    expect(statedBases('Vi behandlar uppgifterna inom ramarna för de skyldigheter som bokföringslagen kräver.').bases).toEqual(['legal_obligation']);
  });

  it('"without" reaches no basis stated in a clause of its own', () => {
    expect(statedBases('We never process your data without a valid reason and all processing is based on your consent.').bases).toEqual(['consent']);
    expect(statedBases('Tietoja ei käsitellä ilman asianmukaista syytä ja kaikki käsittely perustuu asiakkaan antamaan suostumukseen.').bases).toEqual(['consent']);
  });

  it('the basis words "consent to the processing" and "the contract to which" are no aim', () => {
    const text = '# Privacy policy\n\n## Why we process your data\n\n- Delivering orders\n- Sending newsletters\n\nPersonal data are processed based on a legal obligation to which we are subject, and on the basis of the contract.\n';
    expect((register(text, 'en')['purposes'] as Draft[]).map((p) => p['description']['en'])).toEqual(['Delivering orders', 'Sending newsletters']);
  });

  it('a legitimate interest "to the extent permitted by law" names no interest', () => {
    const text = '# Privacy policy\n\n## What we collect\n\n### Products\n\nPurpose: To develop the products.\n\n#### Legal basis\n\nThe legal basis for the processing is our legitimate interest to the extent permitted by applicable law.\n';
    const [purpose] = register(text, 'en')['purposes'] as Draft[];
    expect(purpose!['legal_basis']).toBe('legitimate_interests');
    expect(purpose!['legitimate_interest']).toBeUndefined();
  });
});
