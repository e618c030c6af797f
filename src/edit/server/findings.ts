/**
 * Seloste's diagnostics as the editor page receives them: each with the JSON pointer of the node it
 * is about, the project-relative file it is in, and the doc of its rule as plain text; and the
 * counts that make a file's summary.
 */
import type { Diagnostic } from '../../diagnostic.js';
import type { FileResult } from '../../pipeline.js';
import { explanationOf } from './explanation.js';
import { pointersIn, type PointerAt } from './pointers.js';

export type Severity = Diagnostic['severity'];

export interface Finding {
  pointer: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
  explanation?: string;
  url?: string;
  file: string;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  state: 'clean' | 'warnings' | 'errors' | 'invalid';
}

/** The counts of diagnostics; `invalid` when the file cannot be read as its kind (see `registerIsInvalid`, `organisationIsInvalid`). */
export function summarise(diagnostics: readonly Pick<Diagnostic, 'severity'>[], invalid: boolean): Summary {
  const count = (s: Severity): number => diagnostics.filter((d) => d.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const state = invalid ? 'invalid' : errors ? 'errors' : warnings ? 'warnings' : 'clean';
  return { errors, warnings, infos: count('info'), state };
}

/** A problem of reading the text as YAML (or at all): the form cannot show such a file. */
export function isUnreadable(d: Pick<Diagnostic, 'ruleId'>): boolean {
  return d.ruleId.startsWith('yaml/') || d.ruleId.startsWith('file/');
}

/** A register that cannot be read whole: not as YAML, or with an organisation file that cannot be, or past the schema. */
export function registerIsInvalid(file: FileResult): boolean {
  return !file.loaded || file.loaded.partial === true;
}

/** An organisation file that cannot be read, or breaks its schema: the registers that use it cannot be read whole. */
export function organisationIsInvalid(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => isUnreadable(d) || (d.ruleId.startsWith('schema/') && d.severity === 'error'));
}

/**
 * The findings of the diagnostics; `textOf` gives the text each file was checked in (the edited
 * one for the file being edited), to find the pointers in.
 */
export function toFindings(diagnostics: readonly Diagnostic[], textOf: (file: string) => string | undefined): Finding[] {
  const pointers = new Map<string, PointerAt>();
  return diagnostics.map((d) => {
    let at = pointers.get(d.file);
    if (!at) {
      const text = textOf(d.file);
      at = text === undefined ? () => '' : pointersIn(text);
      pointers.set(d.file, at);
    }
    const finding: Finding = {
      pointer: at(d.line, d.column),
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      severity: d.severity,
      rule: d.ruleId,
      message: d.note ? `${d.message}. ${d.note}` : d.message,
      file: d.file,
    };
    const explanation = explanationOf(d.ruleId);
    if (explanation) finding.explanation = explanation;
    if (d.url) finding.url = d.url;
    return finding;
  });
}
