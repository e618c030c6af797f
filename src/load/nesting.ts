/**
 * How deep a text nests its collections, read before any parser: a register needs a few levels, and a
 * parser that recurses runs out of stack at a depth that depends on how much stack its caller left it,
 * so the place it would report would change from run to run. Past `MAX_DEPTH` the text is refused at
 * the first character that goes deeper, the same place every time.
 */

/** Far more levels than any register has: its deepest values are a handful of levels down. */
export const MAX_DEPTH = 100;

/** Where a quoted scalar may open: at the start of a line or a value, after an indicator or a separator. */
function opensValue(text: string, lineStart: number, at: number): boolean {
  let i = at - 1;
  while (i >= lineStart && (text[i] === ' ' || text[i] === '\t')) i -= 1;
  return i < lineStart || ':[{,-?'.includes(text[i]!);
}

/** The offset of the first character that nests flow collections, compact sequences or indentation past `MAX_DEPTH`; undefined when none does. */
export function tooDeepAt(text: string): number | undefined {
  let depth = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (i === lineStart) {
      const deep = lineTooDeep(text, i);
      if (deep !== undefined) return deep;
    }
    if (c === '\n') lineStart = i + 1;
    else if (c === '#' && (i === lineStart || /\s/u.test(text[i - 1]!))) i = endOfLine(text, i) - 1;
    else if ((c === '"' || c === "'") && opensValue(text, lineStart, i)) i = endOfQuote(text, i);
    else if (c === '[' || c === '{') {
      depth += 1;
      if (depth > MAX_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth -= 1;
  }
  return undefined;
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** The offset of the closing quote of the scalar opened at `from` (its last character when it never closes). */
function endOfQuote(text: string, from: number): number {
  const quote = text[from]!;
  for (let i = from + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i += 1;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i += 1;
      else return i;
    }
  }
  return text.length - 1;
}

/** A line that opens more compact sequences ("- - - x") than `MAX_DEPTH`, or is indented further than so many levels could be. */
function lineTooDeep(text: string, start: number): number | undefined {
  let i = start;
  let levels = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || ((text[i] === '-' || text[i] === '?') && /\s/u.test(text[i + 1] ?? '')))) {
    if (text[i] === '-' || text[i] === '?') levels += 1;
    if (levels > MAX_DEPTH || i - start >= 4 * MAX_DEPTH) return i;
    i += 1;
  }
  return undefined;
}
