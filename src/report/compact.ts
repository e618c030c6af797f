import type { Diagnostic } from '../diagnostic.js';
import { escapeTerminal } from './escape.js';

/**
 * One line a finding, `file:line:col: severity message [rule]`, the form compilers print and editors,
 * `grep` and Vim's quickfix list read.
 */
export function formatCompact(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${escapeTerminal(d.file)}:${d.line}:${d.column}: ${d.severity} ${escapeTerminal(d.message)} [${d.ruleId}]\n`).join('');
}
