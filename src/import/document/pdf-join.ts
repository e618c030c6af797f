/**
 * The lines of a PDF paragraph as one text. A hyphen at the end of a line is taken out only where the
 * word is plainly one word broken for the line: Finnish writes many compounds with a hyphen
 * ("EU-alue", "tietosuoja-asetus", "henkilö- ja asiakastiedot"), so when in doubt it stays.
 */

/** Words after which a hyphen ends the first half of a pair: "henkilö- ja asiakastiedot". */
const PAIRED = new Set(['ja', 'tai', 'sekä', 'eli', 'and', 'or', 'och', 'eller']);

/** The words of a document, lower-case, for telling a broken word from a hyphenated one. */
export function wordsOf(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) for (const w of text.toLowerCase().match(/[\p{L}-]+/gu) ?? []) out.add(w);
  return out;
}

/** How a line ending in a hyphen meets the next line: the hyphen taken out, kept, or kept with a space. */
export function hyphenJoin(before: string, after: string, words: ReadonlySet<string>): string {
  const head = /(\p{L}+)-$/u.exec(before)?.[1];
  const tail = /^(\p{L}+)/u.exec(after)?.[1];
  if (!head || !tail || !/^\p{Ll}/u.test(tail)) return `${before}${after}`;
  if (PAIRED.has(tail.toLowerCase())) return `${before} ${after}`;
  const whole = `${head}${tail}`.toLowerCase();
  // One word: written so elsewhere in the document, never with the hyphen, of lower-case letters
  // only, and not where Finnish needs the hyphen (the same vowel on both sides: "tietosuoja-asetus").
  const oneWord =
    /^\p{Ll}{2,}$/u.test(head) &&
    words.has(whole) &&
    !words.has(`${head}-${tail}`.toLowerCase()) &&
    head.slice(-1).toLowerCase() !== tail.charAt(0).toLowerCase();
  return oneWord ? `${before.slice(0, -1)}${after}` : `${before}${after}`;
}

/** Lines into one text: a space between them, or a broken word mended. */
export function joinLines(lines: readonly string[], words: ReadonlySet<string>): string {
  let text = '';
  for (const line of lines) {
    if (!text) text = line;
    else if (text.endsWith('\u00ad')) text = `${text.slice(0, -1)}${line}`;
    else if (/\p{L}-$/u.test(text)) text = hyphenJoin(text, line, words);
    else text = `${text} ${line}`;
  }
  return text.replace(/\u00ad/gu, '');
}
