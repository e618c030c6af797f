/**
 * A purpose that lists its aims and ends on fulfilling legal obligations: the obligation is the basis of that
 * aim alone, not of the deliveries, customer care and development listed before it.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

type Purpose = Record<string, any>;
const purposesOf = (register: object): Purpose[] => (register as { purposes?: Purpose[] }).purposes ?? [];

const NOTICES: ['fi' | 'sv' | 'en', string][] = [
  ['sv', '## Ändamål med uppgiftsbehandlingen\n\nPersonuppgifter behandlas för att leverera beställningar, hantera kundrelationer, utveckla tjänster och uppfylla lagstadgade skyldigheter (t.ex. bokföring).'],
  ['fi', '## Henkilötietojen käsittelyn tarkoitus\n\nHenkilötietoja käsitellään tilausten toimittamiseksi, asiakassuhteiden hoitamiseksi, palveluiden kehittämiseksi sekä lakisääteisten velvoitteiden täyttämiseksi (esim. kirjanpito).'],
  ['en', '## Purposes of processing\n\nPersonal data are processed to deliver orders, manage customer relationships, develop our services and comply with our legal obligations (e.g. bookkeeping).'],
];

describe('a legal obligation as the last of several aims', () => {
  it.each(NOTICES)('is the basis of that aim alone (%s)', (lang, part) => {
    const text = `# Notice\n\n## Rekisterinpitäjä / Controller\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n${part}\n`;
    const { register, yaml } = importNotice(text, { format: 'markdown', lang });
    const purposes = purposesOf(register).map((p) => [String(Object.values(p.description ?? {})[0]), p.legal_basis ?? null]);
    expect(purposes).toHaveLength(2);
    expect(purposes[0]![1]).toBeNull();
    expect(purposes[0]![0]).toMatch(/beställningar|tilausten|orders/u);
    expect(purposes[1]).toEqual([expect.stringMatching(/skyldigheter|velvoitteiden|obligations/u), 'legal_obligation']);
    // The sentence as the original writes it stays beside them.
    expect(yaml).toContain('The original says:');
  });

  it.each([
    ['fi', 'Henkilötietoja käsitellään tilausten toimittamiseksi sekä vero- ja muiden lakisääteisten velvoitteiden täyttämiseksi.'],
    ['en', 'Personal data are processed to deliver orders and to comply with tax and other legal obligations.'],
    ['sv', 'Uppgifterna behandlas för att leverera beställningar och för att fullgöra skatte- och andra rättsliga förpliktelser.'],
  ] as const)('is not split inside one obligation said in two words (%s)', (lang, sentence) => {
    const text = `# Notice\n\n## Rekisterinpitäjä / Controller\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Purposes / Käsittelyn tarkoitus / Ändamål\n\n${sentence}\n`;
    const purposes = purposesOf(importNotice(text, { format: 'markdown', lang }).register);
    expect(purposes.map((p) => String(Object.values(p.description ?? {})[0]))).not.toContainEqual(expect.stringMatching(/(?:vero|skatte)-$|comply with tax$/u));
  });

  it('is not split off a qualifier that names the obligation behind the aim before it', () => {
    const text = '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## Purposes\n\n- Keeping accounting records, as required by law (legal obligation under the Accounting Act)\n';
    expect(purposesOf(importNotice(text, { format: 'markdown', lang: 'en' }).register)).toHaveLength(1);
  });

  it('is not split off a condition that offers a choice', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Käsittelyn tarkoitus\n\nKeräämme henkilötietoja vain, kun se on tarpeen palveluidemme tarjoamiseksi tai lakisääteisten velvoitteiden täyttämiseksi.\n';
    const { register } = importNotice(text, { format: 'markdown', lang: 'fi' });
    expect(register.purposes).toHaveLength(1);
  });

  it('stays one purpose on that basis where the obligation is all it says', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Käsittelyn tarkoitus\n\nTietoja käsitellään kirjanpitolain mukaisten velvoitteiden täyttämiseksi.\n';
    const { register } = importNotice(text, { format: 'markdown', lang: 'fi' });
    expect(purposesOf(register).map((p) => p.legal_basis ?? null)).toEqual(['legal_obligation']);
  });
});
