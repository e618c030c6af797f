/**
 * A register said to be the list the law requires ("Rekisteri on yhdistyksen lakisääteinen
 * jäsenluettelo"), beside the uses the register serves: the law's obligation is the register's basis
 * as the notice states it, not that of each use.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Purpose = { description: Record<string, string>; legal_basis?: string };

const NOTICES: [Lang, string, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkin Urheilijat ry, Katu 1, 00100 Helsinki\n\n## Henkilötietojen käsittelyn peruste ja käyttötarkoitus\n\nRekisteri on yhdistyksen lakisääteinen jäsenluettelo (Yhdistyslain 11 §). Jäsenrekisteri palvelee yhdistyksen sisäistä viestintää ja jäsenmaksujen perintää.\n', 'viestintää'],
  ['sv', '# Dataskyddsbeskrivning\n\n## Personuppgiftsansvarig\n\nExempelföreningen rf, Gatan 1, 00100 Helsingfors\n\n## Grund och ändamål för behandlingen\n\nRegistret är föreningens lagstadgade medlemsförteckning (föreningslagen 11 §). Registret tjänar föreningens interna kommunikation och indrivningen av medlemsavgifter.\n', 'kommunikation'],
  ['en', '# Privacy notice\n\n## Controller\n\nExample Athletes ry, Street 1, 00100 Helsinki\n\n## Basis and purpose of processing\n\nThe register is the association\'s statutory list of members (Associations Act, section 11). The register serves the internal communication of the association and the collection of membership fees.\n', 'communication'],
];

describe('a register that is the list the law requires', () => {
  it.each(NOTICES)('states the legal obligation for the register, and the uses it serves as purposes without it (%s)', (lang, text, use) => {
    const { register } = importNotice(text, { lang });
    const purposes = (register['purposes'] ?? []) as Purpose[];
    const served = purposes.find((p) => p.description[lang]?.includes(use));
    expect(served).toBeDefined();
    expect(served!.legal_basis).toBeUndefined();
    expect(register['legal_bases']).toEqual(['legal_obligation']);
  });
});
