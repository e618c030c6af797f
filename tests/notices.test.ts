import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inline, toPlain } from '../src/compose/author-text.js';
import { countryName, formatDate, formatDuration, formatPoBox } from '../src/compose/format.js';
import { phrases } from '../src/compose/phrases/index.js';
import type { Phrases } from '../src/compose/phrases/types.js';
import { checkPaths } from '../src/pipeline.js';
import { buildSite } from '../src/publish/build.js';
import type { Register } from '../src/types.js';
import { decode, FIXTURES, ROOT } from './helpers.js';

const GOLDEN = join(ROOT, 'tests', 'golden');
const UPDATE = process.env['SELOSTE_UPDATE'] === '1';

/** What a reader sees of a notice page: the text of <main>, without the picture. */
export function visibleText(html: string): string {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<svg[\s\S]*?<\/svg>/g, '');
  const BLOCK = /<\/?(p|li|ul|ol|td|th|tr|table|thead|tbody|h[1-6]|figure|figcaption|section|div|br)\b[^>]*>/g;
  return decode(main.replace(BLOCK, ' ').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ');
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Every fact of a register, as the reader should find it in the notice of a language. */
function facts(register: Register, t: Phrases): { path: string; text: string }[] {
  const lang = t.lang;
  const out: { path: string; text: string }[] = [];
  const ENUMS: Record<string, (v: string) => string | undefined> = {
    legal_basis: (v) => t.bases[v as keyof Phrases['bases']]?.name,
    role: (v) => t.recipientRoles[v as keyof Phrases['recipientRoles']],
    mechanism: (v) => t.mechanisms[v as keyof Phrases['mechanisms']],
    provision: (v) => t.provision[v as keyof Phrases['provision']],
    condition: (v) => t.specialConditions[v as keyof Phrases['specialConditions']],
    ground: (v) => t.hetuGrounds[v as keyof Phrases['hetuGrounds']],
    right: (v) => t.rights[v as keyof Phrases['rights']]?.heading,
  };
  // Internal facts are never in a notice (tests/internal-facts.test.ts); the record shows them.
  const SKIP = new Set(['id', 'applies_to', 'organisation', '$schema', 'internal']);
  const walk = (value: unknown, path: string[]): void => {
    const key = path[path.length - 1] ?? '';
    if (SKIP.has(key)) return;
    // Consent details of a purpose on another basis are not shown (withdrawal does not apply; `check` says so).
    if (key === 'consent' && path[0] === 'purposes' && register.purposes?.[Number(path[1])]?.legal_basis !== 'consent') return;
    if (value === null || value === undefined || typeof value === 'boolean') return;
    if (typeof value === 'number') {
      out.push({ path: path.join('.'), text: String(value) });
      return;
    }
    if (typeof value === 'string') {
      let text: string | undefined = value;
      if (key === 'type') text = path.includes('sources') ? t.sourceTypes[value as keyof Phrases['sourceTypes']] : path.includes('channels') ? t.channels[value as keyof Phrases['channels']] : value;
      else if (key === 'category' && path.includes('special_categories')) text = t.specialCategories[value as keyof Phrases['specialCategories']];
      else if (ENUMS[key]) text = ENUMS[key](value);
      else if (key === 'country') text = value === 'FI' && path.includes('address') ? undefined : countryName(value, lang);
      else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) text = formatDate(value, t);
      else if (key === 'period') text = formatDuration(value, t);
      else if (key === 'po_box') text = formatPoBox(value, t);
      else if (value === 'none') text = undefined;
      if (text) out.push({ path: path.join('.'), text });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, String(i)]));
      return;
    }
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (keys.length && keys.every((k) => /^[a-z]{2,3}$/.test(k)) && keys.every((k) => typeof obj[k] === 'string')) {
      const s = obj[lang];
      if (typeof s === 'string') out.push({ path: path.join('.'), text: inline(s).map(toPlain).join('') });
      return;
    }
    // A party with a name in this language (`names`) is shown by that name, which is a fact of its own.
    const named = typeof (obj['names'] as Record<string, unknown> | undefined)?.[lang] === 'string';
    for (const k of keys) if (!(k === 'name' && named)) walk(obj[k], [...path, k]);
  };
  walk(register, []);
  return out;
}

