import type { Diagnostic } from '../diagnostic.js';
import { escapeJson } from './escape.js';

/** The diagnostics as a JSON array of `{file, line, column, endLine, endColumn, ruleId, severity, message, url}`. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const plain = diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    url: d.url ?? null,
  }));
  return `${escapeJson(JSON.stringify(plain, null, 2))}\n`;
}
