/**
 * The keys and values of the register format (`law`, `legal_basis`, `consent`, `none`): a message
 * quotes them to say what to write, and they are no words of the notice to find a finding's place by.
 */
import { readSchema } from '../validate/schemas.js';

function collect(node: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) collect(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) out.add(name);
      if ((key === 'enum' || key === 'const') && (Array.isArray(value) || typeof value === 'string')) {
        for (const v of [value].flat()) if (typeof v === 'string') out.add(v);
      }
      collect(value, out);
    }
  }
  return out;
}

export const FORMAT_WORDS: ReadonlySet<string> = collect(readSchema('register'), new Set());
