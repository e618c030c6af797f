import { countBySeverity, type Diagnostic, type Severity } from '../diagnostic.js';
import type { MessageLanguage } from '../interface-language.js';
import { escapeTerminal } from './escape.js';

type Counted = 'problem' | 'error' | 'warning';

/** The words of the report: severities, and what is counted in the singular and the plural. */
const WORDS: Record<MessageLanguage, { severity: Record<Severity, string>; counted: Record<Counted, [string, string]>; none: string }> = {
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    counted: { problem: ['problem', 'problems'], error: ['error', 'errors'], warning: ['warning', 'warnings'] },
    none: 'no problems',
  },
  fi: {
    severity: { error: 'virhe', warning: 'varoitus', info: 'huomio' },
    counted: { problem: ['ongelma', 'ongelmaa'], error: ['virhe', 'virhettä'], warning: ['varoitus', 'varoitusta'] },
    none: 'ei ongelmia',
  },
  sv: {
    severity: { error: 'fel', warning: 'varning', info: 'info' },
    counted: { problem: ['problem', 'problem'], error: ['fel', 'fel'], warning: ['varning', 'varningar'] },
    none: 'inga problem',
  },
};

function count(n: number, what: Counted, lang: MessageLanguage): string {
  return `${n} ${WORDS[lang].counted[what][n === 1 ? 0 : 1]}`;
}

const COLOURS = { red: 31, yellow: 33, dim: 2, underline: 4, green: 32, bold: 1 } as const;

function paint(on: boolean, colour: keyof typeof COLOURS, text: string): string {
  return on ? `\u001b[${COLOURS[colour]}m${text}\u001b[0m` : text;
}

/** A readable report grouped by file, in the manner of vfile-reporter, in `language` (default English). */
export function formatStylish(
  diagnostics: readonly Diagnostic[],
  options: { colour?: boolean; files?: readonly string[]; language?: MessageLanguage } = {},
): string {
  const colour = options.colour ?? false;
  const lang = options.language ?? 'en';
  const words = WORDS[lang];
  const levelWidth = Math.max(...Object.values(words.severity).map((w) => w.length));
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
    lines.push(`${paint(colour, 'underline', escapeTerminal(file))}${list.length ? '' : `  ${status} ${words.none}`}`);
    const places = list.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn}`);
    const width = Math.max(0, ...places.map((p) => p.length));
    list.forEach((d, i) => {
      const word = words.severity[d.severity].padEnd(levelWidth);
      const level = d.severity === 'error' ? paint(colour, 'red', word) : d.severity === 'warning' ? paint(colour, 'yellow', word) : word;
      lines.push(`  ${places[i]!.padEnd(width)}  ${level}  ${escapeTerminal(d.message)}  ${paint(colour, 'dim', escapeTerminal(d.ruleId))}`);
      if (d.note) lines.push(`  ${' '.repeat(width)}  ${paint(colour, 'dim', escapeTerminal(d.note))}`);
    });
    if (list.length) lines.push('');
  }
  const { errors, warnings } = countBySeverity(diagnostics);
  const total = errors + warnings;
  if (total === 0) lines.push(`${paint(colour, 'green', '✔')} ${words.none}`);
  else {
    const parts = [errors ? count(errors, 'error', lang) : '', warnings ? count(warnings, 'warning', lang) : ''].filter(Boolean).join(', ');
    lines.push(`${paint(colour, errors ? 'red' : 'yellow', errors ? '✖' : '⚠')} ${count(total, 'problem', lang)} (${parts})`);
  }
  return `${lines.join('\n')}\n`;
}
