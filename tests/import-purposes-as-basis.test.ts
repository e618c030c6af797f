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
