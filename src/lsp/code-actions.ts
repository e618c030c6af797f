/** Quick fixes for the diagnostics the editor asks about, where the fix is certain. */
import type { CodeAction, Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SOURCE } from './diagnostics.js';
import { quickFix } from './fix.js';
import { replacementFix } from './replace-fix.js';
import { withdrawalFix } from './withdrawal-fix.js';

export function codeActions(document: TextDocument, diagnostics: readonly LspDiagnostic[], languages: readonly string[]): CodeAction[] {
  return diagnostics
    .filter((d) => d.source === SOURCE)
    .flatMap((d) => {
      const fix = replacementFix(document, d) ?? withdrawalFix(document, d, languages);
      const action = fix && quickFix(document, d, fix);
      return action ? [action] : [];
    });
}
