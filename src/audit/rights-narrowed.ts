/**
 * Rights a notice narrows rather than denies: the complaint to the supervisory authority made to wait
 * for the controller's own handling of it ("if you are dissatisfied with how we dealt with it, you have
 * the right to complain") or spoken of only after a refused request, which Art. 77 does not allow, and restriction of processing described as
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

/** A request refused: "jollei muutospyyntöä katsota perustelluksi", "if we refuse your request", "om begäran avslås". */
const REFUSED =
  /(?<!\p{L})(?:jollei|ellei|hylä\p{L}*|kieltäy\p{L}*|epää\p{L}*|evät\p{L}*|refus\p{L}*|declin\p{L}*|reject\p{L}*|avslå\p{L}*|avslag\p{L}*|vägra\p{L}*|nekas?)(?!\p{L})[^.!?,;]*/iu;
/** Words that point back to the matter of the sentence before: "saattaa asian tietosuojavaltuutetun käsiteltäväksi". */
const THE_MATTER = /(?<!\p{L})(?:asian|asia|the matter|ärendet|saken|frågan)(?!\p{L})/iu;

/** The refusal a complaint passage follows: in the passage itself, or in the one before it in its section when it refers back. */
function afterRefusal(p: Passage, before: Passage | undefined): string | undefined {
  const own = REFUSED.exec(p.text);
  if (own) return own[0].trim();
  if (!before || before.sectionLine !== p.sectionLine || !THE_MATTER.test(p.text)) return undefined;
  return REFUSED.exec(before.text)?.[0].trim();
}

/**
 * The complaint, where the notice speaks of it only after a refused request (the old "jos
 * korjauspyyntöä ei hyväksytä, rekisteröity voi saattaa asian tietosuojavaltuutetun käsiteltäväksi"):
 * Art. 77 gives the right whatever the controller decides.
 */
function complaintAfterRefusal(passages: readonly Passage[]): AuditFinding | undefined {
  const speaking = passages.flatMap((p, i) => (RIGHT_WORDS.complaint.test(p.text) && !p.heading ? [{ p, refusal: afterRefusal(p, passages[i - 1]) }] : []));
  if (!speaking.length || speaking.some((s) => !s.refusal)) return undefined;
  const [{ p, refusal }] = speaking as [{ p: Passage; refusal: string }];
  return { ruleId: 'right-limited', messageId: 'conditioned', params: { right: 'complaint', found: refusal }, line: p.line, severity: 'error' };
}

/** Each right the notice narrows, once, at the first sentence that narrows it. */
export function narrowedRights(passages: readonly Passage[]): AuditFinding[] {
  const out = new Map<string, AuditFinding>();
  for (const p of passages) {
    const found = narrowing(p);
    if (found && !out.has(found.messageId)) out.set(found.messageId, found);
  }
  const refused = out.has('conditioned') ? undefined : complaintAfterRefusal(passages);
  if (refused) out.set('conditioned', refused);
  return [...out.values()];
}
