import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostic.js';
import { diagnosticAtPath, type Source } from '../load/source.js';
import { locate, scalarSource, type PathSegment } from '../load/yaml-ast.js';
import { closest, codeList, describeType, describeValue, formatHint, patternHint, truncate } from './messages.js';
import { validatorFor, type SchemaKind } from './schemas.js';

function toPath(instancePath: string): PathSegment[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** How a path is named in a message: the nearest key name, e.g. `legal_basis`, or `purposes[2]`. */
function nameOf(path: readonly PathSegment[], kind: SchemaKind): string {
  if (path.length === 0) return kind === 'register' ? 'the register' : kind === 'organisation' ? 'the organisation file' : 'the configuration';
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
  // propertyNames reports the inner pattern error too, carrying the offending name.
  return out.filter((x) => !(x.keyword === 'pattern' && (x as ErrorObject & { propertyName?: string }).propertyName !== undefined));
}

function oneOfExpectation(e: ErrorObject): string {
  const branches = (e.schema as { const?: unknown; type?: string; $ref?: string }[]) ?? [];
  const parts: string[] = [];
  for (const b of branches) {
    if (b.const !== undefined) parts.push(`\`${String(b.const)}\``);
    else if (b.type === 'array') parts.push('a list');
    else if (b.$ref) parts.push('a map of keys');
  }
  return parts.join(' or ');
}

function toDiagnostic(source: Source, e: ErrorObject, kind: SchemaKind): Diagnostic {
  const path = toPath(e.instancePath);
  const name = nameOf(path, kind);
  const field = lastKey(path);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {}).filter((k) => k !== '$schema');
      const guess = closest(key, allowed);
      const hint = guess ? `, did you mean \`${guess}\`?` : allowed.length && allowed.length <= 8 ? `; expected one of ${codeList(allowed)}` : '';
      return diagnosticAtPath(source, [...path, key], { ruleId: 'schema/unknown-key', message: `Unknown key \`${key}\` in ${name}${hint}` }, 'key');
    }
    case 'required': {
      const missing = String(params['missingProperty']);
      return diagnosticAtPath(source, path, { ruleId: 'schema/required', message: `Missing required key \`${missing}\` in ${name}` }, 'key');
    }
    case 'type': {
      const expected = describeType(params['type'] as string | string[], isTextSchema(e));
      return diagnosticAtPath(source, path, { ruleId: 'schema/type', message: `Expected ${name} to be ${expected}, found ${describeValue(e.data)}` });
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]) ?? [];
      const guess = typeof e.data === 'string' ? closest(e.data, allowed.map(String)) : undefined;
      const hint = guess ? ` (did you mean \`${guess}\`?)` : '';
      return diagnosticAtPath(source, path, {
        ruleId: 'schema/enum',
        message: `Unexpected value ${describeValue(e.data).replace(/^the (text|number) /, '')} for ${name}${hint}, expected one of ${codeList(allowed)}`,
      });
    }
    case 'const':
    case 'oneOf':
      return diagnosticAtPath(source, path, { ruleId: 'schema/type', message: `Expected ${name} to be ${oneOfExpectation(e)}, found ${describeValue(e.data)}` });
    case 'anyOf': {
      const branches = (e.schema as { required?: string[] }[]) ?? [];
      const keys = branches.flatMap((b) => b.required ?? []);
      return diagnosticAtPath(source, path, { ruleId: 'schema/required', message: `Expected ${name} to have ${keys.map((k) => `\`${k}\``).join(' or ')}` }, 'key');
    }
    case 'format':
      return diagnosticAtPath(source, path, { ruleId: 'schema/format', message: `\`${truncate(String(e.data))}\` ${formatHint(String(params['format']))}` });
    case 'pattern':
      return diagnosticAtPath(source, path, { ruleId: 'schema/pattern', message: `Unexpected value \`${truncate(String(e.data))}\` for ${name}: ${patternHint(field, String(params['pattern']))}` });
    case 'propertyNames': {
      const bad = String(params['propertyName']);
      return diagnosticAtPath(source, [...path, bad], { ruleId: 'schema/language', message: `Unknown language code \`${bad}\` in ${name}: use a two-letter code such as \`fi\`, \`en\` or \`sv\`` }, 'key');
    }
    case 'minLength':
      return diagnosticAtPath(source, path, { ruleId: 'schema/empty', message: `${capital(name)} is empty` });
    case 'minItems':
      return diagnosticAtPath(source, path, { ruleId: 'schema/empty', message: `${capital(name)} is an empty list: add at least one item or leave the key out` });
    case 'minProperties':
      return diagnosticAtPath(source, path, { ruleId: 'schema/empty', message: `${capital(name)} is empty: expected ${isTextSchema(e) ? 'text per language, e.g. `{fi: …}`' : 'at least one key'}` });
    case 'minimum':
    case 'maximum':
      return diagnosticAtPath(source, path, { ruleId: 'schema/range', message: `${capital(name)} must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params['limit'])}, found \`${String(e.data)}\`` });
    case 'uniqueItems':
      return diagnosticAtPath(source, path, { ruleId: 'schema/duplicate', message: `${capital(name)} lists the same value twice` });
    default:
      return diagnosticAtPath(source, path, { ruleId: 'schema/value', message: `${capital(name)} ${e.message ?? 'is not valid'}` });
  }
}

function capital(s: string): string {
  return s.startsWith('`') ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/** Validate the data of a parsed source against a schema; errors point at the YAML nodes. */
export function validateSource(source: Source, kind: SchemaKind): Diagnostic[] {
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
    const d = toDiagnostic(source, e, kind);
    const key = `${d.line}:${d.column}:${d.ruleId}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
