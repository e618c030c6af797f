/**
 * The schemas' own keywords, which validate nothing in a register: `x-internal` marks a key whose
 * facts are never published (see `resolve/public-register.ts`); `x-i18n` gives a node's `title` and
 * `description` in other languages, `{fi: {title, description}, sv: {…}}`; `x-enum-titles` gives a
 * label for each allowed value, `{en: {value: label}, fi: {…}, sv: {…}}`. The last two are for the
 * editors. ajv refuses a keyword it does not know, so each is registered here, with a meta-schema
 * that checks its shape when the schemas are compiled. `scripts/compile-schemas.mjs` registers the
 * same list.
 */
import type { KeywordDefinition } from 'ajv';

const LANGUAGE_CODE = { pattern: '^[a-z]{2,3}$' } as const;
const TEXT = { type: 'string', minLength: 1 } as const;

export const SCHEMA_KEYWORDS: readonly KeywordDefinition[] = [
  { keyword: 'x-internal', schemaType: 'boolean' },
  {
    keyword: 'x-i18n',
    schemaType: 'object',
    metaSchema: {
      type: 'object',
      minProperties: 1,
      propertyNames: LANGUAGE_CODE,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['title'],
        properties: { title: TEXT, description: TEXT },
      },
    },
  },
  {
    keyword: 'x-enum-titles',
    schemaType: 'object',
    metaSchema: {
      type: 'object',
      minProperties: 1,
      propertyNames: LANGUAGE_CODE,
      additionalProperties: { type: 'object', minProperties: 1, additionalProperties: TEXT },
    },
  },
];
