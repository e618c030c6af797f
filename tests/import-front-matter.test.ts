/** A static site's front matter is the page's settings: not text of the notice, and every line keeps its number. */
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../src/import/document/read.js';

describe('front matter of a Markdown page', () => {
  for (const [name, open, field] of [
    ['YAML', '---', 'title: Integritetspolicy'],
    ['TOML', '+++', 'title = "Integritetspolicy"'],
  ] as const) {
    it(`${name}: its title is the page's heading, its settings are dropped, and lines keep their numbers`, () => {
      const text = `${open}\nlayout: page\n${field}\npermalink: /integritetspolicy/\n${open}\n\n## Insamling av information\n\nVi sparar ditt namn.\n`;
      const blocks = readBlocks(text, 'markdown');
      expect(blocks.map((b) => [b.kind, b.text, b.line])).toEqual([
        ['heading', 'Integritetspolicy', 1],
        ['heading', 'Insamling av information', 7],
        ['paragraph', 'Vi sparar ditt namn.', 9],
      ]);
    });
  }

  it('front matter saved with Windows line ends (CRLF) is front matter too', () => {
    const blocks = readBlocks('+++\r\ndraft = false\r\ntitle = "Privacy notice"\r\n+++\r\n\r\n### Controller\r\n\r\nNorthwind Oy.\r\n', 'markdown');
    expect(blocks.map((b) => [b.kind, b.text, b.line])).toEqual([
      ['heading', 'Privacy notice', 1],
      ['heading', 'Controller', 6],
      ['paragraph', 'Northwind Oy.', 8],
    ]);
  });

  it('a rule (---) later in the page is no front matter', () => {
    const blocks = readBlocks('# Tietosuojaseloste\n\n---\n\nRekisterinpitäjä: Esimerkki ry\n', 'markdown');
    expect(blocks.map((b) => b.text)).toContain('Rekisterinpitäjä: Esimerkki ry');
  });
});

describe('the date of the page in its front matter', () => {
  const PAGES: ['fi' | 'sv' | 'en', string][] = [
    ['fi', '---\ntitle: Tietosuojaseloste\ndate: 2024-05-05\nlayout: page\n---\n\n## Rekisterinpitäjä\n\nKuusipaja Oy, Katu 1, 00100 Helsinki\n'],
    ['sv', '---\ntitle: Integritetspolicy\ndate: 2019-09-23 12:00:00 +0200\nlayout: infosidor\n---\n\n## Personuppgiftsansvarig\n\nGranverkstan AB, Gatan 1, 171 00 Solna\n'],
    ['en', '+++\ntitle = "Privacy policy"\nlastmod = 2025-01-31\n+++\n\n## Controller\n\nSprucework Ltd, Street 1, 00100 Helsinki\n'],
  ];
  it.each(PAGES)('stays on its line and dates the notice; the other settings are dropped (%s)', async (lang, text) => {
    const { importNotice } = await import('../src/import/import.js');
    const blocks = readBlocks(text, 'markdown');
    expect(blocks[1]).toMatchObject({ kind: 'paragraph', line: 3 });
    expect(blocks.some((b) => /layout/u.test(b.text))).toBe(false);
    expect(importNotice(text, { lang }).register['updated']).toMatch(/^20\d\d-\d\d-\d\d$/u);
  });
});

describe('a date at the top with a link to the notice in another language', () => {
  it.each([
    ['en', '# Privacy\n\n29 October 2018  /  [In Finnish](https://example.example/yksityisyys/)\n\n## Controller\n\nExample Oy, Katu 1, 00100 Helsinki\n', '2018-10-29'],
    ['fi', '# Tietosuojaseloste\n\n1.3.2024 | [På svenska](https://example.example/sv/)\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n', '2024-03-01'],
  ] as const)('dates the notice (%s)', async (lang, text, date) => {
    const { importNotice } = await import('../src/import/import.js');
    expect(importNotice(text, { lang }).register['updated']).toBe(date);
  });
});