describe('the example notices', () => {
  let out: string;
  const registers = new Map<string, Register>();

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'seloste-notices-'));
    const result = await buildSite({ cwd: ROOT, paths: ['notices'], out: join(out, 'site'), formats: ['html', 'md', 'json'] });
    expect(result.skipped).toEqual([]);
    for (const f of result.check.files) registers.set(f.loaded!.id, f.loaded!.register);
  });

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('check with zero findings', async () => {
    const result = await checkPaths({ cwd: ROOT, paths: ['notices'] });
    expect(result.files.flatMap((f) => f.diagnostics)).toEqual([]);
    expect(result.shared).toEqual([]);
    expect(result.files.length).toBeGreaterThanOrEqual(5);
  });

  it('match the golden files, byte for byte', () => {
    for (const lang of ['fi', 'en', 'sv']) {
      for (const name of readdirSync(join(out, 'site', lang)).filter((f) => /\.(md|html)$/.test(f) && f !== 'index.html')) {
        const actual = readFileSync(join(out, 'site', lang, name), 'utf8');
        const golden = join(GOLDEN, lang, name);
        if (UPDATE || !existsSync(golden)) {
          mkdirSync(join(GOLDEN, lang), { recursive: true });
          writeFileSync(golden, actual);
        }
        expect(actual, `${lang}/${name} differs from tests/golden (SELOSTE_UPDATE=1 rewrites it)`).toBe(readFileSync(golden, 'utf8'));
      }
    }
  });

  it('read as a person would: no placeholder, no undefined, no empty section', () => {
    for (const lang of ['fi', 'en', 'sv']) {
      for (const name of readdirSync(join(out, 'site', lang)).filter((f) => f.endsWith('.md'))) {
        const md = readFileSync(join(out, 'site', lang, name), 'utf8');
        expect(md, name).not.toMatch(/undefined|\[object Object\]|NaN|\{[a-z]+\}|TODO/);
        const sections = md.split(/^## /m).slice(1);
        for (const section of sections) {
          const [heading, ...body] = section.split('\n');
          expect(body.join('\n').trim().length, `${lang}/${name}: empty section ${heading}`).toBeGreaterThan(20);
        }
      }
    }
  });

  it('no English word in the Finnish or Swedish notices', () => {
    const english = /\b(the|and|of|with|data|rights?|controller|processing|purpose|recipient|updated|page|contents|undefined)\b/i;
    for (const lang of ['fi', 'sv']) {
      for (const name of readdirSync(join(out, 'site', lang)).filter((f) => f.endsWith('.html') && f !== 'index.html')) {
        const text = visibleText(readFileSync(join(out, 'site', lang, name), 'utf8'))
          // Addresses, links and proper names (companies, the EU-US framework) are not prose.
          .replace(/\S+@\S+|https?:\/\/\S+|\+?[\d ]{6,}/g, ' ');
        const hits = text.split(/[.;:]/).filter((sentence) => english.test(sentence));
        expect(hits, `${lang}/${name}`).toEqual([]);
      }
    }
  });

  it('every fact of every register appears in its notice, in every language', () => {
    for (const [id, register] of registers) {
      for (const lang of ['fi', 'en', 'sv']) {
        const text = norm(visibleText(readFileSync(join(out, 'site', lang, `${id}.html`), 'utf8')));
        for (const fact of facts(register, phrases[lang]!)) {
          expect(text.includes(norm(fact.text)), `${lang}/${id}: ${fact.path} = ${fact.text}`).toBe(true);
        }
      }
    }
  });

  it('the seed registers render too (with --force), with every fact of the original', async () => {
    const result = await buildSite({
      cwd: ROOT,
      paths: [join(FIXTURES, 'seeds')],
      out: join(out, 'seeds'),
      formats: ['html', 'md'],
      languages: ['fi'],
      configFile: join(FIXTURES, 'rules', 'seloste.config.yaml'),
      force: true,
    });
    expect(result.built.length).toBe(6);
    for (const f of result.check.files) {
      const { id, register } = f.loaded!;
      const text = norm(visibleText(readFileSync(join(out, 'seeds', 'fi', `${id}.html`), 'utf8')));
      for (const fact of facts(register, phrases['fi']!)) expect(text.includes(norm(fact.text)), `${id}: ${fact.path} = ${fact.text}`).toBe(true);
    }
  });

  it('the same input gives byte-identical output', async () => {
    const again = join(out, 'again');
    await buildSite({ cwd: ROOT, paths: ['notices'], out: again, formats: ['html', 'md', 'json'] });
    const list = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length)).sort();
    const files = list(join(out, 'site'));
    expect(list(again)).toEqual(files);
    for (const f of files) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, 'site', f))), f).toBe(true);
  });
});
