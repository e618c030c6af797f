/**
 * A list typed as paragraphs that each open on a bullet character ("<p>•Namn</p>", in a web page or a
 * Word file without list markup) is read as the list a reader sees: one item a line, the bullet left out.
 */
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../src/import/document/read.js';
import { importNotice } from '../src/import/import.js';

const page = (items: string[]): string =>
  `<html><body><h1>Integritetspolicy</h1><h2>Vilka personuppgifter behandlar vi?</h2><p>Vi behandlar följande uppgifter:</p>${items.map((i) => `<p>${i}</p>`).join('')}<p>Uppgifterna lämnas av dig.</p></body></html>`;

describe('paragraphs that open on a bullet', () => {
  it('are one list of their texts', () => {
    const blocks = readBlocks(page(['•Namn', '• Adress', '•E-post']), 'html');
    const lists = blocks.filter((b) => b.kind === 'list');
    expect(lists.map((b) => b.items)).toEqual([['Namn', 'Adress', 'E-post']]);
    expect(blocks.at(-1)?.text).toBe('Uppgifterna lämnas av dig.');
  });

  it('are each a kind of data in the draft', () => {
    const categories = importNotice(page(['•Namn', '•Adress', '•E-post']), { format: 'html' }).register['data_categories'] as { description: Record<string, string> }[];
    expect(categories.map((c) => c.description['sv'])).toEqual(['Namn', 'Adress', 'E-post']);
  });

  it('stay a paragraph where one alone opens on a bullet', () => {
    const blocks = readBlocks(page(['•Namn']), 'html');
    expect(blocks.some((b) => b.kind === 'list')).toBe(false);
  });
});
