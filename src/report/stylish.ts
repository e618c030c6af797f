import { countBySeverity, type Diagnostic } from '../diagnostic.js';
import { escapeTerminal } from './escape.js';

const COLOURS = { red: 31, yellow: 33, dim: 2, underline: 4, green: 32, bold: 1 } as const;

function paint(on: boolean, colour: keyof typeof COLOURS, text: string): string {
  return on ? `\u001b[${COLOURS[colour]}m${text}\u001b[0m` : text;
}

/** A readable report grouped by file, in the manner of vfile-reporter. */
export function formatStylish(diagnostics: readonly Diagnostic[], options: { colour?: boolean; files?: readonly string[] } = {}): string {
  const colour = options.colour ?? false;
  const byFile = new Map<string, Diagnostic[]>();
  for (const f of options.files ?? []) byFile.set(f, []);
  for (const d of diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    const { errors, warnings } = countBySeverity(list);
    const status = errors ? paint(colour, 'red', '✖') : warnings ? paint(colour, 'yellow', '⚠') : paint(colour, 'green', '✔');
    lines.push(`${paint(colour, 'underline', escapeTerminal(file))}${list.length ? '' : `  ${status} no problems`}`);
    const places = list.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);
    const width = Math.max(0, ...places.map((p) => p.length));
    list.forEach((d, i) => {
      const level = d.severity === 'error' ? paint(colour, 'red', 'error  ') : d.severity === 'warning' ? paint(colour, 'yellow', 'warning') : 'info   ';
      lines.push(`  ${places[i]!.padEnd(width)}  ${level}  ${escapeTerminal(d.message)}  ${paint(colour, 'dim', escapeTerminal(d.ruleId))}`);
      if (d.note) lines.push(`  ${' '.repeat(width)}  ${paint(colour, 'dim', escapeTerminal(d.note))}`);
    });
    if (list.length) lines.push('');
  }
  const { errors, warnings } = countBySeverity(diagnostics);
  const total = errors + warnings;
  if (total === 0) lines.push(`${paint(colour, 'green', '✔')} no problems`);
  else {
    const parts = [errors ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '', warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '']
      .filter(Boolean)
      .join(', ');
    lines.push(`${paint(colour, errors ? 'red' : 'yellow', errors ? '✖' : '⚠')} ${total} ${total === 1 ? 'problem' : 'problems'} (${parts})`);
  }
  return `${lines.join('\n')}\n`;
}
