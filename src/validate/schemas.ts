import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: its default export arrives wrapped under Node's ESM loader.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

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

/** The compiled validator of a schema (compiled once per process). */
export function validatorFor(kind: SchemaKind): ValidateFunction {
  let fn = compiled.get(kind);
  if (fn) return fn;
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv);
    for (const k of ['register', 'organisation', 'config'] as const) ajv.addSchema(readSchema(k));
  }
  fn = ajv.getSchema(IDS[kind]);
  if (!fn) throw new Error(`schema ${kind} did not compile`);
  compiled.set(kind, fn);
  return fn;
}
