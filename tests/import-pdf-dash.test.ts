/**
 * A dash at the start of a printed line: a clause of the sentence the line above leaves open ("… eikä yksilöi
 * kävijää" over "— se laskee …") goes on in one paragraph; lines that each open on a dash under a lead-in are a list.
 */
import { describe, expect, it } from 'vitest';
import { pdfBlocks } from '../src/import/document/pdf-blocks.js';
import type { PdfLine } from '../src/import/document/pdf-lines.js';

const line = (text: string, y: number): PdfLine => ({ text, x: 50, y, size: 12, bold: false, page: 0, right: 50 + text.length * 5.6 });

describe('a dash at the start of a line', () => {
  it('goes on with the sentence the line above leaves open', () => {
    const lines = [
      line('Verkkosivuston kävijämäärät mitataan Plausible-analytiikalla, joka on evästeetön eikä yksilöi kävijää', 700),
      line('— se laskee sivulatauksia eikä näe suunnitelmasi sisältöä. Mobiilisovelluksessa ei ole analytiikkaa', 686),
      line('lainkaan: sovellus ei kerää mitään tietoja.', 672),
    ];
    const blocks = pdfBlocks([lines]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph']);
    expect(blocks[0]!.text).toContain('eikä yksilöi kävijää — se laskee sivulatauksia');
  });

  it('opens an item after an item wrapped onto a second line, with or without a colon over the list', () => {
    for (const lead of ['Käytämme henkilötietoja seuraaviin tarkoituksiin:', 'Käytämme henkilötietoja seuraaviin tarkoituksiin']) {
      const lines = [
        line(lead, 700),
        line('— asiakassuhteen hoitamiseen ja palvelujen toimittamiseen sekä', 686),
        { ...line('laskutukseen ja perintään', 672), x: 62 },
        line('— markkinointiin ja asiakasviestintään', 658),
        line('— palvelujen kehittämiseen', 644),
      ];
      const items = pdfBlocks([lines]).flatMap((b) => (b.kind === 'list' ? (b.items ?? []) : []));
      expect(items.slice(-2), lead).toEqual(['markkinointiin ja asiakasviestintään', 'palvelujen kehittämiseen']);
    }
  });

  it('opens an item under a lead-in, and after another item', () => {
    const lines = [line('Keräämme seuraavat tiedot:', 700), line('— nimi ja sähköpostiosoite', 686), line('— puhelinnumero', 672)];
    expect(pdfBlocks([lines]).find((b) => b.kind === 'list')?.items).toEqual(['nimi ja sähköpostiosoite', 'puhelinnumero']);
  });
});
