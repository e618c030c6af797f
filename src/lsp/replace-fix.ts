/** The quick fix for a misspelt key or value: what the message suggests (`did you mean …?`), in its place. */
import { TextEdit, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { scalarText } from '../load/yaml-ast.js';
import type { FixData } from './diagnostics.js';
import type { Fix } from './fix.js';

export function replacementFix(document: TextDocument, diagnostic: LspDiagnostic): Fix | undefined {
  const expected = (diagnostic.data as FixData | undefined)?.expected;
  const { range } = diagnostic;
  if (expected?.length !== 1 || range.start.line !== range.end.line) return undefined;
  const written = document.getText(range);
  const replacement = scalarText(expected[0]!);
  if (!written || written === replacement) return undefined;
  return { title: `Replace \`${written}\` with \`${replacement}\``, edit: TextEdit.replace(range, replacement) };
}
