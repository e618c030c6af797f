/**
 * What the form calls each part of a file and how it explains it, from the schema: the
 * `x-i18n[lang]` title and description when the schema has them, else the English `title` and
 * `description`; a part the schema gives no title is named after its key.
 */
import type { JsonSchema, Resolved } from './schema-set.js';

function annotation(schema: JsonSchema, lang: string, key: 'title' | 'description'): string | undefined {
  const translated = schema['x-i18n']?.[lang]?.[key];
  if (typeof translated === 'string' && translated) return translated;
  const own = schema[key];
  return typeof own === 'string' && own ? own : undefined;
}

/** `legal_basis` → `Legal basis`. */
export function humanise(key: string): string {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The label of a part: the title written where it is used; when that place says nothing of its own,
 * the title of what it refers to (`Controller (rekisterinpitäjä)`); else the key.
 */
export function labelOf(resolved: Resolved, lang: string, key: string): string {
  for (const schema of resolved.chain) {
    const title = annotation(schema, lang, 'title');
    if (title) return title;
    // A place with a description of its own is a different use of a shared part (a `text`, an `address`).
    if (annotation(schema, lang, 'description')) break;
  }
  return humanise(key);
}

/** The help of a part: its description where it is used, else that of what it refers to. */
export function helpOf(resolved: Resolved, lang: string): string | undefined {
  for (const schema of resolved.chain) {
    const description = annotation(schema, lang, 'description');
    if (description) return description;
  }
  return undefined;
}

/** The label of one value of an enum: `x-enum-titles[lang][value]`, else the value itself. */
export function enumLabel(resolved: Resolved, lang: string, value: unknown): string {
  for (const schema of resolved.chain) {
    const titles = schema['x-enum-titles']?.[lang];
    const title = titles?.[String(value)];
    if (title) return title;
  }
  return String(value);
}

/** A title without its parenthesised term: `Purpose (käsittelyn tarkoitus)` → `Purpose`, for naming list items. */
export function shortLabel(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, '') || label;
}
