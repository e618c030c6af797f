/**
 * Where a finding is in the file's data: the JSON pointer (RFC 6901) of the innermost node at its
 * start, so that the form shows it beside the field it is about. A finding in a text that is not
 * YAML is at the root (`''`).
 */
import { newLineCounter, parseYaml, pathAtOffset, type PathSegment } from '../../load/yaml-ast.js';

export function pointerOf(path: readonly PathSegment[]): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Finds the pointer of a line and column (1-based, UTF-16 units) of one text. */
export type PointerAt = (line: number, column: number) => string;

export function pointersIn(text: string): PointerAt {
  const lineCounter = newLineCounter();
  let doc: ReturnType<typeof parseYaml> | undefined;
  try {
    doc = parseYaml(text, lineCounter);
  } catch {
    doc = undefined;
  }
  const starts = lineStarts(text);
  return (line, column) => {
    if (!doc || !doc.contents) return '';
    const offset = (starts[line - 1] ?? text.length) + column - 1;
    return pointerOf(pathAtOffset(doc, offset));
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
