/**
 * Internal facts (the `internal` block: owner, systems, security details, risks, processing for
 * other controllers) are for the record of processing activities only. The schemas mark the key,
 * `publicRegister` leaves it out, the publishing stages refuse a register that still holds it, and
 * the whole example site built with every internal value a marker holds none of them.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeNotice } from '../src/compose/compose.js';
import { phrases } from '../src/compose/phrases/index.js';
import { defaultConfig } from '../src/config/config.js';
import { checkPaths } from '../src/pipeline.js';
import { renderNotice } from '../src/publish/notice-page.js';
import { jsonLd, twinText } from '../src/publish/twin.js';
import { deriveFacts } from '../src/resolve/facts.js';
import { INTERNAL_KEYS, publicRegister, type PublicRegister } from '../src/resolve/public-register.js';
import type { Register } from '../src/types.js';
import { readSchema } from '../src/validate/schemas.js';
import { ROOT } from './helpers.js';
import { MARKER, Markers, markedInternal, markedProject } from './internal-markers.js';

/** A marker in brackets, which rule `placeholder-text` quotes. */
const QUOTED = '[XQZ99X1Q]';

const exec = promisify(execFile);
const BIN = join(ROOT, 'bin', 'seloste.js');

type Schema = Record<string, unknown>;

/** Every place of a schema where `x-internal` is said, as a path of keywords. */
function internalMarks(schema: unknown, path: string[] = []): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'x-internal') out.push(path.join('/'));
    else out.push(...internalMarks(value, [...path, key]));
  }
  return out;
}

/** The key paths a schema allows under a definition (`[]` for list items); free text is one leaf. */
function schemaPaths(schema: Schema, defs: Record<string, Schema>, prefix = '', seen = new Set<string>()): string[] {
  const ref = schema['$ref'] as string | undefined;
  if (ref) {
    if (ref === '#/$defs/text') return [prefix];
    const target = ref.replace(/^#\/\$defs\//, '').split('/properties/');
    let found = defs[target[0]!]!;
    if (target[1]) found = (found['properties'] as Record<string, Schema>)[target[1]]!;
    if (seen.has(ref)) return [prefix];
    return schemaPaths(found, defs, prefix, new Set([...seen, ref]));
  }
  const alternatives = (schema['oneOf'] ?? schema['anyOf']) as Schema[] | undefined;
  if (alternatives) return alternatives.flatMap((a) => (a['const'] ? [] : schemaPaths(a, defs, prefix, seen)));
  if (schema['items']) return schemaPaths(schema['items'] as Schema, defs, `${prefix}[]`, seen);
  const properties = schema['properties'] as Record<string, Schema> | undefined;
  if (!properties) return [prefix];
  return Object.entries(properties).flatMap(([key, value]) => schemaPaths(value, defs, prefix ? `${prefix}.${key}` : key, seen));
}

/** The key paths of data, the same way: a text per language is one leaf. */
function dataPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => dataPaths(v, `${prefix}[]`));
  if (!value || typeof value !== 'object') return [prefix];
  if (Object.keys(value).every((k) => /^[a-z]{2}$/.test(k))) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => dataPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('internal facts', () => {
  it('are the keys the schemas mark `x-internal`, at the top of a register and of an organisation file only', () => {
    for (const kind of ['register', 'organisation'] as const) {
      expect(internalMarks(readSchema(kind)), kind).toEqual(INTERNAL_KEYS.map((key) => `properties/${key}`));
    }
  });

  it('are filled whole by the marker test: every key the schema allows under `internal`', () => {
    const schema = readSchema('register');
    const defs = schema['$defs'] as Record<string, Schema>;
    const allowed = [...new Set(schemaPaths(defs['internal']!, defs))].sort();
    expect(allowed.length).toBeGreaterThan(40);
    expect([...new Set(dataPaths(markedInternal(new Markers(1))))].sort()).toEqual(allowed);
  });

  it('are left out by publicRegister, and nothing else is', () => {
    const register = { id: 'r', name: { fi: 'R' }, storage_location: { fi: 'Suomi' }, internal: { risks: { fi: 'Riski' } } } as Register;
    expect(publicRegister(register)).toEqual({ id: 'r', name: { fi: 'R' }, storage_location: { fi: 'Suomi' } });
    expect(register.internal).toEqual({ risks: { fi: 'Riski' } });
  });

  it('are refused by composition, the notice page, the JSON twin and its JSON-LD', async () => {
    const register = { id: 'r', name: { en: 'R' }, updated: '2026-01-15', internal: { risks: { en: 'Risk' } } } as Register;
    const leaked = register as unknown as PublicRegister;
    const facts = deriveFacts(register);
    const context = { config: defaultConfig('/'), languages: ['en'], formats: new Set(['html', 'md'] as const) };
    const refused = /internal facts \(`internal`\) are never published/;
    expect(() => composeNotice(leaked, facts, phrases['en']!)).toThrow(refused);
    expect(() => twinText(leaked, facts)).toThrow(refused);
    expect(() => jsonLd(leaked, 'en', 'r.html')).toThrow(refused);
    await expect(renderNotice(leaked, facts, 'en', context)).rejects.toThrow(refused);
    expect(composeNotice(publicRegister(register), facts, phrases['en']!).title).toContain('R');
  });
});

