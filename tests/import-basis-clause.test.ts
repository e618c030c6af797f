/**
 * A purpose with its basis after a dash, the basis followed by a clause on how it is given
 * ("Mainonnan mittaaminen – suostumuksesi, jonka annat evästeilmoituksessa"): the purpose rests on that
 * basis, and the clause is kept for the author. Sentences under another heading that say how long data
 * are kept, archived or anonymised ("niin pitkään, kun …", "arkistoida … kolme vuotta", "anonymisoidaan
 * vuoden kuluessa") are retention rules.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

const CLAUSE: [Lang, string, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Miksi ja millä perusteella\n\n- Maksaminen ja kirjanpito – lakisääteinen velvoite (kirjanpitolaki).\n- Mainonnan mittaaminen – suostumuksesi, jonka annat evästeilmoituksessa ja voit perua milloin tahansa.\n', 'Mainonnan mittaaminen'],
  ['sv', '# Integritetspolicy\n\n## Varför och på vilken grund\n\n- Bokföring – rättslig förpliktelse (bokföringslagen).\n- Mätning av annonser – ditt samtycke, som du ger i kakbannern och kan ta tillbaka när som helst.\n', 'Mätning av annonser'],
  ['en', '# Privacy notice\n\n## Why and on what basis\n\n- Bookkeeping – legal obligation (Accounting Act).\n- Measuring advertising – your consent, which you give in the cookie banner and may withdraw at any time.\n', 'Measuring advertising'],
];

const KEPT_ELSEWHERE: [Lang, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Rekisterin tietosisältö\n\nNimi ja sähköpostiosoite.\n\nKäyttäjän tietoja säilytetään niin pitkään, kun käyttäjä käyttää palvelua. Käyttäjän tunnus voidaan arkistoida, kun viime käytöstä on kulunut kolme vuotta. Arkistoitujen käyttäjien tiedot anonymisoidaan vuoden kuluessa.\n'],
  ['sv', '# Dataskyddsbeskrivning\n\n## Registrets innehåll\n\nNamn och e-postadress.\n\nAnvändarens uppgifter sparas så länge användaren använder tjänsten. Kontot kan arkiveras när tre år har gått sedan det senast användes. De arkiverade användarnas uppgifter anonymiseras inom ett år.\n'],
  ['en', '# Privacy notice\n\n## Data in the register\n\nName and e-mail address.\n\nThe user’s data are kept as long as the user uses the service. The account may be archived when three years have passed since it was last used. The archived users’ data are anonymised within a year.\n'],
];

describe('a basis said with a clause on how it is given', () => {
  it.each(CLAUSE)('is the basis of its purpose (%s)', (lang, text, purpose) => {
    const result = importNotice(text, { lang });
    const purposes = result.register['purposes'] as { description: Record<string, string>; legal_basis?: string }[];
    expect(purposes.find((p) => p.description[lang] === purpose)?.legal_basis).toBe('consent');
  });
});

describe('how long data are kept, said under another heading', () => {
  it.each(KEPT_ELSEWHERE)('kept, archived and anonymised are three retention rules (%s)', (lang, text) => {
    const result = importNotice(text, { lang });
    const retention = result.register['retention'] as { period?: string }[];
    expect(retention).toHaveLength(3);
    expect(retention.map((r) => r.period)).toEqual([undefined, 'P3Y', 'P1Y']);
  });
});

const BY_LAW: [Lang, string, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Säilytysaika\n\nKirjanpitoaineisto säilytetään kuusi vuotta kirjanpitolain mukaan.\n', 'kirjanpitolain'],
  ['sv', '# Integritetspolicy\n\n## Lagring\n\nBokföringsmaterial sparas i 7 år enligt bokföringslagen.\n', 'bokföringslagen'],
  ['en', '# Privacy notice\n\n## Retention\n\nAccounting records are kept for six years under the Accounting Act.\n', 'Accounting Act'],
];

describe('a period a law sets', () => {
  it.each(BY_LAW)('keeps the law with the retention rule (%s)', (lang, text, law) => {
    const retention = importNotice(text, { lang }).register['retention'] as { law?: Record<string, string> }[];
    expect(retention[0]?.law?.[lang]).toBe(law);
  });
});

const BRACKET: [Lang, string, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Miksi käsittelemme tietojasi?\n\n- Yhteydenottoihin vastaaminen (oikeusperuste: oikeutettu etu)\n- Palvelujen toimittaminen (oikeusperuste: sopimus)\n', 'Yhteydenottoihin vastaaminen'],
  ['sv', '# Integritetspolicy\n\n## Varför behandlar vi dina uppgifter?\n\n- För att besvara förfrågningar (rättslig grund: berättigat intresse)\n- För att leverera tjänster (rättslig grund: fullgörande av avtal)\n', 'För att besvara förfrågningar'],
  ['en', '# Privacy notice\n\n## Why do we process your data?\n\n- To answer enquiries (legal basis: legitimate interest)\n- To deliver services (legal basis: performance of a contract)\n', 'To answer enquiries'],
];

describe('a basis in brackets after its label', () => {
  it.each(BRACKET)('leaves the purpose whole, the bracket out (%s)', (lang, text, purpose) => {
    const purposes = importNotice(text, { lang }).register['purposes'] as { description: Record<string, string>; legal_basis?: string }[];
    expect(purposes[0]).toEqual({ description: { [lang]: purpose }, legal_basis: 'legitimate_interests' });
  });
});

describe('a deletion deadline a law sets', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Säilytysaika\n\nTallenteet poistetaan 30 päivän kuluttua työelämän tietosuojalain mukaisesti.\n'],
    ['sv', '# Integritetspolicy\n\n## Lagring\n\nInspelningarna raderas senast efter sex månader enligt dataskyddslagen.\n'],
    ['en', '# Privacy notice\n\n## Retention\n\nRecordings are deleted after 30 days under the Data Protection Act.\n'],
  ] as [Lang, string][])('is no law the data are kept under (%s)', (lang, text) => {
    const retention = importNotice(text, { lang }).register['retention'] as { law?: unknown }[];
    expect(retention[0]?.law).toBeUndefined();
  });
});
