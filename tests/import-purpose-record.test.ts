/**
 * Purposes said as records of labelled fields, one paragraph each ("Syfte: … Personuppgifter: …
 * Rättslig grund: … Lagringstid: …"): each a purpose with its basis, its period a retention rule that
 * applies to it.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Draft = Record<string, unknown>;

const RECORDS: Record<Lang, { heading: string; records: string[]; purposes: [string, string][]; periods: string[] }> = {
  fi: {
    heading: 'Miksi käsittelemme tietojasi',
    records: [
      'Tarkoitus: Kysymyksiisi vastaaminen. Henkilötiedot: Nimi ja sähköpostiosoite. Oikeusperuste: Sopimus. Säilytysaika: Kolme vuotta.',
      'Tarkoitus: Arvostelupyyntöjen lähettäminen. Henkilötiedot: Nimi ja tilauksen tiedot. Oikeusperuste: Oikeutettu etu. Säilytysaika: Kunnes pyyntö on lähetetty.',
    ],
    purposes: [['Kysymyksiisi vastaaminen', 'contract'], ['Arvostelupyyntöjen lähettäminen', 'legitimate_interests']],
    periods: ['P3Y'],
  },
  sv: {
    heading: 'Hur och varför behandlar vi dina personuppgifter?',
    records: [
      'Syfte: För att besvara dina frågor. Personuppgifter: Namn och e-postadress. Rättslig grund: Utförande av avtal. Lagringstid: Tre år.',
      'Syfte: För att följa bokföringslagen. Personuppgifter: Fakturor. Rättslig grund: Lagkrav. Lagringstid: Sju år.',
    ],
    purposes: [['För att besvara dina frågor', 'contract'], ['För att följa bokföringslagen', 'legal_obligation']],
    periods: ['P3Y', 'P7Y'],
  },
  en: {
    heading: 'Why we process your data',
    records: [
      'Purpose: Answering your questions. Personal data: Name and e-mail address. Legal basis: Contract. Retention: Three years.',
      'Purpose: Sending review requests. Personal data: Name and order details. Legal basis: Legitimate interest. Retention: Until the request is sent.',
    ],
    purposes: [['Answering your questions', 'contract'], ['Sending review requests', 'legitimate_interests']],
    periods: ['P3Y'],
  },
};

const text = (d: Draft, lang: Lang): string => (d['description'] as Record<string, string>)[lang]!;

describe('a purpose said as a record of labelled fields', () => {
  for (const [lang, r] of Object.entries(RECORDS) as [Lang, (typeof RECORDS)[Lang]][]) {
    const forms = {
      html: `<h1>Privacy</h1><h2>${r.heading}</h2>${r.records.map((p) => `<p>${p}</p>`).join('')}`,
      markdown: `# Privacy\n\n## ${r.heading}\n\n${r.records.join('\n\n')}\n`,
    };
    for (const [format, notice] of Object.entries(forms)) {
      it(`is a purpose with its basis and its period (${lang}, ${format})`, () => {
        const { register } = importNotice(notice, { lang, format: format as 'html' | 'markdown' });
        const purposes = register['purposes'] as Draft[];
        expect(purposes.map((p) => [text(p, lang).split(' – ')[0], p['legal_basis']])).toEqual(r.purposes);
        const retention = register['retention'] as Draft[];
        for (const period of r.periods) {
          const rule = retention.find((k) => k['period'] === period);
          expect(rule?.['applies_to'], period).toHaveLength(1);
        }
      });
    }
  }
});
