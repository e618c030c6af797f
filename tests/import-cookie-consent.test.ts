/** A purpose said to hold only if the person approves cookies ("if you approve analytics cookies") rests on consent. */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Purpose = { description: Record<string, string>; legal_basis?: string };

const NOTICES: [Lang, string, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Mihin tietoja käytetään\n\n- Kävijämäärien seurantaan (jos hyväksyt analytiikkaevästeet).\n- Lakisääteisten velvoitteiden noudattamiseen.\n', 'Kävijämäärien'],
  ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors\n\n## Hur vi använder uppgifterna\n\n- För att följa upp besöken (om du godkänner analyskakor).\n- För att uppfylla rättsliga förpliktelser.\n', 'besöken'],
  ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki\n\n## How we use the data\n\n- To analyze traffic and improve the site (if you approve analytics cookies).\n- To comply with legal obligations.\n', 'analyze traffic'],
];

describe('a purpose that holds only if cookies are approved', () => {
  it.each(NOTICES)('rests on consent (%s)', (lang, text, words) => {
    const purposes = (importNotice(text, { lang }).register['purposes'] ?? []) as Purpose[];
    expect(purposes.find((p) => p.description[lang]?.includes(words))?.legal_basis).toBe('consent');
  });
});
