/**
 * A purpose section that lists data under lead-ins naming what they are used for ("Tuomaristo käyttää
 * seuraavia tietoja turnauksen viestintään (suostumus):"): each lead-in is a purpose with its basis, the
 * items its data, each data category once.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Register = Record<string, any>;

const NOTICES: Record<Lang, string> = {
  fi: [
    '# Tietosuojaseloste',
    '## Rekisterinpitäjä',
    'Esimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.example',
    '## Perusteet ja käyttötarkoitukset',
    'Ylläpitäjät käyttävät seuraavia tietoja turnauksen ylläpitämiseen (suostumus):',
    '- etu- ja sukunimi\n- sähköpostiosoite',
    'Tuomaristo käyttää seuraavia tietoja turnauksen sisäiseen viestintään (suostumus):',
    '- etu- ja sukunimi\n- puhelinnumero',
  ].join('\n\n'),
  sv: [
    '# Integritetspolicy',
    '## Personuppgiftsansvarig',
    'Exempel rf, Gatan 1, 00100 Helsingfors, info@exempel.example',
    '## Ändamål och rättslig grund',
    'Styrelsen använder följande uppgifter för att administrera turneringen (samtycke):',
    '- för- och efternamn\n- e-postadress',
    'Domarna använder följande uppgifter för att kommunicera med deltagarna (samtycke):',
    '- för- och efternamn\n- telefonnummer',
  ].join('\n\n'),
  en: [
    '# Privacy notice',
    '## Controller',
    'Example Club, Street 1, 00100 Helsinki, info@example.example',
    '## Purposes and legal bases',
    'The organisers use the following data to run the tournament (consent):',
    '- first and last name\n- e-mail address',
    'The judges use the following data to communicate with the players (consent):',
    '- first and last name\n- phone number',
  ].join('\n\n'),
};

describe('data listed under a lead-in that says what they are used for', () => {
  it.each(['fi', 'sv', 'en'] as const)('make the lead-in a purpose with its basis and the items its data, once each (%s)', (lang) => {
    const register: Register = importNotice(NOTICES[lang], { lang }).register;
    expect(register['purposes']).toHaveLength(2);
    for (const p of register['purposes']) expect(p['legal_basis']).toBe('consent');
    const data = register['data_categories'].map((d: Register) => d['description'][lang]);
    expect(data).toHaveLength(3);
    expect(new Set(data).size).toBe(3);
  });

  it('leaves a lead-in that only says which data are kept, with no use, a lead-in of data', () => {
    const text = NOTICES.fi.replace('Ylläpitäjät käyttävät seuraavia tietoja turnauksen ylläpitämiseen (suostumus):', 'Tallennamme seuraavat tiedot:');
    const register: Register = importNotice(text, { lang: 'fi' }).register;
    expect(register['purposes'].some((p: Register) => /Tallennamme/u.test(p['description']['fi']))).toBe(false);
  });
});

describe('a purpose under its label beside the basis, in the paragraph that states the basis', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Miksi käsittelemme tietoja\n\nYhdistyksen toiminnan hoitaminen: jäsenviestintä, kokousaineistot ja hallituksen päätöksenteko. Oikeusperusteena on oikeutettu etu.\n', 'Yhdistyksen toiminnan hoitaminen'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel rf, Gatan 1, 00100 Helsingfors, info@exempel.example\n\n## Varför vi behandlar uppgifterna\n\nFöreningens verksamhet: medlemskommunikation, möteshandlingar och styrelsens beslut. Den rättsliga grunden är berättigat intresse.\n', 'Föreningens verksamhet'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample Club, Street 1, 00100 Helsinki, info@example.example\n\n## Why we process the data\n\nRunning the club: member communication, meeting papers and board decisions. The legal basis is legitimate interest.\n', 'Running the club'],
  ] as const)('is a purpose with that basis (%s)', (lang, text, purpose) => {
    const register: Register = importNotice(text, { lang }).register;
    const found = register['purposes'].find((p: Register) => p['description'][lang].startsWith(purpose));
    expect(found).toMatchObject({ legal_basis: 'legitimate_interests' });
  });
});

describe('a label before a colon that names another part, or a note, beside the basis', () => {
  it('is no purpose', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Miksi käsittelemme tietoja\n\nJäsenrekisterin ylläpito: laskutus ja jäsenviestintä. Oikeusperuste: sopimus (6 art. 1 b). Säilytysaika: jäsenyyden ajan ja kaksi vuotta sen jälkeen. Huom: tietoja ei käytetä markkinointiin.\n';
    const register: Register = importNotice(text, { lang: 'fi' }).register;
    const purposes = register['purposes'].map((p: Register) => p['description']['fi']);
    expect(purposes.some((p: string) => p.startsWith('Jäsenrekisterin ylläpito'))).toBe(true);
    expect(purposes.some((p: string) => /^(?:Säilytysaika|Huom)/u.test(p))).toBe(false);
  });
});
