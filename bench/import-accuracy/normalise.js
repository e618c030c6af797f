/** How values are made comparable: each kind of fact has its own notion of "the same". */

/** Whitespace collapsed, lower case. */
export const text = (s) => String(s).replace(/\s+/g, ' ').trim().toLowerCase();

/** An e-mail address: case, `mailto:` and an `(at)` spelling do not matter. */
export const email = (s) => text(s).replace(/^mailto:/, '').replace(/\s*\(at\)\s*|\s*\[at\]\s*/g, '@');

/** A phone number: spaces, dashes, dots and brackets do not matter. */
export const phone = (s) => String(s).replace(/[\s\-.()]/g, '');

/** A business id: spaces do not matter. */
export const businessId = (s) => String(s).replace(/\s+/g, '');

/** A web address: scheme, `www.` and a trailing slash do not matter. */
export const website = (s) => text(s).replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');

/** A date as YYYY-MM-DD (or the text given, e.g. a month `2025-02`). */
export const date = (d) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

/** Every string inside a value (a text per language, an object, a list), joined. */
export function allText(value) {
  if (value == null) return '';
  if (typeof value !== 'object') return String(value);
  return Object.values(value).map(allText).join(' ');
}

/** Expected values may list alternatives; each is one acceptable value. */
export const alternatives = (v) => (Array.isArray(v) ? v : [v]);

/**
 * A value the draft writes only to hold a place for the user to fill in: a `TODO: …` text, or the
 * date 1970-01-01 that stands for "the original gives no date". It counts as not given.
 */
export const isPlaceholder = (v) =>
  v == null || v === '' || (typeof v === 'string' && /^\s*TODO\b/i.test(v)) || date(v) === '1970-01-01';
