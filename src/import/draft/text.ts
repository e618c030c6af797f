/** Sentences, lead-ins and words of an old notice's text. */

export const ABBREVIATIONS = /(?:^|[\s(])(?:esim|mm|jne|yms|ym|ts|ns|n|p|puh|tel|nro|no|e\.g|i\.e|etc|incl|approx|vrt|ks|klo|s|v|art|mr|mrs|ms|dr|st|oy|inc|ltd|co|t\.ex|bl\.a|s\.k|m\.m|dvs|inkl|exkl|jfr|resp|ca)$/iu;

/** Sentences of a paragraph; abbreviations ("esim.", "e.g.") and dates do not end one. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]+["”’)]?\s+(?=[\p{Lu}"”(])/gu;
  for (const m of text.matchAll(re)) {
    // Only the end of the sentence matters: a short window keeps long texts linear.
    const before = text.slice(Math.max(start, m.index - 12), m.index);
    // An abbreviation, a day of a date, an initial, or letters with points ("P.O. Box", "U.S. company").
    if (ABBREVIATIONS.test(before) || /(?:^|\s)\d{1,2}$/u.test(before) || /(?:^|\s)\p{Lu}$/u.test(before) || /(?:^|[\s(])(?:\p{L}\.)+\p{L}$/u.test(before)) continue;
    const end = m.index + m[0].length;
    const s = text.slice(start, end).trim();
    if (s) out.push(s);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** A text as its words alone, in lower case: to compare what two texts say, whatever their marks. */
export function wordsOnly(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();
}

export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('fi') + s.slice(1);
}

export function stripEnd(s: string): string {
  return s.replace(/[\s,;]+$/u, '').trim();
}

/** A paragraph that leads into the list after it: it ends in a colon, "such as", or a verb left without its object ("… oikeusperuste on"). */
export function isLeadIn(text: string): boolean {
  return /[:：]\s*$/u.test(text) || /(?:^|\s)(?:kuten|esimerkiksi|such as|including|as follows|on|ovat|är|is|are)\s*$/iu.test(text);
}

export function words(text: string): number {
  return text.split(/[^\p{L}]+/u).filter((w) => w.length >= 3).length;
}

export const EXCEPTION = /paitsi|ellei|lukuun ottamatta|poikkeuksena|kuitenkin|pääsääntöisesti|\bexcept|\bunless|other than|\bhowever|apart from|as a rule|\bgenerally/iu;
