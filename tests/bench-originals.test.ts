/**
 * The Word copy the bench makes of a Markdown notice (bench/originals/docx.js): read back by mammoth,
 * as `seloste import` reads Word files, it holds the headings, paragraphs, nested list items and
 * table cells with their words, and leaves the code block out.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { remarkGfm, remarkParse, unified } from '../src/vendor/unified.js';
import { ROOT } from './helpers.js';

type DocxFromTree = (tree: unknown) => Promise<Buffer>;
const bench = pathToFileURL(join(ROOT, 'bench', 'originals', 'docx.js')).href;

const MARKDOWN = `# Tietosuojaseloste

Rekisterinpitäjä on **Esimerkki ry**,
Katu 1, 00100 Helsinki.

## Tiedot

- Nimi
  - etunimi ja sukunimi
- Sähköposti

| Tieto | Säilytys |
| --- | --- |
| Jäsentiedot | 2 vuotta |

\`\`\`
koodia ei tulosteta
\`\`\`
`;

describe('the bench\'s Word copy of a Markdown notice', () => {
  it('keeps headings, lines, nested items and table cells, and leaves code out', async () => {
    const { docxFromMarkdownTree } = (await import(bench)) as { docxFromMarkdownTree: DocxFromTree };
    const tree = unified().use(remarkParse).use(remarkGfm).parse(MARKDOWN);
    const { value: html } = await mammoth.convertToHtml({ buffer: await docxFromMarkdownTree(tree) });
    expect(html).toContain('<h1>Tietosuojaseloste</h1>');
    expect(html).toContain('<h2>Tiedot</h2>');
    expect(html).toContain('Rekisterinpitäjä on <strong>Esimerkki ry</strong>, Katu 1, 00100 Helsinki.');
    expect(html).toMatch(/<li>Nimi<ul><li>etunimi ja sukunimi<\/li><\/ul><\/li><li>Sähköposti<\/li>/u);
    expect(html).toMatch(/<td><p>Jäsentiedot<\/p><\/td><td><p>2 vuotta<\/p><\/td>/u);
    expect(html).not.toContain('koodia');
  });
});
