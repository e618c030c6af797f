/**
 * A quotation a page indents on both sides (a `<blockquote>` of the law a notice rests on), printed to
 * PDF: its lines, broken short of the page's edge, are one paragraph again, each sentence whole. An
 * unmarked list's short indented items stay items.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/import/document/block.js';
import { pdfBlocks } from '../src/import/document/pdf-blocks.js';
import type { PdfLine } from '../src/import/document/pdf-lines.js';
import { readNotice } from '../src/import/input.js';
import { printPdfs } from './format-fixtures.js';

const QUOTES = {
  fi: 'Kannatusilmoituksissa kerättyjä henkilötietoja voidaan käyttää vain tässä laissa säädetyllä tavalla. Vireillepanija ja tämän edustaja voivat luovuttaa tietoja vain Väestörekisterikeskukselle. Viranomaisten hallussa olevat tiedot ovat julkisia, kun perustuslaissa säädetty kannatusilmoitusten vähimmäismäärä on täyttynyt.',
  sv: 'Personuppgifter som samlats in i stödförklaringarna får användas endast på det sätt som föreskrivs i denna lag. Initiativtagaren och dennes företrädare får lämna ut uppgifterna endast till Befolkningsregistercentralen. Uppgifterna hos myndigheterna är offentliga när det i grundlagen föreskrivna minimiantalet stödförklaringar har uppnåtts.',
  en: 'Personal data collected in the statements of support may be used only as laid down in this Act. The initiator and the representative may disclose the data only to the Population Register Centre. The data held by the authorities are public once the minimum number of statements of support laid down in the Constitution has been reached.',
};

/** Running text at the page's margin around the quotation, as a notice has: the margin is told by it. */
const TEXT = 'Rekisteriin kerätään kannatusilmoitukset ja niihin liittyvät henkilötiedot lain edellyttämällä tavalla, ja tiedot säilytetään vain niin kauan kuin laki sen sallii ja edellyttää. '.repeat(3);

const page = (lang: string, quote: string): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body><h1>Seloste</h1><p>${TEXT}</p><p>Lain 12 § mukaan:</p><blockquote><p>${quote}</p></blockquote><p>${TEXT}</p><p>${TEXT}</p></body></html>`;

const sentences = (text: string): string[] => text.split(/(?<=\.)\s+/u);

describe('a quotation indented on both sides', () => {
  it('is one paragraph again, each sentence whole', async () => {
    const langs = Object.keys(QUOTES) as (keyof typeof QUOTES)[];
    const pdfs = await printPdfs(langs.map((l) => page(l, QUOTES[l])), true);
    for (const [i, lang] of langs.entries()) {
      const read = await readNotice(pdfs[i]!, 'notice.pdf');
      if (read.problem !== undefined) throw new Error(read.problem);
      const texts = read.blocks.map((b: Block) => b.text);
      for (const sentence of sentences(QUOTES[lang])) expect(texts.some((t) => t.includes(sentence)), `${lang}: ${sentence}`).toBe(true);
    }
  }, 60_000);

  it('is not made of an unmarked list whose short items are indented', () => {
    const line = (text: string, y: number): PdfLine => ({ text, x: 90, y, size: 12, bold: false, page: 0, right: 90 + text.length * 6 });
    const lines = [{ text: 'Tietoja ovat:', x: 50, y: 700, size: 12, bold: false, page: 0, right: 500 }, line('Nimi', 686), line('Sähköpostiosoite', 672), line('Puhelinnumero', 658)];
    const blocks = pdfBlocks([lines]);
    expect(blocks.find((b) => b.kind === 'list')?.items).toEqual(['Nimi', 'Sähköpostiosoite', 'Puhelinnumero']);
  });
});
