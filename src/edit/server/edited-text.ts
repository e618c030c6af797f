/**
 * The text of a file with the editor's data written into it. The data go into the file's YAML
 * document (apply-data.ts); the document is then written out, and of that only the lines that
 * changed are taken: every other line stays byte for byte as it is on disk, even where the YAML
 * library would write it differently (`[ a, b ]` for `[a, b]`, another indentation).
 */
import type { ToStringOptions } from 'yaml';
import { newLineCounter, parseYaml } from '../../load/yaml-ast.js';
import { applyData } from './apply-data.js';
import { matchLines } from './line-diff.js';

/** Why data cannot be written into a text: it is not a YAML map the editor could have shown. */
export class NotEditable extends Error {}

export function textWithData(text: string, data: Record<string, unknown>): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseYaml(text, newLineCounter());
  if (doc.errors.length) throw new NotEditable('the file is not valid YAML');
  const options = styleOf(text);
  const before = doc.toString(options);
  applyData(doc, data);
  const after = doc.toString(options);
  if (before === after) return text;
  const unix = text.replace(/\r\n/g, '\n');
  if (before === unix) return after.replace(/\n/g, eol);
  return merge(unix.split('\n'), before.split('\n'), after.split('\n')).join(eol);
}

/** How the file is written, as far as the YAML library can follow it. */
function styleOf(text: string): ToStringOptions {
  const lines = text.split(/\r?\n/);
  const indented = lines.find((l) => /^ +[^\s#-]/.test(l));
  const indent = indented ? Math.min(8, Math.max(1, /^ */.exec(indented)![0].length)) : 2;
  let indentSeq = true;
  for (let i = 0; i + 1 < lines.length; i++) {
    const key = /^( *)[^\s#-][^:]*:\s*$/.exec(lines[i]!);
    if (key && lines[i + 1]!.startsWith(`${key[1]}- `)) {
      indentSeq = false;
      break;
    }
  }
  return { lineWidth: 0, indent, indentSeq, flowCollectionPadding: /[[{] [^\s\]}]/.test(text) };
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
    const same = next.b - prev.b === next.a - prev.a && before.slice(prev.b + 1, next.b).every((line, i) => line === after[prev.a + 1 + i]);
    out.push(...(same ? original.slice(prev.o + 1, next.o) : after.slice(prev.a + 1, next.a)));
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

function inverse(match: readonly number[], length: number): number[] {
  const out = new Array<number>(length).fill(-1);
  match.forEach((j, i) => {
    if (j !== -1) out[j] = i;
  });
  return out;
}
