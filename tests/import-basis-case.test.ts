/**
 * One basis for a purpose and another for a case it may come to ("Den rättsliga grunden är berättigat
 * intresse samt, om avtal ingås, fullgörande av avtal"): the purpose rests on the first, the sentence
 * quoted beside it.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Register = Record<string, any>;

const NOTICE: Record<Lang, string> = {
  sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 22 Stockholm, info@exempel.example\n\n## Varför vi behandlar dina uppgifter\n\nVi behandlar dina personuppgifter för att kunna svara på din förfrågan och lämna offert. Den rättsliga grunden är berättigat intresse (att kunna besvara kundförfrågningar) samt, om avtal ingås, fullgörande av avtal.\n',
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Miksi käsittelemme tietojasi\n\nKäsittelemme henkilötietojasi vastataksemme yhteydenottoosi ja laatiaksemme tarjouksen. Käsittelyn oikeusperuste on oikeutettu etu sekä, jos sopimus tehdään, sopimuksen täytäntöönpano.\n',
  en: '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Why we process your data\n\nWe process your personal data to answer your enquiry and to give you a quote. The legal basis is our legitimate interest, but where a contract is made, the performance of the contract.\n',
};

describe('a basis for the purpose and another for a case it may come to', () => {
  it.each(['sv', 'fi', 'en'] as const)('leaves the purpose on the general basis, the case quoted (%s)', (lang) => {
    const { register, yaml } = importNotice(NOTICE[lang], { lang });
    const purposes = (register as Register)['purposes'];
    expect(purposes).toHaveLength(1);
    expect(purposes[0]['legal_basis']).toBe('legitimate_interests');
    expect(yaml).toContain('The legal basis as the original states it:');
  });
});

describe('bases for the register as a whole', () => {
  it('are quoted once, not again as a sentence of the paragraph quoted', () => {
    const text = NOTICE.fi.replace('Käsittelemme henkilötietojasi vastataksemme yhteydenottoosi ja laatiaksemme tarjouksen.', 'Palvelemme asiakkaitamme hyvin.');
    const { yaml } = importNotice(text, { lang: 'fi' });
    expect(yaml.match(/oikeusperuste on oikeutettu etu/gu)).toHaveLength(1);
  });
});

describe('a basis for a kind of data after "when it comes to"', () => {
  it('is no case of the purpose: the purpose that does not speak of those data keeps no basis of its own', () => {
    const text = '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Why we process your data\n\nWe process your personal data to register you for the course. The processing is based on a contract, but when it comes to health data, on your explicit consent.\n';
    const register: Register = importNotice(text, { lang: 'en' }).register;
    expect(register['purposes'][0]['legal_basis']).toBeUndefined();
  });
});

describe('a condition after the general basis', () => {
  const base = (said: string) => `# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Why we process your data\n\nWe process your personal data to answer your enquiry and to give you a quote. ${said}\n`;
  it('that names the quote the purpose speaks of is still a case of it', () => {
    const register: Register = importNotice(base('The legal basis is our legitimate interest, but if the quote leads to a contract, the performance of the contract.'), { lang: 'en' }).register;
    expect(register['purposes'][0]['legal_basis']).toBe('legitimate_interests');
  });
  it.each([
    'The processing is based on a contract, but where health data are concerned, on your explicit consent.',
    'The processing is based on a contract, but if you tell us about allergies, on your explicit consent.',
  ])('that names a kind of data is no case: the purpose keeps no basis of its own (%s)', (said) => {
    const register: Register = importNotice(base(said), { lang: 'en' }).register;
    expect(register['purposes'][0]['legal_basis']).toBeUndefined();
  });
});
