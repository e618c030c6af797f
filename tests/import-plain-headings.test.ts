/** Plain text with each heading on the line right above its text, no blank line between them. */
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../src/import/document/read.js';

describe('a heading on the line above its text', () => {
  it('is a heading when the next line starts anew, in capitals or figures', () => {
    const text = 'Rekisteriseloste kameravalvonnasta\n\nRekisterin nimi\nKameravalvontajärjestelmä.\n\nRekisterinpitäjä\nVantaan seurakuntayhtymä.\n';
    expect(readBlocks(text, 'text').map((b) => [b.kind, b.text, b.line])).toEqual([
      ['heading', 'Rekisteriseloste kameravalvonnasta', 1],
      ['heading', 'Rekisterin nimi', 3],
      ['paragraph', 'Kameravalvontajärjestelmä.', 4],
      ['heading', 'Rekisterinpitäjä', 6],
      ['paragraph', 'Vantaan seurakuntayhtymä.', 7],
    ]);
  });

  it('is not a heading when the sentence goes on in lower case on the next line', () => {
    const text = 'Johdanto\n\nHenkilötietojen käsittelyn tarkoitus\non jäsenrekisterin ylläpito.\n';
    expect(readBlocks(text, 'text').at(-1)).toMatchObject({ kind: 'paragraph', text: 'Henkilötietojen käsittelyn tarkoitus on jäsenrekisterin ylläpito.' });
  });

  it('is a labelled detail, not a heading, when it names the company on the same line', () => {
    const text = 'Tietosuojaseloste\n\nRekisterinpitäjä Lapin Esimerkki Oy\nJokiväylä 11 C\n96300 Rovaniemi\n';
    expect(readBlocks(text, 'text').filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Tietosuojaseloste']);
  });
});

describe('a heading on the data subject\'s own contact details', () => {
  it('is about the data, not the controller', async () => {
    const { classifyHeading } = await import('../src/import/headings.js');
    expect(['Henkilön yhteystiedot (osittain pakollinen)', 'Your contact details', 'Medlemmens kontaktuppgifter'].map((h) => classifyHeading(h)[0])).toEqual([
      'data_categories',
      'data_categories',
      'data_categories',
    ]);
    expect(classifyHeading('Yhteystiedot')[0]).toBe('contact');
  });
});
