import type { Document, LineCounter } from 'yaml';
import type { Diagnostic, Severity } from '../diagnostic.js';
import { docUrl } from '../docs-url.js';
import { locate, rangeOf, type PathSegment } from './yaml-ast.js';

/** A YAML file as read: its text, syntax tree and the plain data it holds. */
export interface Source {
  /** Path as shown to the user (relative to the working directory when inside it). */
  file: string;
  /** Absolute path. */
  path: string;
  text: string;
  doc?: Document.Parsed;
  lineCounter?: LineCounter;
  data?: unknown;
}

export interface DiagnosticInit {
  ruleId: string;
  message: string;
  severity?: Severity;
  note?: string;
  url?: string;
  expected?: string[];
}

/** A diagnostic at a byte range of a source. */
export function diagnosticAtRange(source: Source, range: [number, number], init: DiagnosticInit): Diagnostic {
  const lc = source.lineCounter;
  const start = lc ? lc.linePos(range[0]) : { line: 1, col: 1 };
  const end = lc ? lc.linePos(Math.max(range[0], range[1])) : start;
  const d: Diagnostic = {
    file: source.file,
    line: start.line,
    column: start.col,
    endLine: end.line,
    endColumn: end.col,
    ruleId: init.ruleId,
    severity: init.severity ?? 'error',
    message: init.message,
    url: init.url ?? docUrl(init.ruleId),
  };
  if (init.note !== undefined) d.note = init.note;
  if (init.expected !== undefined) d.expected = init.expected;
  return d;
}

/** A diagnostic at the node of a path; `at: 'key'` points at the key instead of the value. */
export function diagnosticAtPath(
  source: Source,
  path: readonly PathSegment[],
  init: DiagnosticInit,
  at: 'value' | 'key' = 'value',
): Diagnostic {
  if (!source.doc) return diagnosticAtRange(source, [0, 0], init);
  const found = locate(source.doc, path);
  let target = found.node;
  if (at === 'key' && found.key && found.depth === path.length) target = found.key;
  let range = rangeOf(target);
  // A whole map or list spans many lines: point at its first line only, where its key stands.
  if (isMultiline(source, range)) {
    if (found.key && found.depth === path.length && target === found.node) range = rangeOf(found.key);
    else range = firstLineOf(source, range);
  }
  return diagnosticAtRange(source, range, init);
}

function firstLineOf(source: Source, range: [number, number]): [number, number] {
  const newline = source.text.indexOf('\n', range[0]);
  return [range[0], newline === -1 ? range[1] : Math.min(range[1], newline)];
}

function isMultiline(source: Source, range: [number, number]): boolean {
  return source.text.slice(range[0], range[1]).includes('\n');
}
