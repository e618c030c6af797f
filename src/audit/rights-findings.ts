/**
 * The rights a notice leaves out or says do not apply, against the rights its legal bases give
 * (the same matrix Seloste renders from, `deriveRights`). Rights that depend on a basis the notice
 * does not state are not asked for: the missing basis is reported instead.
 */
import { findWords } from '../check/words.js';
import { basisPair, statedBases } from '../import/recognise/bases.js';
import { deriveRights } from '../resolve/facts.js';
import type { Register } from '../types.js';
import { namesAuthority } from './authority-names.js';
import { complaintToOfficer } from './conditions.js';
import type { AuditFinding } from './finding.js';
import { BASIS_OF, basesNamed } from './parts-said.js';
import type { Passage } from './passages.js';
import { narrowedRights } from './rights-narrowed.js';
import { rightsStated, statesMarketingObjection } from './rights-stated.js';
import type { StatedRight } from './rights-words.js';

/**
 * The register with the bases the notice states in words its draft did not take, listed for the
 * register as a whole: those its sentences name, and each of those a "purpose (bases)" pair names
 * ("För att svara på dina frågor (berättigat intresse / åtgärder innan avtal)"), whose purpose the
 * draft leaves for the author to give one.
 */
function withBasesNamed(register: Register, passages: readonly Passage[]): Register {
  const listed = Array.isArray(register.legal_bases) ? register.legal_bases : [];
  const paired = passages.flatMap((p) => {
    const pair = p.heading ? undefined : basisPair(p.text);
    return pair ? statedBases(pair.basis).bases : [];
  });
  const named = [...new Set([...basesNamed(passages), ...paired])].filter((b) => !listed.includes(b) && !(register.purposes ?? []).some((p) => p.legal_basis === b));
  return named.length ? { ...register, legal_bases: [...listed, ...named] } : register;
}

/** The bases of a register and its purposes. */
function basesOf(register: Register): Set<string> {
  return new Set([...(register.legal_bases ?? []), ...(register.purposes ?? []).flatMap((p) => p.legal_basis ?? [])]);
}

/** The purposes of direct marketing: marked so, or worded as marketing or newsletters. */
function marketing(register: Register): NonNullable<Register['purposes']> {
  return (register.purposes ?? []).filter((p) => p.direct_marketing === true || marketsTo(p.description));
}

/**
 * Marketing only on consent, where the notice says consent can be withdrawn: withdrawing it stops the
 * marketing, which is what the objection of Art. 21(2) would do; its absence is no gap of its own.
 */
function stoppedByWithdrawal(register: Register, stated: ReadonlyMap<StatedRight, unknown>): boolean {
  const uses = marketing(register);
  return uses.length > 0 && uses.every((p) => p.legal_basis === 'consent') && stated.has('withdraw_consent');
}

/**
 * The rights the bases and purposes give, of the register and of the notice's own words, direct
 * marketing's own objection included. Erasure is not asked for when the notice states no basis at all:
 * it does not apply under a legal obligation or a public task, and which one the notice rests on is
 * not known. The objection of Art. 21(1) is asked for only where a basis gives it (legitimate
 * interests, a public task); direct marketing alone gives the objection of Art. 21(2), asked for apart,
 * for a purpose marked so or one the notice words as marketing or newsletters.
 */
export function rightsThatApply(register: Register, passages: readonly Passage[] = []): StatedRight[] {
  const full = withBasesNamed(register, passages);
  const bases = basesOf(full);
  const rights: StatedRight[] = deriveRights(full)
    .map((r) => r.right)
    .filter((r) => bases.size > 0 || r !== 'erasure')
    .filter((r) => r !== 'object' || bases.has('legitimate_interests') || bases.has('public_task'));
  if (marketing(register).length) rights.push('object_direct_marketing');
  return rights;
}

