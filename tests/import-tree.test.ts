/** The block tree keeps nested lists and tables, whatever the notice was written in. */
import { describe, expect, it } from 'vitest';
import { flatItems, shaped, type Block, type ListItem } from '../src/import/document/block.js';
import { readBlocks } from '../src/import/document/read.js';
import { unitize } from '../src/import/draft/units.js';
import { importNotice } from '../src/import/import.js';

/** A chain of items nested `depth` deep, each with a sibling after its nested list. */
function chain(depth: number, level = 1): ListItem[] {
  const nested = level < depth ? chain(depth, level + 1) : [];
  return [
    { text: `Kohta ${level} alku`, items: nested },
    { text: `Kohta ${level} loppu`, items: [] },
  ];
}

function markdown(items: readonly ListItem[], indent = ''): string {
  return items.map((i) => [`${indent}- ${i.text}`, ...(i.items.length ? [markdown(i.items, `${indent}  `)] : [])].join('\n')).join('\n');
}

function html(items: readonly ListItem[]): string {
  return `<ul>${items.map((i) => `<li>${i.text}${i.items.length ? html(i.items) : ''}</li>`).join('')}</ul>`;
}

function onlyList(blocks: readonly Block[]): Block {
  const lists = blocks.filter((b) => b.kind === 'list');
  expect(lists).toHaveLength(1);
  return lists[0]!;
}

describe('nested lists', () => {
  for (const depth of [1, 2, 3, 4]) {
    it(`keeps every item and its parent at depth ${depth} in Markdown`, () => {
      const list = onlyList(readBlocks(`# Otsikko\n\n${markdown(chain(depth))}\n`, 'markdown'));
      expect(list.tree).toEqual(chain(depth));
      expect(flatItems(list)).toHaveLength(depth * 2);
      expect(list.items).toEqual(flatItems(list));
    });

    it(`keeps every item and its parent at depth ${depth} in plain text`, () => {
      const list = onlyList(readBlocks(`Tietosuojaseloste\n\nLuettelo:\n${markdown(chain(depth))}\n`, 'text'));
      expect(list.tree).toEqual(chain(depth));
    });

    it(`keeps every item and its parent at depth ${depth} in HTML`, () => {
      const list = onlyList(readBlocks(`<html><body><h1>Otsikko</h1>${html(chain(depth))}</body></html>`, 'html'));
      expect(list.tree).toEqual(chain(depth));
      expect(list.items).toEqual(flatItems(list));
    });
  }

  it('keeps an item\'s text that follows its nested list in HTML, in its place', () => {
    const list = onlyList(readBlocks('<html><body><ul><li><p>Ensin</p><ul><li>Sisällä</li></ul><p>Perään</p></li><li>Toinen</li></ul></body></html>', 'html'));
    expect(list.tree).toEqual([
      { text: 'Ensin', items: [{ text: 'Sisällä', items: [] }] },
      { text: 'Perään', items: [] },
      { text: 'Toinen', items: [] },
    ]);
  });
});

describe('bullets Markdown does not know', () => {
  it('make a paragraph whose lines each open on one a list, one item a line', () => {
    const md = '# Use\n\nWe use the information to:\n\n• create game accounts;  \n• operate and improve our [Service](https://example.example);  \n• respond to your questions.\n';
    const list = onlyList(readBlocks(md, 'markdown'));
    expect(list.items).toEqual(['create game accounts;', 'operate and improve our Service (https://example.example);', 'respond to your questions.']);
  });

  it('make a list of the lines under a lead-in in the same paragraph', () => {
    const md = '# Use\n\nWe use the information to:  \n• create game accounts;  \n• respond to your questions.\n';
    const list = onlyList(readBlocks(md, 'markdown'));
    expect(list.items).toEqual(['create game accounts;', 'respond to your questions.']);
  });
});

