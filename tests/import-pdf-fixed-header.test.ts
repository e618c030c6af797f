/**
 * A site's header fixed on screen, which Chromium prints at the same spot of every page over the text
 * there: its pieces are the page's, not the notice's, and no line of the notice takes them in.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/import/document/block.js';
import { dropFixedPieces } from '../src/import/document/pdf-furniture.js';
import type { PdfItem } from '../src/import/document/pdf-lines.js';
import { readNotice } from '../src/import/input.js';
import { printPdfs } from './format-fixtures.js';

const piece = (str: string, x: number, y: number): PdfItem => ({ str, x, y, width: str.length * 6, size: 12, font: 'Arial' });

describe('pieces printed at the same spot of every page', () => {
  it('are dropped near the top or the bottom on three pages of four; the notice’s words are kept', () => {
    const pages = [0, 1, 2, 3].map((p) => ({
      height: 842,
      items: [piece('PINTAPOJAT', 40, 800), piece(`Teksti sivulla ${p}`, 40, 700), piece('Sama kohta', 40, 400), ...(p < 2 ? [piece('Kahdella sivulla', 40, 30)] : [])],
    }));
    expect(dropFixedPieces(pages).map((page) => page.map((i) => i.str))).toEqual([
      ['Teksti sivulla 0', 'Sama kohta', 'Kahdella sivulla'],
      ['Teksti sivulla 1', 'Sama kohta', 'Kahdella sivulla'],
      ['Teksti sivulla 2', 'Sama kohta'],
      ['Teksti sivulla 3', 'Sama kohta'],
    ]);
  });

  it('are kept on a document of two pages, where a heading may open both', () => {
    const pages = [0, 1].map(() => ({ height: 842, items: [piece('Tietosuojaseloste', 40, 800)] }));
    expect(dropFixedPieces(pages).flat()).toHaveLength(2);
  });
});

describe('a printed page with a header fixed on screen', () => {
  /** A paragraph's own word, in letters: a page number's digits would make every paragraph one shape. */
  const word = (i: number): string => String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26)) + 'x';
  const paragraphs = (lang: string): string =>
    Array.from({ length: 60 }, (_, i) => ({
      fi: `<p>Kappale ${word(i)}: käsittelemme tietoja tarjouspyyntöihin vastaamiseksi.</p>`,
      sv: `<p>Stycke ${word(i)}: vi behandlar uppgifterna för att besvara offertförfrågningar.</p>`,
      en: `<p>Paragraph ${word(i)}: we process the data to answer requests for quotes.</p>`,
    })[lang]).join('');
  it.each(['fi', 'sv', 'en'])('is no part of any line of the notice, and every paragraph is read (%s)', async (lang) => {
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>header{position:fixed;top:0;left:0;right:0;height:40px;font:bold 14pt sans-serif}main{margin-top:50px;font:12pt serif}</style></head><body><header>KUUSIPOJAT</header><main><h1>Tietosuojaseloste</h1>${paragraphs(lang)}</main></body></html>`;
    const [pdf] = await printPdfs([html], true);
    const read = await readNotice(pdf!, 'notice.pdf');
    if (read.problem !== undefined) throw new Error(read.problem);
    const text = read.blocks.map((b: Block) => b.text).join('\n');
    expect(text).not.toContain('KUUSIPOJAT');
    expect(Array.from({ length: 60 }, (_, i) => text.includes(` ${word(i)}:`))).not.toContain(false);
  }, 60_000);
});