/** Marketing or newsletters, said of a purpose: the notice's own words make it direct marketing. */
const MARKETING = /(?<!\p{L})(?:suora)?markkinoin\p{L}*|uutiskir\p{L}*|(?<!\p{L})(?:direct )?marketing|newsletter\p{L}*|(?:direkt)?marknadsför\p{L}*|nyhetsbrev\p{L}*|direktreklam/iu;
const NOT = /(?<!\p{L})(?:ei|emme|eikä|not|never|no|inte|aldrig|ej)(?!\p{L})/iu;

/**
 * Marketing material made as the service sold ("Sosiaalisen median markkinointimateriaalin automaattinen luonti",
 * "creating marketing materials for our clients", "ta fram marknadsföringsmaterial"): the customer's marketing, not
 * the controller's to the data subject; not where the sentence also sends it ("… suunnitteluun ja lähettämiseen",
 * "ta fram och skicka marknadsföringsmaterial till dig").
 */
const MATERIAL = String.raw`(?:markkinointimateriaal\p{L}*|markkinointisisäl\p{L}*|marketing (?:materials?|content)|marknadsföringsmaterial\p{L}*)`;
const MAKING = String.raw`(?:luonti|luominen|luomiseen|luomme|luodaan|tuottaminen|tuottamiseen|tuotamme|tuotetaan|suunnittelu|suunnitteluun|suunnittelemme|create|creates|creating|produce|produces|producing|design|designs|designing|skapa|skapar|producera|producerar|ta fram|tar fram)`;
const MATERIAL_MADE = new RegExp(String.raw`(?<!\p{L})${MATERIAL}(?:\s+\p{L}+){0,2}?\s+${MAKING}(?!\p{L})|(?<!\p{L})${MAKING}\s+(?:\p{L}+\s+){0,2}?${MATERIAL}`, 'giu');
const SENT = /(?<!\p{L})(?:lähet\p{L}*|jaka\p{L}*|jaamme|skick\p{L}*|sänd\p{L}*|send\p{L}*|sent|mail\p{L}*|distribu\p{L}*)/iu;

/** Whether a sentence says data are used for marketing (not that they are not). */
const saysMarketing = (sentence: string): boolean => {
  const rest = SENT.test(sentence) ? sentence : sentence.replace(MATERIAL_MADE, ' ');
  return MARKETING.test(rest) && !NOT.test(rest);
};

function marketsTo(description: Register['description']): boolean {
  const text = description ? Object.values(description).join('\n') : '';
  // A sentence ends at any full stop before a capital here: "markkinointi tms. Tietoja ei …" is two.
  return text.split(/(?<=[.!?])\s+(?=\p{Lu})|\n+/u).some(saysMarketing);
}

const CONSENT = BASIS_OF.find(([basis]) => basis === 'consent')![1];

/** The use that gives a right, where the notice has no section on the rights: marketing gives the objection to it, consent its withdrawal. */
function givenBy(right: StatedRight, passages: readonly Passage[]): Passage | undefined {
  if (right === 'object_direct_marketing') return passages.find((p) => !p.heading && saysMarketing(p.text));
  if (right === 'withdraw_consent') return passages.find((p) => !p.heading && !p.kinds.includes('rights') && findWords(p.text, CONSENT).length > 0 && !NOT.test(p.text));
  return undefined;
}

/**
 * Where a missing right belongs: the notice's section on the other rights where it gives its rights in
 * several ("Muut … oikeudet"), else its section on the rights; where it has none, the objection to direct
 * marketing stands where the marketing is said, and the withdrawal of consent where consent is named, as
 * the uses that give them.
 */
function placeOf(right: StatedRight, passages: readonly Passage[], rights: ReturnType<typeof rightsStated>, start: number): number {
  const given = rights.rightsHeaded ? undefined : givenBy(right, passages);
  return given?.line ?? otherRights(passages)?.line ?? rights.rightsLine ?? privacyPart(passages, start)?.line ?? start;
}

/** A title that names terms of use beside the privacy notice: "Terms of use and privacy policy", "Käyttöehdot ja tietosuoja". */
const TERMS = /(?<!\p{L})(?:terms of (?:use|service)|terms and|\p{L}*ehdot|\p{L}*villkor(?:en)?)(?!\p{L})/iu;
const PRIVACY = /privacy|tietosuoja|yksityisyy|integritet|dataskydd|personuppgift/iu;

