// Compiles the JSON Schemas into validator code once, at build time, so that `seloste check` does
// not compile them on every start. Writes lib/validate/compiled-schemas.cjs with a hash of the
// schemas it was made from; at run time a stale or missing file falls back to compiling.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';
// Compiled by tsc just before this script runs (see `npm run compile`).
import { EMAIL_FORMAT } from '../lib/validate/email-format.js';
import { SCHEMA_KEYWORDS } from '../lib/validate/schema-keywords.js';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const kinds = ['register', 'organisation', 'config'];
const texts = kinds.map((k) => readFileSync(new URL(`../schemas/${k}.schema.json`, import.meta.url), 'utf8'));
const hash = createHash('sha256').update(texts.join('\0')).digest('hex');

const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true, code: { source: true } });
addFormats(ajv);
ajv.addFormat('email', EMAIL_FORMAT);
for (const keyword of SCHEMA_KEYWORDS) ajv.addKeyword(keyword);
for (const text of texts) ajv.addSchema(JSON.parse(text));
const code = (standaloneCode.default ?? standaloneCode)(ajv, {
  register: 'https://seloste.fi/schemas/register.schema.json',
  organisation: 'https://seloste.fi/schemas/organisation.schema.json',
  config: 'https://seloste.fi/schemas/config.schema.json',
});
writeFileSync(new URL('../lib/validate/compiled-schemas.cjs', import.meta.url), `${code}\nexports.schemaHash = ${JSON.stringify(hash)};\n`);
