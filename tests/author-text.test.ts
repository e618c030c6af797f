import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainText, plainTree } from '../src/compose/author-text.js';
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
