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

  const lastBlocks = (text: string) => readBlocks(text, 'text').slice(1).map((b) => [b.kind, b.text]);

  it('is the start of a sentence, not a heading, when it holds a figure', () => {
    expect(lastBlocks('Johdanto\n\nTietoja säilytetään 2 vuotta\nKirjanpitolain mukaisesti.\n')).toEqual([['paragraph', 'Tietoja säilytetään 2 vuotta Kirjanpitolain mukaisesti.']]);
    expect(lastBlocks('Inledning\n\nUppgifterna sparas i 2 år\nEfter att avtalet har upphört.\n')).toEqual([['paragraph', 'Uppgifterna sparas i 2 år Efter att avtalet har upphört.']]);
    expect(lastBlocks('Introduction\n\nRetention period of 2 years\nAfter the contract has ended.\n')).toEqual([['paragraph', 'Retention period of 2 years After the contract has ended.']]);
  });

  it('is the start of a paragraph, not a heading, when a sentence ends inside it', () => {
    expect(lastBlocks('Johdanto\n\nTietoja ei myydä. Tietoja luovutetaan\nVerohallinnolle lain nojalla.\n')[0]![0]).toBe('paragraph');
    expect(lastBlocks('Inledning\n\nVi säljer inga uppgifter. Uppgifter lämnas ut\nTill Skatteverket enligt lag.\n')[0]![0]).toBe('paragraph');
    expect(lastBlocks('Introduction\n\nWe sell no data. Data is disclosed\nTo the Tax Administration by law.\n')[0]![0]).toBe('paragraph');
  });

  it('is the first line of a paragraph wrapped by hand, not a heading, when it fills the width of the lines after it', () => {
    const wrapped = (first: string, rest: string) => lastBlocks(`Alku\n\n${first}\n${rest}\n`);
    expect(wrapped('Asiakkaan tietoja luovutetaan', 'Verohallinnolle ja Kelalle silloin\nkun laki sitä edellyttää, sekä\nperintätoimistolle.')[0]![0]).toBe('paragraph');
    expect(wrapped('Kundens uppgifter lämnas ut', 'Till Skatteverket och andra när\nlagen kräver det, samt till ett\ninkassobolag.')[0]![0]).toBe('paragraph');
    expect(wrapped('Personal data is disclosed to', 'The Tax Administration when the\nlaw requires it, and to a debt\ncollection agency.')[0]![0]).toBe('paragraph');
    // A heading shorter than the text below it heads it still.
    expect(wrapped('Tietojen luovutukset', 'Asiakkaan tietoja luovutetaan Verohallinnolle ja\nKelalle silloin, kun laki sitä edellyttää.')[0]).toEqual(['heading', 'Tietojen luovutukset']);
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

describe('the old register description\'s numbered parts, the first lettered, with no blank line between them', () => {
  it('are headings, "1a" and "1b" both of the first part', () => {
    const text = [
      'TIETOSUOJASELOSTE',
      '1a Rekisterinpitäjä',
      'Esimerkki ry',
      '1b Rekisterinpitäjän edustaja',
      'Maija Meikäläinen',
      '2 Yhteyshenkilö rekisteriä koskevissa asioissa',
      'Matti Meikäläinen',
      '3 Rekisterin nimi',
      'Jäsenrekisteri',
      '4 Henkilötietojen käsittelyn tarkoitus',
      'Jäsenyyden hoitaminen.',
    ].join('\n');
    expect(readBlocks(text, 'text').filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'TIETOSUOJASELOSTE',
      'Rekisterinpitäjä',
      'Rekisterinpitäjän edustaja',
      'Yhteyshenkilö rekisteriä koskevissa asioissa',
      'Rekisterin nimi',
      'Henkilötietojen käsittelyn tarkoitus',
    ]);
  });

  it('a number and a letter before a word in lower case, or out of order, is no part', () => {
    const text = 'Tiedot\n1a sivu\nteksti\n3b Rekisterin nimi\nJäsenrekisteri\n2 Tarkoitus\nJäsenyys.\n';
    expect(readBlocks(text, 'text').filter((b) => b.kind === 'heading').map((b) => b.text)).not.toContain('Rekisterin nimi');
  });
});
