import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostic.js';
import { diagnosticAtPath, type Source } from '../load/source.js';
import { locate, scalarSource, type PathSegment } from '../load/yaml-ast.js';
import { closest, codeList, describeType, describeValue, formatHint, patternHint, truncate, type MessageLanguage } from './messages.js';
import { leaveOutInvalid, toPath } from './salvage.js';
import { validatorFor, type SchemaKind } from './schemas.js';


/** How a path is named in a message: the nearest key name, e.g. `legal_basis`, or `purposes[2]`. */
function nameOf(path: readonly PathSegment[], kind: SchemaKind, lang: MessageLanguage = 'en'): string {
  if (path.length === 0) {
    if (lang === 'fi') return kind === 'register' ? 'rekisteri' : kind === 'organisation' ? 'organisaatiotiedosto' : 'asetustiedosto';
    return kind === 'register' ? 'the register' : kind === 'organisation' ? 'the organisation file' : 'the configuration';
  }
  let out = '';
  for (const seg of path) out = typeof seg === 'number' ? `${out}[${seg}]` : seg;
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const parent = [...path].reverse().find((s) => typeof s === 'string');
    return `\`${parent ?? ''}[${last}]\``;
  }
  return `\`${out}\``;
}

function lastKey(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return '';
}

function getAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg as string];
  }
  return cur;
}

function setAt(data: unknown, path: readonly PathSegment[], value: unknown): void {
  const parent = getAt(data, path.slice(0, -1));
  if (parent && typeof parent === 'object') (parent as Record<string, unknown>)[path[path.length - 1] as string] = value;
}

function isTextSchema(error: ErrorObject): boolean {
  return error.schemaPath.startsWith('#/$defs/text/') || /#\/\$defs\/text\/[^/]+$/.test(error.schemaPath);
}

/**
 * YAML reads `00530` as the number 530 and `2026` as a number; where the schema expects text,
 * take the characters as written instead. Returns true when anything changed.
 */
function keepScalarsAsWritten(source: Source, data: unknown, errors: ErrorObject[]): boolean {
  let changed = false;
  for (const e of errors) {
    if (e.keyword !== 'type' || e.params['type'] !== 'string') continue;
    if (typeof e.data !== 'number' && typeof e.data !== 'boolean') continue;
    const path = toPath(e.instancePath);
    if (!source.doc || path.length === 0) continue;
    const found = locate(source.doc, path);
    if (found.depth !== path.length) continue;
    const written = scalarSource(found.node);
    if (written !== undefined) {
      setAt(data, path, written);
      changed = true;
    }
  }
  return changed;
}

/** Drop the noise of `oneOf`/`anyOf` alternatives and say once what was expected. */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  let out = errors;
  for (const e of errors) {
    if (e.keyword === 'oneOf') {
      const here = e.instancePath;
      if (typeof e.data === 'string' || e.data === null || typeof e.data !== 'object') {
        out = out.filter((x) => x === e || x.instancePath !== here);
      } else {
        out = out.filter((x) => x === e || !(x.instancePath === here && (x.keyword === 'const' || (x.keyword === 'type' && x.schemaPath.startsWith(e.schemaPath)))));
        out = out.filter((x) => x !== e);
      }
    } else if (e.keyword === 'anyOf') {
      out = out.filter((x) => !(x.instancePath === e.instancePath && x.keyword === 'required' && x.schemaPath.startsWith(e.schemaPath)));
    }
  }
  // propertyNames reports the inner pattern error too, carrying the offending name; an `if` only
  // says that its `then` failed, and the errors of the `then` say how.
  return out.filter((x) => x.keyword !== 'if' && !(x.keyword === 'pattern' && (x as ErrorObject & { propertyName?: string }).propertyName !== undefined));
}

/** What made the `then` of an error apply, as written in the file: `group_company: true`. */
function condition(e: ErrorObject, errors: readonly ErrorObject[]): string | undefined {
  const cause = errors.find((x) => x.keyword === 'if' && e.schemaPath.startsWith(`${x.schemaPath.replace(/\/if$/, '')}/then/`));
  const test = (cause?.parentSchema as { if?: { properties?: Record<string, { const?: unknown }> } } | undefined)?.if?.properties;
  return test ? Object.entries(test).map(([key, v]) => `\`${key}: ${String(v.const)}\``).join(', ') : undefined;
}