describe('the example site built with every internal fact a marker', () => {
  let project: ReturnType<typeof markedProject>;
  let site: string;

  beforeAll(async () => {
    project = markedProject();
    site = join(project.dir, 'site');
    // A committed earlier version of a register, so that its history page is rendered too.
    const git = (...args: string[]) => exec('git', ['-c', 'user.name=Seloste', '-c', 'user.email=test@example.com', ...args], { cwd: project.dir });
    await git('init', '-q');
    await git('add', '.');
    await git('commit', '-qm', 'registers');
    const path = join(project.dir, 'notices', 'sulka-members.yaml');
    const doc = parseDocument(readFileSync(path, 'utf8'));
    doc.set('updated', '2026-12-01');
    // A placeholder left in an internal text: its finding quotes it, and the register builds only with --force.
    doc.setIn(['internal', 'risks'], { fi: `Riski ${QUOTED}`, en: `Risk ${QUOTED}`, sv: `Risk ${QUOTED}` });
    writeFileSync(path, doc.toString({ lineWidth: 0 }));
    await git('commit', '-qam', 'updated');
  }, 120_000);

  afterAll(() => project?.cleanup());

  it('reads the markers as internal facts of every register', async () => {
    const checked = await checkPaths({ cwd: project.dir, paths: ['notices'] });
    const internal = JSON.stringify(checked.files.map((f) => f.loaded?.register.internal)).toLowerCase();
    const found = project.markers.filter((m) => internal.includes(m));
    // Each register holds its own markers and those of its organisation file it does not override.
    expect(found.length).toBeGreaterThan(project.markers.length / 2);
    expect(checked.files.every((f) => f.loaded && !f.loaded.partial)).toBe(true);
  });

  it('writes none of them into any file: pages, history, Markdown, PDF text, JSON, JSON-LD, the cache', async () => {
    const built = await exec('node', [BIN, 'build', 'notices', '-o', site, '--force'], { cwd: project.dir, maxBuffer: 1 << 24 }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(built.stdout).toMatch(/^Built 5 registers in fi, en, sv/);
    // The build reports the finding on the internal text whole; its site keeps only where it is.
    expect(built.stderr).toContain(`Placeholder \`${QUOTED}\` left in the text`);
    const files = readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    expect(files.some((f) => f.includes(`${join('history', 'sulka-members')}`))).toBe(true);
    expect(files.filter((f) => f.endsWith('.pdf')).length).toBe(15);
    const leaks: string[] = [];
    for (const file of files) {
      const text = file.endsWith('.pdf') ? (await exec('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 1 << 24 })).stdout : readFileSync(file, 'utf8');
      const digits = text.replace(/[\s()-]/g, '');
      if (MARKER.test(text)) leaks.push(`${file}: ${MARKER.exec(text)![0]}`);
      for (const phone of project.phones) if (digits.includes(phone)) leaks.push(`${file}: ${phone}`);
    }
    expect(leaks).toEqual([]);
  }, 180_000);
});
