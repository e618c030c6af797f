import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Document, parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allTexts } from '../src/check/text.js';
import { checkPaths } from '../src/pipeline.js';
import { buildSite, type BuildResult } from '../src/publish/build.js';
import type { Register } from '../src/types.js';
import { ROOT } from './helpers.js';

const CONFIG = 'languages: [fi, en]\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'seloste-property-'));
  writeFileSync(join(dir, 'seloste.config.yaml'), CONFIG);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function checkText(text: string): Promise<void> {
  const file = join(dir, 'r.yaml');
  writeFileSync(file, text);
  const result = await checkPaths({ cwd: dir, paths: [file] });
  const only = result.files[0]!;
  expect(Array.isArray(only.diagnostics)).toBe(true);
  if (!only.loaded) expect(only.diagnostics.length).toBeGreaterThan(0);
  for (const d of only.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

describe('property: check and build never throw', () => {
  it('random YAML documents', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        await checkText(stringify(value));
      }),
      { numRuns: 150, seed: 20261125 },
    );
  });

  it('random text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
        await checkText(text);
      }),
      { numRuns: 150, seed: 20261125 },
    );
  });

  // Every example mutated 300 times: about 20 s alone on a 2-core machine, over 50 s beside the rest of the suite.
  it('random mutations of every example: the rules run on what can be read and never crash on a wrong type', async () => {
    const bases = readdirSync(join(ROOT, 'notices'))
      .filter((f) => f.endsWith('.yaml') && !f.endsWith('.org.yaml'))
      .sort()
      .map((f) => parse(readFileSync(join(ROOT, 'notices', f), 'utf8')) as Record<string, unknown>);
    const pathsOf = (base: unknown): (string | number)[][] => {
      const paths: (string | number)[][] = [];
      const collect = (v: unknown, path: (string | number)[]): void => {
        if (path.length) paths.push(path);
        if (Array.isArray(v)) v.forEach((x, i) => collect(x, [...path, i]));
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) collect(x, [...path, k]);
      };
      collect(base, []);
      return paths;
    };
    const all = bases.map(pathsOf);
    writeFileSync(join(dir, 'lumo.org.yaml'), readFileSync(join(ROOT, 'notices', 'lumo.org.yaml'), 'utf8'));
    const replacement = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.boolean(),
      fc.constant([]),
      fc.constant({}),
      fc.constant([1, 'x', null]),
      fc.constant({ misspelt: 1 }),
      fc.constantFrom('none', 'consent', 'PT48H', 'US', '2026-02-30', 'fi'),
      fc.dictionary(fc.constantFrom('fi', 'en', 'xx', 'name', 'country'), fc.oneof(fc.string({ maxLength: 6 }), fc.integer())),
    );
    const mutation = fc.tuple(fc.nat(bases.length - 1), fc.array(fc.tuple(fc.nat(10_000), replacement), { minLength: 1, maxLength: 5 }));
    await fc.assert(
      fc.asyncProperty(mutation, async ([which, changes]) => {
        const doc = structuredClone(bases[which]!);
        const paths = all[which]!;
        for (const [n, value] of changes) {
          const path = paths[n % paths.length]!;
          let parent: unknown = doc;
          for (const seg of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)?.[seg];
          if (!parent || typeof parent !== 'object') continue;
          const key = path[path.length - 1]!;
          if (value === undefined) delete (parent as Record<string | number, unknown>)[key];
          else (parent as Record<string | number, unknown>)[key] = value;
        }
        const file = join(dir, 'r.yaml');
        writeFileSync(file, stringify(doc));
        const result = await checkPaths({ cwd: dir, paths: [file] });
        const only = result.files[0]!;
        // Well-formed YAML always reaches the rules, schema problems or not, unless its organisation file cannot be found.
        if (!only.diagnostics.some((d) => d.ruleId === 'register/organisation')) expect(only.loaded).toBeDefined();
        for (const d of only.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300, seed: 20261213 },
    );
  }, 180_000);

  it('random mutations of a complete register: check gives diagnostics, build writes a whole site or none', async () => {
    const base = parse(readFileSync(join(ROOT, 'notices', 'sulka-members.yaml'), 'utf8')) as Record<string, unknown>;
    const paths: (string | number)[][] = [];
    const collect = (v: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => collect(x, [...path, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) collect(x, [...path, k]);
    };
    collect(base, []);
    const replacement = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.string({ maxLength: 30 }),
      fc.integer(),
      fc.boolean(),
      fc.constant([]),
      fc.constant({}),
      fc.constantFrom('none', 'consent', 'P3Y', 'US', '2026-02-30', '<script>alert(1)</script>', '{{x}}', '[a](javascript:alert(1))'),
      fc.dictionary(fc.constantFrom('fi', 'en', 'xx', 'name'), fc.string({ maxLength: 10 })),
    );
    const mutation = fc.array(fc.tuple(fc.nat(paths.length - 1), replacement), { minLength: 1, maxLength: 4 });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(mutation, fc.boolean(), async (changes, force) => {
        const doc = structuredClone(base);
        for (const [index, value] of changes) {
          const path = paths[index]!;
          if (!path.length) continue;
          let parent: unknown = doc;
          for (const seg of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)?.[seg];
          if (!parent || typeof parent !== 'object') continue;
          const key = path[path.length - 1]!;
          if (value === undefined) {
            if (Array.isArray(parent)) parent.splice(Number(key), 1);
            else delete (parent as Record<string, unknown>)[key as string];
          } else (parent as Record<string | number, unknown>)[key] = value;
        }
        const file = join(dir, 'r.yaml');
        writeFileSync(file, stringify(doc));
        const out = join(dir, `site-${run++}`);
        const result = await buildSite({ cwd: dir, paths: [file], out, formats: ['html', 'md', 'json'], force });
        const diagnostics = result.check.files[0]!.diagnostics;
        expect(Array.isArray(diagnostics)).toBe(true);
        // No register could be built: nothing was written.
        if (result.kept) {
          expect(result.built).toEqual([]);
          expect(existsSync(out)).toBe(false);
          return;
        }
        // The site is whole: its front page and every index exist, and each notice has all its files.
        expect(existsSync(join(out, 'index.html'))).toBe(true);
        for (const lang of ['fi', 'en']) {
          const names = readdirSync(join(out, lang));
          expect(names).toContain('index.html');
          for (const id of result.built.map(() => result.check.files[0]!.loaded!.id)) {
            expect(names).toContain(`${id}.html`);
            expect(names).toContain(`${id}.md`);
          }
        }
        rmSync(out, { recursive: true, force: true });
      }),
      { numRuns: 60, seed: 20261125 },
    );
  });

  it('hostile author texts and aliases: every register check accepts builds, and its pages keep their structure', async () => {
    const before = accepted;
    await fc.assert(fc.asyncProperty(hostileRegister, async (text) => assertBuilds(text, ['html', 'md', 'json'])), { numRuns: 60, seed: 20261202 });
    // The generator must give registers check accepts often enough for the property to mean something.
    expect(accepted - before).toBeGreaterThan(15);
  }, 300_000);

  it('hostile author texts print to PDF too', async () => {
    const before = accepted;
    await fc.assert(fc.asyncProperty(printableRegister, async (text) => assertBuilds(text, ['pdf'])), { numRuns: 4, seed: 20261203 });
    expect(accepted - before).toBeGreaterThan(0);
  }, 300_000);
});

