/** A heading that asks why the data are needed ("Miksi tietoja tarvitaan", "Varför vi behöver uppgifterna", "Why we need your data") heads the part on purposes. */
import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../src/import/headings.js';
import { importNotice } from '../src/import/import.js';

describe('a heading that asks why the data are needed', () => {
  it.each([
    ['fi', 'Miksi tietoja tarvitaan'],
    ['fi', 'Miksi henkilötietoja tarvitaan?'],
    ['sv', 'Varför vi behöver uppgifterna'],
    ['sv', 'Varför vi behöver dina personuppgifter'],
    ['en', 'Why we need your data'],
  ])('is the part on purposes (%s: %s)', (_lang, heading) => {
    expect(classifyHeading(heading)[0]).toBe('purposes');
  });

  it('is not a heading on which data are needed', () => {
    expect(classifyHeading('Mitä tietoja tarvitaan')[0]).toBe('data_categories');
  });

  it('gives the purpose under it', () => {
    const notice = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Miksi tietoja tarvitaan\n\nTietoja käytetään tarjouspyyntöjen käsittelyyn ja asiakaspalveluun.\n';
    const purposes = importNotice(notice, { format: 'markdown' }).register['purposes'] as { description: Record<string, string> }[];
    expect(purposes.map((p) => p.description['fi'])).toEqual(['Tietoja käytetään tarjouspyyntöjen käsittelyyn ja asiakaspalveluun.']);
  });
});
