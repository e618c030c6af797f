/**
 * A list of bases, each with what it is for after a dash, beside a list of purposes in other words: an item that
 * names no purpose of the list is a purpose of its own with its basis, as the list pairs them.
 */
import { describe, expect, it } from 'vitest';
import { purposes, register, type Lang } from './import-draft.js';

const NOTICES: [Lang, string, string][] = [
  [
    'en',
    '# Privacy policy\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Legal basis\n\nWe process your data on these grounds:\n\n- Legal obligation – for accounting and taxation\n- Consent – for marketing communications\n\n## How we use your data\n\n- Providing the music service\n- Answering your questions\n',
    'for accounting and taxation',
  ],
  [
    'sv',
    '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 27 Stockholm, info@exempel.example\n\n## Rättslig grund\n\nVi behandlar dina uppgifter på dessa grunder:\n\n- Rättslig förpliktelse – för att uppfylla bokföringskrav\n- Samtycke – för utskick av nyhetsbrev\n\n## Hur vi använder uppgifterna\n\n- Att leverera musiktjänsten\n- Att svara på dina frågor\n',
    'för att uppfylla bokföringskrav',
  ],
  [
    'fi',
    '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Käsittelyn oikeusperuste\n\nKäsittelemme tietoja näillä perusteilla:\n\n- Lakisääteinen velvoite – jotta voimme hoitaa kirjanpidon\n- Suostumus – jotta voimme lähettää uutiskirjeen\n\n## Mihin tietoja käytetään\n\n- Musiikkipalvelun tarjoaminen\n- Kysymyksiin vastaaminen\n',
    'jotta voimme hoitaa kirjanpidon',
  ],
];

describe('a list of bases, each with what it is for after a dash, beside a list of purposes', () => {
  it.each(NOTICES)('makes each item that names none of the purposes a purpose of its own with its basis (%s)', (lang, text, obligation) => {
    const found = purposes(text, lang);
    expect(found).toContainEqual([obligation, 'legal_obligation']);
    expect(found.filter(([, basis]) => basis === 'consent')).toHaveLength(1);
    expect(found).toHaveLength(4);
    expect(register(text, lang)['legal_bases']).toBeUndefined();
  });

  it('leaves an item that says no aim, only a qualifier, the register\'s', () => {
    const text = NOTICES[0]![1].replace('- Consent – for marketing communications', '- Consent – where applicable');
    expect(register(text, 'en')['legal_bases']).toEqual(['consent']);
  });
});
