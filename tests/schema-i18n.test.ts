/**
 * The schemas speak Finnish and Swedish too: every field a user fills in has a title, and its title
 * and help in `x-i18n`; every choice has a label in English, Finnish and Swedish in
 * `x-enum-titles`; the translations keep the English's article and section references. The keywords
 * are registered for ajv and change nothing of what a register is held to.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SCHEMA_KEYWORDS } from '../src/validate/schema-keywords.js';
import { readSchema, type SchemaKind } from '../src/validate/schemas.js';
import { cli, FIXTURES, ROOT } from './helpers.js';

type Schema = Record<string, unknown>;
type Texts = { title?: string; description?: string };

const KINDS: readonly SchemaKind[] = ['register', 'organisation', 'config'];
const LANGUAGES = ['fi', 'sv'] as const;
/** Titles that are the same word in English and in a translation. */
const SAME_IN_TRANSLATION = new Set(['Schema']);

const addFormats = ((addFormatsModule as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

/** A schema node, where it is, and whether a user fills it in (a property, a `$defs` entry, list items). */
interface Node {
  kind: SchemaKind;
  path: string;
  schema: Schema;
  field: boolean;
}

/** Every subschema of a schema, following the keywords that hold subschemas; a condition's are no fields. */
function nodes(kind: SchemaKind, schema: Schema, path = '#', field = true, condition = false): Node[] {
  const out: Node[] = [{ kind, path, schema, field: field && !condition }];
  for (const key of ['properties', '$defs'] as const) {
    const map = schema[key] as Record<string, Schema> | undefined;
    for (const [name, sub] of Object.entries(map ?? {})) out.push(...nodes(kind, sub, `${path}/${key}/${name}`, true, condition));
  }
  const items = schema['items'] as Schema | undefined;
  if (items) out.push(...nodes(kind, items, `${path}/items`, items['type'] === 'object', condition));
  for (const key of ['additionalProperties', 'propertyNames', 'if', 'then', 'else', 'not'] as const) {
    const sub = schema[key];
    const inCondition = condition || ['if', 'then', 'else', 'not'].includes(key);
    if (sub && typeof sub === 'object') out.push(...nodes(kind, sub as Schema, `${path}/${key}`, false, inCondition));
  }
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    (schema[key] as Schema[] | undefined)?.forEach((sub, i) => out.push(...nodes(kind, sub, `${path}/${key}/${i}`, false, condition)));
  }
  return out;
}

const ALL = KINDS.flatMap((kind) => nodes(kind, readSchema(kind)));

/** The node a `$ref` points at, in the same schema or in another (`register.schema.json#/…`). */
function resolve(kind: SchemaKind, ref: string): Schema | undefined {
  const [file, pointer = ''] = ref.split('#');
  const target = file ? (file.replace('.schema.json', '') as SchemaKind) : kind;
  let at: unknown = readSchema(target);
  for (const part of pointer.split('/').filter(Boolean)) at = (at as Record<string, unknown> | undefined)?.[part];
  return at as Schema | undefined;
}

const isBareRef = (schema: Schema): boolean => Object.keys(schema).join() === '$ref';

function i18n(schema: Schema, lang: string): Texts {
  return ((schema['x-i18n'] as Record<string, Texts> | undefined) ?? {})[lang] ?? {};
}

/** What a list of texts fails to keep of the English references: GDPR articles, sections (§), statutes. */
function lostReferences(english: string, fi: string, sv: string): string[] {
  const lost: string[] = [];
  for (const { article, paragraph, point } of articleReferences(english)) {
    const fiWanted = [article, paragraph && `artiklan ${paragraph}`, point && `kohdan ${point}`].filter(Boolean).join(' ');
    const fiPattern = paragraph ? `\\b${fiWanted}\\b` : `\\b${article} artikl`;
    if (!new RegExp(fiPattern).test(fi)) lost.push(`fi lacks ${fiWanted}`);
    const svPattern = paragraph ? `\\b${article}\\.${paragraph}${point ? ` ${point}\\b` : '\\b'}` : `\\bartikel(?:n|arna)? ${article}\\b`;
    if (!new RegExp(svPattern).test(sv)) lost.push(`sv lacks ${article}${paragraph ? `.${paragraph}` : ''}${point ? ` ${point}` : ''}`);
  }
  for (const section of english.matchAll(/§ (\d+)|(\d+) §/g)) {
    const wanted = `${section[1] ?? section[2]} §`;
    if (!fi.includes(wanted)) lost.push(`fi lacks ${wanted}`);
    if (!sv.includes(wanted)) lost.push(`sv lacks ${wanted}`);
  }
  for (const [statute] of english.matchAll(/\b\d+\/\d{4}\b/g)) {
    if (!fi.includes(statute)) lost.push(`fi lacks ${statute}`);
    if (!sv.includes(statute)) lost.push(`sv lacks ${statute}`);
  }
  return lost;
}

/** `Art. 13(1)(c)`, `Art. 13(3), 14(4)`, `Art. 49(6) and 30(1)(e)` as article, paragraph and point. */
function articleReferences(text: string): { article: string; paragraph?: string; point?: string }[] {
  const out: { article: string; paragraph?: string; point?: string }[] = [];
  for (const [run] of text.matchAll(/Art\. \d+(?:\(\d+\))?(?:\([a-z]\))?(?:(?:, | and )\d+(?:\(\d+\))?(?:\([a-z]\))?)*/g)) {
    for (const [, article, paragraph, point] of run.matchAll(/(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?/g)) {
      out.push({ article: article!, ...(paragraph ? { paragraph } : {}), ...(point ? { point } : {}) });
    }
  }
  return out;
}

describe('the titles and help in Finnish and Swedish', () => {
  const fields = ALL.filter((n) => n.field && !isBareRef(n.schema));

  it('are there for every field, with a title of a few words', () => {
    expect(fields.length).toBeGreaterThan(200);
    for (const { kind, path, schema } of fields) {
      const where = `${kind}${path}`;
      expect(typeof schema['title'] === 'string' && schema['title'].length > 0, `${where}: title`).toBe(true);
      for (const lang of LANGUAGES) expect(i18n(schema, lang).title, `${where}: x-i18n.${lang}.title`).toMatch(/\S/);
    }
    const long = fields.filter((n) => (n.schema['title'] as string).replace(/ \(.*/, '').split(' ').length > 6);
    expect(long.map((n) => `${n.kind}${n.path}: ${n.schema['title'] as string}`)).toEqual([]);
  });

  it('are there for every description anywhere in the schemas', () => {
    const described = ALL.filter((n) => typeof n.schema['description'] === 'string');
    expect(described.length).toBeGreaterThan(190);
    for (const { kind, path, schema } of described) {
      for (const lang of LANGUAGES) expect(i18n(schema, lang).description, `${kind}${path}: x-i18n.${lang}.description`).toMatch(/\S/);
      expect(schema['title'], `${kind}${path}: title`).toBeTypeOf('string');
    }
  });

  it('are translations, not the English again', () => {
    const same: string[] = [];
    for (const { kind, path, schema } of ALL.filter((n) => n.schema['x-i18n'])) {
      for (const lang of LANGUAGES) {
        const texts = i18n(schema, lang);
        if (texts.title === schema['title'] && !SAME_IN_TRANSLATION.has(texts.title as string)) same.push(`${kind}${path}: ${lang} title`);
        if (texts.description !== undefined && texts.description === schema['description']) same.push(`${kind}${path}: ${lang} description`);
      }
    }
    expect(same).toEqual([]);
  });

  it('say nothing the English does not: a description only where the English has one', () => {
    for (const { kind, path, schema } of ALL.filter((n) => n.schema['x-i18n'])) {
      const languages = Object.keys(schema['x-i18n'] as object);
      expect(languages, `${kind}${path}`).toEqual([...LANGUAGES]);
      for (const lang of LANGUAGES) expect('description' in i18n(schema, lang), `${kind}${path}: ${lang}`).toBe('description' in schema);
    }
  });

  it('leave a field that is only a `$ref` to the schema it points at, which has them', () => {
    const bare = ALL.filter((n) => n.field && isBareRef(n.schema));
    expect(bare.length).toBeGreaterThan(30);
    for (const { kind, path, schema } of bare) {
      const target = resolve(kind, schema['$ref'] as string);
      expect(target, `${kind}${path}`).toBeDefined();
      expect(target!['title'], `${kind}${path}`).toBeTypeOf('string');
      for (const lang of LANGUAGES) expect(i18n(target!, lang).title, `${kind}${path}: ${lang}`).toMatch(/\S/);
    }
  });

  it('keep every article, section and statute the English refers to', () => {
    const lost: string[] = [];
    let checked = 0;
    for (const { kind, path, schema } of ALL.filter((n) => n.schema['x-i18n'])) {
      for (const key of ['title', 'description'] as const) {
        const english = schema[key];
        if (typeof english !== 'string') continue;
        const [fi, sv] = LANGUAGES.map((lang) => i18n(schema, lang)[key] ?? '') as [string, string];
        if (articleReferences(english).length) checked++;
        lost.push(...lostReferences(english, fi, sv).map((l) => `${kind}${path} ${key}: ${l}`));
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(lost).toEqual([]);
  });

  it('find what a translation left out', () => {
    expect(lostReferences('Art. 13(1)(c) and § 29', '13 artiklan 1 kohdan c alakohta, 29 §', 'artikel 13.1 c, 29 §')).toEqual([]);
    expect(lostReferences('Art. 13(3), 14(4)', '13 artiklan 3 kohta', 'artikel 13.3')).toEqual(['fi lacks 14 artiklan 4', 'sv lacks 14.4']);
    expect(lostReferences('Art. 13(1)(c)', '13 artiklan 1 kohdan d alakohta', 'artikel 13.1 d')).toEqual(['fi lacks 13 artiklan 1 kohdan c', 'sv lacks 13.1 c']);
    expect(lostReferences('Art. 56, Kirjanpitolaki (1336/1997)', '56 artikla', 'artikel 65')).toEqual(['sv lacks 56', 'fi lacks 1336/1997', 'sv lacks 1336/1997']);
  });
});

describe('the labels of the choices', () => {
  const enums = ALL.filter((n) => Array.isArray(n.schema['enum']));

  it('are there for every value of every enum, in English, Finnish and Swedish', () => {
    const labelled = enums.filter((n) => !n.path.includes('/then/'));
    expect(labelled.length).toBeGreaterThanOrEqual(13);
    for (const { kind, path, schema } of labelled) {
      const titles = schema['x-enum-titles'] as Record<string, Record<string, string>> | undefined;
      expect(Object.keys(titles ?? {}), `${kind}${path}`).toEqual(['en', 'fi', 'sv']);
      for (const [lang, labels] of Object.entries(titles!)) {
        expect(Object.keys(labels), `${kind}${path} ${lang}`).toEqual(schema['enum']);
        for (const [value, label] of Object.entries(labels)) expect(label, `${kind}${path} ${lang} ${value}`).toMatch(/\S/);
      }
    }
  });

  it('of a value a condition narrows are those of the property it narrows', () => {
    const narrowed = enums.filter((n) => n.path.includes('/then/'));
    expect(narrowed.length).toBeGreaterThan(0);
    for (const { kind, path, schema } of narrowed) {
      const property = resolve(kind, path.replace(/\/then\//, '/'))!;
      const labels = (property['x-enum-titles'] as Record<string, Record<string, string>>)['en']!;
      for (const value of schema['enum'] as string[]) expect(labels[value], `${kind}${path} ${value}`).toBeDefined();
    }
  });

  it('keep every article the English label refers to', () => {
    const lost: string[] = [];
    for (const { kind, path, schema } of enums.filter((n) => n.schema['x-enum-titles'])) {
      const titles = schema['x-enum-titles'] as Record<'en' | 'fi' | 'sv', Record<string, string>>;
      for (const [value, english] of Object.entries(titles.en)) {
        lost.push(...lostReferences(english, titles.fi[value]!, titles.sv[value]!).map((l) => `${kind}${path} ${value}: ${l}`));
      }
    }
    expect(lost).toEqual([]);
  });
});

/** A strict ajv with the schemas' keywords, as Seloste compiles them. */
function strictAjv(keywords = SCHEMA_KEYWORDS): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
  addFormats(ajv);
  for (const keyword of keywords) ajv.addKeyword(keyword);
  return ajv;
}

/** A schema without the editors' annotations: what it was before they were written. */
function withoutAnnotations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAnnotations);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'x-i18n' && k !== 'x-enum-titles').map(([k, v]) => [k, withoutAnnotations(v)]));
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe('the annotation keywords', () => {
  it('are known to ajv in strict mode, which checks their shape', () => {
    const ajv = strictAjv();
    for (const kind of KINDS) ajv.addSchema(readSchema(kind));
    expect(ajv.getSchema('https://seloste.fi/schemas/register.schema.json')).toBeTypeOf('function');
    const bad = [
      { 'x-i18n': { fi: { description: 'Ei otsikkoa' } } },
      { 'x-i18n': { fi: { title: '' } } },
      { 'x-i18n': { finnish: { title: 'Otsikko' } } },
      { enum: ['a'], 'x-enum-titles': { fi: { a: 1 } } },
      { 'x-enum-titles': [] },
    ];
    for (const schema of bad) expect(() => strictAjv().compile(schema), JSON.stringify(schema)).toThrow(/value is invalid/);
    expect(() => strictAjv(SCHEMA_KEYWORDS.filter((k) => k.keyword === 'x-internal')).compile({ 'x-i18n': {} })).toThrow(/unknown keyword/);
  });

  it('change nothing of what a register, an organisation file or a configuration is held to', () => {
    const annotated = strictAjv();
    const plain = strictAjv();
    for (const kind of KINDS) {
      annotated.addSchema(readSchema(kind));
      plain.addSchema(withoutAnnotations(readSchema(kind)) as Schema);
    }
    const files = [...yamlFiles(FIXTURES), ...yamlFiles(join(ROOT, 'notices'))];
    let compared = 0;
    for (const file of files) {
      let data: unknown;
      try {
        data = parse(readFileSync(file, 'utf8'));
      } catch {
        continue;
      }
      const kind: SchemaKind = file.endsWith('.org.yaml') ? 'organisation' : file.endsWith('seloste.config.yaml') ? 'config' : 'register';
      const id = `https://seloste.fi/schemas/${kind}.schema.json`;
      const errors = (validate: ValidateFunction): unknown[] => {
        validate(data);
        return (validate.errors ?? []).map((e) => [e.instancePath, e.schemaPath, e.keyword, e.params]);
      };
      expect(errors(annotated.getSchema(id)!), file).toEqual(errors(plain.getSchema(id)!));
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('are printed by `seloste schema`, a valid JSON Schema 2020-12 that compiles', async () => {
    for (const kind of KINDS) {
      const r = await cli(['schema', '--kind', kind]);
      expect(r.code, kind).toBe(0);
      const printed = JSON.parse(r.stdout) as Schema;
      expect(printed).toEqual(readSchema(kind));
      const ajv = strictAjv();
      expect(ajv.validateSchema(printed), JSON.stringify(ajv.errors)).toBe(true);
    }
  });
});
