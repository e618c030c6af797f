/**
 * Transfers denied in the first person or of processing, not only of moving the data: "En siirrä
 * henkilötietoja EU- tai ETA-alueen ulkopuolelle", "Tietoja ei käsitellä EU:n tai ETA:n ulkopuolella"
 * are `transfers: none`; the same sentence without its denial is a transfer.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const notice = (sentence: string): string =>
  `# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Tietojen siirto EU:n tai ETA:n ulkopuolelle\n\n${sentence}\n`;
const transfers = (sentence: string): unknown => importNotice(notice(sentence), { format: 'markdown' }).register['transfers'];

describe('a transfer denied', () => {
  it.each([
    'En siirrä henkilötietoja EU- tai ETA-alueen ulkopuolelle.',
    'Tietoja ei käsitellä EU:n tai ETA:n ulkopuolella.',
    'Tietoja ei tallenneta EU:n ulkopuolelle.',
  ])('is none: %s', (sentence) => {
    expect(transfers(sentence)).toBe('none');
  });

  it('is a transfer where nothing denies it, or the denial is of something else', () => {
    expect(transfers('Tietoja voidaan käsitellä EU:n tai ETA:n ulkopuolella.')).toEqual([expect.objectContaining({ description: expect.anything() })]);
    expect(transfers('Tietoja ei käsitellä muihin tarkoituksiin, mutta niitä voidaan siirtää EU:n ulkopuolelle.')).toEqual([expect.objectContaining({ description: expect.anything() })]);
  });
});