describe('tables', () => {
  const rows = [
    ['Tieto', 'Peruste', 'Aika'],
    ['Nimi', 'Sopimus', 'Kaksi vuotta'],
    ['Sähköposti', 'Suostumus', 'Vuosi'],
  ];

  const cells = (r: string[], tag: string) => `<tr>${r.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;

  it('reads an HTML table into rows with its header row, and into the shapes a GFM table gives', () => {
    const blocks = readBlocks(`<html><body><table>${cells(rows[0]!, 'th')}${rows.slice(1).map((r) => cells(r, 'td')).join('')}</table></body></html>`, 'html');
    expect(blocks.map((b) => [b.kind, b.rows, b.header])).toEqual([['table', rows, true]]);
    expect(shaped(blocks).map((b) => [b.kind, b.text, b.tableHeader])).toEqual([
      ['paragraph', 'Tieto – Peruste – Aika', true],
      ['list', 'Nimi – Sopimus – Kaksi vuotta\nSähköposti – Suostumus – Vuosi', undefined],
    ]);
  });

  it('reads once a table the page prints again for phones, one label and one value a row; a table with a cell of its own is read in full', () => {
    const wide = `<table>${cells(rows[0]!, 'th')}${rows.slice(1).map((r) => cells(r, 'td')).join('')}</table>`;
    const narrow = (extra: string[]) =>
      `<table>${[...rows.slice(1), extra].flatMap((r) => r.map((c, i) => cells([rows[0]![i]!, c], 'td'))).join('')}</table>`;
    const copy = readBlocks(`<html><body>${wide}<p>Puhelimella:</p>${narrow(rows[1]!)}</body></html>`, 'html');
    expect(copy.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    const own = readBlocks(`<html><body>${wide}${narrow(['Osoite', 'Sopimus', 'Kaksi vuotta'])}</body></html>`, 'html');
    expect(own.map((b) => b.kind)).toEqual(['table', 'table']);
  });

  it.each([
    ['fi', ['Käsittelyn tarkoitus', 'Oikeusperuste'], ['Yhteydenotot', 'Sopimus'], ['Rekisterinpitäjän yhteystiedot', 'Oikeutettu etu']],
    ['sv', ['Ändamål med behandling', 'Laglig grund'], ['Anmälan till loppet', 'Avtal'], ['Kontakt med deltagarna', 'Intresseavvägning']],
    ['en', ['Purpose', 'Legal basis'], ['Orders', 'Contract'], ['Contact details', 'Legitimate interest']],
  ])('reads a Markdown table whose header names its columns row by row, though its first cells look like headings (%s)', (_lang, ...table) => {
    const md = table.map((r) => `| ${r.join(' | ')} |`);
    const blocks = readBlocks([md[0], '| --- | --- |', ...md.slice(1)].join('\n'), 'markdown');
    expect(shaped(blocks).map((b) => b.kind)).toEqual(['paragraph', 'list']);
  });

  it('takes a first row of short labels for a header where the table marks none, as a Word table read through HTML does not', () => {
    const blocks = readBlocks(`<html><body><table>${rows.map((r) => cells(r, 'td')).join('')}</table></body></html>`, 'html');
    expect(shaped(blocks).map((b) => [b.kind, b.text, b.tableHeader])).toEqual([
      ['paragraph', 'Tieto – Peruste – Aika', true],
      ['list', 'Nimi – Sopimus – Kaksi vuotta\nSähköposti – Suostumus – Vuosi', undefined],
    ]);
    // A first row that holds data, not labels, is a row like the others.
    const data = [['Nimi', 'Sopimus', 'Säilytetään kaksi vuotta asiakkuuden päättymisestä.'], ...rows.slice(1)];
    const plain = readBlocks(`<html><body><table>${data.map((r) => cells(r, 'td')).join('')}</table></body></html>`, 'html');
    expect(shaped(plain).map((b) => [b.kind, b.items])).toEqual([['list', data.map((r) => r.join(' – '))]]);
  });

  it('leads into the rows of a table with its header row: the rows are a list with that lead-in', () => {
    const md = [`| ${rows[0]!.join(' | ')} |`, '|---|---|---|', ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n');
    const units = unitize(shaped(readBlocks(`${md}\n`, 'markdown')));
    expect(units.map((u) => [u.type, u.type === 'list' ? u.leadIn?.text : undefined])).toEqual([['list', 'Tieto – Peruste – Aika']]);
  });

  it('reads a two-column HTML table without a header row as a heading and content per row', () => {
    const blocks = readBlocks('<html><body><table><tr><td>Rekisterin nimi</td><td>Asiakasrekisteri</td></tr></table></body></html>', 'html');
    expect(blocks.map((b) => [b.kind, b.header])).toEqual([['table', false]]);
    expect(shaped(blocks).map((b) => [b.kind, b.text, b.style])).toEqual([
      ['heading', 'Rekisterin nimi', 'table'],
      ['paragraph', 'Asiakasrekisteri', undefined],
    ]);
  });

  it('reads a GFM table with its header row, which recognisers get as a paragraph before the rows', () => {
    const md = [`| ${rows[0]!.join(' | ')} |`, '|---|---|---|', ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n');
    const blocks = readBlocks(`# Tietosisältö\n\n${md}\n`, 'markdown');
    expect(blocks.map((b) => [b.kind, b.rows, b.header])).toEqual([
      ['heading', undefined, undefined],
      ['table', rows, true],
    ]);
    expect(shaped(blocks).slice(1).map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Tieto – Peruste – Aika'],
      ['list', 'Nimi – Sopimus – Kaksi vuotta\nSähköposti – Suostumus – Vuosi'],
    ]);
  });

  it('reads a tab-separated text table into rows, cells that go on in later lines included', () => {
    const text = 'Rekisterin nimi\tAsiakasrekisteri\nRekisterinpitäjä\tEsimerkki Oy\n\tEsimerkkikatu 1\nTarkoitus\tAsiakassuhteen hoito\n';
    const blocks = readBlocks(text, 'text');
    expect(blocks.map((b) => [b.kind, b.rows, b.header])).toEqual([
      [
        'table',
        [
          ['Rekisterin nimi', 'Asiakasrekisteri'],
          ['Rekisterinpitäjä', 'Esimerkki Oy\nEsimerkkikatu 1'],
          ['Tarkoitus', 'Asiakassuhteen hoito'],
        ],
        false,
      ],
    ]);
    expect(shaped(blocks).filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Rekisterin nimi', 'Rekisterinpitäjä', 'Tarkoitus']);
  });

  it('reads tab-separated rows in a plain-text notice into a table, its lines read as before', () => {
    const prose = 'Tietojen käsittely kuvataan alla.\nSe koskee asiakkaita.\nJa heidän yhteyshenkilöitään.\nSekä muita.';
    const text = `${prose}\n\n${rows.map((r) => r.join('\t')).join('\n')}\n\nLoppu.\n`;
    const blocks = readBlocks(text, 'text');
    expect(blocks.map((b) => [b.kind, b.rows])).toEqual([
      ['paragraph', undefined],
      ['table', rows],
      ['paragraph', undefined],
    ]);
    expect(shaped(blocks)[1]).toMatchObject({ kind: 'paragraph', lines: rows.map((r) => r.join(' ')) });
  });

  it('Markdown: a quote or code in a list item, a link definition and a footnote are kept', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nSoutuseura ry\n\n## Käsittelyn tarkoitus\n\n- Jäsenyyden hoito\n\n  > Lainattu ehto jäsenyydestä\n\n- Tiedotus[^1]\n\n[lomake]: https://soutuseura.example/lomake\n\n[^1]: Tiedotteet lähetetään sähköpostilla.\n';
    const yaml = importNotice(text).yaml;
    for (const words of ['Lainattu ehto jäsenyydestä', 'https://soutuseura.example/lomake', 'Tiedotteet lähetetään sähköpostilla']) expect(yaml).toContain(words);
  });

  it('HTML: a table in a cell keeps the outer row and its own rows', () => {
    const html = '<h1>Tietosuojaseloste</h1><table><tr><td>Rekisterinpitäjä</td><td>Soutuseura ry<table><tr><td>Puhelin</td><td>040 123 4567</td></tr></table></td></tr><tr><td>Säilytysaika</td><td>Kaksi vuotta</td></tr></table>';
    const yaml = importNotice(html).yaml;
    for (const words of ['Soutuseura ry', '040 123 4567', 'Kaksi vuotta']) expect(yaml).toContain(words);
  });
});

