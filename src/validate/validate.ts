import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostic.js';
import { diagnosticAtPath, type Source } from '../load/source.js';
import { locate, scalarSource, type PathSegment } from '../load/yaml-ast.js';
import type { MessageLanguage } from '../interface-language.js';
import { OR, bareValue, closest, codeList, describeType, describeValue, formatHint, patternHint, truncate } from './messages.js';
import { FILE_NAMES, SAY } from './sentences.js';
import { leaveOutInvalid, toPath } from './salvage.js';
import { validatorFor, type SchemaKind } from './schemas.js';

/** How a path is named in a message: the nearest key name, e.g. `legal_basis`, or `purposes[2]`. */
function nameOf(path: readonly PathSegment[], kind: SchemaKind, lang: MessageLanguage = 'en'): string {
  if (path.length === 0) return FILE_NAMES[lang][kind];
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
  return parts.join(OR[lang]);
}


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
    case 'dependentRequired': {
      // `names` beside no `name`: the key that needs the other one is where the reader looks.
      const message = say.required(String(params['missingProperty']), name) + say.because(`\`${String(params['property'])}\``);
      return diagnosticAtPath(source, [...path, String(params['property'])], { ruleId: 'schema/required', message }, 'key');
    }
    case 'type': {
      const expected = describeType(params['type'] as string | string[], isTextSchema(e), lang);
      return diagnosticAtPath(source, path, { ruleId: 'schema/type', message: say.type(name, expected, describeValue(e.data, lang)) });
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]) ?? [];
      const guess = typeof e.data === 'string' ? closest(e.data, allowed.map(String)) : undefined;
      const value = bareValue(e.data, lang);
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
