/** Positions and ranges of the protocol compared: a position at a range's end is in it, as the cursor after a word is. */
import type { Position, Range } from 'vscode-languageserver/node';

function atOrBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

export function contains(range: Range, position: Position): boolean {
  return atOrBefore(range.start, position) && atOrBefore(position, range.end);
}

export function overlaps(a: Range, b: Range): boolean {
  return atOrBefore(a.start, b.end) && atOrBefore(b.start, a.end);
}
