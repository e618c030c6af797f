/**
 * Consent that is none, in every sentence of the notice that says so (Art. 4(11), 7): by use (using the
 * service, going on using it after a change, confirming the notice read and agreeing by use), presumed or
 * implied, the notice itself accepted as consent or as the condition of the service or the membership, and
 * consent said to be given by handing over the data. The draft holds some such sentences only in its
 * comments, where `check` does not read them; each sentence is a place to correct, reported at its own line.
 */
import { listed } from '../check/words.js';
import { invalidWording } from '../rules/invalid-consent.js';
import type { AuditFinding } from './finding.js';
import type { Passage } from './passages.js';

/** The wordings read in the notice's own sentences; the others are read where the draft maps them. */
const SAID_IN_PROSE = new Set(['byUse', 'byConduct', 'noticeAccepted', 'noticeRequired', 'policyAccepted', 'byGiving']);

export function consentByUseFindings(passages: readonly Passage[]): AuditFinding[] {
  return passages.flatMap((p) => {
    // The page's own footer and settings are no part of the notice.
    if (p.heading || p.page || p.settings || p.kinds.includes('rights')) return [];
    const invalid = invalidWording(p.text);
    return invalid && SAID_IN_PROSE.has(invalid.id) ? [{ ruleId: 'invalid-consent', messageId: invalid.id, params: { found: listed(invalid.found) }, line: p.line, severity: 'error' as const }] : [];
  });
}
