/**
 * A sentence that lists purposes where it promises a basis, as an old model notice does ("… mukainen
 * oikeusperuste henkilötietojen käsittelylle on yhteydenpito asiakkaisiin ja asiakassuhteiden ylläpito,
 * mukaan lukien laskutus ja perintä"): the parts of its list are purposes, and no basis is said for them.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Register = Record<string, any>;

const SAID: Record<Lang, string> = {
  fi: 'EU:n yleisen tietosuoja-asetuksen mukainen oikeusperuste henkilötietojen käsittelylle on yhteydenpito asiakkaisiin, mukaan lukien laskutus ja perintä, markkinointi.',
  sv: 'Den rättsliga grunden för behandlingen av personuppgifter är kontakt med kunderna, inklusive fakturering och indrivning, marknadsföring.',
  en: 'The legal basis for processing personal data is contact with customers, including invoicing and debt collection, marketing.',
};

const HEADINGS: Record<Lang, [string, string]> = {
  fi: ['Rekisterinpitäjä', 'Oikeusperuste ja henkilötietojen käsittelyn tarkoitus'],
  sv: ['Personuppgiftsansvarig', 'Rättslig grund och ändamål'],
  en: ['Controller', 'Legal basis and purposes'],
};

function notice(lang: Lang, said: string): string {
  const [controller, purposes] = HEADINGS[lang];
  return ['# Seloste', `## ${controller}`, 'Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example', `## ${purposes}`, said].join('\n\n');
}

function descriptions(register: Register, lang: Lang): string[] {
  return (register['purposes'] ?? []).map((p: Register) => p['description'][lang]);
}

describe('purposes listed where a notice promises a basis', () => {
  it.each(['fi', 'sv', 'en'] as const)('are each a purpose with no basis, and no basis is said for the register (%s)', (lang) => {
    const result = importNotice(notice(lang, SAID[lang]), { lang });
    const register: Register = result.register;
    expect(descriptions(register, lang)).toHaveLength(3);
    expect(register['purposes'].every((p: Register) => p['legal_basis'] === undefined)).toBe(true);
    expect(register['legal_bases']).toBeUndefined();
    expect(result.yaml).not.toMatch(/legal bases for the register as a whole/u);
    expect(result.yaml).toContain(SAID[lang].slice(0, 40));
  });

  it('leave a sentence that names a basis a statement of the basis', () => {
    const said = 'Henkilötietojen käsittelyn oikeusperuste on rekisteröidyn suostumus.';
    const register: Register = importNotice(notice('fi', said), { lang: 'fi' }).register;
    expect(descriptions(register, 'fi').some((d) => /suostumus/u.test(d))).toBe(false);
  });

  it('leave a sentence that points to a list elsewhere no purpose', () => {
    const said = 'Henkilötietojen käsittelyn oikeusperusteet on kerrottu alla.';
    const register: Register = importNotice(notice('fi', said), { lang: 'fi' }).register;
    expect(descriptions(register, 'fi')).toHaveLength(0);
  });
});

describe('a sentence on the basis that lists no purposes', () => {
  it.each([
    ['en', 'The legal basis is different for each purpose and depends on it.'],
    ['en', 'The legal basis for processing is the customer relationship.'],
    ['fi', 'Henkilötietojen käsittelyn oikeusperuste on asiakassuhde, jäsenyys tai muu asiallinen yhteys.'],
    ['fi', 'Rekisterin pitämisen oikeusperuste on asiakassuhde tai muu siihen rinnastettava asiallinen yhteys.'],
    ['sv', 'Den rättsliga grunden är ditt medlemskap i föreningen.'],
    ['en', 'The legal basis for each purpose is set out in section 5.'],
    ['sv', 'Den rättsliga grunden är beskriven i avsnitt 5.'],
    ['fi', 'Oikeusperuste on kuvattu kohdassa 3.'],
    ['fi', 'Käsittelyn oikeusperuste on asiakassuhde.'],
    ['fi', 'Henkilötietojen käsittelyn peruste on asiakassuhde tai muu asiallinen yhteys.'],
    ['sv', 'Den rättsliga grunden är kundförhållandet.'],
  ] as const)('gives no purpose (%s: %s)', (lang, said) => {
    const register: Register = importNotice(notice(lang, said), { lang }).register;
    expect(descriptions(register, lang)).toHaveLength(0);
  });

  it('drops the "and" before the last of the list', () => {
    const said = 'The legal basis for processing personal data is contact with customers, billing, and marketing.';
    const register: Register = importNotice(notice('en', said), { lang: 'en' }).register;
    expect(descriptions(register, 'en')).toEqual(['contact with customers', 'billing', 'marketing']);
  });
});
