/**
 * Breaking a label of the data-flow picture into lines that fit its box. An SVG does not wrap
 * text itself, so the width of a line is estimated from the advance widths of DejaVu Sans, the
 * widest of the fonts the picture names: in any of them a line fits.
 */

/** Advance widths in em, by character class (DejaVu Sans, rounded up). */
const NARROW = /[iljIJ.,:;'!|/ ]/;
const SEMI = /[ftr\-"*()[\]{}]/;
const WIDE = /[mwMW]/;

/** The estimated width of a character, in em. */
function charWidth(c: string): number {
  if (NARROW.test(c)) return 0.33;
  if (SEMI.test(c)) return 0.42;
  if (WIDE.test(c)) return 0.99;
  if (/[A-ZÅÄÖ]/.test(c)) return 0.78;
  if (/[\p{L}\p{N}]/u.test(c) && c.charCodeAt(0) < 0x250) return 0.64;
  return 1;
}

/** The estimated width of a text, in em. */
export function textWidth(text: string): number {
  let width = 0;
  for (const c of text) width += charWidth(c);
  return width;
}

/** A word wider than a line, in pieces that each fit one. */
function splitWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const c of word) {
    if (piece && textWidth(piece + c) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += c;
  }
  return piece ? [...pieces, piece] : pieces;
}

export interface Wrapped {
  lines: string[];
  /** More lines were needed than allowed: the last one ends with `…`. */
  cut: boolean;
}

/** The lines of a text `width` em wide, at most `max` of them. */
export function wrap(text: string, width: number, max: number): Wrapped {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').flatMap((w) => (textWidth(w) > width ? splitWord(w, width) : [w]));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && textWidth(`${line} ${word}`) <= width) line += ` ${word}`;
    else {
      if (line) lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return { lines, cut: false };
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last && textWidth(`${last}…`) > width) last = [...last].slice(0, -1).join('');
  kept[max - 1] = `${last}…`;
  return { lines: kept, cut: true };
}
