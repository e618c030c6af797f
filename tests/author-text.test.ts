import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { blocks, inline, isPlainText, plainTree, toPlain } from '../src/compose/author-text.js';
import { renderHtmlBody } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { remarkGfm, remarkParse, unified } from '../src/vendor/unified.js';

const parser = unified().use(remarkParse).use(remarkGfm);

function withoutPositions<T>(node: T): T {
  if (node && typeof node === 'object') {
    delete (node as { position?: unknown }).position;
    for (const child of (node as { children?: unknown[] }).children ?? []) withoutPositions(child);
  }
  return node;
}

/**
 * Texts of plain characters with one kind of special piece mixed in (a piece Markdown or GFM acts
 * on), so that widening what counts as plain by any one piece is caught.
 */
const PLAIN_CHARS = 'aäöåzAÄÖÅZ019 ,.;:\'’"“”?!()%§€/–—-'.split('');
const SPECIAL = ['*', '_', '`', '[', ']', '<', '>', '&', '#', '@', '|', '~', '\\', '\n', '\t', '=', '+', '^', '$', '{', '}', ' - ', '1. ', '  ', 'www.', 'https://', '&amp;', '[x](y)', '<b>'];
const texts = fc
  .tuple(fc.constantFrom(...SPECIAL), fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...PLAIN_CHARS) }, { weight: 1, arbitrary: fc.constant('\0') }), { maxLength: 30 }))
  .map(([special, parts]) => parts.map((p) => (p === '\0' ? special : p)).join(''));

describe('author text', () => {
  it('text the parser would leave as it is skips the parser and gives the same tree', () => {
    let plain = 0;
    fc.assert(
      fc.property(texts, (text) => {
        if (!isPlainText(text)) return;
        plain++;
        expect(plainTree(text)).toEqual(withoutPositions(parser.parse(text)));
      }),
      { numRuns: 5000 },
    );
    // The generator must reach the fast path often enough for the comparison to mean something.
    expect(plain).toBeGreaterThan(100);
  });

  it('what would become a link, a list, a heading or code is not plain', () => {
    for (const text of ['www.example.fi', 'see https://example.fi', 'a@b.fi', '1. kohta', '- kohta', '# Otsikko', 'a *b*', 'a `b`', 'a\nb', 'a  ', ' a', '4 kpl', 'a &amp; b']) {
      expect(isPlainText(text), text).toBe(false);
    }
    expect(isPlainText('Asiakkaan nimi, osoite ja puhelinnumero (pakollinen)')).toBe(true);
  });
});

/** A notice body of one author text, in both written formats. */
async function render(text: string): Promise<{ html: string; md: string }> {
  const tree: Root = { type: 'root', children: blocks(text) };
  return { html: await renderHtmlBody(tree), md: renderMarkdown(tree) };
}

describe('author text is bounded and inert', () => {
  it('nesting of any depth renders: quotes, lists and emphasis', async () => {
    for (const text of ['> '.repeat(1000) + 'x', '- '.repeat(5000) + 'x', '1. '.repeat(3000) + 'x', `${'*_'.repeat(120)}x${'_*'.repeat(120)}`]) {
      const { html, md } = await render(text);
      expect(html.length, text.slice(0, 10)).toBeGreaterThan(0);
      expect(md.length).toBeGreaterThan(0);
    }
  });

  it('pathological Markdown of any length renders, every letter of it kept', async () => {
    for (const unit of ['*a', '*a_', 'a]', '[a](b ', '[', 'a\n=\n', '- a\n', '+ ']) {
      const text = unit.repeat(50_000 / unit.length);
      const { md } = await render(text);
      const letters = (s: string): number => (s.match(/a/g) ?? []).length;
      expect(letters(md), JSON.stringify(unit)).toBeGreaterThanOrEqual(letters(text));
    }
  });

  it('headings, rules, tables, quotes and code blocks stay the text they were written as', async () => {
    const text = 'Johdanto\n\n# 13. Oikeus vastustaa\n\nfake\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> lainaus\n\n```\nkoodi\n```\n\n    sisennetty';
    const tree: Root = { type: 'root', children: blocks(text) };
    const types = new Set<string>();
    const walk = (n: { type: string; children?: unknown[] }): void => {
      types.add(n.type);
      for (const c of n.children ?? []) walk(c as { type: string });
    };
    walk(tree);
    expect([...types].sort()).toEqual(['inlineCode', 'paragraph', 'root', 'text']);
    const { html, md } = await render(text);
    expect(html).not.toMatch(/<(h\d|hr|table|blockquote|pre)\b/);
    for (const words of ['13. Oikeus vastustaa', 'fake', 'lainaus', 'koodi', 'sisennetty']) expect(html).toContain(words);
    expect(md).not.toMatch(/^(#|>|---|\|)/m);
  });

  it('lists, emphasis, links and inline code still work', async () => {
    const { html } = await render('Kohdat:\n\n- *yksi* ja **kaksi**\n- [linkki](https://a.fi) ja `koodi`');
    expect(html).toBe('<p>Kohdat:</p>\n<ul>\n<li><em>yksi</em> ja <strong>kaksi</strong></li>\n<li><a href="https://a.fi">linkki</a> ja <code>koodi</code></li>\n</ul>');
  });

  it('control characters are never written: author text and any other string', async () => {
    const { html, md } = await render('a\u0000b\u0007c\u001bd\u007fe\tf');
    expect(html).toBe('<p>a\ufffdb\ufffdc\ufffdd\ufffde\tf</p>');
    expect(md).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\tf\n');
    const other: Root = { type: 'root', children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: 'Testi\u0000Oy' }] }] };
    expect(await renderHtmlBody(other)).toBe('<h1>Testi\ufffdOy</h1>');
    expect(renderMarkdown(other)).toBe('# Testi\ufffdOy\n');
  });

  it('a long unbroken token gets break opportunities in HTML, and keeps its text', async () => {
    const token = 'QUJD'.repeat(2500);
    const { html, md } = await render(`alku ${token} loppu`);
    expect(html.match(/<wbr>/g)?.length).toBe(Math.floor((token.length - 1) / 64));
    expect(html.replace(/<wbr>/g, '')).toBe(`<p>alku ${token} loppu</p>`);
    expect(md).toBe(`alku ${token} loppu\n`);
    // An ordinary long address is left as it is.
    const url = 'https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj/fin';
    expect((await render(url)).html).not.toContain('<wbr>');
  });

  it('inside a sentence, a text that reads as a numbered list keeps its numbers, and every word', () => {
    const shown = (written: string): string => inline(written).map(toPlain).join('').replace(/\s+/g, ' ');
    expect(shown('1986. vuonna perustettu yhdistys')).toBe('1986. vuonna perustettu yhdistys');
    expect(shown('2. asteen opiskelijat\nja opettajat')).toBe('2. asteen opiskelijat ja opettajat');
    expect(shown('1. tilaus\n2. toimitus')).toBe('1. tilaus 2. toimitus');
    expect(shown('- tilaajat\n- jäsenet')).toBe('tilaajat jäsenet');
    // Emphasis in an ordinary sentence still works.
    expect(inline('Uutiskirje *viikoittain*').map((n) => n.type)).toEqual(['text', 'emphasis']);
  });
});
