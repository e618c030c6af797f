/**
 * A purpose said in a sentence that goes on, in a clause of its own, to how long the data are kept
 * ("…, och sparar dem inte längre än …"): the purpose is said, and a law that only sets the time ("så
 * länge bokföringslagen kräver") is not its basis. Data used from a provider ("käyttää ulkopuolisen
 * palveluntarjoajan tietoja") make the provider a source, not a recipient. Data listed in running text
 * under the heading on data are a data category.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

const KEPT: [Lang, string][] = [
  ['sv', '# Integritetspolicy\n\n## Tårtbeställningar\n\nVi använder uppgifterna bara för att hantera och bekräfta din beställning, och sparar dem inte längre än vad som behövs för det – eller så länge bokföringslagen kräver för köp.\n'],
  ['en', '# Privacy policy\n\n## Cake orders\n\nWe use the data only to handle and confirm your order, and we do not keep them longer than that needs – or as long as the Accounting Act requires for purchases.\n'],
  ['fi', '# Tietosuojaseloste\n\n## Tilaukset\n\nKäytämme tietoja vain tilauksen käsittelyyn, eikä niitä säilytetä pidempään kuin on tarpeen – tai niin kauan kuin kirjanpitolaki edellyttää.\n'],
];

describe('a purpose beside a clause on how long data are kept', () => {
  it.each(KEPT)('is a purpose, and the law of the time is not its basis (%s)', (lang, text) => {
    const purposes = importNotice(text, { lang }).register['purposes'] as Record<string, unknown>[] | undefined;
    expect(purposes?.length).toBe(1);
    expect(purposes![0]!['legal_basis']).toBeUndefined();
  });

  it('a purpose denied in its own clause is none', () => {
    const text = '# Integritetspolicy\n\n## Marknadsföring\n\nVi använder inte uppgifterna för att skicka reklam, och vi säljer dem aldrig.\n';
    expect(importNotice(text, { lang: 'sv' }).register['purposes']).toBeUndefined();
  });
});

describe('data used from a provider', () => {
  it('make the provider no recipient', () => {
    const text = '# Rekisteriseloste\n\n## Tietolähteet\n\nTiedot saadaan jäseniltä itseltään. Yhteystietojen päivittämiseen voidaan käyttää myös ulkopuolisen palveluntarjoajan tietoja.\n';
    expect(importNotice(text, { lang: 'fi' }).register['recipients']).toBeUndefined();
  });

  it('but a provider the controller uses is one', () => {
    const text = '# Rekisteriseloste\n\n## Tietojen käsittely\n\nYhdistys käyttää ulkopuolista palveluntarjoajaa jäsenrekisterin ylläpitoon.\n';
    expect(importNotice(text, { lang: 'fi' }).register['recipients']).toBeDefined();
  });
});

describe('the data listed in running text under the heading on data', () => {
  it('are a data category', () => {
    const text = '# Integritetspolicy\n\n## Kategorier av personuppgifter som behandlas\n\nVi behandlar personuppgifter inklusive, men inte begränsat till, den registrerades namn, e-postadress, telefonnummer och leveransadress.\n';
    const categories = importNotice(text, { lang: 'sv' }).register['data_categories'] as Record<string, Record<string, string>>[] | undefined;
    expect(categories?.map((c) => c['description']!['sv'])).toEqual(['Vi behandlar personuppgifter inklusive, men inte begränsat till, den registrerades namn, e-postadress, telefonnummer och leveransadress.']);
  });

  it('but a sentence that lists nothing is left for the author', () => {
    const text = '# Integritetspolicy\n\n## Kategorier av personuppgifter som behandlas\n\nVi behandlar bara det som behövs.\n';
    expect(importNotice(text, { lang: 'sv' }).register['data_categories']).toBeUndefined();
  });
});

describe('a paragraph under the heading on data that names what is not collected', () => {
  it('is no data category', () => {
    const text = '# Tietosuojaseloste\n\n## Mitä tietoja käsittelemme\n\n- nimi\n- sähköpostiosoite\n\nEmme pyydä erityisiin henkilötietoryhmiin kuuluvia tietoja, kuten terveystietoja, uskonnollista vakaumusta tai poliittisia mielipiteitä.\n';
    const categories = importNotice(text, { lang: 'fi' }).register['data_categories'] as unknown[];
    expect(categories).toHaveLength(2);
  });
});

describe('a purpose said of a hyphenated kind of data', () => {
  it('is a purpose', () => {
    const text = '# Privacy policy\n\n## Newsletter\n\nWe use your e-mail address to send you our newsletter.\n';
    const purposes = importNotice(text, { lang: 'en' }).register['purposes'] as unknown[] | undefined;
    expect(purposes).toHaveLength(1);
  });
});

describe('a paragraph under the heading on data that says where data come from or how long they are kept', () => {
  it('is no data category, while a list of three kinds of data is one', () => {
    const text = (para: string) => `# Tietosuojaseloste\n\n## Rekisterin tietosisältö\n\n${para}\n`;
    const categories = (para: string) => importNotice(text(para), { lang: 'fi' }).register['data_categories'];
    expect(categories('Tiedot saadaan jäseneltä itseltään, jäsenhakemuksesta, tapahtumista ja viranomaisilta.')).toBeUndefined();
    expect(categories('Tietoja säilytetään, kunnes jäsenyys päättyy, ja ne poistetaan vuoden kuluessa.')).toBeUndefined();
    expect(categories('Rekisteriin tallennetaan jäsenen nimi, osoite ja puhelinnumero.')).toHaveLength(1);
    expect(categories('Rekisteriin tallennetaan etunimi, sukunimi, kotiosoite ja matkapuhelinnumero.')).toHaveLength(1);
    expect(categories('Keräämme nimesi, sähköpostiosoitteesi ja puhelinnumerosi, jotka tallennetaan asiakasjärjestelmään.')).toHaveLength(1);
  });
});

describe('a sentence that points back to the purpose said before it', () => {
  const notices: [Lang, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Tarkoitus ja oikeusperuste\n\nTietoja käytetään yksinomaan yhteydenottopyyntöön vastaamiseen.\n\nKäsittelyn oikeusperusteena on oikeutettu etu: meillä on tarve vastata saatuun yhteydenottoon. Käsittely rajoittuu tähän tarkoitukseen.\n'],
    ['en', '# Privacy notice\n\n## Purpose and legal basis\n\nThe data are used only to answer your enquiry.\n\nThe legal basis is our legitimate interest: we need to answer the enquiries we receive. The processing is limited to this purpose.\n'],
  ];
  it.each(notices)('is no purpose of its own, and the basis goes to the one before (%s)', (lang, text) => {
    const purposes = importNotice(text, { lang }).register['purposes'] as Record<string, unknown>[];
    expect(purposes.map((p) => p['legal_basis'])).toEqual(['legitimate_interests']);
  });
});
