/**
 * How the lines of a PDF become blocks, on lines made up for each case: broken words mended only
 * where plainly one word, paragraphs run on over a page break, headings by size and by bold, lists
 * by bullets (written or drawn) and by indent, page numbers and running headers left out. And lists
 * of invented notices printed by Chromium, which draws the marks of a list, read item by item.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/import/document/block.js';
import { pdfBlocks } from '../src/import/document/pdf-blocks.js';
import { dropFurniture } from '../src/import/document/pdf-furniture.js';
import { joinLines, wordsOf } from '../src/import/document/pdf-join.js';
import { pageLines, type PdfLine } from '../src/import/document/pdf-lines.js';
import { markLines, paintedBoxes, type Ops } from '../src/import/document/pdf-marks.js';
import { readNotice } from '../src/import/input.js';
import { printPdfs } from './format-fixtures.js';

/** Lines of one page, 12-point body text 14 points apart; `''` leaves a blank line's room. */
function page(p: number, rows: (string | Partial<PdfLine>)[]): PdfLine[] {
  let y = 800;
  const out: PdfLine[] = [];
  for (const row of rows) {
    const line = typeof row === 'string' ? { text: row } : row;
    y -= line.size && line.size > 12 ? line.size * 1.5 : 14;
    if (!line.text) continue;
    const x = line.x ?? 50;
    // A full line reaches the right edge at 500; a short one ends where its letters do.
    out.push({ x, y, size: 12, bold: false, page: p, right: Math.min(500, x + line.text!.length * 6), ...line, text: line.text! });
  }
  return out;
}

const texts = (lines: PdfLine[][]) => pdfBlocks(dropFurniture(lines)).map((b) => `${b.kind}${b.level ? b.level : ''}: ${b.items ? b.items.join(' | ') : b.text}`);

describe('a hyphen at the end of a line', () => {
  const words = wordsOf(['Käsittelemme tietoja.', 'the processing of data']);
  it('is taken out where the word is written whole elsewhere in the document', () => {
    expect(joinLines(['Tietoja käsitte-', 'lemme näin.'], words)).toBe('Tietoja käsittelemme näin.');
    expect(joinLines(['for the pro-', 'cessing of data'], words)).toBe('for the processing of data');
  });
  it('is kept in a compound: a capital or the same vowel on both sides, a word never seen whole, or a pair ("henkilö- ja")', () => {
    expect(joinLines(['koko EU-', 'alueella'], wordsOf(['EUalueella']))).toBe('koko EU-alueella');
    expect(joinLines(['yleinen tietosuoja-', 'asetus'], wordsOf(['tietosuojaasetus']))).toBe('yleinen tietosuoja-asetus');
    expect(joinLines(['kulunvalvonta-', 'järjestelmä'], words)).toBe('kulunvalvonta-järjestelmä');
    expect(joinLines(['henkilö-', 'ja asiakastiedot'], wordsOf(['henkilöja']))).toBe('henkilö- ja asiakastiedot');
    expect(joinLines(['a third-', 'party service'], wordsOf(['thirdparty', 'third-party']))).toBe('a third-party service');
    expect(joinLines(['Pohjois-', 'Savo'], words)).toBe('Pohjois-Savo');
  });
  it('a soft hyphen is always taken out', () => {
    expect(joinLines(['rekisterin\u00ad', 'pitäjä'], new Set())).toBe('rekisterinpitäjä');
  });
});

describe('pieces of text into lines', () => {
  const item = (str: string, x: number, y: number, width: number, font = 'F1+Arial') => ({ str, x, y, width, size: 10, font });
  it('joins the pieces of a line left to right, a space for a word gap, a dash for a column gap; bold when every letter is', () => {
    const lines = pageLines([item('world', 80, 700, 25), item('Hello', 50, 700.5, 25), item('Next line', 50, 686, 45, 'F2+Arial-Bold'), item('Cell', 200, 686, 20, 'F2+Arial-Bold')], 0);
    expect(lines.map((l) => [l.text, l.bold])).toEqual([['Hello world', false], ['Next line – Cell', true]]);
  });
  it('a bullet or a number before a tab is followed by a space, not a column gap', () => {
    const lines = pageLines([item('•', 50, 700, 4), item('Nimi', 80, 700, 20), item('2.1', 50, 680, 12), item('Tarkoitus', 90, 680, 40)], 0);
    expect(lines.map((l) => l.text)).toEqual(['• Nimi', '2.1 Tarkoitus']);
  });
});

