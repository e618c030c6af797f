/**
 * Notices written plainly, in the first person and in short sections: the organisation that answers for
 * the data is the controller, a basis said in a paragraph of its own is that of the section's one
 * purpose, a table of purposes under "what data and why" is read row by row, and a month of last change
 * said with a preposition is found.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Draft = Record<string, unknown>;

const registerOf = (text: string, lang: Lang): Draft => importNotice(text, { lang }).register as Draft;

const PLAIN: [Lang, string, string][] = [
  [
    'sv',
    '# Så hanterar jag dina uppgifter\n\n## Vem som ansvarar\n\nÅberg & Co ansvarar för de personuppgifter som samlas in via webbplatsen.\n\nKontakt: maria@aberg.se\n\n## Varför\n\nMejladressen används för att skicka nyhetsbrevet.\n\nGrunden för behandlingen är ditt samtycke.\n\n## Ändringar\n\nSenast ändrad i september 2026.\n',
    'Åberg & Co',
  ],
  [
    'fi',
    '# Näin käsittelen tietojasi\n\n## Rekisterinpitäjä\n\nPaja & Co vastaa henkilötietojen käsittelystä tällä sivustolla.\n\nYhteys: info@paja.fi\n\n## Tietojen käyttötarkoitus\n\nSähköpostiosoitetta käytetään uutiskirjeen lähettämiseen.\n\nKäsittelyn oikeusperuste on suostumuksesi.\n\n## Muutokset\n\nViimeksi päivitetty syyskuussa 2026.\n',
    'Paja & Co',
  ],
  [
    'en',
    '# How I handle your data\n\n## Who is responsible\n\nNorthwind Studio is responsible for the processing of your personal data on this site.\n\nContact: hello@northwind.fi\n\n## Why\n\nYour e-mail address is used to send the newsletter.\n\nThe legal basis is your consent.\n\n## Changes\n\nLast updated in September 2026.\n',
    'Northwind Studio',
  ],
];

describe('a plain notice in short sections', () => {
  it.each(PLAIN)('names the controller that answers for the data (%s)', (lang, text, name) => {
    expect((registerOf(text, lang)['controller'] as Draft)['name']).toBe(name);
  });

  it.each(PLAIN)('gives the one purpose of a section the basis said there in a paragraph of its own (%s)', (lang, text) => {
    const purposes = registerOf(text, lang)['purposes'] as Draft[];
    expect(purposes.map((p) => p['legal_basis'])).toEqual(['consent']);
    expect(registerOf(text, lang)['legal_bases']).toBeUndefined();
  });

  it.each(PLAIN)('finds the month of the last change (%s)', (lang, text) => {
    expect(importNotice(text, { lang }).yaml).toContain('gives only the month 2026-09');
  });

  it('a body of the organisation that answers for the data is no controller', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nHallitus vastaa henkilötietojen käsittelystä.\n\nYhteys: hallitus@esimerkki.fi\n';
    expect((registerOf(text, 'fi')['controller'] as Draft | undefined)?.['name']).not.toBe('Hallitus');
  });

  it('leaves the basis to the author where the section has two purposes', () => {
    const text = '# Integritetspolicy\n\n## Varför\n\nMejladressen används för att skicka nyhetsbrevet.\n\nBokningarna används för att fakturera.\n\nGrunden för behandlingen är ditt samtycke.\n';
    expect((registerOf(text, 'sv')['purposes'] as Draft[]).map((p) => p['legal_basis'])).toEqual([undefined, undefined]);
  });
});

const TABLES: [Lang, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Mitä henkilötietoja käsittelemme ja miksi?\n\n| Tarkoitus | Kerätyt tiedot | Oikeusperuste | Säilytysaika |\n|---|---|---|---|\n| Asiakassuhteiden hallinta | Nimi, yhteystiedot | Sopimus | Sopimuksen kesto |\n| Uutiskirjeet | Sähköposti | Suostumus | Kunnes peruutat |\n'],
  ['sv', '# Integritetspolicy\n\n## Vilka personuppgifter behandlar vi och varför?\n\n| Ändamål | Insamlade uppgifter | Rättslig grund | Lagringstid |\n|---|---|---|---|\n| Kundrelationen | Namn, kontaktuppgifter | Avtal | Avtalets längd |\n| Nyhetsbrev | E-post | Samtycke | Tills du återkallar |\n'],
  ['en', '# Privacy notice\n\n## What personal data we process and why\n\n| Purpose | Data collected | Legal basis | Retention |\n|---|---|---|---|\n| Customer relationship | Name, contact details | Contract | Length of the contract |\n| Newsletters | E-mail | Consent | Until you withdraw |\n'],
];

describe('a table of purposes under a heading on the data and why', () => {
  it.each(TABLES)('is read row by row: each purpose with its basis (%s)', (lang, text) => {
    const purposes = registerOf(text, lang)['purposes'] as Draft[];
    expect(purposes.map((p) => p['legal_basis'])).toEqual(['contract', 'consent']);
  });
});

const NESTED: [Lang, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Mitä tietoja keräämme ja miksi?\n\n- Ilmoittautumislomake\n  - Jotta voimme viestiä tapahtumasta.\n  - Jotta voimme jakaa osallistujat ryhmiin.\n- Kysymys sähköpostitse\n  - Jotta voimme vastata kysymykseen.\n'],
  ['sv', '# Integritetspolicy\n\n## Vilka uppgifter samlar vi in och varför?\n\n- Anmälningsformuläret\n  - För att kunna informera om evenemanget.\n  - För förberedelse av workshoppen.\n- Frågor per e-post\n  - För att kunna svara på frågan.\n'],
  ['en', '# Privacy policy\n\n## What information do we obtain and why?\n\n- Registration form to sign up for workshops.\n  - To communicate with the user about the workshop.\n  - For preparation of the workshop.\n- Email inquiry sent to support.\n  - To answer the inquiry.\n'],
];

describe('a list of data with what each is for nested under it, under a heading on the data and why', () => {
  it.each(NESTED)('gives the nested items as purposes, the data once each (%s)', (lang, text) => {
    const register = registerOf(text, lang);
    expect((register['purposes'] as Draft[]).map((p) => p['description'])).toHaveLength(3);
    expect(register['data_categories'] as Draft[]).toHaveLength(2);
  });

  it('gives nested data as data: examples, a period, and a datum with its use', () => {
    const register = registerOf('# Privacy policy\n\n## What information do we obtain and why?\n\n- Contact details\n  - Name\n  - for example your address\n- Payment details\n  - for instance the IBAN of your account\n  - For the duration of the membership.\n', 'en');
    expect(register['purposes']).toBeUndefined();
    expect(register['data_categories'] as Draft[]).toHaveLength(4);
    const fi = registerOf('# Tietosuojaseloste\n\n## Mitä tietoja keräämme ja miksi?\n\n- Jäsenrekisteri\n  - Nimi ja osoite\n  - Henkilötunnus, jota käytetään jäsenen tunnistamiseen\n', 'fi');
    expect((fi['data_categories'] as Draft[]).map((c) => (c['description'] as Draft)['fi'])).toContain('Jäsenrekisteri: Henkilötunnus, jota käytetään jäsenen tunnistamiseen');
    expect(fi['personal_identity_code']).toBeDefined();
  });
});

describe('a notice drawn up on one day and edited on another', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy\n\nTämä seloste on laadittu 09.04.2021 ja muokattu 30.7.2022\n'],
    ['sv', '# Dataskyddsbeskrivning\n\n## Personuppgiftsansvarig\n\nExempel Ab\n\nBeskrivningen upprättad 9.4.2021 och ändrad 30.7.2022\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nNorthwind Ltd\n\nThis notice was created on 9 April 2021 and revised on 30 July 2022\n'],
  ] as const)('was last updated on the day it was edited (%s)', (lang, text) => {
    expect(registerOf(text, lang)['updated']).toBe('2022-07-30');
  });
});

describe('a cell of a table of purposes that runs on after a dash of its own', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Käsittelyn tarkoitukset\n\n| Tarkoitus | Tiedot | Oikeusperuste | Säilytysaika |\n|---|---|---|---|\n| Uutiskirjeet | Sähköposti | Suostumus – voit perua milloin tahansa | Kunnes peruutat |\n'],
    ['sv', '# Integritetspolicy\n\n## Ändamål\n\n| Ändamål | Uppgifter | Rättslig grund | Lagringstid |\n|---|---|---|---|\n| Nyhetsbrev | E-post | Samtycke – du kan återkalla det när som helst | Tills du återkallar |\n'],
    ['en', '# Privacy notice\n\n## Purposes\n\n| Purpose | Data | Legal basis | Retention |\n|---|---|---|---|\n| Newsletters | E-mail | Consent – you may withdraw it at any time | Until you withdraw |\n'],
  ] as const)('keeps its words with its column: the row rests on its basis (%s)', (lang, text) => {
    const purposes = registerOf(text, lang)['purposes'] as Draft[];
    expect(purposes.map((p) => p['legal_basis'])).toEqual(['consent']);
    expect(JSON.stringify(purposes[0]!['description'])).toMatch(/perua|återkalla|withdraw/u);
  });
});
