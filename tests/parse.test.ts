import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/load/parse.js';
import type { Source } from '../src/load/source.js';
import { ROOT } from './helpers.js';

/** Every YAML file of the repository's examples and fixtures. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** What the full parser, the one that keeps positions, makes of a text. */
function reference(text: string): { ok: boolean; data: unknown } {
  const doc = parseDocument(text, { uniqueKeys: true, stringKeys: true });
  if (doc.errors.length) return { ok: false, data: undefined };
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    return { ok: false, data: undefined };
  }
}

function parse(text: string): { diagnostics: number; data: unknown; source: Source } {
  const source: Source = { file: 'x.yaml', path: '/x.yaml', text };
  const diagnostics = parseSource(source).length;
  return { diagnostics, data: source.data, source };
}

describe('the fast YAML path reads what the full parser reads', () => {
  it('on every example and fixture', () => {
    const files = [...yamlFiles(join(ROOT, 'notices')), ...yamlFiles(join(ROOT, 'tests', 'fixtures'))];
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const ref = reference(text);
      const got = parse(text);
      if (ref.ok && ref.data && typeof ref.data === 'object' && !Array.isArray(ref.data)) expect(got.data, file).toEqual(ref.data);
      if (!ref.ok) expect(got.diagnostics, `${file}: the full parser finds an error`).toBeGreaterThan(0);
    }
  });

  it('on random documents and texts', () => {
    const texts = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((v) => stringify({ name: v, updated: '2026-01-15' })),
      fc.string({ unit: 'grapheme', maxLength: 120 }).map((s) => `name: ${s}\nupdated: 2026-01-15\n`),
      fc.string({ maxLength: 200 }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const ref = reference(text);
        const got = parse(text);
        if (!ref.ok) return got.diagnostics > 0;
        // Compared as JSON, what the later stages see (-0 and 0 are one number there).
        if (ref.data && typeof ref.data === 'object' && !Array.isArray(ref.data)) expect(JSON.stringify(got.data)).toBe(JSON.stringify(ref.data));
        return true;
      }),
      { numRuns: 1000, seed: 20261125 },
    );
  });

  it('builds the syntax tree when a position is needed', () => {
    const { source } = parse('name: {fi: Rekisteri}\nupdated: 2026-01-15\n');
    expect(source.doc?.contents).toBeTruthy();
    expect(source.lineCounter?.linePos(23)).toEqual({ line: 2, col: 2 });
  });
});