describe('lines into blocks', () => {
  it('headings by size, levels by rank; a short bold line a heading; numbers taken off', () => {
    const blocks = texts([page(0, [{ text: 'Tietosuojaseloste', size: 20 }, '', { text: '1. Rekisterinpitäjä', size: 16 }, 'Esimerkki Oy', '', { text: 'Yhteyshenkilö', bold: true }, 'Maija Meikäläinen'])]);
    expect(blocks).toEqual(['heading1: Tietosuojaseloste', 'heading2: Rekisterinpitäjä', 'paragraph: Esimerkki Oy', 'heading7: Yhteyshenkilö', 'paragraph: Maija Meikäläinen']);
  });

  it('bulleted items with lines that run on, numbered items, and items only indented', () => {
    const long = 'x'.repeat(75);
    const blocks = texts([page(0, ['Tarkoitukset:', '', `• Asiakassuhteen ${long}`, { text: 'hoitaminen', x: 62 }, '• Laskutus', '', '1. Ensimmäinen', '2. Toinen', '', 'Tiedot:', '', { text: 'Nimi', x: 80 }, { text: 'Osoite', x: 80 }])]);
    expect(blocks).toEqual([
      'paragraph: Tarkoitukset:',
      `list: Asiakassuhteen ${long} hoitaminen | Laskutus | Ensimmäinen | Toinen`,
      'paragraph: Tiedot:',
      'list: Nimi | Osoite',
    ]);
  });

  it('an item without a mark whose last word went to a line of its own goes on there; a short item after a short one does not', () => {
    // 60 letters from the indent end 60 points short of the edge: the word on the next line, 63 points with its space, would not fit.
    const item = 'asiakkaat ja urakoitsijat siltä osin kuin projekti sitä myös';
    const intro = `Henkilötietoja voidaan antaa käsiteltäväksi ${'a'.repeat(60)}`;
    const blocks = texts([page(0, [intro, 'näille tahoille ja vain tarpeen mukaan.', '', 'Tietoja käsittelevät:', '', { text: 'tilitoimisto', x: 80 }, { text: item, x: 80 }, { text: 'edellyttää', x: 80 }, { text: 'viranomaiset', x: 80 }, { text: 'vakuuttajat', x: 80 }])]);
    expect(blocks).toEqual([`paragraph: ${intro} näille tahoille ja vain tarpeen mukaan.`, 'paragraph: Tietoja käsittelevät:', `list: tilitoimisto | ${item} edellyttää | viranomaiset | vakuuttajat`]);
  });

  it('numbered lines: headings with text between them, items of a list spaced apart, a table of contents', () => {
    // Paragraphs of two lines: the line spacing is the distance within them.
    const headings = texts([page(0, ['1. Rekisterinpitäjä', '', 'Esimerkki Oy', 'Katu 1', '', '2. Tarkoitukset', '', 'Asiakassuhde', 'ja laskutus.'])]);
    expect(headings).toEqual(['heading1: Rekisterinpitäjä', 'paragraph: Esimerkki Oy Katu 1', 'heading1: Tarkoitukset', 'paragraph: Asiakassuhde ja laskutus.']);
    const items = texts([page(0, ['Käytämme tietoja', 'näihin tarkoituksiin:', '', '1. Asiakassuhde', '', '2. Laskutus', '', '3. Markkinointi'])]);
    expect(items).toEqual(['paragraph: Käytämme tietoja näihin tarkoituksiin:', 'list: Asiakassuhde | Laskutus | Markkinointi']);
    const [toc] = pdfBlocks([page(0, ['1 Rekisterinpitäjä ........ 2', '2 Tarkoitukset ........ 3'])]);
    expect(toc).toMatchObject({ kind: 'paragraph', toc: true });
  });

  it('a label with its text indented below it is a heading, in the three languages; a lead-in stays with its list', () => {
    const blocks = texts([
      page(0, [
        'Tietojen luovutukset:',
        { text: 'Tietoja ei luovuteta ulkopuolisille.', x: 80 },
        '',
        'Mottagare:',
        { text: 'Uppgifterna lämnas inte ut.', x: 80 },
        '',
        'Regular disclosure of information:',
        '',
        { text: 'The information will not be disclosed.', x: 80 },
        '',
        'Keräämme näitä:',
        { text: '• Nimi', x: 80 },
        { text: '• Osoite', x: 80 },
      ]),
    ]);
    expect(blocks).toEqual([
      'heading7: Tietojen luovutukset:',
      'paragraph: Tietoja ei luovuteta ulkopuolisille.',
      'heading7: Mottagare:',
      'paragraph: Uppgifterna lämnas inte ut.',
      'heading7: Regular disclosure of information:',
      'paragraph: The information will not be disclosed.',
      'paragraph: Keräämme näitä:',
      'list: Nimi | Osoite',
    ]);
  });

  it('a paragraph broken by a page ends on the next page; one ended there does not', () => {
    const full = 'a'.repeat(75);
    const blocks = texts([page(0, [`Tietoja käsitellään ${full}`]), page(1, [`jatkuu täällä.`, '', 'Uusi kappale', 'kolmella', 'rivillä.'])]);
    expect(blocks).toEqual([`paragraph: Tietoja käsitellään ${full} jatkuu täällä.`, 'paragraph: Uusi kappale kolmella rivillä.']);
    const ended = texts([page(0, ['Ensimmäinen kappale.']), page(1, ['Toinen kappale.'])]);
    expect(ended).toEqual(['paragraph: Ensimmäinen kappale.', 'paragraph: Toinen kappale.']);
  });

  it('lines the author broke stay lines; lines broken for room are one', () => {
    const [block] = pdfBlocks([page(0, ['Esimerkki Oy', 'Katu 1, 00100 Helsinki', `Pitkä rivi ${'b'.repeat(74)}`, 'jatkuu'])]);
    expect(block!.lines).toEqual(['Esimerkki Oy', 'Katu 1, 00100 Helsinki', `Pitkä rivi ${'b'.repeat(74)} jatkuu`]);
  });

  it('a definition list printed: a term left of its indented text is a heading below the others when it names a part; a lead-in over a list is not', () => {
    const dl = (term: string, lines: string[]) => [{ text: term, x: 20 }, ...lines.map((text) => ({ text, x: 50 })), ''];
    const reason = 'The register is kept to lend books to the members of the library and to remind them of loans due.';
    const en = texts([page(0, [...dl('Data file controller:', ['Northwind Library', 'PO Box 5, 00100 Helsinki']), ...dl('Name of data file:', ['Loan register of the Northwind Library']), ...dl('Reason for maintaining the data file:', [reason]), ...dl('Basic information:', ['Name'])])]);
    expect(en).toEqual([
      'heading7: Data file controller:',
      'paragraph: Northwind Library PO Box 5, 00100 Helsinki',
      'heading7: Name of data file:',
      'paragraph: Loan register of the Northwind Library',
      'heading7: Reason for maintaining the data file:',
      `paragraph: ${reason}`,
      'paragraph: Basic information: Name',
    ]);
    // A term straight after the text above it, with no gap: still a term.
    const fi = texts([page(0, [{ text: 'Rekisterinpitäjä:', x: 20 }, { text: 'Esimerkki ry, Esimerkkikatu 1, 00100 Helsinki', x: 50 }, { text: 'Tietosuojavastaava:', x: 20 }, { text: 'tietosuoja@esimerkki.example', x: 50 }])]);
    expect(fi).toEqual(['heading7: Rekisterinpitäjä:', 'paragraph: Esimerkki ry, Esimerkkikatu 1, 00100 Helsinki', 'heading7: Tietosuojavastaava:', 'paragraph: tietosuoja@esimerkki.example']);
    const sv = texts([page(0, [...dl('Personuppgiftsansvarig:', ['Exempel rf, Exempelgatan 1, 00100 Helsingfors']), ...dl('Ändamål:', ['Medlemskap och fakturering av medlemsavgifter.'])])]);
    expect(sv).toEqual(['heading7: Personuppgiftsansvarig:', 'paragraph: Exempel rf, Exempelgatan 1, 00100 Helsingfors', 'heading7: Ändamål:', 'paragraph: Medlemskap och fakturering av medlemsavgifter.']);
    // At the margin, over indented lines: a lead-in, as the body text around it is.
    const leadIn = texts([page(0, ['Tietoja käsitellään', 'monella tavalla.', '', 'Käsittelemme tietoja näihin tarkoituksiin:', { text: 'Jäsenyys', x: 80 }, { text: 'Laskutus', x: 80 }])]);
    expect(leadIn).toEqual(['paragraph: Tietoja käsitellään monella tavalla.', 'paragraph: Käsittelemme tietoja näihin tarkoituksiin:', 'list: Jäsenyys | Laskutus']);
  });

  it('a table of two columns: each label heads the lines of its cell, whether level with the first line or the middle one', () => {
    // 12-point text 13.5 points apart in a cell, 16.5 between rows; the label in the middle of its cell.
    const piece = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 5.5, size: 12, font: 'F1+Arial' });
    const cells: [string, string[]][] = [
      ['1. Rekisterinpitäjä', ['Kaarnan kaupunki', 'PL 12, 01301 Kaarna', 'kirjaamo@kaarna.example']],
      ['2. Yhteyshenkilö', ['Mika Ranta', 'mika.ranta@kaarna.example']],
      ['3. Rekisterin nimi', ['Oppilasrekisteri']],
    ];
    const table = (middle: boolean) => {
      const items = [piece('Seloste', 36, 760)];
      let y = 730;
      for (const [label, lines] of cells) {
        lines.forEach((line, i) => items.push(piece(line, 150, y - i * 13.5)));
        items.push(piece(label, 36, middle ? y - ((lines.length - 1) * 13.5) / 2 : y));
        y -= (lines.length - 1) * 13.5 + 16.5;
      }
      return texts([pageLines(items, 0)]);
    };
    expect(table(false)).toEqual(table(true));
    expect(table(true)).toEqual([
      'paragraph: Seloste',
      'heading1: Rekisterinpitäjä',
      'paragraph: Kaarnan kaupunki PL 12, 01301 Kaarna kirjaamo@kaarna.example',
      'heading1: Yhteyshenkilö',
      'paragraph: Mika Ranta mika.ranta@kaarna.example',
      'heading1: Rekisterin nimi',
      'paragraph: Oppilasrekisteri',
    ]);
    // The same beside a menu whose items name no part of a notice: no table.
    const menu = pageLines([piece('Etusivu', 36, 730), piece('Teksti alkaa tästä ja jatkuu.', 150, 730), piece('Palvelut', 36, 716.5), piece('Toinen rivi tekstiä.', 150, 716.5)], 0);
    expect(texts([menu]).some((t) => t.startsWith('heading'))).toBe(false);
  });

  it('a page that sets its paragraphs looser than its lists: a sentence running on over lines is one paragraph, paragraphs stay apart', () => {
    const piece = (str: string, x: number, y: number, width: number) => ({ str, x, y, width, size: 12, font: 'F1+Arial' });
    const items = ['Namn', 'E-postadress', 'Telefonnummer', 'Företag', 'Meddelande'].flatMap((item, i) => [piece('•', 66, 700 - i * 13.5, 4), piece(item, 80, 700 - i * 13.5, item.length * 6)]);
    items.push(
      piece('Syns Nu Media behandlar dina personuppgifter för att besvara eventuella förfrågningar från dig', 66, 600, 459),
      piece('(GDPR art 6.1 f).', 66, 579, 90),
      piece('Syns Nu Media kommer vidare att behandla dina personuppgifter i den mån Syns Nu Media är', 66, 546, 460),
      piece('skyldig att göra det på grund av lag eller beslut från myndighet (GDPR art 6.1c).', 66, 525, 420),
      piece('Kontaktuppgifter', 66, 492, 90),
      piece('info@example.se', 66, 459, 90),
    );
    expect(texts([pageLines(items, 0)])).toEqual([
      'list: Namn | E-postadress | Telefonnummer | Företag | Meddelande',
      'paragraph: Syns Nu Media behandlar dina personuppgifter för att besvara eventuella förfrågningar från dig (GDPR art 6.1 f).',
      'paragraph: Syns Nu Media kommer vidare att behandla dina personuppgifter i den mån Syns Nu Media är skyldig att göra det på grund av lag eller beslut från myndighet (GDPR art 6.1c).',
      'heading1: Kontaktuppgifter',
      'paragraph: info@example.se',
    ]);
  });

  it('small print in three columns with no header row, as a letterhead\'s footer, is no table; a small table\'s rows a blank line apart are rows', () => {
    const piece = (str: string, x: number, y: number, size: number) => ({ str, x, y, width: str.length * size * 0.45, size, font: 'F1+Arial' });
    const body = 'Käsittelemme asiakkaiden nimiä ja osoitteita tilausten toimittamiseksi ja laskuttamiseksi.';
    const text = [piece(body, 48, 760, 11), piece(body, 48, 746, 11), piece(body, 48, 732, 11)];
    const footer = [['Esimerkki Oy', 'Puh. 040 123 4567', 'www.esimerkki.fi'], ['Katu 1', 'info@esimerkki.fi', 'Y-tunnus 1234567-8'], ['00100 Helsinki', 'tietosuoja@esimerkki.fi', 'Kotipaikka Helsinki']];
    const items = [...text, ...footer.flatMap((row, i) => row.map((c, k) => piece(c, [48, 230, 410][k]!, 80 - i * 10, 8)))];
    expect(pdfBlocks([pageLines(items, 0)]).some((b) => b.kind === 'table')).toBe(false);
    // The same size with a header row, its rows two lines apart, each row's cells over two lines.
    const table = [[['Tarkoitus', 'Tiedot', 'Säilytys']], [['Yhteydenotto ja', 'Nimi, sähköposti,', '2 vuotta'], ['asiakaspalvelu', 'puhelinnumero', '']], [['Laskutus ja', 'Nimi, osoite', '10 vuotta'], ['kirjanpito', '', '']], [['Markkinointi', 'Sähköposti', 'Kunnes perut'], ['uutiskirjeellä', '', '']]];
    let y = 700;
    const cells: ReturnType<typeof piece>[] = [];
    for (const row of table) {
      row.forEach((line, i) => line.forEach((c, k) => c && cells.push(piece(c, [48, 230, 410][k]!, y - i * 11, 9))));
      y -= row.length * 11 + 11;
    }
    const grid = pdfBlocks([pageLines([...text, ...cells], 0)]).find((b) => b.kind === 'table');
    expect(grid?.rows).toEqual([
      ['Tarkoitus', 'Tiedot', 'Säilytys'],
      ['Yhteydenotto ja asiakaspalvelu', 'Nimi, sähköposti, puhelinnumero', '2 vuotta'],
      ['Laskutus ja kirjanpito', 'Nimi, osoite', '10 vuotta'],
      ['Markkinointi uutiskirjeellä', 'Sähköposti', 'Kunnes perut'],
    ]);
  });

  it('a paragraph whose links are pieces of their own is no table, though a piece of the next line starts where one of them does', () => {
    const piece = (str: string, x: number, y: number, width: number) => ({ str, x, y, width, size: 12, font: 'F1+Arial' });
    const items = [
      piece('Kontakta oss på', 48, 538, 77), piece('info@example.se', 128, 538, 107), piece('för att utöva dina rättigheter. Vi svarar inom 30 dagar.', 238, 538, 300),
      piece('Du har även rätt att lämna klagomål till', 48, 512, 189), piece('Integritetsskyddsmyndigheten (IMY) om du anser', 240, 512, 298),
      piece('att vi behandlar dina uppgifter felaktigt.', 48, 499, 220),
    ];
    expect(texts([pageLines(items, 0)])).toEqual([
      'paragraph: Kontakta oss på info@example.se för att utöva dina rättigheter. Vi svarar inom 30 dagar.',
      'paragraph: Du har även rätt att lämna klagomål till Integritetsskyddsmyndigheten (IMY) om du anser att vi behandlar dina uppgifter felaktigt.',
    ]);
  });

  it('a table of two columns whose labels name no part, each in the middle of a cell of several lines: its rows, each sentence whole', () => {
    const piece = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 5.5, size: 12, font: 'F1+Arial' });
    const cells: [string[], string[]][] = [
      [['Jakolinkki'], ['"Kopioi jakolinkki" pakkaa suunnitelman osoitteeseen. Linkin saaja', 'näkee suunnitelman sisällön.', 'Linkkiä ei tallenneta palvelimelle.']],
      [['Anonyymi', 'vertailudata'], ['Voit jakaa suunnitelmasi anonyymisti. Näet ennen', 'jakamista, mitä lähetetään; summat', 'pyöristetään. Jaettuja suunnitelmia ei voi yhdistää', 'toisiinsa eikä keneenkään.', 'Koodi on avointa.']],
    ];
    const items = [piece('Kolme toimintoa siirtää tietoa laitteelta.', 36, 760)];
    let y = 730;
    for (const [label, lines] of cells) {
      lines.forEach((line, i) => items.push(piece(line, 150, y - i * 13.5)));
      // The label's lines set level with the cell's second and fourth lines, as a page centres them.
      label.forEach((part, i) => items.push(piece(part, 36, y - (1 + 2 * i) * 13.5)));
      y -= (lines.length - 1) * 13.5 + 16.5;
    }
    expect(texts([pageLines(items, 0)])).toEqual([
      'paragraph: Kolme toimintoa siirtää tietoa laitteelta.',
      'heading1: Jakolinkki',
      'paragraph: "Kopioi jakolinkki" pakkaa suunnitelman osoitteeseen. Linkin saaja näkee suunnitelman sisällön. Linkkiä ei tallenneta palvelimelle.',
      'heading1: Anonyymi vertailudata',
      'paragraph: Voit jakaa suunnitelmasi anonyymisti. Näet ennen jakamista, mitä lähetetään; summat pyöristetään. Jaettuja suunnitelmia ei voi yhdistää toisiinsa eikä keneenkään. Koodi on avointa.',
    ]);
  });

  /** A paragraph of four lines at the margin: the distance between its lines is the line spacing, larger ones part paragraphs. */
  const intro = ['Tämä seloste kertoo, miten käsittelemme', 'henkilötietoja ja mihin niitä', 'käytetään yhdistyksen', 'toiminnassa.'];
  const introText = 'paragraph: Tämä seloste kertoo, miten käsittelemme henkilötietoja ja mihin niitä käytetään yhdistyksen toiminnassa.';

  it('the margin is where the paragraphs start, also where the lists indented from it hold more text', () => {
    const item = (text: string) => ({ text, x: 80 });
    const long = (n: number) => `Pitkä luettelon kohta numero ${n}, jossa on paljon tekstiä ${'x'.repeat(30)}`;
    const para = ['Henkilötietoja käsitellään tässä rekisterissä vain siihen tarkoitukseen,', 'johon ne on kerätty, ja niitä säilytetään vain tarpeellisen ajan.'];
    const blocks = texts([page(0, [...para, '', 'Käsittelemme tietoja näihin tarkoituksiin:', item(long(1)), item(long(2)), item(long(3)), item(long(4)), '', 'Lyhyt kappale lopuksi.'])]);
    expect(blocks).toEqual([`paragraph: ${para.join(' ')}`, 'paragraph: Käsittelemme tietoja näihin tarkoituksiin:', `list: ${long(1)} | ${long(2)} | ${long(3)} | ${long(4)}`, 'paragraph: Lyhyt kappale lopuksi.']);
  });

  it('in a PDF set in one size, a line of its own that names a part is a heading; a title alone, a lead-in or a name is not', () => {
    const blocks = texts([page(0, ['Tietosuojaseloste', '', ...intro, '', 'Rekisterinpitäjä', '', 'Esimerkki Oy', '', 'Personuppgifternas lagringstid', '', 'Uppgifterna sparas i två år.', '', 'Data retention', '', 'We keep the data for two years.', '', 'Käsittelyn oikeusperuste on', '', 'suostumus.'])]);
    expect(blocks).toEqual([
      'paragraph: Tietosuojaseloste',
      introText,
      'heading1: Rekisterinpitäjä',
      'paragraph: Esimerkki Oy',
      'heading1: Personuppgifternas lagringstid',
      'paragraph: Uppgifterna sparas i två år.',
      'heading1: Data retention',
      'paragraph: We keep the data for two years.',
      'paragraph: Käsittelyn oikeusperuste on',
      'paragraph: suostumus.',
    ]);
  });

  it('items spaced apart, one item under its lead-in, an item broken off mid-clause before a capital, a footnote\'s asterisk', () => {
    const at = (text: string) => ({ text, x: 80 });
    const filled = 'Työhakemukset: ilmoitusten osoitteet (esimerkiksi Työpaikkapörssi tai';
    const body = `Tämä kappale on leipätekstiä, joka täyttää rivin ${'a'.repeat(40)}`;
    const blocks = texts([page(0, [...intro, '', body, '', 'Käsittelijöitä ovat', '', at('Esimerkki'), '', 'Tiedot:', '', at('Yhteystiedot'), '', at(filled), at('Duunipalvelu), tehtävä ja tila'), '', at('Lokit'), '', '*Lisäpalvelu voi käsitellä tietoja muualla.'])]);
    expect(blocks).toEqual([
      introText,
      `paragraph: ${body}`,
      'paragraph: Käsittelijöitä ovat',
      'list: Esimerkki',
      'paragraph: Tiedot:',
      `list: Yhteystiedot | ${filled} Duunipalvelu), tehtävä ja tila | Lokit`,
      'paragraph: *Lisäpalvelu voi käsitellä tietoja muualla.',
    ]);
  });

  it('a bold lead-in with its text right under it is one paragraph; a paragraph goes on over a page from a filled line', () => {
    const full = `Osa palveluntarjoajista voi säilyttää tietoja ${'b'.repeat(40)}`;
    const blocks = texts([page(0, [...intro, '', { text: 'Yhteystiedot tietosuoja-asioissa:', bold: true }, 'info@esimerkki.example', '', full]), page(1, ['EU:n ulkopuolella.'])]);
    expect(blocks).toEqual([introText, 'paragraph: Yhteystiedot tietosuoja-asioissa: info@esimerkki.example', `paragraph: ${full} EU:n ulkopuolella.`]);
  });

  it('a table of three columns: its header row and one row a line, a row whose first cell is empty going on with the one above', () => {
    const piece = (str: string, x: number, y: number, font = 'F1+Arial') => ({ str, x, y, width: str.length * 5, size: 11, font });
    const rows: [string, string, string][] = [
      ['Microsoft Azure', 'EU (Irlanti)', 'Tietokanta'],
      ['Examplemail', 'EU', 'Sähköposti'],
      ['', '', 'ja uutiskirjeet'],
      ['Examplehost', 'EU (Saksa)', 'Varmuuskopiot'],
    ];
    const items = [piece('Palveluntarjoajat', 36, 760, 'F2+Arial-Bold'), piece('Palveluntarjoaja', 45, 735, 'F2+Arial-Bold'), piece('Sijainti', 190, 735, 'F2+Arial-Bold'), piece('Käyttötarkoitus', 330, 735, 'F2+Arial-Bold')];
    rows.forEach((cells, i) => cells.forEach((c, k) => c && items.push(piece(c, [40, 160, 300][k]!, 720 - i * 13))));
    const blocks = pdfBlocks([pageLines(items, 0)]);
    const grid = blocks.find((b) => b.kind === 'table');
    expect(grid?.rows).toEqual([
      ['Palveluntarjoaja', 'Sijainti', 'Käyttötarkoitus'],
      ['Microsoft Azure', 'EU (Irlanti)', 'Tietokanta'],
      ['Examplemail', 'EU', 'Sähköposti ja uutiskirjeet'],
      ['Examplehost', 'EU (Saksa)', 'Varmuuskopiot'],
    ]);
    expect(grid?.parts?.map((b) => `${b.kind}: ${b.items ? b.items.join(' | ') : b.text}`)).toEqual([
      'paragraph: Palveluntarjoaja – Sijainti – Käyttötarkoitus',
      'list: Microsoft Azure – EU (Irlanti) – Tietokanta | Examplemail – EU – Sähköposti ja uutiskirjeet | Examplehost – EU (Saksa) – Varmuuskopiot',
    ]);
  });

  it('a table of three columns whose cells run over lines: the rows parted by the room between them; a footnote under it is no row', () => {
    const piece = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 5, size: 11, font: 'F1+Arial' });
    // Lines of a cell 12.5 apart, rows 18 apart; every cell may wrap, the first one too.
    const lines: [string, string, string][][] = [
      [['Data', 'Source', 'Kept for']],
      [['Web server logs: IP', 'From your device', 'Two years'], ['address, browser', 'when you visit', ''], ['', 'the site', '']],
      [['Contact form', 'From you', 'Until the'], ['messages', '', 'case is closed']],
      [['Newsletter list', 'From you', 'Until you leave']],
    ];
    const items = [piece('Data we keep', 36, 760)];
    let y = 735;
    for (const row of lines) {
      row.forEach((cells, i) => cells.forEach((c, k) => c && items.push(piece(c, [40, 160, 300][k]!, y - i * 12.5))));
      y -= (row.length - 1) * 12.5 + 18;
    }
    items.push(piece('*Logs are kept longer when an attack is being looked into.', 36, y - 4));
    const blocks = pdfBlocks([pageLines(items, 0)]);
    expect(blocks.find((b) => b.kind === 'table')?.rows).toEqual([
      ['Data', 'Source', 'Kept for'],
      ['Web server logs: IP address, browser', 'From your device when you visit the site', 'Two years'],
      ['Contact form messages', 'From you', 'Until the case is closed'],
      ['Newsletter list', 'From you', 'Until you leave'],
    ]);
    expect(blocks[blocks.length - 1]).toMatchObject({ kind: 'paragraph', text: '*Logs are kept longer when an attack is being looked into.' });
  });

  it('a table set smaller than the text, each cell in the middle of its row: a short cell\'s lines fall between a tall one\'s, and still make one row, the header\'s too', () => {
    const piece = (str: string, x: number, y: number, size: number) => ({ str, x, y, width: str.length * size * 0.45, size, font: 'F1+Arial' });
    const body = 'Käsittelemme tietoja vain siihen, mihin ne on kerätty, ja kerromme alla kunkin tarkoituksen.';
    const items = [piece(body, 48, 780, 12), piece(body, 48, 766, 12), piece(body, 48, 752, 12)];
    // Cells' lines 12.8 apart, rows 3 points of room apart; a two-line cell beside a three-line one sits half a line lower.
    const cells: [number, number, string][] = [
      [-0.5, 2, 'Peruste'], [0, 0, 'Tarkoitus'], [0, 1, 'Tiedot'], [0, 3, 'Säilytys'], [0.5, 2, '(GDPR)'],
      [1.23, 0, 'Yhteydenotto ja'], [1.23, 1, 'Nimi, sähköposti,'], [1.73, 2, 'Sopimus tai'], [1.73, 3, '2 vuotta'],
      [2.23, 0, 'asiakaspalvelu'], [2.23, 1, 'puhelinnumero,'], [2.73, 2, 'oikeutettu etu'], [2.73, 3, 'viestistä'],
      [3.23, 0, '(lomakkeet)'], [3.23, 1, 'viesti'],
      [4.46, 0, 'Markkinointi'], [4.46, 1, 'Nimi'], [4.46, 2, 'Suostumus'], [4.46, 3, 'Kunnes perut'],
      [5.69, 0, 'Analytiikka ja'], [5.69, 1, 'IP-osoite'], [5.69, 2, 'Oikeutettu'], [6.19, 3, '26 kk'],
      [6.69, 0, 'kehittäminen'], [6.69, 1, '(anonyymisti)'], [6.69, 2, 'etu'],
    ];
    for (const [line, col, text] of cells) items.push(piece(text, [50, 185, 296, 426][col]!, 720 - line * 12.8, 10.8));
    items.push(piece(body, 48, 610, 12));
    const blocks = pdfBlocks([pageLines(items, 0)]);
    expect(blocks.find((b) => b.kind === 'table')?.rows).toEqual([
      ['Tarkoitus', 'Tiedot', 'Peruste (GDPR)', 'Säilytys'],
      ['Yhteydenotto ja asiakaspalvelu (lomakkeet)', 'Nimi, sähköposti, puhelinnumero, viesti', 'Sopimus tai oikeutettu etu', '2 vuotta viestistä'],
      ['Markkinointi', 'Nimi', 'Suostumus', 'Kunnes perut'],
      ['Analytiikka ja kehittäminen', 'IP-osoite (anonyymisti)', 'Oikeutettu etu', '26 kk'],
    ]);
  });

  it('a table of three columns under a centred header, a tall cell\'s first line above the short cells set in the middle of its row: one row each, no table of pairs taken out of it', () => {
    const piece = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 4.8, size: 12, font: 'F1+Arial' });
    const body = 'We only collect data that is necessary for the app to function, and say below what each kind is for.';
    const items = [piece(body, 48, 295), piece('Data category', 69, 267.4), piece('Purpose', 262, 267.4), piece('Legal basis (GDPR)', 425, 267.4)];
    // A cell's lines 13.5 apart, 16.5 between rows; the one-line cells half a line below the first line of the tall cell.
    const rows: [string, string[], string[]][] = [
      ['Account information', ['Create and manage your account, identify you in', 'the app'], ['Contract (Art. 6.1b)']],
      ['Messages and media', ['Deliver the chat functionality — sending and', 'receiving messages'], ['Contract (Art. 6.1b)']],
      ['Edit history', ['Transparency — Team Owner can see changes to', "Texters' messages"], ['Legitimate interest (Art.', '6.1f)']],
    ];
    let y = 250.9;
    for (const [label, purpose, basis] of rows) {
      purpose.forEach((t, i) => items.push(piece(t, 163, y - i * 13.5)));
      basis.forEach((t, i) => items.push(piece(t, 406, basis.length > 1 ? y - i * 13.5 : y - 6.7)));
      items.push(piece(label, 50, y - 6.7));
      y -= 30;
    }
    items.push(piece(body, 48, y - 20));
    const blocks = pdfBlocks([pageLines(items, 0)]);
    expect(blocks.filter((b) => b.kind === 'table').map((b) => b.rows)).toEqual([
      [
        ['Data category', 'Purpose', 'Legal basis (GDPR)'],
        ['Account information', 'Create and manage your account, identify you in the app', 'Contract (Art. 6.1b)'],
        ['Messages and media', 'Deliver the chat functionality — sending and receiving messages', 'Contract (Art. 6.1b)'],
        ['Edit history', "Transparency — Team Owner can see changes to Texters' messages", 'Legitimate interest (Art. 6.1f)'],
      ],
    ]);
  });

  it('a table of three columns over a page break, its cells set in the middle of their rows: a tall cell\'s first line alone under a centred header, a row split by the break one row, the next page\'s rows the same table\'s', () => {
    const piece = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 4.8, size: 12, font: 'F1+Arial' });
    const body = 'Här beskrivs de syften för vilka vi behandlar personuppgifter och på vilken rättslig grund vi gör det.';
    // A cell's lines 13.5 apart, 16.5 between rows; a short cell set level with the middle of a tall one.
    const cells = (y: number, label: string, text: string[], basis: string[]) => {
      const middle = y - ((text.length - 1) * 13.5) / 2;
      return [
        ...text.map((t, i) => piece(t, 194, y - i * 13.5)),
        ...(label ? [piece(label, 50, middle)] : []),
        ...basis.map((t, i) => piece(t, 456, middle + ((basis.length - 1) * 13.5) / 2 - i * 13.5)),
      ];
    };
    const first = [
      piece(body, 48, 727), piece(body, 48, 713.5), piece(body, 48, 700),
      piece('Ändamål', 67, 665.7), piece('Beskrivning', 293, 665.7), piece('Rättslig grund', 464, 665.7),
      ...cells(649.2, 'Konto', ['Vi skapar ditt konto och hanterar', 'inloggning, inställningar och', 'sparade bostäder i tjänsten.'], ['Avtal']),
      ...cells(605.7, 'Kundtjänst', ['Om du kontaktar oss behandlar vi dina', 'uppgifter för att hjälpa dig med frågor,'], ['Avtal och']),
    ];
    const second = [
      ...cells(786, '', ['klagomål och andra ärenden.'], ['berättigat intresse']),
      ...cells(769.5, 'Marknadsföring', ['Vi skickar nyhetsbrev om nya bostäder', 'till dig som har bett om det.'], ['Samtycke']),
      piece(body, 48, 700), piece(body, 48, 686.5),
    ];
    const blocks = pdfBlocks([pageLines(first, 0), pageLines(second, 1)]);
    expect(blocks.filter((b) => b.kind === 'table').map((b) => b.rows)).toEqual([
      [
        ['Ändamål', 'Beskrivning', 'Rättslig grund'],
        ['Konto', 'Vi skapar ditt konto och hanterar inloggning, inställningar och sparade bostäder i tjänsten.', 'Avtal'],
        ['Kundtjänst', 'Om du kontaktar oss behandlar vi dina uppgifter för att hjälpa dig med frågor, klagomål och andra ärenden.', 'Avtal och berättigat intresse'],
        ['Marknadsföring', 'Vi skickar nyhetsbrev om nya bostäder till dig som har bett om det.', 'Samtycke'],
      ],
    ]);
  });

  it('a table of two columns whose header row stands alone at the foot of a page: the next page\'s rows under it, not pairs of a label and its text', () => {
    const piece = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 4.8, size: 12, font: 'F1+Arial' });
    const body = 'Vi sparar personuppgifter så länge det är nödvändigt för de ändamål som beskrivs i denna policy.';
    const first = [piece(body, 48, 123.4), piece(body, 48, 109.9), piece(body, 48, 96.4), piece('Typ av uppgift', 113, 55.2), piece('Lagringstid', 370, 55.2)];
    // A label set level with the middle of its two-line cell, or level with a one-line cell.
    const second = [
      piece('Så länge kontot är aktivt och därefter normalt upp till tolv', 254, 785.7), piece('Kontouppgifter', 50, 778.9), piece('(12) månader.', 254, 772.2),
      piece('Supportärenden', 50, 755.7), piece('Normalt upp till tjugofyra (24) månader.', 254, 755.7),
      piece('Tekniska loggar', 50, 739.2), piece('Normalt upp till tolv (12) månader.', 254, 739.2),
      piece(body, 48, 700), piece(body, 48, 686.5),
    ];
    const blocks = pdfBlocks([pageLines(first, 0), pageLines(second, 1)]);
    expect(blocks.filter((b) => b.kind === 'table').map((b) => b.rows)).toEqual([
      [
        ['Typ av uppgift', 'Lagringstid'],
        ['Kontouppgifter', 'Så länge kontot är aktivt och därefter normalt upp till tolv (12) månader.'],
        ['Supportärenden', 'Normalt upp till tjugofyra (24) månader.'],
        ['Tekniska loggar', 'Normalt upp till tolv (12) månader.'],
      ],
    ]);
    // A line of two pieces at the foot of a page with text under it on the next is no header.
    const prose = pdfBlocks([pageLines([...first.slice(0, 3), piece('Kontakt', 50, 55.2), piece('privacy@example.se', 254, 55.2)], 0), pageLines(second.slice(-2), 1)]);
    expect(prose.some((b) => b.kind === 'table')).toBe(false);
  });

  it('over a page break: a caption under the table stays text, a header printed again is left out, a bold header of another table begins that table, a row only its text runs on is one row', () => {
    const piece = (str: string, x: number, y: number, font = 'F1+Arial') => ({ str, x, y, width: str.length * 4.8, size: 12, font });
    const body = 'Här beskrivs de syften för vilka vi behandlar personuppgifter och på vilken rättslig grund vi gör det.';
    const head = (y: number, titles: string[], font = 'F2+Arial-Bold') => titles.map((t, k) => piece(t, [50, 194, 456][k]!, y, font));
    const row = (y: number, cells: string[]) => cells.flatMap((c, k) => (c ? [piece(c, [50, 194, 456][k]!, y)] : []));
    const first = [piece(body, 48, 727), piece(body, 48, 713.5), piece(body, 48, 700), ...head(670, ['Ändamål', 'Beskrivning', 'Grund']), ...row(653.5, ['Konto', 'Vi skapar ditt konto.', 'Avtal']), ...row(637, ['Kundtjänst', 'Vi svarar på dina frågor,', 'Avtal'])];
    const tables = (second: ReturnType<typeof piece>[]) => pdfBlocks([pageLines(first, 0), pageLines(second, 1)]).filter((b) => b.kind === 'table').map((b) => b.rows);
    const after = [piece(body, 48, 700), piece(body, 48, 686.5)];
    // Only the description runs on at the top of the next page.
    expect(tables([...row(786, ['', 'klagomål och andra ärenden.', '']), ...row(769.5, ['Marknadsföring', 'Vi skickar nyhetsbrev.', 'Samtycke']), ...after])).toEqual([
      [['Ändamål', 'Beskrivning', 'Grund'], ['Konto', 'Vi skapar ditt konto.', 'Avtal'], ['Kundtjänst', 'Vi svarar på dina frågor, klagomål och andra ärenden.', 'Avtal'], ['Marknadsföring', 'Vi skickar nyhetsbrev.', 'Samtycke']],
    ]);
    // The header again over the next page's rows.
    expect(tables([...head(786, ['Ändamål', 'Beskrivning', 'Grund']), ...row(769.5, ['Marknadsföring', 'Vi skickar nyhetsbrev.', 'Samtycke']), ...after])).toEqual([
      [['Ändamål', 'Beskrivning', 'Grund'], ['Konto', 'Vi skapar ditt konto.', 'Avtal'], ['Kundtjänst', 'Vi svarar på dina frågor,', 'Avtal'], ['Marknadsföring', 'Vi skickar nyhetsbrev.', 'Samtycke']],
    ]);
    // Another table's header: two tables.
    expect(tables([...head(786, ['Mottagare', 'Uppgifter', 'Land']), ...row(769.5, ['Posten AB', 'Adress', 'Sverige']), ...row(753, ['Mailchimp', 'E-post', 'USA']), ...after])).toHaveLength(2);
    // A caption set in under a table, with text after it: the table, then the caption as text.
    const captioned = pdfBlocks([pageLines([...first, piece('Tabell 1. Ändamål', 230, 621), piece(body, 48, 590), piece(body, 48, 576.5)], 0)]);
    expect(captioned.find((b) => b.kind === 'table')?.rows?.at(-1)).toEqual(['Kundtjänst', 'Vi svarar på dina frågor,', 'Avtal']);
    expect(captioned.some((b) => b.kind === 'paragraph' && b.text.startsWith('Tabell 1. Ändamål'))).toBe(true);
  });

  it('a list, or pairs of a label and its value, that a page break parts: no table', () => {
    const piece = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 4.8, size: 12, font: 'F1+Arial' });
    const body = 'Vi behandlar följande uppgifter om dig som kund hos oss, och inget annat än det som står här nedan.';
    const item = (text: string, y: number) => [piece('•', 60, y), piece(text, 78, y)];
    const first = [piece(body, 48, 123.4), piece(body, 48, 109.9), ...item('Namn', 96.4), ...item('Adress', 82.9), ...item('E-postadress', 69.4), ...item('Kundnummer', 55.9)];
    const second = [...item('Telefonnummer', 786), ...item('Köphistorik', 772.5), piece(body, 48, 740), piece(body, 48, 726.5)];
    expect(pdfBlocks([pageLines(first, 0), pageLines(second, 1)]).some((b) => b.kind === 'table')).toBe(false);
    const pair = (label: string, value: string, y: number) => [piece(label, 50, y), piece(value, 254, y)];
    const pairs = [piece(body, 48, 123.4), piece(body, 48, 109.9), ...pair('Rekisterinpitäjä', 'Esimerkki Oy', 82.9), ...pair('Yhteyshenkilö', 'Maija Meikäläinen', 69.4)];
    const rest = [...pair('Sähköposti', 'maija@esimerkki.fi', 786), ...pair('Puhelin', '040 123 4567', 772.5), piece(body, 48, 740)];
    expect(pdfBlocks([pageLines(pairs, 0), pageLines(rest, 1)]).some((b) => b.kind === 'table' && b.rows?.[0]?.[0] === 'Yhteyshenkilö')).toBe(false);
  });

  it('items opened by drawn marks: a line goes on with its item whatever it ends with, until the next mark', () => {
    const at = (text: string, marked = false) => ({ text, x: 80, ...(marked ? { marked } : {}) });
    const blocks = texts([page(0, ['Tietoja käsitellään näihin tarkoituksiin:', '', at('Tilausten käsittely:', true), at('oikeusperusteena sopimus (GDPR Art.'), at('6(1)(b)).'), at('Laskutus', true), at('Kirjanpito', true), '', 'Tietoja säilytetään vuoden.'])]);
    expect(blocks).toEqual([
      'paragraph: Tietoja käsitellään näihin tarkoituksiin:',
      'list: Tilausten käsittely: oikeusperusteena sopimus (GDPR Art. 6(1)(b)). | Laskutus | Kirjanpito',
      'paragraph: Tietoja säilytetään vuoden.',
    ]);
  });

  it('leaves out page numbers and a header on every page, keeps a heading on one page', () => {
    const pages = [0, 1, 2].map((p) => page(p, [`Tietosuojaseloste ${p + 1}.1.2026`, '', p === 1 ? { text: 'Oikeudet', size: 16 } : 'Teksti.', '', `Sivu ${p + 1} / 3`]));
    expect(texts(pages)).toEqual(['paragraph: Teksti.', 'heading1: Oikeudet', 'paragraph: Teksti.']);
  });
});

