/**
 * A paragraph on keeping the data gives one rule per kind of data it keeps for a time of its own: a
 * period, or a kind of data kept until an event or "as long as the matter requires" beside another's
 * period; a sentence on the data in general before the periods stays their lead-in.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

type Lang = 'fi' | 'sv' | 'en';

const HEAD: Record<Lang, string> = {
  fi: '# Tietosuojaseloste\n\n## Kuinka kauan tietoja säilytetään\n\n',
  sv: '# Integritetspolicy\n\n## Hur länge sparas uppgifterna\n\n',
  en: '# Privacy notice\n\n## How long we keep the data\n\n',
};

function rules(lang: Lang, paragraph: string): { period?: string; description: Record<string, string> }[] {
  return importNotice(`${HEAD[lang]}${paragraph}\n`, { lang }).register['retention'] as { period?: string; description: Record<string, string> }[];
}

describe('a paragraph on keeping several kinds of data', () => {
  const own: [Lang, string][] = [
    ['fi', 'Yhteydenottojen ja tarjouspyyntöjen tietoja säilytetään niin kauan kuin asian hoitaminen vaatii. Työhakemuksia säilytetään enintään 12 kuukautta.'],
    ['sv', 'Uppgifter från förfrågningar och offertbegäranden sparas så länge ärendet kräver. Jobbansökningar sparas i högst 12 månader.'],
    ['en', 'Enquiries and quote requests are kept for as long as the matter requires. Job applications are kept for at most 12 months.'],
  ];
  it.each(own)('gives a kind kept "as long as the matter requires" a rule of its own (%s)', (lang, paragraph) => {
    expect(rules(lang, paragraph).map((r) => r.period)).toEqual([undefined, 'P12M']);
  });

  const general: [Lang, string][] = [
    ['fi', 'Henkilötietoja säilytetään vain niin kauan kuin on tarpeen. Työhakemuksia säilytetään enintään 12 kuukautta.'],
    ['sv', 'Personuppgifter sparas bara så länge det behövs. Jobbansökningar sparas i högst 12 månader.'],
    ['en', 'Personal data are kept only as long as necessary. Job applications are kept for at most 12 months.'],
  ];
  it.each([
    ...general,
    ['fi', 'Yhteydenottolomakkeen tiedot säilytetään vain niin kauan kuin viestiin vastaaminen vaatii. Jos yhteydenotosta ei synny toimeksiantoa, tiedot poistetaan viimeistään 12 kuukauden kuluessa.'],
    ['sv', 'Uppgifter från kontaktformuläret sparas endast så länge som krävs för att besvara ditt ärende. Om det inte leder till ett uppdrag raderas uppgifterna senast inom 12 månader.'],
    ['en', 'Contact form data are kept only as long as answering you requires. If no assignment follows, the data are deleted within 12 months at the latest.'],
    // A sentence that opens on what follows the period goes on about the same data.
    ['fi', 'Hakemuksia säilytetään 12 kuukautta. Tämän jälkeen ne poistetaan, kun niitä ei enää tarvita.'],
  ] as [Lang, string][])('keeps a sentence on the data in general, or on the data the period is of, with the period after it (%s)', (lang, paragraph) => {
    expect(rules(lang, paragraph).map((r) => r.period)).toEqual(['P12M']);
  });
});

describe('a list whose lead-in is the rule, its items only what the rule holds for', () => {
  const LISTS: [Lang, string, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Säilytysaika\n\nHenkilötietoja säilytetään vain niin kauan kuin on tarpeen:\n\n- Sopimusvelvoitteiden täyttämiseksi\n- Asiakassuhteen hoitamiseksi\n', 'niin kauan kuin on tarpeen'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 27 Stockholm\n\n## Lagringstid\n\nVi sparar uppgifterna så länge det behövs:\n\n- för att fullgöra avtalet\n- för att sköta kundrelationen\n', 'så länge det behövs'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki\n\n## Retention\n\nWe keep personal data only as long as necessary:\n\n- to fulfil the contract\n- to manage the customer relationship\n', 'as long as necessary'],
  ];
  const retentionOf = (text: string, lang: Lang): { description: Record<string, string> }[] => importNotice(text, { lang }).register['retention'] as { description: Record<string, string> }[];
  it.each(LISTS)('is one rule with its items (%s)', (lang, text, words) => {
    const retention = retentionOf(text, lang);
    expect(retention).toHaveLength(1);
    expect(retention[0]!.description[lang]).toContain(words);
  });

  it('not where the items have times of their own', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Säilytysaika\n\nTietoja säilytetään vain niin kauan kuin on tarpeellista:\n\n- asiakassuhteen ajan\n- kirjanpitoaineisto 6 vuotta\n';
    expect(retentionOf(text, 'fi')).toHaveLength(2);
  });
});

describe('a vague lead-in over items that are rules of their own', () => {
  it('keeps them apart: a law and a deletion', () => {
    const text = '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 27 Stockholm\n\n## Lagringstid\n\nVi sparar uppgifterna så länge det behövs:\n\n- fakturor enligt bokföringslagen\n- jobbansökningar raderas när rekryteringen är klar\n';
    expect((importNotice(text, { lang: 'sv' }).register['retention'] as unknown[]).length).toBeGreaterThan(1);
  });
});
