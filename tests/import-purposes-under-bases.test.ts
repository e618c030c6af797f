/**
 * Purposes listed under what they rest on: nested under items that each state a basis ("to perform the contract, we
 * process your data to" ⏎ "process transactions"), or under a heading that is a basis alone in a section on the bases,
 * an item naming that basis itself ("osallistumissopimuksen tekemiseksi" under "Sopimus").
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Purpose = { description: Record<string, string>; legal_basis?: string };
const purposesOf = (text: string, lang: Lang, format: 'markdown' | 'text'): Purpose[] => (importNotice(text, { lang, format }).register['purposes'] ?? []) as Purpose[];
const pairs = (ps: Purpose[], lang: Lang): [string, string | undefined][] => ps.map((p) => [p.description[lang]!, p.legal_basis]);

describe('purposes nested under the bases they rest on', () => {
  const NOTICES: [Lang, string][] = [
    ['en', '# Privacy notice\n\n## What we do with your data\n\n* to perform the contract, we process your data to\n  * set up your account\n  * process transactions\n* on our legitimate interest, we process data to\n  * improve the Service\n'],
    ['fi', '# Tietosuojaseloste\n\n## Mihin tietoja käytetään\n\n* sopimuksen perusteella käsittelemme tietoja, jotta voimme\n  * luoda käyttäjätilin\n  * käsitellä maksut\n* oikeutetun etumme perusteella käsittelemme tietoja, jotta voimme\n  * kehittää palvelua\n'],
    ['sv', '# Integritetspolicy\n\n## Varför vi behandlar dina uppgifter\n\n* för att fullgöra avtalet behandlar vi uppgifterna för att\n  * skapa ditt konto\n  * hantera betalningar\n* med stöd av vårt berättigade intresse behandlar vi uppgifterna för att\n  * utveckla tjänsten\n'],
  ];
  it.each(NOTICES)('each rest on the basis of the item over them, which is no purpose itself (%s)', (lang, text) => {
    const found = pairs(purposesOf(text, lang, 'markdown'), lang);
    expect(found.map(([, basis]) => basis)).toEqual(['contract', 'contract', 'legitimate_interests']);
    const { yaml } = importNotice(text, { lang, format: 'markdown' });
    // The items that say the bases are kept beside the purposes.
    expect(yaml).toMatch(/The original says the bases so/u);
  });
});

describe('a list under a basis in a numbered section on the bases', () => {
  // A page copied out one paragraph a line: the basis a short line of its own between them.
  const TEXT = [
    'Tietosuojaseloste',
    '1. Rekisterinpitäjä',
    'Esimerkki Oy, Katu 1, 00100 Helsinki, ja sen asiakaspalvelu vastaa kaikkiin rekisteriä koskeviin kysymyksiin arkisin.',
    '2. Henkilötietojen käsittelyperusteet',
    'Henkilötietojen käsittely perustuu tilanteesta riippuen seuraaviin perusteisiin, jotka kerromme alla jokaisen käsittelyn kohdalla:',
    'Sopimus ja sopimusta edeltävät toimenpiteet',
    'Käsittelemme osallistujan ja huoltajan tietoja silloin, kun se on tarpeen jonkin seuraavista tehtävistä hoitamiseksi:',
    '- ilmoittautumisen käsittelemiseksi',
    '- osallistumissopimuksen tekemiseksi',
    '- laskutuksen hoitamiseksi.',
    '3. Säilytysaika',
    'Tiedot poistetaan vuoden kuluttua viimeisestä tapahtumasta, ellei kirjanpitolaki edellytä niiden säilyttämistä pidempään.',
  ].join('\n');
  it('rests on that basis, an item that names it too', () => {
    expect(pairs(purposesOf(TEXT, 'fi', 'text'), 'fi')).toEqual([
      ['ilmoittautumisen käsittelemiseksi', 'contract'],
      ['osallistumissopimuksen tekemiseksi', 'contract'],
      ['laskutuksen hoitamiseksi.', 'contract'],
    ]);
  });
});