describe('marks of a list drawn, not written', () => {
  const OPS: Ops = { save: 10, restore: 11, transform: 12, constructPath: 91, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, endPath: 28 };
  const FILL = 22;
  const line = (text: string, x: number, y: number): PdfLine => ({ text, x, right: x + 200, y, size: 12, bold: false, page: 0 });

  it('a small round or square shape just left of a line, level with its letters, marks it; a clip, a rule or a box does not', () => {
    // As a browser draws: the page flipped and scaled, a disc 5 units wide at 3.125 times, the clip of the page first.
    const drawing = {
      fnArray: [OPS.transform, OPS.save, OPS.constructPath, OPS.save, OPS.transform, OPS.constructPath, OPS.constructPath, OPS.constructPath, OPS.restore, OPS.restore],
      argsArray: [
        [0.24, 0, 0, -0.24, 0, 841.92],
        null,
        [OPS.endPath, [null], [0, 0, 2480, 3508]],
        null,
        [3.125, 0, 0, 3.125, 234.375, 234.375],
        [FILL, [null], new Float32Array([32, 469, 37, 474])],
        [FILL, [null], [32, 520, 400, 520.3]],
        [FILL, [null], [32, 560, 80, 600]],
        null,
        null,
      ],
    };
    const boxes = paintedBoxes(drawing, OPS);
    expect(boxes.map((b) => [b.left, b.bottom].map((n) => Math.round(n)))).toEqual([[80, 430], [80, 395], [80, 336]]);
    const lines = markLines([line('Tilausten käsittely', 92, 428.7), line('oikeusperusteena sopimus', 92, 415.2), line('Sähköposti', 92, 392), line('Lokit', 130, 345)], boxes);
    expect(lines.map((l) => l.marked === true)).toEqual([true, false, false, false]);
  });

  it('a form drawn inside the page is placed by its own matrix', () => {
    const drawing = {
      fnArray: [OPS.paintFormXObjectBegin, OPS.constructPath, OPS.paintFormXObjectEnd, OPS.constructPath],
      argsArray: [[[1, 0, 0, 1, 100, 200], [0, 0, 50, 50]], [FILL, [null], [0, 0, 4, 4]], [], [FILL, [null], [0, 0, 4, 4]]],
    };
    expect(paintedBoxes(drawing, OPS).map((b) => [b.left, b.bottom, b.right, b.top])).toEqual([[100, 200, 104, 204], [0, 0, 4, 4]]);
  });

  const items = (blocks: Block[]): string[][] => blocks.filter((b) => b.kind === 'list').map((b) => b.items!);

  it('lists printed by Chromium keep each item whole, in the three languages, whatever its lines end with; nested items are items', async () => {
    const fi = ['Tilausten vastaanotto, käsittely ja asiakasviestintä: oikeusperusteena sopimus (GDPR Art. 6(1)(b)).', 'Laskutus ja kirjanpito: oikeusperusteena lakisääteinen velvoite (GDPR Art. 6(1)(c)).'];
    const sv = ['Orderhantering, leverans och kundtjänst: rättslig grund är avtal (GDPR art. 6.1 b).', 'Bokföring och fakturering: rättslig grund är rättslig förpliktelse (GDPR art. 6.1 c).'];
    const en = ['Handling orders, delivery and customer service: the legal basis is contract (GDPR Art. 6(1)(b)).', 'Accounting and invoicing: the legal basis is a legal obligation (GDPR Art. 6(1)(c)).'];
    const ul = (list: string[], style: string) => `<ul style="list-style-type:${style}">${list.map((i) => `<li>${i}</li>`).join('')}</ul>`;
    // Letters of one width, lines of 36: lines end on a colon, an abbreviation, a word that leaves room.
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>body{font:12pt monospace} ul{width:36.5ch;padding-left:4ch}</style></head><body>
<h1>Tietosuojaseloste</h1><h2>Käsittelyn tarkoitukset</h2><p>Tietoja käsitellään näihin tarkoituksiin:</p>${ul(fi, 'disc').replace('</ul>', '<li>Asiakaspalvelu<ul><li>puhelimitse ja sähköpostitse: oikeusperusteena sopimus.</li><li>verkkolomakkeella</li></ul></li></ul>')}
<h2>Ändamål</h2><p>Uppgifterna behandlas för följande ändamål:</p>${ul(sv, 'square')}
<h2>Purposes</h2><p>We process the data for these purposes:</p>${ul(en, 'circle')}</body></html>`;
    const [pdf] = await printPdfs([html], true);
    const read = await readNotice(pdf!, 'notice.pdf');
    if (read.problem !== undefined) throw new Error(read.problem);
    expect(items(read.blocks)).toEqual([[...fi, 'Asiakaspalvelu', 'puhelimitse ja sähköpostitse: oikeusperusteena sopimus.', 'verkkolomakkeella'], sv, en]);
  }, 60_000);
});