function oneOfExpectation(e: ErrorObject, lang: MessageLanguage): string {
  const branches = (e.schema as { const?: unknown; type?: string; $ref?: string }[]) ?? [];
  const parts: string[] = [];
  for (const b of branches) {
    if (b.const !== undefined) parts.push(`\`${String(b.const)}\``);
    else if (b.type === 'array') parts.push(describeType('array', false, lang));
    else if (b.$ref) parts.push(describeType('object', false, lang));
  }
  return parts.join(lang === 'fi' ? ' tai ' : ' or ');
}

/** The sentences of schema diagnostics in each message language. */
const SAY = {
  en: {
    unknownKey: (key: string, name: string, hint: string) => `Unknown key \`${key}\` in ${name}${hint}`,
    didYouMean: (guess: string) => `, did you mean \`${guess}\`?`,
    expectedOneOf: (allowed: string) => `; expected one of ${allowed}`,
    required: (key: string, name: string) => `Missing required key \`${key}\` in ${name}`,
    type: (name: string, expected: string, found: string) => `Expected ${name} to be ${expected}, found ${found}`,
    enumValue: (value: string, name: string, hint: string, allowed: string) => `Unexpected value ${value} for ${name}${hint}, expected one of ${allowed}`,
    enumGuess: (guess: string) => ` (did you mean \`${guess}\`?)`,
    anyOf: (name: string, keys: string[]) => `Expected ${name} to have ${keys.join(' or ')}`,
    pattern: (value: string, name: string, hint: string) => `Unexpected value \`${value}\` for ${name}: ${hint}`,
    language: (code: string, name: string) => `Unknown language code \`${code}\` in ${name}: use a two-letter code such as \`fi\`, \`en\` or \`sv\``,
    empty: (name: string) => `${capital(name)} is empty`,
    emptyList: (name: string) => `${capital(name)} is an empty list: add at least one item or leave the key out`,
    emptyMap: (name: string, isText: boolean) => `${capital(name)} is empty: expected ${isText ? 'text per language, e.g. `{fi: …}`' : 'at least one key'}`,
    range: (name: string, minimum: boolean, limit: string, found: string) => `${capital(name)} must be ${minimum ? 'at least' : 'at most'} ${limit}, found \`${found}\``,
    duplicate: (name: string) => `${capital(name)} lists the same value twice`,
    invalid: (name: string, message: string | undefined) => `${capital(name)} ${message ?? 'is not valid'}`,
    because: (cause: string) => ` (with ${cause})`,
  },
  fi: {
    unknownKey: (key: string, name: string, hint: string) => `Tuntematon avain \`${key}\` (kohta: ${name})${hint}`,
    didYouMean: (guess: string) => `; tarkoititko \`${guess}\`?`,
    expectedOneOf: (allowed: string) => `; sallitut avaimet: ${allowed}`,
    required: (key: string, name: string) => `Pakollinen avain \`${key}\` puuttuu (kohta: ${name})`,
    type: (name: string, expected: string, found: string) => `Väärä tyyppi kohdassa ${name}: odotettu ${expected}, löytyi ${found}`,
    enumValue: (value: string, name: string, hint: string, allowed: string) => `Tuntematon arvo ${value} kohdassa ${name}${hint}; sallitut arvot: ${allowed}`,
    enumGuess: (guess: string) => ` (tarkoititko \`${guess}\`?)`,
    anyOf: (name: string, keys: string[]) => `Kohdasta ${name} puuttuu ${keys.join(' tai ')}`,
    pattern: (value: string, name: string, hint: string) => `Väärän muotoinen arvo \`${value}\` kohdassa ${name}: ${hint}`,
    language: (code: string, name: string) => `Tuntematon kielikoodi \`${code}\` (kohta: ${name}): käytä kaksikirjaimista koodia, kuten \`fi\`, \`en\` tai \`sv\``,
    empty: (name: string) => `${capital(name)} on tyhjä`,
    emptyList: (name: string) => `${capital(name)} on tyhjä luettelo: lisää vähintään yksi kohta tai jätä avain pois`,
    emptyMap: (name: string, isText: boolean) => `${capital(name)} on tyhjä: odotettu ${isText ? 'teksti kielittäin, esim. `{fi: …}`' : 'vähintään yksi avain'}`,
    range: (name: string, minimum: boolean, limit: string, found: string) => `${capital(name)}: arvon pitää olla ${minimum ? 'vähintään' : 'enintään'} ${limit}, löytyi \`${found}\``,
    duplicate: (name: string) => `${capital(name)} sisältää saman arvon kahdesti`,
    invalid: (name: string) => `${capital(name)} ei ole kelvollinen`,
    because: (cause: string) => ` (kun ${cause})`,
  },
} as const;

