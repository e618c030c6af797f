import { describe, expect, it } from 'vitest';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { composeNotice } from '../src/compose/compose.js';
import { phrases } from '../src/compose/phrases/index.js';
import { noticeToMdast } from '../src/compose/to-mdast.js';
import { renderNotice } from '../src/publish/notice-page.js';
import { defaultConfig } from '../src/config/config.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { deriveFacts } from '../src/resolve/facts.js';
import type { Register } from '../src/types.js';
import { publicRegister } from '../src/resolve/public-register.js';

function withPurpose(text: string): Register {
  return {
    id: 'hostile',
    name: { en: 'Register' },
    updated: '2026-01-15',
    controller: { name: 'Example Ltd' },
    purposes: [{ description: { en: text }, legal_basis: 'contract' }],
  };
}

async function page(text: string): Promise<{ html: string; markdown: string }> {
  const r = withPurpose(text);
  const context = { config: defaultConfig('/'), languages: ['en'], formats: new Set(['html', 'md'] as const) };
  const rendered = await renderNotice(publicRegister(r), deriveFacts(r), 'en', context);
  return { html: rendered.html, markdown: rendered.markdown };
}

/** The HTML between <main> and </main>, where author text lands. */
function main(html: string): string {
  return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
}

describe('hostile author text comes out inert', () => {
  it('a <script> element is shown as code, not run', async () => {
    const { html } = await page('Orders <script>alert(1)</script>');
    expect(main(html)).not.toContain('<script');
    expect(main(html)).toContain('<code>&#x3C;script></code>alert(1)<code>&#x3C;/script></code>');
  });

  it('a javascript: link loses its link', async () => {
    const { html, markdown } = await page('[click](javascript:alert(1)) and [ok](https://example.org/x)');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('href="https://example.org/x"');
    expect(markdown).not.toContain('javascript:');
  });

  it('handlebars syntax in author text is printed as written', async () => {
    const { html } = await page('Costs {{price}} and {{{body}}}');
    expect(main(html)).toContain('Costs {{price}} and {{{body}}}');
  });

  it('Markdown that opens raw HTML stays text', async () => {
    const { html, markdown } = await page('<img src=x onerror=alert(1)>\n\n<iframe src="https://evil.example"></iframe>');
    expect(main(html)).not.toMatch(/<img|<iframe/i);
    const reparsed = remark().parse(markdown);
    expect(JSON.stringify(reparsed)).not.toContain('"type":"html"');
  });

  it('a remote image becomes its alternative text', async () => {
    const { html } = await page('![tracking pixel](https://evil.example/p.gif)');
    expect(main(html)).not.toContain('evil.example');
    expect(main(html)).toContain('tracking pixel');
  });

  it('the Markdown of a notice parses back to the same text', () => {
    const text = 'Orders *with* emphasis, `code`, 5 < 6 & 7 > 2, [link](https://example.org) and #hash';
    const r = withPurpose(text);
    const tree = noticeToMdast(composeNotice(publicRegister(r), deriveFacts(r), phrases['en']!), phrases['en']!);
    const markdown = renderMarkdown(tree);
    expect(renderMarkdown(remark().use(remarkGfm).parse(markdown) as never)).toBe(markdown);
  });
});
