import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../src/pipeline.js';
import { rules } from '../src/rules/index.js';
import { expectedMarkers, FIXTURES, ROOT } from './helpers.js';

const RULE_FIXTURES = join(FIXTURES, 'rules');

/** `# languages: fi,en` on a fixture's first lines sets the languages it is checked in (default: fi). */
function languagesOf(text: string): string[] {
  const m = /^#\s*languages:\s*([a-z, ]+)$/m.exec(text);
  return m ? m[1]!.split(',').map((s) => s.trim()) : ['fi'];
}

describe('rules', () => {
  it('each rule has metadata, a doc page and fixtures', () => {
    const ids = new Set<string>();
    for (const rule of rules) {
      const { id, articles, messages, description } = rule.meta;
      expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(ids.has(id), `duplicate rule id ${id}`).toBe(false);
      ids.add(id);
      expect(articles.length).toBeGreaterThan(0);
      expect(description.length).toBeGreaterThan(10);
      for (const [key, m] of Object.entries(messages)) {
        expect(m.en, `${id}.${key} en`).toBeTruthy();
        expect(m.fi, `${id}.${key} fi`).toBeTruthy();
        expect(m.sv.trim(), `${id}.${key} sv`).toBeTruthy();
        // The parameters are the same in each language: Swedish may leave one out, as Finnish does, never add one.
        const filled = new Set(m.en.match(/\{\w+\}/g));
        expect((m.sv.match(/\{\w+\}/g) ?? []).filter((p) => !filled.has(p)), `${id}.${key} sv parameters`).toEqual([]);
        expect(m.en.endsWith('.'), `${id}.${key} ends with a period`).toBe(false);
      }
      expect(existsSync(join(ROOT, 'docs', 'rules', `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
      const dir = join(RULE_FIXTURES, id);
      expect(existsSync(dir), `tests/fixtures/rules/${id}/`).toBe(true);
      const files = readdirSync(dir);
      expect(files.some((f) => f.startsWith('pass')), `${id} has a passing fixture`).toBe(true);
      expect(files.some((f) => f.startsWith('fail')), `${id} has a failing fixture`).toBe(true);
    }
  });

  for (const rule of rules) {
    const id = rule.meta.id;
    const dir = join(RULE_FIXTURES, id);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f) && !f.endsWith('.org.yaml')).sort()) {
      it(`${id}: ${name}`, async () => {
        const file = join(dir, name);
        const text = readFileSync(file, 'utf8');
        const result = await checkPaths({
          cwd: ROOT,
          paths: [file],
          configFile: join(RULE_FIXTURES, 'seloste.config.yaml'),
          languages: languagesOf(text),
        });
        const diagnostics = result.files.flatMap((f) => f.diagnostics);
        // Fixtures are well-formed registers: only rules may speak.
        expect(diagnostics.filter((d) => /^(schema|yaml|file|register)\//.test(d.ruleId))).toEqual([]);
        // A message names what the register says, never a value it lacks.
        for (const d of diagnostics) expect(d.message, d.ruleId).not.toMatch(/\b(undefined|null|NaN)\b|\[object Object\]|`\?`/);
        const found = diagnostics.filter((d) => d.ruleId === id).map((d) => ({ line: d.line, ruleId: d.ruleId }));
        const expected = expectedMarkers(text).filter((m) => m.ruleId === id);
        if (name.startsWith('pass')) expect(expected).toEqual([]);
        else expect(expected.length, 'a failing fixture marks at least one line').toBeGreaterThan(0);
        expect(found).toEqual(expected);
      });
    }
  }
});

describe('the rules index page', () => {
  it('lists every rule with its articles, severity and description, in order', () => {
    const page = readFileSync(join(ROOT, 'docs', 'rules', 'README.md'), 'utf8');
    const rows = page.split('\n').filter((l) => l.startsWith('| [`'));
    expect(rows).toEqual(
      rules.map((r) => `| [\`${r.meta.id}\`](${r.meta.id}.md) | ${r.meta.articles.join(', ')} | ${r.meta.severity} | ${r.meta.description} |`),
    );
  });
});
