import type { Diagnostic } from '../diagnostic.js';
import { escapeTerminalLines } from './escape.js';

function escapeData(s: string): string {
  return escapeTerminalLines(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: each diagnostic becomes an annotation on the file's line. */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const level = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
      const props = [
        `file=${escapeProperty(d.file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(`seloste ${d.ruleId}`)}`,
      ].join(',');
      return `::${level} ${props}::${escapeData(d.message)}\n`;
    })
    .join('');
}
