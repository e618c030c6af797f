/**
 * Rights a notice narrows rather than denies: the complaint to the supervisory authority made to wait
 * for the controller's own handling of it ("if you are dissatisfied with how we dealt with it, you have
 * the right to complain"), which Art. 77 does not allow, and restriction of processing described as
 * deletion, which is what Art. 18 is not.
 */
import type { AuditFinding } from './finding.js';
import type { Passage } from './passages.js';
import { RIGHT_WORDS } from './rights-words.js';

/** The complaint made to wait for the controller: "if you are dissatisfied with how … is dealt with". */
const AFTER_OURS =
  /(?:if|when) you are (?:not satisfied|dissatisfied|unhappy)[^.,]{0,100}?(?=\s+then\b|[.,]|$)|(?:jos et|ellet) ole tyytyväinen[^.,]{0,100}?(?=[.,]|$)|om du (?:inte är nöjd|är missnöjd)[^.,]{0,100}?(?=\s+så\b|[.,]|$)/iu;

/** The controller's own handling of the matter, which the condition is about (not dissatisfaction with the processing as such). */
const OUR_HANDLING = /dealt with|handled|handling|response|answer|resolv|vastau|ratkais|pyyntö|valitu|asiasi|hanter|svar|besked|ärende/iu;

/** Restriction said to mean deletion: "in practice this might mean that we delete it". */
const AS_DELETION =
  /(?:mean|means|tarkoitta\p{L}*|merkitse\p{L}*|innebär|betyder)\s[^.]{0,40}?(?:delet\p{L}*|eras\p{L}*|poist\p{L}*|rader\p{L}*|ta bort)/iu;

function narrowing(p: Passage): AuditFinding | undefined {
  const waits = RIGHT_WORDS.complaint.test(p.text) ? AFTER_OURS.exec(p.text) : null;
  if (waits && OUR_HANDLING.test(waits[0])) return { ruleId: 'right-limited', messageId: 'conditioned', params: { right: 'complaint', found: waits[0].trim() }, line: p.line, severity: 'error' };
  const deletes = RIGHT_WORDS.restriction.test(p.text) ? AS_DELETION.exec(p.text) : null;
  if (deletes) return { ruleId: 'right-limited', messageId: 'asDeletion', params: { right: 'restriction', found: deletes[0] }, line: p.line, severity: 'error' };
  return undefined;
}

/** Each right the notice narrows, once, at the first sentence that narrows it. */
export function narrowedRights(passages: readonly Passage[]): AuditFinding[] {
  const out = new Map<string, AuditFinding>();
  for (const p of passages) {
    const found = narrowing(p);
    if (found && !out.has(found.messageId)) out.set(found.messageId, found);
  }
  return [...out.values()];
}
