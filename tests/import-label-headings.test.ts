/**
 * A page that sets each part's title as a plain paragraph ("<p class="smalltitle">Rekisterin ylläpitäjä</p>"),
 * with no heading that names a part: each such paragraph heads what follows it, so that the controller's
 * details and the other parts are read where they stand. Where headings name the parts, a paragraph that
 * happens to name one stays a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { labelHeadings } from '../src/import/label-headings.js';
import type { Block } from '../src/import/document/block.js';
import { register } from './import-draft.js';

const PAGE = [
  '<html><body><h1>Asiakastietojen käsittely palvelussa Esimerkki.fi</h1>',
  '<p class="smalltitle">Rekisterin ylläpitäjä</p>',
  '<p>Esimerkkikaupungin museo</p>',
  '<p>Museokatu 16</p>',
  '<p>00170 HELSINKI</p>',
  '<p>puh. 09 123 4567</p>',
  '<p>kokoelmat@esimerkki.example</p>',
  '<p class="smalltitle">Henkilötietojen säilytysaika</p>',
  '<p>Henkilötietoja säilytetään palvelussa, kunnes viimeisestä kirjautumisesta on kulunut 12 kuukautta.</p>',
  '</body></html>',
].join('\n');

const para = (text: string, line: number): Block => ({ kind: 'paragraph', text, lines: [text], line });
const heading = (text: string, line: number): Block => ({ kind: 'heading', text, lines: [text], line, level: 2, style: 'markup' });

describe('paragraphs that title the parts of a page without headings', () => {
  it('head their parts: the controller and its details, the period', () => {
    const draft = register(PAGE, 'fi');
    expect(draft['controller']).toEqual({
      name: 'Esimerkkikaupungin museo',
      address: { street: 'Museokatu 16', postal_code: '00170', city: 'HELSINKI' },
      phone: '09 123 4567',
      email: 'kokoelmat@esimerkki.example',
    });
    expect(draft['retention']).toContainEqual(expect.objectContaining({ period: 'P12M' }));
  });

  it('are headings only where no heading names a part and two of them title text of their own', () => {
    const labels = [para('Rekisterin ylläpitäjä', 1), para('Esimerkki Oy', 2), para('Säilytysaika', 3), para('Tiedot säilytetään vuoden.', 4)];
    expect(labelHeadings(labels).map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
    expect(labelHeadings([heading('Rekisterinpitäjä', 1), ...labels]).map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(labelHeadings(labels.slice(0, 2)).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(labelHeadings([para('Rekisterin ylläpitäjä.', 1), para('Esimerkki Oy', 2), para('Säilytysaika:', 3), para('Vuosi', 4)]).every((b) => b.kind === 'paragraph')).toBe(true);
  });
});

describe('a paragraph that names a role with a person after it, or a detail', () => {
  it('is no title of a part', () => {
    const role = [para('Yhteyshenkilö: Matti Meikäläinen', 1), para('matti@esimerkki.example', 2), para('Tietosuojavastaava Maija Meikäläinen', 3), para('maija@esimerkki.example', 4)];
    expect(labelHeadings(role).every((b) => b.kind === 'paragraph')).toBe(true);
  });
});

describe('a line that names a part and ends on a colon, over its list', () => {
  const TEXT = [
    'Keräämme henkilötietoja asiakassuhteen hoitamista varten.',
    '',
    'Henkilötietojasi vastaanottavat:',
    '- kuljetusyritys, joka kuljettaa tavaran',
    '- tilitoimisto, joka kirjaa tilauksen kirjanpitoomme',
    '',
    'Säilytämme henkilötietojasi:',
    '- sähköpostiarkistossa seitsemän vuoden ajan',
    '- kirjanpitoaineistossa seitsemän vuoden ajan',
  ].join('\n');

  it('heads the list: recipients and retention read where they stand', () => {
    const draft = register(TEXT, 'fi');
    expect(draft['recipients']).toHaveLength(2);
    expect(draft['retention']).toContainEqual(expect.objectContaining({ period: 'P7Y' }));
  });

  it('only over a list: over a paragraph it is a lead-in', () => {
    const list = (text: string, line: number): Block => ({ kind: 'list', text, lines: [text], items: [text], line });
    const english = [para('Receiving your personal details:', 1), list('the transportation company', 2), para('We keep your personal details:', 3), list('in our web shop for five years', 4)];
    expect(labelHeadings(english).map((b) => b.kind)).toEqual(['heading', 'list', 'heading', 'list']);
    const leadIns = [para('Receiving your personal details:', 1), para('the transportation company', 2), para('We keep your personal details:', 3), para('for five years', 4)];
    expect(labelHeadings(leadIns).every((b) => b.kind === 'paragraph')).toBe(true);
    const denied = [para('Tietoja ei luovuteta seuraaville:', 1), list('mainostajat', 2), para('Säilytämme henkilötietojasi:', 3), list('seitsemän vuoden ajan', 4)];
    expect(labelHeadings(denied).map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph', 'list']);
  });
});
