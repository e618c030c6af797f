/**
 * How the editor page reads the JSON Schemas, on the schemas as shipped: references followed within
 * a schema and from the organisation schema into the register schema, and the labels, help and
 * choice names of each part in Finnish, Swedish and English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enumLabel, helpOf, labelOf, shortLabel } from '../src/edit/page/schema-labels.js';
import { ORGANISATION_SCHEMA, REGISTER_SCHEMA, SchemaSet, type JsonSchema, type Resolved } from '../src/edit/page/schema-set.js';
import { ROOT } from './helpers.js';

const read = (name: string): JsonSchema => JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8')) as JsonSchema;
const schemas = new SchemaSet({ [REGISTER_SCHEMA]: read(REGISTER_SCHEMA), [ORGANISATION_SCHEMA]: read(ORGANISATION_SCHEMA) });

/** The part at a path of property names (`[]` for the items of a list). */
function part(kind: 'register' | 'organisation', ...keys: string[]): Resolved {
  let resolved = schemas.root(kind);
  for (const key of keys) resolved = schemas.child(resolved, key === '[]' ? resolved.schema.items! : resolved.schema.properties![key]!);
  return resolved;
}

describe('the schemas as the editor page reads them', () => {
  it('follows references, across files too, keeping what the referring place says', () => {
    const controller = part('organisation', 'controller');
    expect(controller.def).toBe('controller');
    expect(controller.base).toBe(REGISTER_SCHEMA);
    expect(Object.keys(controller.schema.properties!)).toContain('business_id');
    expect(part('organisation', 'controller', 'address').def).toBe('address');
    const name = part('register', 'name');
    expect(name.def).toBe('text');
    expect(labelOf(name, 'en', 'name')).toBe('Register name');
    // A reference into a property of another part: `#/$defs/transfer/properties/mechanism`.
    const transfer = schemas.resolve({ $ref: '#/$defs/processor_transfer' }, REGISTER_SCHEMA);
    expect(schemas.child(transfer, transfer.schema.properties!['mechanism']!).schema.enum).toContain('standard_contractual_clauses');
  });

  it('names each part in the language of the page, from x-i18n, else in English', () => {
    const purpose = part('register', 'purposes', '[]');
    expect(labelOf(purpose, 'fi', 'purposes')).toBe('Käsittelyn tarkoitus');
    expect(shortLabel(labelOf(purpose, 'en', 'purposes'))).toBe('Purpose');
    expect(labelOf(part('register', 'controller'), 'sv', 'controller')).toMatch(/^Personuppgiftsansvarig/);
    expect(helpOf(part('register', 'updated'), 'fi')).toMatch(/VVVV-KK-PP/);
    // A language the schema has no words in falls back to English.
    expect(labelOf(part('register', 'updated'), 'de', 'updated')).toBe(labelOf(part('register', 'updated'), 'en', 'updated'));
  });

  it('names the choices of an enum by x-enum-titles, else by the value', () => {
    const basis = part('register', 'purposes', '[]', 'legal_basis');
    expect(enumLabel(basis, 'sv', 'consent')).toBe('Samtycke (artikel 6.1 a)');
    expect(enumLabel(basis, 'fi', 'contract')).toMatch(/^Sopimus/);
    expect(enumLabel(basis, 'de', 'contract')).toBe('contract');
  });
});
