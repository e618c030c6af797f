/** What a notice says it does not do, in a list: data it does not collect, parties it gives nothing to. */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

type Draft = Record<string, unknown>;
const descriptions = (list: unknown, key: 'description' | 'category', lang: string): string[] =>
  (Array.isArray(list) ? (list as Draft[]) : []).map((d) => (d[key] as Record<string, string> | undefined)?.[lang] ?? '');

describe('a list of data under a heading that says they are not collected', () => {
  const notices: [string, string, string, string][] = [
    ['en', '# Privacy notice\n\n## What data we collect\n\n### Account data\n\n- E-mail address\n- Name\n\n### Data we do NOT collect\n\n- Location data\n- Health or biometric data\n', 'E-mail address', 'Health or biometric data'],
    ['fi', '# Tietosuojaseloste\n\n## Kerättävät tiedot\n\n### Tilin tiedot\n\n- Sähköpostiosoite\n- Nimi\n\n### Tiedot, joita emme kerää\n\n- Sijaintitiedot\n- Terveystiedot\n', 'Sähköpostiosoite', 'Terveystiedot'],
    ['sv', '# Integritetspolicy\n\n## Uppgifter vi samlar in\n\n### Kontouppgifter\n\n- E-postadress\n- Namn\n\n### Uppgifter vi inte samlar in\n\n- Platsuppgifter\n- Hälsouppgifter\n', 'E-postadress', 'Hälsouppgifter'],
  ];
  it.each(notices)('is no data of the register, and is kept in a comment (%s)', (lang, text, collected, denied) => {
    const { register, yaml } = importNotice(text, { lang: lang as 'fi' | 'sv' | 'en' });
    const data = descriptions(register['data_categories'], 'description', lang);
    expect(data).toContain(collected);
    expect(data).not.toContain(denied);
    expect(yaml).toMatch(new RegExp(`#.*${denied}`, 'u'));
  });
});

describe('a list of recipients whose items deny', () => {
  const notices: [string, string, string][] = [
    ['en', '# Privacy notice\n\n## Data sharing\n\nWe do not share your data with anyone. Specifically:\n\n- No data is sold to third parties\n- No data is sent to analytics services\n', 'No data is sent to analytics services'],
    ['fi', '# Tietosuojaseloste\n\n## Tietojen luovutukset\n\nEmme luovuta tietojasi kenellekään. Erityisesti:\n\n- Tietoja ei myydä kolmansille osapuolille\n- Tietoja ei luovuteta mainostajille\n', 'Tietoja ei luovuteta mainostajille'],
    ['sv', '# Integritetspolicy\n\n## Utlämnande\n\nVi delar inte dina uppgifter med någon. Särskilt:\n\n- Inga uppgifter säljs till tredje part\n- Inga uppgifter skickas till analystjänster\n', 'Inga uppgifter skickas till analystjänster'],
  ];
  it.each(notices)('names no recipient: the notice says it gives the data to no one (%s)', (lang, text, item) => {
    const { register, yaml } = importNotice(text, { lang: lang as 'fi' | 'sv' | 'en' });
    expect(register['recipients']).toBe('none');
    expect(yaml).toContain(item);
  });
});

describe('a list item that denies a disclosure but names who gets the data after all', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Tietojen luovutukset\n\n- Tietoja ei luovuteta muille kuin Posti Oy:lle lehden jakelua varten\n', 'Posti Oy'],
    ['sv', '# Integritetspolicy\n\n## Utlämnande\n\n- Uppgifterna lämnas inte ut utom till PostNord AB för utdelning av tidningen\n', 'PostNord AB'],
    ['en', '# Privacy notice\n\n## Data sharing\n\n- No data is sold, but names and addresses are given to Posti Ltd for delivering the magazine\n', 'Posti Ltd'],
  ])('keeps the recipient (%s)', (lang, text, party) => {
    const { register } = importNotice(text, { lang: lang as 'fi' | 'sv' | 'en' });
    expect(JSON.stringify(register['recipients'])).toContain(party);
  });
});
