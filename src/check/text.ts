/** Helpers rules use to look inside free text. */
import type { PathSegment } from '../load/yaml-ast.js';
import type { Register, Text } from '../types.js';
import { perRegister } from './per-register.js';

export interface TextAt {
  path: PathSegment[];
  text: Text;
}

const TEXT_KEYS_OF_MAPS = new Set([
  'name', 'description', 'title', 'responsibilities', 'arrangement', 'contact_point', 'legitimate_interest', 'law',
  'how_given', 'how_to_withdraw', 'condition_text', 'consequence', 'category', 'purpose', 'trigger', 'logic',
  'significance', 'consequences', 'identity_check', 'ground', 'manual', 'electronic', 'consent', 'suppression',
  'provision', 'storage_location',
  // Internal facts, for the record of processing activities.
  'security', 'risks', 'documentation', 'processing',
]);

function isText(value: unknown): value is Text {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([k, v]) => /^[a-z]{2,3}$/.test(k) && typeof v === 'string');
}

/** Every free text of a register with its path, in document order. */
export const allTexts: (register: Register) => readonly TextAt[] = perRegister(findTexts);

function findTexts(register: Register): TextAt[] {
  const out: TextAt[] = [];
  const walk = (value: unknown, path: PathSegment[]): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i]));
      return;
    }
    if (!value || typeof value !== 'object') return;
    if (isText(value) && (path.length === 0 || typeof path[path.length - 1] === 'number' || TEXT_KEYS_OF_MAPS.has(String(path[path.length - 1])))) {
      out.push({ path, text: value });
      return;
    }
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(register, []);
  return out;
}

export function textValues(text: Text | undefined): string[] {
  return text ? Object.values(text).filter((v): v is string => typeof v === 'string') : [];
}

/**
 * The sentences of a text: a sentence ends at a full stop, question or exclamation mark (not that of
 * an abbreviation such as `esim.` or `e.g.`) or at a line break.
 */
export function sentences(text: string): string[] {
  return text.split(/(?<!\b(?:esim|mm|ns|yms|ym|jne|tms|e\.g|i\.e|etc|t\.ex|bl\.a|osv)\.)(?<=[.!?])\s+|\n+/iu).filter((s) => s.trim());
}
