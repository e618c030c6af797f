/** A draft the schema refuses is made to fit: what does not fit is taken out and kept as a TODO. */
import { validatorFor } from '../validate/schemas.js';
import { type Lang, NAME_STAND_IN, type Note } from './draft/state.js';

type Segment = string | number;

function removeAt(data: Record<string, unknown>, path: readonly Segment[]): unknown {
  let parent: unknown = data;
  for (const seg of path.slice(0, -1)) parent = (parent as Record<string, unknown>)[String(seg)];
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) return parent.splice(Number(last), 1)[0];
  if (parent && typeof parent === 'object') {
    const value = (parent as Record<string, unknown>)[String(last)];
    delete (parent as Record<string, unknown>)[String(last)];
    return value;
  }
  return undefined;
}

function flatten(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (value && typeof value === 'object') return Object.values(value).flatMap(flatten);
  return value === undefined ? [] : [String(value)];
}

/**
 * Whatever the schema would refuse is taken out again and kept as a TODO, so that a draft always
 * loads: `seloste check` then reports rule findings only.
 */
export function conform(register: Record<string, unknown>, notes: Note[], lang: Lang): void {
  const validate = validatorFor('register');
  const valid = (): boolean => Boolean(validate(register as unknown));
  for (let round = 0; round < 50 && !valid(); round++) {
    const error = validate.errors?.[0];
    if (!error) break;
    const path: Segment[] = error.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/gu, '/').replace(/~0/gu, '~'))
      .map((s) => (/^\d+$/u.test(s) ? Number(s) : s));
    const extra = (error.params as { additionalProperty?: string }).additionalProperty;
    if (error.keyword === 'additionalProperties' && extra) path.push(extra);
    if (!path.length) break;
    const top = String(path[0]);
    const removed = removeAt(register, path);
    notes.push({ at: [top], todo: `\`${path.join('.')}\` did not fit the register format and was left out: ${error.message ?? 'invalid'}`, lines: flatten(removed) });
    // An emptied list or object would be refused in turn.
    for (let depth = path.length - 1; depth >= 1; depth--) {
      const parentPath = path.slice(0, depth);
      let parent: unknown = register;
      for (const seg of parentPath) parent = (parent as Record<string, unknown> | undefined)?.[String(seg)];
      const empty = Array.isArray(parent) ? parent.length === 0 : parent !== null && typeof parent === 'object' && Object.keys(parent).length === 0;
      if (empty && !(top === 'personal_identity_code' && depth === 1)) removeAt(register, parentPath);
      else break;
    }
    // The one required key comes back as a marked stand-in; a date is never made up.
    if (register['name'] === undefined) register['name'] = { [lang]: NAME_STAND_IN[lang] };
  }
}
