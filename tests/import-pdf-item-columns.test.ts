/**
 * A list item a page lays out in columns (its mark, a bold label, the text beside it) is read column by
 * column, not line by line across the columns; a glyph a font maps to a control character is no text.
 */
import { describe, expect, it } from 'vitest';
import { itemColumns } from '../src/import/document/pdf-item-columns.js';
import { pageLines, withoutControls, type PdfItem } from '../src/import/document/pdf-lines.js';

/** A piece of 12-point text, 6 points a letter. */
const piece = (str: string, x: number, y: number): PdfItem => ({ str, x, y, width: str.length * 6, size: 12, font: 'Helvetica' });

const ITEMS: Record<'fi' | 'sv' | 'en', [string, string, string, string, string]> = {
  fi: ['Sopimuksen', 'täytäntöönpano', '– tietojen käsittely on välttämätöntä tilauksen', 'toteuttamiseksi (GDPR 6 art. 1 b)', 'Sopimuksen täytäntöönpano – tietojen käsittely on välttämätöntä tilauksen toteuttamiseksi (GDPR 6 art. 1 b)'],
  sv: ['Fullgörande', 'av avtal', '– behandlingen är nödvändig för att', 'leverera din beställning', 'Fullgörande av avtal – behandlingen är nödvändig för att leverera din beställning'],
  en: ['Performance', 'of a contract', '– the processing is needed to', 'deliver your order', 'Performance of a contract – the processing is needed to deliver your order'],
};

describe('a list item laid out in columns', () => {
  it.each(['fi', 'sv', 'en'] as const)('is read label first, then its text (%s)', (lang) => {
    const [label1, label2, text1, text2, whole] = ITEMS[lang];
    const lines = pageLines([piece('–', 90, 500), piece(label1, 110, 500), piece(text1, 220, 500), piece(label2, 110, 482), piece(text2, 220, 482), piece('Seuraava kappale alkaa tästä.', 90, 450)], 0);
    expect(itemColumns(lines).map((l) => l.text)).toEqual([`– ${whole}`, 'Seuraava kappale alkaa tästä.']);
  });

  it('leaves an item whose text only wraps under itself, and lines of no item, as they are', () => {
    const lines = pageLines([piece('–', 90, 500), piece('Consent for the newsletter', 110, 500), piece('and nothing else', 110, 482), piece('Name', 90, 460), piece('Anna', 300, 460), piece('Address', 90, 446), piece('Street 1', 300, 446)], 0);
    expect(itemColumns(lines).map((l) => l.text)).toEqual(lines.map((l) => l.text));
  });
});

describe('a control character in a PDF text piece', () => {
  it('is taken out, tab and line breaks kept', () => {
    expect(withoutControls('\u0000 Fullfölja köp\u0007')).toBe(' Fullfölja köp');
    expect(withoutControls('a\tb\nc')).toBe('a\tb\nc');
  });

  it('standing alone, is the mark of a list item', () => {
    expect(withoutControls('\u0000')).toBe('•');
  });
});
