/**
 * How much Markdown one author text may hold. The Markdown parser takes time that grows with the
 * square of the marks (`*`, `_`, `[` …) in a paragraph and stack that grows with nesting, so a text
 * past these limits is reported by `check` and shown as plain text by the renderer: a register that
 * passes `check` always renders, and quickly.
 */

/**
 * Characters in one text. Real notice texts are paragraphs: the longest in the example registers is
 * under 1 000 characters, the longest paragraph of the imported real notices about 4 000.
 */
export const MAX_TEXT_LENGTH = 5000;

/**
 * Markdown marks (`*`, `_`, `~`, `` ` ``, `[`, `]`, `<`, `>`, `\`, `|`) in one text. A paragraph
 * with twenty links and some emphasis has about a hundred; at 500 the slowest arrangement of marks
 * parses in some tens of milliseconds, where 3 000 marks take a fifth of a second.
 */
export const MAX_MARKS = 500;

/** Levels of lists inside lists. A notice needs two; a level takes at least two columns of indent. */
export const MAX_DEPTH = 8;

/** Control characters other than tab, line feed and carriage return: never meant, invisible, unsafe in HTML. */
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const CONTROLS = new RegExp(CONTROL.source, 'gu');

/** The text with each control character replaced by U+FFFD, the replacement character. */
export function replaceControls(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS, '\ufffd') : text;
}

const MARK = /[*_~`[\]<>\\|]/g;

/** The number of Markdown marks in a text. */
export function countMarks(text: string): number {
  return text.match(MARK)?.length ?? 0;
}

/** A line that opens list items: its indent, then one or more markers (`- `, `* `, `+ `, `1. `, `1) `). */
const LIST_LINE = /^([ \t]*)((?:(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))+)/gmu;

/**
 * An upper bound of how deep lists nest in a text. A new level opens only on a line with a list
 * marker, inside levels whose content is indented at least two columns each; so a line's indent
 * (tabs as four columns) over two, plus its markers, bounds the depth it reaches.
 */
export function nestingDepth(text: string): number {
  let deepest = 0;
  for (const m of text.matchAll(LIST_LINE)) {
    const indent = m[1]!.replace(/\t/g, '    ').length;
    const markers = m[2]!.trim().split(/[ \t]+/).length;
    deepest = Math.max(deepest, Math.floor(indent / 2) + markers);
  }
  return deepest;
}

export type TextLimit = 'length' | 'marks' | 'depth';

/** The first limit a text is past, or undefined when Markdown may parse it. */
export function pastLimit(text: string): TextLimit | undefined {
  if (text.length > MAX_TEXT_LENGTH) return 'length';
  if (countMarks(text) > MAX_MARKS) return 'marks';
  if (nestingDepth(text) > MAX_DEPTH) return 'depth';
  return undefined;
}
