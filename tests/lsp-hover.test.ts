/** Hover in `seloste lsp`: every diagnostic Seloste can report has its doc, from its page in docs/rules/. */
import { describe, expect, it } from 'vitest';
import { docUrl } from '../src/docs-url.js';
import { hoverAt } from '../src/lsp/hover.js';
import { ruleDoc } from '../src/lsp/rule-docs.js';
import { emittedIds } from './emitted-ids.js';

const BASE = 'https://docs.example.org/seloste/rules/';

describe('the doc shown on hover', () => {
  it('exists for every id Seloste reports, and links to its page', () => {
    const ids = emittedIds();
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids) {
      const doc = ruleDoc(id, docUrl(id));
      expect(doc, id).toBeDefined();
      expect(doc!.split('\n\n').at(-1), id).toMatch(new RegExp(`^\\[[a-z-]+\\.md(#[a-z-]+)?\\]\\(${docUrl(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)$`));
    }
  });

  it("is a rule page's opening, or its section of a family page, with the page's links made absolute", () => {
    const rule = ruleDoc('translation-missing', docUrl('translation-missing', BASE))!;
    expect(rule).toMatch(/^# translation-missing\n/);
    expect(rule).not.toMatch(/^## /m);
    const schema = ruleDoc('schema/type', docUrl('schema/type', BASE))!;
    expect(schema).toMatch(/^## `schema\/type`\n/);
    expect(schema).toContain('](https://docs.example.org/seloste/authoring.md)');
    expect(schema).not.toContain('## enum');
    expect(schema.endsWith(`[schema.md#type](${BASE}schema.md#type)`)).toBe(true);
  });

  it('covers the range of a finding, each rule once, and nothing beside it', () => {
    const at = { file: 'x.yaml', line: 3, column: 5, endLine: 3, endColumn: 12, severity: 'error' as const, message: 'm' };
    const findings = [
      { ...at, ruleId: 'schema/enum' },
      { ...at, ruleId: 'schema/enum', message: 'another' },
      { ...at, ruleId: 'legal-basis' },
    ];
    const hover = hoverAt(findings, { line: 2, character: 11 })!;
    expect((hover.contents as { value: string }).value.split('\n\n---\n\n').map((s) => s.split('\n')[0])).toEqual(['## `schema/enum`', '# legal-basis']);
    expect(hover.range).toEqual({ start: { line: 2, character: 4 }, end: { line: 2, character: 11 } });
    expect(hoverAt(findings, { line: 2, character: 12 })).toBeUndefined();
    expect(hoverAt(findings, { line: 1, character: 5 })).toBeUndefined();
  });
});
