/**
 * A web page or Word file whose parts are numbered paragraphs with no heading markup ("<p>2.
 * Käsittelyn tarkoitus</p>", as a page showing its text in one block has them) is read by its
 * numbered titles as headings; numbers out of order, or a page with headings of its own, are not.
 */
import { describe, expect, it } from 'vitest';
import { numberedParagraphs } from '../src/import/document/numbered-paragraphs.js';
import { readBlocks } from '../src/import/document/read.js';
import { importNotice } from '../src/import/import.js';
import { docxFromHtml } from './format-fixtures.js';
import { readNotice } from '../src/import/input.js';

const page = (body: string): string => `<!DOCTYPE html>\n<html lang="fi"><head><meta charset="utf-8"></head><body>\n<h1>Tietosuojaseloste</h1>\n${body}</body></html>\n`;

const NOTICE = page(
  [
    '<p>1. Rekisterinpitäjä ja yhteystiedot</p>',
    '<p>Esimerkki Oy, Katu 1, 00100 Helsinki</p>',
    '<p>Y-tunnus: 1234567-1</p>',
    '<p>Sähköposti: info@esimerkki.fi</p>',
    '<p>2. Käsittelyn tarkoitus</p>',
    '<p>Asiakassuhteen hoitaminen.</p>',
    '<p>3. Datan omistajuus</p>',
    '<p>Käyttäjä omistaa omat tuloksensa.</p>',
    '<p>4. Säilytys</p>',
    '<p>Tiedot säilytetään kaksi vuotta.</p>',
  ].join('\n'),
);

const headings = (html: string): string[] => readBlocks(html).filter((b) => b.kind === 'heading').map((b) => `${b.level} ${b.text}`);

describe('numbered paragraphs as headings', () => {
  it('reads each numbered title under the page title as a heading of its own', () => {
    expect(headings(NOTICE)).toEqual(['1 Tietosuojaseloste', '2 Rekisterinpitäjä ja yhteystiedot', '2 Käsittelyn tarkoitus', '2 Datan omistajuus', '2 Säilytys']);
  });

  it('finds the controller and its details under the first, and takes no title for a purpose', () => {
    const { register } = importNotice(NOTICE);
    const controller = register['controller'] as Record<string, unknown>;
    expect(controller['name']).toBe('Esimerkki Oy');
    expect(controller['business_id']).toBe('1234567-1');
    expect(controller['email']).toBe('info@esimerkki.fi');
    const purposes = (register['purposes'] as { description: { fi: string } }[]).map((p) => p.description.fi);
    expect(purposes).not.toContain('3. Datan omistajuus');
  });

  it('reads a Word file typed without heading styles alike', async () => {
    const read = await readNotice(await docxFromHtml(NOTICE), 'n.docx');
    if (read.problem !== undefined) throw new Error(read.problem);
    expect(read.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toContain('Rekisterinpitäjä ja yhteystiedot');
  });

  it('leaves numbered paragraphs alone on a page with headings of its own', () => {
    const html = NOTICE.replace('<p>4. Säilytys</p>', '<h2>Säilytys</h2>');
    expect(headings(html)).toEqual(['1 Tietosuojaseloste', '2 Säilytys']);
  });

  it('leaves them alone where the numbers do not run on, or are sentences', () => {
    expect(headings(NOTICE.replace('<p>3. Datan omistajuus</p>', '<p>5. Datan omistajuus</p>'))).toEqual(['1 Tietosuojaseloste']);
    const sentences = numberedParagraphs(readBlocks(page('<p>1. Tiedot kerätään.</p>\n<p>2. Tiedot säilytetään.</p>\n<p>3. Tiedot poistetaan.</p>\n')));
    expect(sentences.filter((b) => b.kind === 'heading')).toHaveLength(1);
  });
});

describe('numbered paragraphs with no text between them', () => {
  it('are the items of a numbered list, not headings', () => {
    const items = page('<p>Keräämme seuraavat tiedot:</p>\n<p>1. Nimi</p>\n<p>2. Sähköpostiosoite</p>\n<p>3. Puhelinnumero</p>\n');
    expect(headings(items)).toEqual(['1 Tietosuojaseloste']);
  });
});
