/** Seloste's diagnostics as the editor shows them: the same findings, positions from 0, the rule page linked. */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver/node';
import type { Diagnostic, Severity } from '../diagnostic.js';

export const SOURCE = 'seloste';

/** What a quick fix needs to know of a diagnostic, carried in its `data`. */
export interface FixData {
  /** The replacement the message suggests for the text at the range. */
  expected?: string[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Lines and columns count from 1 in Seloste and from 0 in the protocol; both count UTF-16 units. */
export function rangeOf(d: Diagnostic): Range {
  return { start: { line: d.line - 1, character: d.column - 1 }, end: { line: d.endLine - 1, character: d.endColumn - 1 } };
}

export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  const out: LspDiagnostic = {
    range: rangeOf(d),
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    source: SOURCE,
    message: d.note ? `${d.message}\n${d.note}` : d.message,
  };
  if (d.url) out.codeDescription = { href: d.url };
  if (d.expected) out.data = { expected: d.expected } satisfies FixData;
  return out;
}
