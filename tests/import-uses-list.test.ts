/**
 * A section on the data and why that lists what the data are used for under a lead-in ("Näitä tietoja
 * käytetään:"), and then the bases item for item ("Tietojenkäsittelyn perusteena on: 1. Sopimus …"): the uses are
 * purposes, each with the basis in its place; no basis is pinned on a use where the lists do not match.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

type Purpose = Record<string, any>;
const purposesOf = (register: object): Purpose[] => (register as { purposes?: Purpose[] }).purposes ?? [];

const NOTICES: ['fi' | 'sv' | 'en', string, string, string][] = [
  ['fi', '## Mitä tietoja keräämme ja miksi?', 'Keräämme seuraavia tietoja:\n\n- Nimi ja sähköpostiosoite\n- Yrityksen nimi\n\nNäitä tietoja käytetään:\n\n1. Tilausten toimittaminen ja laskutus\n2. Asiakassuhteen hoitaminen ja markkinointi', 'Tietojenkäsittelyn perusteena on:\n\n1. Sopimus\n2. Rekisterinpitäjän oikeutettu etu'],
  ['sv', '## Vilka uppgifter samlar vi in och varför?', 'Vi samlar in följande uppgifter:\n\n- Namn och e-postadress\n- Företagets namn\n\nUppgifterna används för:\n\n1. Leverans av beställningar och fakturering\n2. Skötsel av kundrelationen och marknadsföring', 'Den rättsliga grunden för behandlingen är:\n\n1. Avtal\n2. Vårt berättigade intresse'],
  ['en', '## What data we collect and why', 'We collect the following data:\n\n- Name and e-mail address\n- Company name\n\nThe data are used for:\n\n1. Delivering orders and invoicing\n2. Managing the customer relationship and marketing', 'The legal basis for the processing is:\n\n1. Contract\n2. Our legitimate interest'],
];

function notice(heading: string, uses: string, bases: string): string {
  return ['# Notice', '## Rekisterinpitäjä / Controller', 'Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example', heading, uses, bases].join('\n\n');
}

describe('a list of uses with its bases item for item', () => {
  it.each(NOTICES)('makes purposes, each with its basis (%s)', (lang, heading, uses, bases) => {
    const { register } = importNotice(notice(heading, uses, bases), { format: 'markdown', lang });
    const purposes = purposesOf(register).map((p) => [Object.values(p.description ?? {})[0], p.legal_basis]);
    expect(purposes).toHaveLength(2);
    expect(purposes.map(([, b]: unknown[]) => b)).toEqual(['contract', 'legitimate_interests']);
    expect(String(purposes[0]![0])).toMatch(/Tilausten|Leverans|Delivering/u);
    expect(JSON.stringify(register.data_categories)).not.toMatch(/Tilausten|Leverans|Delivering/u);
  });

  it('pairs by place only bare bases, and asks to check the pairing', () => {
    const [, heading, uses, bases] = NOTICES[0]!;
    const paired = importNotice(notice(heading, uses, bases), { format: 'markdown', lang: 'fi' });
    expect(paired.yaml).toMatch(/TODO: the original lists the legal bases apart from the uses/u);
    // Items that name what they cover are not paired by their place.
    const named = importNotice(notice(heading, 'Näitä tietoja käytetään:\n\n- Uutiskirjeen lähettäminen\n- Tilausten toimittaminen', 'Käsittelyn perusteena on:\n\n- Tilausten osalta sopimus\n- Uutiskirjeen osalta suostumus'), { format: 'markdown', lang: 'fi' });
    expect(purposesOf(named.register).map((p) => p.legal_basis ?? null)).not.toEqual(['contract', 'consent']);
  });

  it('takes no steps of processing for uses', () => {
    const { register } = importNotice(notice('## Mitä tietoja keräämme ja miksi?', 'Henkilötietoja käsitellään seuraavasti:\n\n- tiedot tallennetaan asiakasrekisteriin\n- tiedot poistetaan kahden vuoden kuluttua', ''), { format: 'markdown', lang: 'fi' });
    expect(JSON.stringify(purposesOf(register))).not.toMatch(/tallennetaan asiakasrekisteriin/u);
  });

  it('gives no basis by place where the lists do not match', () => {
    const [, heading, uses] = NOTICES[0]!;
    const { register } = importNotice(notice(heading, uses, 'Tietojenkäsittelyn perusteena on:\n\n1. Sopimus\n2. Oikeutettu etu\n3. Suostumus'), { format: 'markdown', lang: 'fi' });
    expect(purposesOf(register).map((p) => p.legal_basis ?? null)).toEqual([null, null]);
  });
});
