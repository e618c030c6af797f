/**
 * Consent by use, in every sentence of the notice that says so: using the service, going on using it
 * after a change, confirming the notice read and agreeing by use (Art. 4(11), 7). The
 * draft holds some such sentences only in its comments, where `check` does not read them; each sentence
 * is a place to correct, reported at its own line.
 */
import { listed } from '../check/words.js';
import { invalidWording } from '../rules/invalid-consent.js';
import type { AuditFinding } from './finding.js';
import type { Passage } from './passages.js';

export function consentByUseFindings(passages: readonly Passage[]): AuditFinding[] {
  return passages.flatMap((p) => {
    // The page's own footer and settings are no part of the notice.
    if (p.heading || p.page || p.settings || p.kinds.includes('rights')) return [];
    const invalid = invalidWording(p.text);
    return invalid?.id === 'byUse' ? [{ ruleId: 'invalid-consent', messageId: 'byUse', params: { found: listed(invalid.found) }, line: p.line, severity: 'error' as const }] : [];
  });
}
