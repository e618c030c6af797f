/** A quick fix: one edit of a document, offered only when the text it makes is still well-formed YAML. */
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseSource } from '../load/parse.js';

export interface Fix {
  title: string;
  edit: TextEdit;
}

/** The fix as a code action for the diagnostic it resolves, or undefined when the text it makes would not read as YAML. */
export function quickFix(document: TextDocument, diagnostic: LspDiagnostic, fix: Fix): CodeAction | undefined {
  const text = TextDocument.applyEdits(document, [fix.edit]);
  if (parseSource({ file: '', path: '', text }).length) return undefined;
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: { changes: { [document.uri]: [fix.edit] } },
  };
}