const BASE = parse(readFileSync(join(ROOT, 'notices', 'sulka-members.yaml'), 'utf8')) as Register;
/** The paths of the example's author texts in Finnish, e.g. `['purposes', 0, 'description', 'fi']`. */
const TEXT_PATHS = allTexts(BASE).map((t) => [...t.path, 'fi']);

/** Pieces Markdown, HTML or a terminal act on, repeated: nesting, quadratic parsing, long tokens, block structure, controls. */
const UNITS = ['> ', '- ', '+ ', '1. ', '  - ', '*a', '*a_', 'a]', '[a](b ', '[', '`a', '<a', '~a', '# x\n', '---\n', '| a | b |\n', '```\n', 'a\n=\n', 'A', 'https://a.fi/', '\u0000', '\u0007', '\u001b[2J', 'sana '];
/** Counts below the limits, where the texts are parsed, and past them, where check must report them. */
const counts = fc.oneof(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 3000 }));
const hostileText = fc.oneof(
  // After a paragraph of words, so that no other rule finds the text empty of content.
  fc.tuple(fc.constantFrom(...UNITS), counts).map(([unit, n]) => `Sana sana.\n\n${unit.repeat(n)}`),
  fc.array(fc.constantFrom(...UNITS, 'a', ' ', '\n', '\n\n'), { maxLength: 800 }).map((parts) => parts.join('')),
);

/** The example register as YAML with hostile texts at some of its text paths, some written once and aliased elsewhere. */
function hostileRegisters(texts: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
  .tuple(fc.array(fc.tuple(fc.nat(TEXT_PATHS.length - 1), texts), { minLength: 1, maxLength: 3 }), fc.array(fc.nat(TEXT_PATHS.length - 1), { maxLength: 60 }))
  .map(([texts, aliases]) => {
    const doc = new Document(structuredClone(BASE));
    for (const [index, text] of texts) doc.setIn(TEXT_PATHS[index]!, text);
    const first = doc.getIn(TEXT_PATHS[texts[0]![0]]!, true);
    if (first && aliases.length) {
      const alias = doc.createAlias(first as never, 'text');
      // An alias must come after its anchor: only texts later in the document refer to it.
      for (const index of aliases) if (index > texts[0]![0]) doc.setIn(TEXT_PATHS[index]!, alias);
    }
    return doc.toString({ lineWidth: 0 });
  });
}
const hostileRegister = hostileRegisters(hostileText);
/** For PDFs, which are slow: texts within the limits, so that each one is printed. */
const printableRegister = hostileRegisters(fc.tuple(fc.constantFrom(...UNITS.filter((u) => !/[\u0000-\u001f]/.test(u))), fc.integer({ min: 1, max: 100 })).map(([unit, n]) => unit.repeat(n)));

let property = 0;
let accepted = 0;

/** Build a register; when check has no errors for it, the build must render it, and its pages keep one title and no control characters. */
async function assertBuilds(text: string, formats: ('html' | 'md' | 'json' | 'pdf')[]): Promise<void> {
  const file = join(dir, 'hostile.yaml');
  writeFileSync(file, text);
  const out = join(dir, `hostile-${property++}`);
  const result: BuildResult = await buildSite({ cwd: dir, paths: [file], out, formats, force: false });
  const ok = !result.check.files[0]!.diagnostics.some((d) => d.severity === 'error');
  if (ok) accepted++;
  expect(result.built.length).toBe(ok ? 1 : 0);
  if (ok && formats.includes('html')) {
    for (const lang of ['fi', 'en']) {
      const html = readFileSync(join(out, lang, 'hostile.html'), 'utf8');
      const md = readFileSync(join(out, lang, 'hostile.md'), 'utf8');
      expect(html.match(/<h1\b/g)?.length).toBe(1);
      expect(md.match(/^# /gm)?.length).toBe(1);
      expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(html + md)).toBe(false);
    }
  }
  if (ok && formats.includes('pdf')) expect(existsSync(join(out, 'fi', 'hostile.pdf'))).toBe(true);
  rmSync(out, { recursive: true, force: true });
}

