/**
 * Reading and writing PDF dictionaries as text (ISO 32000-1, 7.3): enough to copy a dictionary
 * Chromium wrote with some entries changed. The text is the file decoded as Latin-1, so that an
 * index in it is a byte offset in the file.
 */

const DELIMITER = /[\s()<>[\]{}/%]/;

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** End of a name, number or keyword: the next white space or delimiter. */
function tokenEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !DELIMITER.test(text[i]!)) i++;
  return i;
}

/** End of a literal string `(…)`: parentheses nest, a backslash escapes the next character. */
function stringEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** End of an array or dictionary whose first value starts at `at`. */
function containerEnd(text: string, at: number, close: string): number {
  let i = skipSpace(text, at);
  while (i < text.length && !text.startsWith(close, i)) i = skipSpace(text, valueEnd(text, i));
  return Math.min(text.length, i + close.length);
}

const REFERENCE_TAIL = /\s+\d+\s+R(?=[\s()<>[\]{}/%]|$)/y;

/** The index just past the value that starts at `at` (white space before it is skipped). */
export function valueEnd(text: string, at: number): number {
  const i = skipSpace(text, at);
  if (text.startsWith('<<', i)) return containerEnd(text, i + 2, '>>');
  const c = text[i];
  if (c === '[') return containerEnd(text, i + 1, ']');
  if (c === '(') return stringEnd(text, i);
  if (c === '<') return text.indexOf('>', i) + 1 || text.length;
  if (c === '/') return tokenEnd(text, i + 1);
  if (c === ']' || c === '>' || c === ')' || c === '{' || c === '}') return i + 1;
  // A number, a keyword (true, false, null) or an indirect reference `12 0 R`.
  const end = tokenEnd(text, i);
  if (!/^\d+$/.test(text.slice(i, end))) return end;
  REFERENCE_TAIL.lastIndex = end;
  return REFERENCE_TAIL.test(text) ? REFERENCE_TAIL.lastIndex : end;
}

export interface Entry {
  /** The key without its slash. */
  key: string;
  /** The value as written. */
  value: string;
  /** Where the key starts and the value ends, in `text`. */
  start: number;
  end: number;
}

/** The entries of the dictionary `<<…>>` that starts at `at` (white space before it is skipped). */
export function dictionaryEntries(text: string, at = 0): Entry[] {
  const open = skipSpace(text, at);
  if (!text.startsWith('<<', open)) return [];
  const entries: Entry[] = [];
  let i = skipSpace(text, open + 2);
  while (text[i] === '/') {
    const keyEnd = tokenEnd(text, i + 1);
    const valueStart = skipSpace(text, keyEnd);
    const end = valueEnd(text, valueStart);
    entries.push({ key: text.slice(i + 1, keyEnd), value: text.slice(valueStart, end), start: i, end });
    i = skipSpace(text, end);
  }
  return entries;
}

export function writeDictionary(entries: Iterable<readonly [string, string]>): string {
  return `<<${[...entries].map(([key, value]) => `/${key} ${value}`).join('\n')}>>`;
}

/** A text string as UTF-16BE hex, as every reader takes it: `<FEFF…>`. */
export function hexText(value: string): string {
  let out = '<FEFF';
  for (let i = 0; i < value.length; i++) out += value.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `${out}>`;
}

/** `12 0 R` → 12. */
export function referenceNumber(value: string | undefined): number | undefined {
  const n = Number(/^(\d+)\s+\d+\s+R$/.exec(value?.trim() ?? '')?.[1]);
  return Number.isInteger(n) ? n : undefined;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** The bytes of a string value: literal `(…)` with its escapes, or hexadecimal `<…>`. */
function stringBytes(value: string): string {
  if (value.startsWith('<')) {
    const hex = value.slice(1, -1).replace(/\s+/g, '');
    return (hex.length % 2 ? `${hex}0` : hex).replace(/../g, (h) => String.fromCharCode(parseInt(h, 16)));
  }
  return value
    .slice(1, -1)
    .replace(/\\(\r\n|\r|\n)/g, '')
    .replace(/\\([0-7]{1,3}|.)/gs, (_, c: string) => (/^[0-7]/.test(c) ? String.fromCharCode(parseInt(c, 8) & 0xff) : (ESCAPES[c] ?? c)));
}

/** A text string value as text: UTF-16BE after its byte order mark, otherwise taken as Latin-1. */
export function decodeText(value: string): string {
  const bytes = stringBytes(value.trim());
  if (!bytes.startsWith('\xfe\xff')) return bytes;
  let out = '';
  for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes.charCodeAt(i) * 256 + bytes.charCodeAt(i + 1));
  return out;
}
