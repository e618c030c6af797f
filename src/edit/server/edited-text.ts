/**
 * The text of a file with the editor's data written into it. The data go into the file's YAML
 * document (apply-data.ts); the document is then written out, and of that only the lines that
 * changed are taken: every other line stays byte for byte as it is on disk, even where the YAML
 * library would write it differently (`[ a, b ]` for `[a, b]`, another indentation).
 */
import type { Document, ToStringOptions } from 'yaml';
import { newLineCounter, parseYaml } from '../../load/yaml-ast.js';
import { applyData } from './apply-data.js';
import { matchLines } from './line-diff.js';

/** Why data cannot be written into a text: it is not a YAML map the editor could have shown. */
export class NotEditable extends Error {}

export function textWithData(text: string, data: Record<string, unknown>): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseYaml(text, newLineCounter());
  if (doc.errors.length) throw new NotEditable('the file is not valid YAML');
  const unix = text.replace(/\r\n/g, '\n');
  const { options, before } = closestStyle(doc, unix);
  applyData(doc, data);
  const after = doc.toString(options);
  if (before === after) return text;
  if (before === unix) return after.replace(/\n/g, eol);
  return merge(unix.split('\n'), before.split('\n'), after.split('\n')).join(eol);
}

/** The ways of writing YAML the library has: indentation, lists under their key or indented, spaces inside `[ ]`. */
const STYLES: ToStringOptions[] = [2, 4].flatMap((indent) =>
  [true, false].flatMap((indentSeq) => [false, true].map((flowCollectionPadding) => ({ lineWidth: 0, indent, indentSeq, flowCollectionPadding }))),
);

/**
 * The way of writing that gives back most of the file's own lines, and the document written so:
 * the more lines match, the closer to an edit the file's own lines are kept.
 */
function closestStyle(doc: Document, text: string): { options: ToStringOptions; before: string } {
  const lines = text.split('\n');
  let best: { options: ToStringOptions; before: string; matched: number } | undefined;
  for (const options of STYLES) {
    const before = doc.toString(options);
    if (before === text) return { options, before };
    const matched = matchLines(lines, before.split('\n')).filter((j) => j !== -1).length;
    if (!best || matched > best.matched) best = { options, before, matched };
  }
  return best!;
}

/**
 * The new lines, taken where the document changed, and the file's own lines where it did not.
 * Anchors are lines the three texts share; between two anchors, the file's lines are kept when
 * the document's lines there are the same before and after the edit.
 */
function merge(original: string[], before: string[], after: string[]): string[] {
  const toOriginal = inverse(matchLines(original, before), before.length);
  const toAfter = matchLines(before, after);
  const out: string[] = [];
  let prev = { b: -1, o: -1, a: -1 };
  const close = (next: { b: number; o: number; a: number }): void => {
    out.push(...between(original.slice(prev.o + 1, next.o), before.slice(prev.b + 1, next.b), after.slice(prev.a + 1, next.a)));
    prev = next;
  };
  for (let b = 0; b < before.length; b++) {
    const o = toOriginal[b]!;
    const a = toAfter[b]!;
    if (o === -1 || a === -1) continue;
    close({ b, o, a });
    out.push(original[o]!);
  }
  close({ b: before.length, o: original.length, a: after.length });
  return out;
}

/**
 * The lines between two anchors: the file's own when the document's did not change there; where it
 * did, the new lines, except that when the file and the document have as many lines there (the
 * same lines, written differently), a line the edit left alone keeps the file's form and a new one
 * the file's indentation.
 */
function between(original: string[], before: string[], after: string[]): string[] {
  if (before.length === after.length && before.every((line, i) => line === after[i])) return original;
  if (original.length !== before.length) return after;
  const kept = inverse(matchLines(before, after), after.length);
  return after.map((line, j) => {
    if (kept[j] !== -1) return original[kept[j]!]!;
    // A new line takes the indentation of the file's line at its place, as the document's line there was indented.
    const i = Math.min(j, before.length - 1);
    const shift = i < 0 ? 0 : indentOf(original[i]!) - indentOf(before[i]!);
    return shift >= 0 ? ' '.repeat(shift) + line : line.slice(Math.min(-shift, indentOf(line)));
  });
}

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

function inverse(match: readonly number[], length: number): number[] {
  const out = new Array<number>(length).fill(-1);
  match.forEach((j, i) => {
    if (j !== -1) out[j] = i;
  });
  return out;
}
