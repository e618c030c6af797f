/**
 * What can still be read of a file that broke its schema. A linter reports every problem of a file at
 * once; for the rules to run on the rest, the parts they could trip on are left out first: a value of
 * the wrong type and an unknown key. A value of the right type but not an allowed one (an unknown
 * `legal_basis`, a malformed date) stays as written: the rules compare such values and never crash on
 * them. A list item of the wrong type becomes an empty item of the expected type, so that the items
 * after it keep their index, and with it their line in the diagnostics.
 */
import type { ErrorObject } from 'ajv';
import type { PathSegment } from '../load/yaml-ast.js';

export function toPath(instancePath: string): PathSegment[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function parentOf(data: unknown, path: readonly PathSegment[]): Record<string | number, unknown> | undefined {
  let cur = data;
  for (const seg of path.slice(0, -1)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur !== null && typeof cur === 'object' ? (cur as Record<string | number, unknown>) : undefined;
}

/** The empty value of a type the schema expected, for a list item that cannot simply be dropped. */
function emptyOf(expected: unknown): unknown {
  const types = Array.isArray(expected) ? expected : [expected];
  if (types.includes('object')) return {};
  if (types.includes('array')) return [];
  if (types.includes('string')) return '';
  return undefined;
}

function leaveOut(data: unknown, path: readonly PathSegment[], expected?: unknown): void {
  const parent = parentOf(data, path);
  const key = path[path.length - 1];
  if (!parent || key === undefined || !(key in parent)) return;
  if (Array.isArray(parent)) parent[key as number] = emptyOf(expected) ?? {};
  else delete parent[key];
}

/** Leave out, in place, the parts of `data` that the validation `errors` found of the wrong type or unknown. */
export function leaveOutInvalid(data: unknown, errors: readonly ErrorObject[]): void {
  for (const e of errors) {
    const path = toPath(e.instancePath);
    if (e.keyword === 'additionalProperties') leaveOut(data, [...path, String(e.params['additionalProperty'])]);
    // The root itself is never left out: a file that is not a map at all stops before this.
    else if (e.keyword === 'type' && path.length) leaveOut(data, path, e.params['type']);
  }
}