describe('line breaks', () => {
  it('a `<br>` written in Markdown text breaks the line, as in HTML', () => {
    const lines = (text: string) => readBlocks(text, 'markdown').map((b) => b.lines);
    expect(lines('Esimerkki Oy<br/>\nKatu 1, 00100 Helsinki<br/> Suomi<br/> +358 9 123 4567\n')).toEqual([['Esimerkki Oy', 'Katu 1, 00100 Helsinki', 'Suomi', '+358 9 123 4567']]);
    expect(lines('Exempel AB<br>Gatan 1<br />123 45 Stad\n')).toEqual([['Exempel AB', 'Gatan 1', '123 45 Stad']]);
    expect(lines('Example Ltd<BR>1 High Street<br/>London\n')).toEqual([['Example Ltd', '1 High Street', 'London']]);
  });
});

describe('indented bullets in Markdown', () => {
  it('reads bullets an author indented into a code block as a list, at their lines', () => {
    const blocks = readBlocks('## Tiedot\n\nRekisteriin tallennetaan:\n\n    • nimi\n    • puhelinnumero\n    • laskutusosoite\n', 'markdown');
    const list = onlyList(blocks);
    expect(list.items).toEqual(['nimi', 'puhelinnumero', 'laskutusosoite']);
    expect(list.line).toBe(5);
  });

  it('keeps an indented block that is not all bullets as one paragraph', () => {
    const blocks = readBlocks('Text\n\n    Some indented text\n    - with a dash line\n', 'markdown');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(blocks[1]!.text).toBe('Some indented text - with a dash line');
  });
});

