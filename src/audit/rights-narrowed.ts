/**
 * Rights a notice narrows rather than denies: the complaint to the supervisory authority made to wait
 * for the controller's own handling of it ("if you are dissatisfied with how we dealt with it, you have
 * the right to complain") or spoken of only after a refused request, which Art. 77 does not allow;
 * restriction of processing described as deletion, which is what Art. 18 is not; and the objection
 * given only against unlawful use, where Art. 21(1) gives it against lawful processing; and the
 * objection or portability given only where the processing rests on consent.
 */
import type { AuditFinding } from './finding.js';
import type { Passage } from './passages.js';
import { RIGHT_WORDS } from './rights-words.js';

/** The complaint made to wait for the controller: "if you are dissatisfied with how … is dealt with". */
const AFTER_OURS =
  /(?:if|when) you are (?:not satisfied|dissatisfied|unhappy)[^.,]{0,100}?(?=\s+then\b|[.,]|$)|(?:jos et|ellet) ole tyytyväinen[^.,]{0,100}?(?=[.,]|$)|om du (?:inte är nöjd|är missnöjd)[^.,]{0,100}?(?=\s+så\b|[.,]|$)/iu;

/** The controller's own handling of the matter, which the condition is about (not dissatisfaction with the processing as such). */
const OUR_HANDLING = /(?<!\p{L})(?:dealt with|handled|handling|response|answer|resolv|vastau|ratkais|pyyntö|valitu|asiasi|hanter|svar|besked|ärende)/iu;

/** Restriction said to mean deletion: "in practice this might mean that we delete it". */
const AS_DELETION =
  /(?:mean|means|tarkoitta\p{L}*|merkitse\p{L}*|innebär|betyder)\s[^.]{0,40}?(?:delet\p{L}*|eras\p{L}*|poist\p{L}*|rader\p{L}*|ta bort)/iu;

/** Unlawful use as the condition of a right: "if he feels that the data has been used illegally", "jos tietoja käytetään lainvastaisesti". */
const IF_UNLAWFUL =
  /(?<!\p{L})(?:if|when|where|in case)\s[^.;]{0,80}?(?:illegal\p{L}*|unlawful\p{L}*|against the law|in breach of (?:the )?law)|(?<!\p{L})(?:jos|mikäli|kun)\s[^.;]{0,80}?(?:laitto\p{L}*|lainvastai\p{L}*|lain vastai\p{L}*|vastoin lakia)|(?<!\p{L})(?:om|ifall|när)\s[^.;]{0,80}?(?:olag\p{L}*|lagstrid\p{L}*|i strid med lag\p{L}*)/iu;

/** Rights unlawful processing is a ground of (Art. 17(1)(d), 18(1)(b), 77): a condition said after one of them is its own. */
const UNLAWFUL_GROUNDS: readonly RegExp[] = [RIGHT_WORDS.erasure, RIGHT_WORDS.restriction, RIGHT_WORDS.complaint];

/**
 * The objection said to be only against unlawful use: the condition that follows the words of the
 * objection, before the words of a right whose ground unlawful processing is.
 */
function objectionIfUnlawful(text: string): string | undefined {
  const objection = RIGHT_WORDS.object.exec(text);
  if (!objection) return undefined;
  const after = text.slice(objection.index);
  const end = Math.min(after.length, ...UNLAWFUL_GROUNDS.map((r) => r.exec(after)?.index ?? after.length));
  return IF_UNLAWFUL.exec(after.slice(0, end))?.[0].trim();
}

/**
 * A right given only where the processing rests on consent: "vastustaa … siltä osin kuin käsittely
 * perustuu suostumukseen", "siirtää … edellyttäen, että … suostumuksen perusteella", "om behandlingen
 * grundar sig på ditt samtycke", "where processing is based on your consent".
 */
const ONLY_UNDER_CONSENT =
  /(?<!\p{L})(?:siltä osin kuin|mikäli|jos|kun|edellyttäen,? että)\s[^.;]{0,160}?suostumu\p{L}*|(?<!\p{L})(?:where|if|when|insofar as|to the extent that|provided that)\s[^.;]{0,160}?(?<!\p{L})consent(?!\p{L})|(?<!\p{L})(?:om|när|i den mån|förutsatt att)\s[^.;]{0,160}?samtycke\p{L}*/iu;

/** Consent named with another basis: "based on consent or a contract", "tai sopimukseen", "eller avtal". */
const OR_ANOTHER = /^\p{L}*\s+(?:or|tai|eller)\s+(?:\p{L}+\s+){0,2}?(?:contract|sopimu|avtal|legitimate|oikeutet|berättiga)/iu;

/** Rights whose words may follow the objection or portability in one sentence: the condition after them is theirs. */
const OTHER_RIGHTS: readonly RegExp[] = [RIGHT_WORDS.withdraw_consent, RIGHT_WORDS.erasure, RIGHT_WORDS.restriction, RIGHT_WORDS.complaint, RIGHT_WORDS.access, /(?<!\p{L})(?:information|tieto|tietoa|information om)(?!\p{L})/iu];

/** The objection and portability, each said to hold only under consent: the condition in the right's own clause. */
function onlyUnderConsent(p: Passage): AuditFinding[] {
  return (['object', 'portability'] as const).flatMap((right) => {
    const at = RIGHT_WORDS[right].exec(p.text);
    if (!at) return [];
    const after = p.text.slice(at.index + at[0].length);
    const end = Math.min(after.length, ...OTHER_RIGHTS.map((r) => r.exec(after)?.index ?? after.length));
    const found = ONLY_UNDER_CONSENT.exec(after.slice(0, end));
    if (!found || OR_ANOTHER.test(after.slice((found.index ?? 0) + found[0].length))) return [];
    return [{ ruleId: 'right-limited', messageId: 'onlyConsent', params: { right, found: found[0].trim() }, line: p.line, severity: 'error' as const }];
  });
}

function narrowing(p: Passage): AuditFinding[] {
  const waits = RIGHT_WORDS.complaint.test(p.text) ? AFTER_OURS.exec(p.text) : null;
  if (waits && OUR_HANDLING.test(waits[0])) return [{ ruleId: 'right-limited', messageId: 'conditioned', params: { right: 'complaint', found: waits[0].trim() }, line: p.line, severity: 'error' }];
  const deletes = RIGHT_WORDS.restriction.test(p.text) ? AS_DELETION.exec(p.text) : null;
  if (deletes) return [{ ruleId: 'right-limited', messageId: 'asDeletion', params: { right: 'restriction', found: deletes[0] }, line: p.line, severity: 'error' }];
  const unlawful = objectionIfUnlawful(p.text);
  if (unlawful) return [{ ruleId: 'right-limited', messageId: 'ifUnlawful', params: { right: 'object', found: unlawful }, line: p.line, severity: 'error' }];
  return onlyUnderConsent(p);
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
    for (const found of narrowing(p)) {
      const key = `${found.messageId} ${String(found.params['right'])}`;
      if (!out.has(key)) out.set(key, found);
    }
  }
  const refused = out.has('conditioned complaint') ? undefined : complaintAfterRefusal(passages);
  if (refused) out.set('conditioned complaint', refused);
  return [...out.values()];
}
