import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import { EMAIL_FORMAT } from './email-format.js';
import { SCHEMA_KEYWORDS } from './schema-keywords.js';

const require = createRequire(import.meta.url);

/** ajv itself, loaded only when the validators compiled at build time are missing or stale. */
function newAjv(): Ajv2020 {
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const formats = require('ajv-formats') as { default?: (ajv: Ajv2020) => Ajv2020 } & ((ajv: Ajv2020) => Ajv2020);
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
  (formats.default ?? formats)(ajv);
  ajv.addFormat('email', EMAIL_FORMAT);
  for (const keyword of SCHEMA_KEYWORDS) ajv.addKeyword(keyword);
  return ajv;
}

export const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

export type SchemaKind = 'register' | 'organisation' | 'config';

const IDS: Record<SchemaKind, string> = {
  register: 'https://seloste.fi/schemas/register.schema.json',
  organisation: 'https://seloste.fi/schemas/organisation.schema.json',
  config: 'https://seloste.fi/schemas/config.schema.json',
};

export function readSchema(kind: SchemaKind): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`${kind}.schema.json`, SCHEMA_DIR), 'utf8')) as Record<string, unknown>;
}

let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaKind, ValidateFunction>();

type Precompiled = Partial<Record<SchemaKind, ValidateFunction>> & { schemaHash?: string };

/** Validators compiled at build time (`npm run compile`), when they were made from these very schemas. */
function precompiled(): Precompiled | undefined {
  try {
    const module = require('./compiled-schemas.cjs') as Precompiled;
    const texts = (['register', 'organisation', 'config'] as const).map((k) => readFileSync(new URL(`${k}.schema.json`, SCHEMA_DIR), 'utf8'));
    return module.schemaHash === createHash('sha256').update(texts.join('\0')).digest('hex') ? module : undefined;
  } catch {
    return undefined;
  }
}

let ready: Precompiled | undefined | null = null;

/** The compiled validator of a schema (compiled once per process, or at build time). */
export function validatorFor(kind: SchemaKind): ValidateFunction {
  let fn = compiled.get(kind);
  if (fn) return fn;
  if (ready === null) ready = precompiled();
  const built = ready?.[kind];
  if (built) {
    compiled.set(kind, built);
    return built;
  }
  if (!ajv) {
    ajv = newAjv();
    for (const k of ['register', 'organisation', 'config'] as const) ajv.addSchema(readSchema(k));
  }
  fn = ajv.getSchema(IDS[kind]);
  if (!fn) throw new Error(`schema ${kind} did not compile`);
  compiled.set(kind, fn);
  return fn;
}