/**
 * The section on privacy of a document that gives terms of use too ("# Terms of use and privacy policy" …
 * "## Safety of our service, Privacy Protection"): where rights it never names belong, not its title.
 */
function privacyPart(passages: readonly Passage[], start: number): Passage | undefined {
  const title = passages.find((p) => p.heading && p.line >= start);
  if (!title || !TERMS.test(title.text)) return undefined;
  // A heading on who answers for the data ("Personuppgiftsansvarig") names no part on privacy.
  return passages.find((p) => p.heading && p.line > title.line && PRIVACY.test(p.text) && !p.kinds.some((k) => k === 'controller' || k === 'dpo' || k === 'contact'));
}

/** A heading on the rights "other" than those before it ("Muut henkilötietojen käsittelyyn liittyvät oikeudet", "Other rights", "Dina rättigheter i övrigt"): where the rest belong. */
const OTHER = /^(?:\d+\.?\s*)?(?:muut|other|övriga|andra)(?!\p{L})|(?<!\p{L})i övrigt\s*$/iu;

function otherRights(passages: readonly Passage[]): Passage | undefined {
  return passages.find((p) => p.heading && p.kinds.includes('rights') && OTHER.test(p.text.trim()));
}

/**
 * Portability held to one basis narrows it only where the other gives it too (consent and contract,
 * Art. 20(1)(a)); the other rights narrowed, wherever they apply.
 */
function narrowsUnder(f: AuditFinding, bases: ReadonlySet<string>): boolean {
  if (f.params['right'] !== 'portability') return true;
  if (f.messageId === 'onlyConsent') return bases.has('contract');
  if (f.messageId === 'onlyContract') return bases.has('consent');
  return true;
}

/**
 * Rights a processing the law requires or a public task does not give (Art. 17(3)(b), 20(1)): refused
 * because the processing rests on the law ("ei ole oikeutta pyytää tietojensa poistamista, koska
 * käsittely perustuu lakiin"), they are refused on a ground the GDPR names.
 */
const LAWFUL_REFUSAL: ReadonlySet<StatedRight> = new Set(['erasure', 'portability']);
const ON_LAW =
  /perustuu lakiin|lakiin perustuv|lain nojalla|lakisääteis|yleisen edun|based on (?:the )?law|required by law|legal obligation|public (?:interest|task)|grundar sig på lag|baseras på lag|lagstadgad|rättslig förpliktelse|allmänt intresse/iu;

/**
 * Rights the GDPR lets a controller refuse where they would make research, statistics or archiving in the
 * public interest impossible (Art. 17(3)(d), 89(2); Tietosuojalaki 31 §): "The right to erasure does not apply
 * if the erasure … seriously impairs … the processing in scientific research" is refused on that ground.
 */
const RESEARCH_REFUSAL: ReadonlySet<StatedRight> = new Set(['access', 'rectification', 'erasure', 'restriction', 'object']);
const FOR_RESEARCH =
  /(?<!\p{L})(?:scientific (?:or historical )?research|statistical purposes|archiving (?:purposes )?in the public interest|tieteelli\p{L}* (?:tai historialli\p{L}* )?tutkimu\p{L}*|tilastollis\p{L}* tarkoitu\p{L}*|vetenskaplig\p{L}* (?:eller historisk\p{L}* )?forskning\p{L}*|statistiska ändamål)/iu;
/** What the refusal must rest on: that honouring the right would make the research impossible or seriously impair it. */
const IMPAIRS =
  /(?<!\p{L})(?:impossible|seriously impair\p{L}*|render\p{L}* impossible|vaarant\p{L}*|estä(?:isi|ä)|mahdottom\p{L}*|olennaisesti vaikeutt\p{L}*|omöjliggör\p{L}*|allvarligt försvåra\p{L}*)/iu;