describe('numbered titles in Markdown', () => {
  it('reads one-item numbered lists that are titles as headings, in the three languages', () => {
    const headings = (text: string) => readBlocks(text, 'markdown').filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings('# Tietosuojaseloste\n\n1. Rekisterinpitäjä\n\nEsimerkki Oy\n\n2. Rekisterin käyttötarkoitus\n\nAsiakassuhteen hoito.\n\n3. Rekisterin tietosisältö\n\nNimi ja osoite.\n'))
      .toEqual(['Tietosuojaseloste', 'Rekisterinpitäjä', 'Rekisterin käyttötarkoitus', 'Rekisterin tietosisältö']);
    expect(headings('1. Personuppgiftsansvarig\n\nExempel Ab\n\n2. Ändamål med behandlingen\n\nKundrelationer.\n\n3. Uppgifter i registret\n\nNamn.\n'))
      .toEqual(['Personuppgiftsansvarig', 'Ändamål med behandlingen', 'Uppgifter i registret']);
    // One such title is a heading when it names a part of a notice.
    expect(headings('Intro text.\n\n4. Data retention\n\nWe keep the data for two years.\n')).toEqual(['Data retention']);
  });

  it('keeps a numbered list of sentences, or of several items, a list', () => {
    const kinds = (text: string) => readBlocks(text, 'markdown').map((b) => b.kind);
    expect(kinds('Steps:\n\n1. Write to us.\n\nThen:\n\n2. We answer within a month.\n\nLast:\n\n3. We close the case.\n')).toEqual(['paragraph', 'list', 'paragraph', 'list', 'paragraph', 'list']);
    expect(kinds('1. Nimi\n2. Osoite\n3. Puhelin\n')).toEqual(['list']);
  });
});