function toDiagnostic(source: Source, e: ErrorObject, kind: SchemaKind, lang: MessageLanguage): Diagnostic {
  const path = toPath(e.instancePath);
  const name = nameOf(path, kind, lang);
  const field = lastKey(path);
  const params = e.params as Record<string, unknown>;
  const say = SAY[lang];
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {}).filter((k) => k !== '$schema');
      const guess = closest(key, allowed);
      const hint = guess ? say.didYouMean(guess) : allowed.length && allowed.length <= 8 ? say.expectedOneOf(codeList(allowed)) : '';
      const expected = guess ? { expected: [guess] } : {};
      return diagnosticAtPath(source, [...path, key], { ruleId: 'schema/unknown-key', message: say.unknownKey(key, name, hint), ...expected }, 'key');
    }
    case 'required':
      return diagnosticAtPath(source, path, { ruleId: 'schema/required', message: say.required(String(params['missingProperty']), name) }, 'key');
    case 'type': {
      const expected = describeType(params['type'] as string | string[], isTextSchema(e), lang);
      return diagnosticAtPath(source, path, { ruleId: 'schema/type', message: say.type(name, expected, describeValue(e.data, lang)) });
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]) ?? [];
      const guess = typeof e.data === 'string' ? closest(e.data, allowed.map(String)) : undefined;
      const value = describeValue(e.data, lang).replace(/^(the (text|number)|teksti|luku) /, '');
      const expected = guess ? { expected: [guess] } : {};
      return diagnosticAtPath(source, path, { ruleId: 'schema/enum', message: say.enumValue(value, name, guess ? say.enumGuess(guess) : '', codeList(allowed)), ...expected });
    }
    case 'const':
    case 'oneOf':
      return diagnosticAtPath(source, path, { ruleId: 'schema/type', message: say.type(name, oneOfExpectation(e, lang), describeValue(e.data, lang)) });
    case 'anyOf': {
      const branches = (e.schema as { required?: string[] }[]) ?? [];
      const keys = branches.flatMap((b) => b.required ?? []).map((k) => `\`${k}\``);
      return diagnosticAtPath(source, path, { ruleId: 'schema/required', message: say.anyOf(name, keys) }, 'key');
    }
    case 'format':
      return diagnosticAtPath(source, path, { ruleId: 'schema/format', message: `\`${truncate(String(e.data))}\` ${formatHint(String(params['format']), lang)}` });
    case 'pattern':
      return diagnosticAtPath(source, path, { ruleId: 'schema/pattern', message: say.pattern(truncate(String(e.data)), name, patternHint(field, String(params['pattern']), lang)) });
    case 'propertyNames': {
      const bad = String(params['propertyName']);
      return diagnosticAtPath(source, [...path, bad], { ruleId: 'schema/language', message: say.language(bad, name) }, 'key');
    }
    case 'minLength':
      return diagnosticAtPath(source, path, { ruleId: 'schema/empty', message: say.empty(name) });
    case 'minItems':
      return diagnosticAtPath(source, path, { ruleId: 'schema/empty', message: say.emptyList(name) });
    case 'minProperties':
      return diagnosticAtPath(source, path, { ruleId: 'schema/empty', message: say.emptyMap(name, isTextSchema(e)) });
    case 'minimum':
    case 'maximum':
      return diagnosticAtPath(source, path, { ruleId: 'schema/range', message: say.range(name, e.keyword === 'minimum', String(params['limit']), String(e.data)) });
    case 'uniqueItems':
      return diagnosticAtPath(source, path, { ruleId: 'schema/duplicate', message: say.duplicate(name) });
    default:
      return diagnosticAtPath(source, path, { ruleId: 'schema/value', message: say.invalid(name, e.message) });
  }
}

function capital(s: string): string {
  return s.startsWith('`') ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Validate the data of a parsed source against a schema; errors point at the YAML nodes, in the
 * language asked for. The parts of the wrong type and unknown keys are then left out of
 * `source.data`, so that the rules can still run on the rest.
 */
export function validateSource(source: Source, kind: SchemaKind, lang: MessageLanguage = 'en'): Diagnostic[] {
  const validate = validatorFor(kind);
  if (validate(source.data)) return [];
  let errors = [...(validate.errors ?? [])];
  if (keepScalarsAsWritten(source, source.data, errors)) {
    if (validate(source.data)) return [];
    errors = [...(validate.errors ?? [])];
  }
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of simplify(errors)) {
    const d = toDiagnostic(source, e, kind, lang);
    const cause = condition(e, errors);
    if (cause) d.message += SAY[lang].because(cause);
    const key = `${d.line}:${d.column}:${d.ruleId}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  leaveOutInvalid(source.data, errors);
  return out;
}
