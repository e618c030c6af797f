/**
 * Findings that say again what another finding on the same line of the notice says: hedged wording
 * in a retention sentence the retention rule already reports (it says what is vague about the time,
 * and how to say it), and so one finding, not two.
 */
import type { Diagnostic } from '../diagnostic.js';

/** Per rule, the rules whose finding on the same line covers its own. */
const COVERED_BY: Readonly<Record<string, readonly string[]>> = {
  'vague-language': ['retention'],
};

export function withoutRepeats(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => {
    const covering = COVERED_BY[d.ruleId];
    return !covering || !diagnostics.some((o) => o !== d && o.line === d.line && covering.includes(o.ruleId));
  });
}
