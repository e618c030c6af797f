/**
 * Purposes that each rest on legitimate interests without saying which (a table of purposes, a row for
 * each, "Rättslig grund: Berättigat intresse"): one fault of the notice, which names the interests
 * nowhere, told once for all of them, where the notice speaks of its interests under a heading of their
 * own ("Intresseavvägning", "Oikeutettu etu"), else at the first of them.
 */
import type { Diagnostic } from '../diagnostic.js';
import type { MessageLanguage } from '../interface-language.js';
import { auditMessage } from './messages.js';
import { messageIdOf } from './message-id.js';
import type { Passage } from './passages.js';

/** A heading on the legitimate interests or their balancing. */
const INTERESTS_HEADING = /oikeutet\p{L}*\s+e[td]\p{L}*|intressavväg\p{L}*|intresseavväg\p{L}*|berättiga\p{L}*\s+intresse\p{L}*|legitimate\s+interests?|balancing\s+test/iu;

const unnamed = (d: Diagnostic): boolean => d.ruleId === 'legitimate-interest' && messageIdOf(d) === 'missing';
/** The register's bases said to hold legitimate interests that no purpose names: the same fault, told by the one finding. */
const unnamedInRegister = (d: Diagnostic): boolean => d.ruleId === 'legitimate-interest' && messageIdOf(d) === 'registerMissing';

export function interestsMerged(diagnostics: readonly Diagnostic[], passages: readonly Passage[], lang: MessageLanguage): Diagnostic[] {
  const group = diagnostics.filter(unnamed).sort((a, b) => a.line - b.line);
  // One a line: the draft may make two purposes of one row; the reader sees the row.
  const lines = new Set(group.map((d) => d.line));
  if (lines.size < 2) return [...diagnostics];
  // Not a heading of the rights, which names the interests as what the person may object to ("Invänd mot behandling baserad på vårt berättigade intresse").
  const heading = passages.find((p) => p.heading && !p.kinds.includes('rights') && INTERESTS_HEADING.test(p.text));
  const line = heading?.line ?? group[0]!.line;
  const message = auditMessage('legitimate-interest', 'manyMissing', { count: String(lines.size) }, lang);
  const one: Diagnostic = { ...group[0]!, line, endLine: line, message };
  return diagnostics.flatMap((d) => (d === group[0] ? [one] : unnamed(d) || unnamedInRegister(d) ? [] : [d]));
}