/**
 * Erasure refused only while the person is a member, to be had by ending the membership ("detta gäller
 * inte en medlem i föreningen (i sådana fall bör man avsluta sitt medlemskap)", "jäsenyyden aikana tietoja ei poisteta,
 * vaan jäsenen tulee erota yhdistyksestä", "while you are a member, end your membership first"): the data are still
 * needed for what they were collected for (Art. 17(1)(a)), and erasure follows the end.
 */
const UNTIL_MEMBERSHIP_ENDS =
  /(?<!\p{L})(?:avsluta\p{L}* (?:sitt |ditt |ert )?medlemskap|säga upp (?:sitt |ditt |ert )?medlemskap|gå ur föreningen|så länge (?:du|man) är medlem|erota\p{L}* (?:yhdistyksestä|seurasta|jäsenyydestä)|eroa\p{L}* (?:yhdistyksestä|seurasta|jäsenyydestä)|jäsenyyden aikana|niin kauan kuin olet jäsen\p{L}*|end (?:your |their )?membership|(?:as long as|while) you are a member)(?!\p{L})/iu;

/**
 * A passage that names the authority as one the data are given to ("9. Tietojen luovutukset" /
 * "tietosuojavaltuutetulle … valvonnan toteuttamista varten"), not as the one to complain to.
 */
function givenData(p: Passage): boolean {
  return !p.kinds.includes('rights') && (p.kind === 'recipients' || /(?<!\p{L})(?:luovut\p{L}*|lämna\p{L}* ut|lämnas ut|disclos\p{L}*)/iu.test(p.text));
}

/** What the notice leaves out or limits of the rights; `start` is where the register's notice starts. */
export function rightsFindings(register: Register, passages: readonly Passage[], start: number): AuditFinding[] {
  const said = rightsStated(passages);
  const { stated, denied } = said;
  const applies = rightsThatApply(register, passages);
  const out: AuditFinding[] = [];
  for (const right of applies) {
    if (stated.has(right) || denied.some((d) => d.right === right)) continue;
    if (right === 'object_direct_marketing' && (statesMarketingObjection(passages) || stoppedByWithdrawal(register, stated))) continue;
    out.push({ ruleId: 'right-missing', messageId: 'missing', params: { right }, line: placeOf(right, passages, said, start), severity: 'error' });
  }
  const complaint = stated.get('complaint');
  // A complaint sent to the data protection officer is reported as that (`conditionFindings`).
  if (complaint && !passages.some((p) => (namesAuthority(p.text) && !givenData(p)) || complaintToOfficer(p))) {
    out.push({ ruleId: 'complaint-authority', messageId: 'notNamed', params: {}, line: complaint.line, severity: 'warning' });
  }
  // A right narrowed is reported where the bases give it: an objection only to unlawful use narrows nothing under consent alone.
  const bases = basesOf(withBasesNamed(register, passages));
  // Erasure refused for a reason the GDPR does not name is narrowed whatever the bases the notice states, and said so rather than denied.
  const stands = (f: AuditFinding): boolean => applies.includes(f.params['right'] as StatedRight) || f.messageId === 'notAGround';
  const narrowed = narrowedRights(passages).filter((f) => stands(f) && narrowsUnder(f, bases));
  const onGround = (right: StatedRight, line: number): boolean => narrowed.some((f) => f.messageId === 'notAGround' && f.params['right'] === right && f.line === line);
  for (const { right, passage } of denied) {
    if (LAWFUL_REFUSAL.has(right) && ON_LAW.test(passage.text)) continue;
    if (RESEARCH_REFUSAL.has(right) && FOR_RESEARCH.test(passage.text) && IMPAIRS.test(passage.text)) continue;
    if (right === 'erasure' && UNTIL_MEMBERSHIP_ENDS.test(passage.text)) continue;
    if (applies.includes(right) && !onGround(right, passage.line)) out.push({ ruleId: 'right-limited', messageId: 'denied', params: { right }, line: passage.line, severity: 'error' });
  }
  out.push(...narrowed.filter((f) => f.messageId === 'notAGround' || !denied.some((d) => d.right === f.params['right'])));
  return out;
}
