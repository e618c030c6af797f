/**
 * Rights a notice narrows rather than denies: the complaint to the supervisory authority made to wait
 * for the controller's own handling of it ("if you are dissatisfied with how we dealt with it, you have
 * the right to complain") or spoken of only after a refused request, which Art. 77 does not allow;
 * restriction of processing described as deletion, which is what Art. 18 is not; and the objection
 * given only against unlawful use, where Art. 21(1) gives it against lawful processing; the
 * objection or portability given only where the processing rests on consent, and portability only
 * where it rests on a contract; erasure refused for reasons the GDPR does not name; a right the data
 * subject is only said to perhaps have ("Users may also have the right to lodge a complaint").
 */
import type { AuditFinding } from './finding.js';
import type { Passage } from './passages.js';
import { DENIED_HERE, RIGHT_CUE, RIGHT_WORDS } from './rights-words.js';
import { statutes } from '../import/recognise/bases.js';

/** The complaint made to wait for the controller: "if you are dissatisfied with how … is dealt with", "If Truecaller cannot resolve Your concern". */
const AFTER_OURS =
  /(?:if|when) you are (?:not satisfied|dissatisfied|unhappy)[^.,]{0,100}?(?=\s+then\b|[.,]|$)|(?:if|when) (?:we|\p{Lu}[\p{L}&-]*) (?:cannot|can't|can not|could not|are unable to|is unable to) resolve (?:your|the|a) (?:concern|complaint|issue|matter)[^.,]{0,80}?(?=[.,]|$)|(?:jos et|ellet) ole tyytyväinen[^.,]{0,100}?(?=[.,]|$)|om du (?:inte är nöjd|är missnöjd)[^.,]{0,100}?(?=\s+så\b|[.,]|$)|complaints? (?:that|which) (?:cannot|can't|could not|are not|is not) (?:be )?resolved[^.,]{0,80}?(?=\s+(?:you|then)\b|[.,]|$)|(?:jos|mikäli) (?:asiaa|asia|valitusta|valitus) (?:ei|emme) (?:\p{L}+ )?(?:saada|saa|pystytä|voida) (?:\p{L}+ )?ratkais\p{L}*[^.,]{0,80}?(?=[.,]|$)|(?:om|ifall) (?:ärendet|klagomålet|frågan) inte (?:kan|går att) (?:\p{L}+ )?lös\p{L}*[^.,]{0,80}?(?=\s+så\b|[.,]|$)/iu;

/** The controller's own handling of the matter, which the condition is about (not dissatisfaction with the processing as such). */
const OUR_HANDLING = /(?<!\p{L})(?:dealt with|handled|handling|response|answer|resolv|vastau|ratkais|pyyntö|valitu|asiasi|hanter|svar|besked|ärende|lös(?:a|as|es|t|ts)(?!\p{L}))/iu;

/** Restriction said to mean deletion: "in practice this might mean that we delete it". */
const AS_DELETION =
  /(?:mean|means|tarkoitta\p{L}*|merkitse\p{L}*|innebär|betyder)\s[^.]{0,40}?(?:delet\p{L}*|eras\p{L}*|poist\p{L}*|rader\p{L}*|ta bort)/iu;

/**
 * Unlawful use as the condition of a right: "if he feels that the data has been used illegally", "jos tietoja käytetään
 * lainvastaisesti", "if you think that our processing does not happen according to the GDPR".
 */
const IF_UNLAWFUL =
  /(?<!\p{L})(?:if|when|where|in case)\s[^.;]{0,80}?(?:illegal\p{L}*|unlawful\p{L}*|against the law|in breach of (?:the )?law|(?:does|do|is|are) not (?:happen|done|take place|carried out|conducted|comply) (?:according to|in accordance with|in compliance with|with) (?:the )?(?:GDPR|law|data protection)|(?:is|are) not in (?:accordance|compliance) with (?:the )?(?:GDPR|law|data protection))|(?<!\p{L})(?:jos|mikäli|kun)\s[^.;]{0,80}?(?:laitto\p{L}*|lainvastai\p{L}*|lain vastai\p{L}*|vastoin lakia)|(?<!\p{L})(?:om|ifall|när)\s[^.;]{0,80}?(?:olag\p{L}*|lagstrid\p{L}*|i strid med lag\p{L}*)/iu;

/**
 * No good reason as the condition of the objection: "jos mielestäsi käsittelylle ei ole perusteltua
 * syytä", "om du anser att det inte finns något berättigat skäl", "if you think there is no justified
 * reason for it", "if you think we have no lawful basis". Art. 21(1) turns it the other way: the person objects,
 * the controller shows its grounds.
 */
const IF_NO_GROUND =
  /(?<!\p{L})(?:jos|mikäli|kun)\s[^.;]{0,80}?(?:ei ole|puuttuu)\s+(?:\p{L}+\s+)?(?:perusteltua|oikeutettua|hyväksyttävää|laillista|pätevää)\s+(?:syytä|perustetta)|(?<!\p{L})(?:om|ifall|när)\s[^.;]{0,80}?(?:inte finns|saknas)\s+(?:\p{L}+\s+)?(?:berättigat|legitimt|godtagbart|giltigt|sakligt)\s+(?:skäl|grund)|(?<!\p{L})(?:if|when|where)\s[^.;]{0,80}?(?:there is no|there are no|lacks?|(?:we|it|the controller) (?:have|has) no)\s+(?:(?!compelling|overriding)\p{L}+\s+)?(?:justified|legitimate|lawful|legal|valid|good)\s+(?:reasons?|grounds?|basis)/iu;

/** Rights unlawful processing is a ground of (Art. 17(1)(d), 18(1)(b), 77): a condition said after one of them is its own. */
const UNLAWFUL_GROUNDS: readonly RegExp[] = [RIGHT_WORDS.erasure, RIGHT_WORDS.restriction, RIGHT_WORDS.complaint];

/**
 * The objection said to be only against unlawful use: the condition that follows the words of the
 * objection, before the words of a right whose ground unlawful processing is.
 */
function objectionIfUnlawful(text: string): string | undefined {
  return objectionIf(text, IF_UNLAWFUL);
}

/** A condition after the words of the objection, before the words of a right whose ground unlawful processing is. */
function objectionIf(text: string, condition: RegExp): string | undefined {
  const objection = RIGHT_WORDS.object.exec(text);
  if (!objection) return undefined;
  const after = text.slice(objection.index);
  const end = Math.min(after.length, ...UNLAWFUL_GROUNDS.map((r) => r.exec(after)?.index ?? after.length));
  return condition.exec(after.slice(0, end))?.[0].trim();
}

/**
 * A right given only where the processing rests on consent: "vastustaa … siltä osin kuin käsittely
 * perustuu suostumukseen", "siirtää … edellyttäen, että … suostumuksen perusteella", "om behandlingen
 * grundar sig på ditt samtycke", "where processing is based on your consent".
 */
const ONLY_UNDER_CONSENT =
  /(?<!\p{L})(?:siltä osin kuin|mikäli|jos|kun|edellyttäen,? että)\s[^.;]{0,160}?suostumu\p{L}*|(?<!\p{L})(?:where|if|when|insofar as|to the extent that|provided that)\s[^.;]{0,160}?(?<!\p{L})consent(?!\p{L})|(?<!\p{L})(?:om|när|i den mån|förutsatt att)\s[^.;]{0,160}?samtycke\p{L}*/iu;

/** The data said to be those resting on consent: "saada suostumukseen perustuvat tiedot siirrettävässä muodossa", "uppgifter som grundar sig på ditt samtycke", "data processed on the basis of your consent". */
const CONSENT_DATA =
  /suostumukse\p{L}* perustuv\p{L}*|(?:som|vilka) (?:grundar sig|baseras|bygger) på (?:ditt |ert )?samtycke|(?:grundade|baserade) på (?:ditt |ert )?samtycke|(?:data|information)\s+(?:\p{L}+\s+){0,2}(?:based on|on the basis of)\s+(?:your\s+)?consent/iu;

/** Portability given only where the processing rests on a contract: "om behandlingen baserar sig på den lagliga grunden fullgörande av avtal", "jos käsittely perustuu sopimukseen", "where processing is based on a contract". */
const ONLY_UNDER_CONTRACT =
  /(?<!\p{L})(?:siltä osin kuin|mikäli|jos|kun|edellyttäen,? että)\s[^.;]{0,160}?sopimu\p{L}*|(?<!\p{L})(?:where|if|when|insofar as|to the extent that|provided that)\s[^.;]{0,160}?(?<!\p{L})contract\p{L}*|(?<!\p{L})(?:om|när|i den mån|förutsatt att)\s[^.;]{0,160}?avtal\p{L}*/iu;

/** Contract named with consent: "contract or consent", "sopimukseen tai suostumukseen", "avtal eller samtycke". */
const OR_CONSENT = /^\p{L}*\s*(?:\([^()]*\)\s*)?(?:\p{L}+\s+){0,4}?(?:or|tai|eller)\s+(?:\p{L}+\s+){0,2}?(?:consent|suostumu|samtyck)/iu;

/** Consent named with another basis: "based on consent or a contract", "tai sopimukseen", "eller avtal". */
const OR_ANOTHER = /^\p{L}*\s+(?:or|tai|eller)\s+(?:\p{L}+\s+){0,2}?(?:contract|sopimu|avtal|legitimate|oikeutet|berättiga)/iu;

/** Rights whose words may follow the objection or portability in one sentence: the condition after them is theirs. */
const OTHER_RIGHTS: readonly RegExp[] = [RIGHT_WORDS.withdraw_consent, RIGHT_WORDS.erasure, RIGHT_WORDS.restriction, RIGHT_WORDS.complaint, RIGHT_WORDS.access, /(?<!\p{L})(?:information|tieto|tietoa|information om)(?!\p{L})/iu];

/** The right's own clause: from the words of another right before it, to those of the next one after it. */
function ownClause(text: string, at: RegExpExecArray): { before: string; after: string } {
  const after = text.slice(at.index + at[0].length);
  const end = Math.min(after.length, ...OTHER_RIGHTS.map((r) => r.exec(after)?.index ?? after.length));
  const before = text.slice(0, at.index);
  const start = Math.max(0, ...OTHER_RIGHTS.map((r) => lastEnd(r, before)));
  return { before: before.slice(start), after: after.slice(0, end) };
}

function lastEnd(pattern: RegExp, text: string): number {
  const all = [...text.matchAll(new RegExp(pattern.source, 'giu'))];
  const last = all.at(-1);
  return last ? (last.index ?? 0) + last[0].length : 0;
}

/** The words of the right's own phrase before it: after the last comma or "ja", "och", "and". */
const lastPhrase = (before: string): string => before.split(/,|\s(?:ja|sekä|och|samt|and)\s/iu).at(-1) ?? '';

/** Each basis in words, to tell a condition that names two of them ("consent or a contract"). */
const CONSENT_WORDS = /suostumu|samtyck|consent/iu;
const CONTRACT_WORDS = /sopimu|avtal|contract/iu;

/** A basis the right is held to in its own clause, when no other basis is named beside it (`other` after it, `also` within it). */
function heldTo(text: string, clause: { before: string; after: string }, only: RegExp, attribute: RegExp | undefined, other: RegExp, also: RegExp): string | undefined {
  const found = only.exec(clause.after) ?? (attribute ? (attribute.exec(clause.after) ?? attribute.exec(lastPhrase(clause.before))) : null);
  if (!found || also.test(found[0])) return undefined;
  const rest = text.slice(text.indexOf(found[0]) + found[0].length);
  return other.test(rest) ? undefined : found[0].trim();
}

/**
 * The objection and portability, each said to hold only under consent, and portability only under a
 * contract: the condition in the right's own clause, or the data it covers said to be those resting on
 * consent ("suostumukseen perustuvat tiedot").
 */
function onlyUnderOneBasis(p: Passage): AuditFinding[] {
  const found = (['object', 'portability'] as const).flatMap((right) => {
    const at = RIGHT_WORDS[right].exec(p.text);
    if (!at) return [];
    const clause = ownClause(p.text, at);
    const consent = heldTo(p.text, clause, ONLY_UNDER_CONSENT, right === 'portability' ? CONSENT_DATA : undefined, OR_ANOTHER, CONTRACT_WORDS);
    if (consent) return [{ ruleId: 'right-limited', messageId: 'onlyConsent', params: { right, found: consent }, line: p.line, severity: 'error' as const }];
    const contract = right === 'portability' ? heldTo(p.text, clause, ONLY_UNDER_CONTRACT, undefined, OR_CONSENT, CONSENT_WORDS) : undefined;
    return contract ? [{ ruleId: 'right-limited', messageId: 'onlyContract', params: { right, found: contract }, line: p.line, severity: 'error' as const }] : [];
  });
  return found;
}

/** Erasure said not to reach some data: "Poistopyynnöt eivät koske tietoja", "This does not include any data", "gäller inte uppgifter". */
const NOT_REACHING =
  /(?<!\p{L})(?:ei(?:vät)? koske|lukuun ottamatta|paitsi|does not (?:include|apply to|cover)|do not (?:include|apply to|cover)|except(?:ing)?|excluding|gäller inte|omfattar inte|med undantag)(?!\p{L})/iu;

/**
 * Reasons for keeping data against an erasure request that the GDPR does not name: administration,
 * security, business ("hallinnollisista tai tietoturvasyistä", "for administrative … or security
 * purposes", "av administrativa skäl"). Erasure may be refused where no ground of Art. 17(1) applies or
 * an exception of Art. 17(3) does; a legal obligation to keep the data is one of those.
 */
const NOT_A_GROUND =
  /(?<!\p{L})(?:hallinnolli\p{L}*|tietoturva\p{L}*|turvallisuus\p{L}*|liiketoiminnalli\p{L}*|kaupallisi\p{L}*|administrative|security|business|commercial|administrativ\p{L}*|säkerhets\p{L}*|affärsmässig\p{L}*|kommersiell\p{L}*)(?!\p{L})/iu;

/**
 * Erasure denied for as long as the membership or the customer relationship lasts ("Niin kauan kuin jäsenyys jatkuu,
 * jäsenellä ei ole oikeutta pyytää yhteystietojen poistamista", "Så länge medlemskapet består kan du inte begära
 * radering", "As long as your membership lasts, you cannot request erasure"): the request itself refused, the relationship
 * no exception of Art. 17(3); not where the sentence names the law that keeps the data ("… jota yhdistyslaki velvoittaa").
 */
const DENIED_WHILE =
  /(?<!\p{L})((?:niin kauan kuin|kunnes|kun)\s+(?:\p{L}+\s+)?(?:jäsenyys|jäsenyytesi|asiakkuus|asiakkuutesi|asiakassuhde|asiakassuhteesi|sopimus)\s+(?:jatkuu|on voimassa|kestää)|(?:så länge|medan)\s+(?:ditt\s+)?(?:medlemskap(?:et)?|kundförhållandet|avtalet)\s+(?:består|pågår|gäller|varar)|(?:as long as|while)\s+(?:your\s+|the\s+)?(?:membership|customer relationship|contract)\s+(?:lasts|continues|is in force|is valid|remains in force))[^.!?]*?(?:ei ole oikeutta (?:pyytää|vaatia)|ei voi (?:pyytää|vaatia)|(?:har|äger) (?:du |medlemmen )?inte rätt att (?:begära|kräva)|kan (?:du |medlemmen )?inte (?:begära|kräva)|(?:have|has) no right to (?:request|ask for|demand)|(?:is|are) not entitled to (?:request|ask for|demand|have)|cannot (?:request|ask for|demand)|may not (?:request|ask for|demand))(?!\p{L})/iu;

/** A duty the law sets, said without naming the law: a ground of Art. 17(3)(b) for keeping the data, as a law named is. */
const LEGAL_DUTY = /(?<!\p{L})(?:lakisääteinen\p{L}*|lagstadgad\p{L}*|required by law|legal obligation|legally obliged)(?!\p{L})/iu;

/** Words of an erasure request: the right's own, or the request named ("Poistopyynnöt", "raderingsbegäran"). */
const ERASURE = (text: string): boolean => RIGHT_WORDS.erasure.test(text) || /poistopyyn|raderingsbegär|erasure request|deletion request/iu.test(text);

/** A sentence that goes on about the one before: "This does not include …", "Tämä ei koske …", "Detta gäller inte …". */
const GOES_ON = /^(?:this|that|it|tämä|se|detta|det)(?!\p{L})/iu;

/**
 * Erasure refused for a reason the GDPR does not name: the reason, in the sentence that says erasure
 * does not reach some data, or in the one after it that goes on about it.
 */
function erasureNotOnAGround(p: Passage, before: Passage | undefined): string | undefined {
  const goesOn = before !== undefined && before.sectionLine === p.sectionLine && GOES_ON.test(p.text.trim()) && ERASURE(before.text);
  if (!ERASURE(p.text) && !goesOn) return undefined;
  const denied = statutes(p.text).length || LEGAL_DUTY.test(p.text) ? null : DENIED_WHILE.exec(p.text);
  if (denied) return denied[1];
  const excepted = NOT_REACHING.exec(p.text);
  if (!excepted) return undefined;
  return NOT_A_GROUND.exec(p.text.slice(excepted.index))?.[0];
}

/** Erasure narrowed in the passage, beside whatever else it narrows of the other rights. */
function narrowing(p: Passage, before: Passage | undefined): AuditFinding[] {
  const reason = erasureNotOnAGround(p, before);
  const erasure: AuditFinding[] = reason ? [{ ruleId: 'right-limited', messageId: 'notAGround', params: { right: 'erasure', found: reason }, line: p.line, severity: 'warning' }] : [];
  return [...erasure, ...otherNarrowing(p)];
}

/**
 * A right the data subject is only said to perhaps have: "Users may also have the right to lodge a complaint",
 * "sinulla saattaa olla oikeus", "du kan ha rätt att"; not the controller's ("Sektionen kan ha rätt att neka").
 */
const MAY_HAVE = /(?<!\p{L})(?:(?:you|users?|the data subjects?|individuals)\s+(?:\p{L}+\s+)?(?:may|might|could)\s+(?:also\s+)?have\s+(?:the\s+|a\s+)?rights?|(?:sinulla|teillä|käyttäjällä|käyttäjillä|rekisteröidyllä|jäsenellä|asiakkaalla)\s+(?:\p{L}+\s+)?(?:saattaa|voi)\s+(?:myös\s+)?olla\s+oikeus|saatat\s+(?:myös\s+)?olla\s+oikeutettu|(?:du|ni|den registrerade|användaren|användare)\s+(?:\p{L}+\s+)?kan\s+(?:också\s+|även\s+)?ha\s+rätt)(?!\p{L})/iu;

/** The right a passage hedges, by the first right's words after the hedge. */
function hedgedRight(p: Passage): AuditFinding | undefined {
  const hedge = MAY_HAVE.exec(p.text);
  if (!hedge) return undefined;
  const after = p.text.slice(hedge.index);
  const rights = (Object.keys(RIGHT_WORDS) as (keyof typeof RIGHT_WORDS)[]).map((right) => ({ right, at: RIGHT_WORDS[right].exec(after)?.index ?? Infinity }));
  const first = rights.filter((r) => r.at < Infinity).sort((a, b) => a.at - b.at)[0];
  // Erasure, restriction, portability and the objection hold only in some cases: "may have" them can be right.
  return first && ALWAYS.has(first.right) ? { ruleId: 'right-limited', messageId: 'hedged', params: { right: first.right, found: hedge[0] }, line: p.line, severity: 'error' } : undefined;
}

/** The rights every data subject has, whatever the processing: access, rectification, withdrawal of consent given, the complaint. */
const ALWAYS = new Set<string>(['access', 'rectification', 'withdraw_consent', 'complaint']);

function otherNarrowing(p: Passage): AuditFinding[] {
  const hedged = hedgedRight(p);
  return [...(hedged ? [hedged] : []), ...narrowedOtherwise(p)];
}

/**
 * The data refused to the persons they are about, in the part on the rights: "… eikä materiaalia luovuteta asukkaille",
 * "recordings are not disclosed to the data subjects", "inspelningarna lämnas inte ut till de registrerade": access
 * (Art. 15) denied as a rule, where the GDPR lets the controller refuse only what would harm others (Art. 15(4)).
 */
const REFUSED_TO_THEM =
  /(?<!\p{L})(?:ei|eikä)\s+(?:[\p{L}-]+\s+){0,3}?(?:luovuteta|anneta|näytetä)\s+(?:asukkaille|rekisteröidyille|rekisteröidylle|kuvatuille|kuvattaville|henkilöille itselleen|henkilölle itselleen)(?!\p{L})|(?<!\p{L})not\s+(?:be\s+)?(?:disclosed|given|provided|shown|handed over)\s+to\s+(?:the\s+)?(?:data subjects?|residents|persons? (?:recorded|filmed))(?!\p{L})|(?<!\p{L})(?:lämnas|ges|visas)\s+(?:inte|aldrig|ej)\s+(?:ut\s+)?till\s+(?:de\s+)?(?:registrerade|boende|den registrerade)(?!\p{L})/iu;

function narrowedOtherwise(p: Passage): AuditFinding[] {
  const refused = p.kind === 'rights' ? REFUSED_TO_THEM.exec(p.text) : null;
  if (refused) return [{ ruleId: 'right-limited', messageId: 'refused', params: { right: 'access', found: refused[0] }, line: p.line, severity: 'error' }];
  const waits = RIGHT_WORDS.complaint.test(p.text) ? AFTER_OURS.exec(p.text) : null;
  if (waits && OUR_HANDLING.test(waits[0])) return [{ ruleId: 'right-limited', messageId: 'conditioned', params: { right: 'complaint', found: waits[0].trim() }, line: p.line, severity: 'error' }];
  const deletes = RIGHT_WORDS.restriction.test(p.text) ? AS_DELETION.exec(p.text) : null;
  if (deletes) return [{ ruleId: 'right-limited', messageId: 'asDeletion', params: { right: 'restriction', found: deletes[0] }, line: p.line, severity: 'error' }];
  const unlawful = objectionIfUnlawful(p.text);
  if (unlawful) return [{ ruleId: 'right-limited', messageId: 'ifUnlawful', params: { right: 'object', found: unlawful }, line: p.line, severity: 'error' }];
  const noGround = objectionIf(p.text, IF_NO_GROUND);
  if (noGround) return [{ ruleId: 'right-limited', messageId: 'ifNoGround', params: { right: 'object', found: noGround }, line: p.line, severity: 'error' }];
  return onlyUnderOneBasis(p);
}

/**
 * A request not met, the request named or pointed back to: "jos emme noudata pyyntöäsi", "pyyntöön ei suostuta",
 * "if we do not comply with your request", "if we cannot comply with it", "om vi inte kan tillmötesgå din begäran",
 * "om vi inte följer den". A requirement of the law not met ("käsittely ei täytä asetuksen vaatimuksia") is the
 * condition Art. 77 itself sets, and no request.
 */
const NOT_MET =
  /(?:ei|eivät|emme|en|et|ette)\s+(?:ole\s+|voi\s+|voida\s+|pysty\s+)?(?:noudat|suostu|hyväksy|toteut|täyt)\p{L}*\s+(?:[\p{L}-]+\s+){0,4}?pyyn\p{L}*|pyyn\p{L}*\s+(?:ei|eivät|emme)\s+(?:ole\s+|voida\s+)?(?:noudat|suostu|hyväksy|toteut|täyt)\p{L}*|(?:do|does|did|cannot|can't|can\s+not|don't|doesn't|didn't|are\s+unable\s+to|is\s+unable\s+to)\s+(?:not\s+)?(?:comply\s+with|agree\s+to|act\s+on|grant|meet)\s+(?:(?:[\p{L}']+\s+){0,2}?requests?|it|them)|fails?\s+to\s+(?:comply\s+with|act\s+on)\s+(?:(?:[\p{L}']+\s+){0,2}?requests?|it|them)|(?:inte|ej)\s+(?:kan\s+)?(?:följ|tillmötesgå|bifall|godta)\p{L}*\s+(?:(?:[\p{L}]+\s+){0,2}?begäran|den|dem)/u;

/**
 * A request refused or not met: "jollei muutospyyntöä katsota perustelluksi", "jos rekisterinpitäjä ei noudata
 * pyyntöä", "if we refuse your request", "if we do not comply with it", "om begäran avslås", "om vi inte följer den".
 */
const REFUSED = new RegExp(
  String.raw`(?<!\p{L})(?:jollei|ellei|hylä\p{L}*|kieltäy\p{L}*|epää\p{L}*|evät\p{L}*|refus\p{L}*|declin\p{L}*|reject\p{L}*|avslå\p{L}*|avslag\p{L}*|vägra\p{L}*|nekas?|${NOT_MET.source})(?!\p{L})[^.!?,;]*`, 'iu');
/** Words that point back to the matter of the sentence before: "saattaa asian tietosuojavaltuutetun käsiteltäväksi". */
const THE_MATTER = /(?<!\p{L})(?:asian|asia|the matter|ärendet|saken|frågan)(?!\p{L})/iu;

/** The complaint given whatever happens: "milloin tahansa, myös jos …", "at any time, including if …", "alltid …, även om …". */
const WHATEVER = /(?<!\p{L})(?:milloin tahansa|aina|myös jos|myös silloin|at any time|including if|even if|regardless|när som helst|alltid|även om|oavsett)(?!\p{L})/iu;

/** The refusal a complaint passage follows: in the passage itself, or in the one before it in its section when it refers back. */
function afterRefusal(p: Passage, before: Passage | undefined): string | undefined {
  if (WHATEVER.test(p.text)) return undefined;
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

/**
 * Erasure offered of wrong data only, the old Personal Data Act's correction: "pyytää virheellisten tietojen oikaisua
 * tai poistamista", "rätta eller radera felaktiga uppgifter", "have inaccurate data corrected or deleted". Art. 17(1)
 * gives it whatever the data's accuracy: data no longer needed, consent withdrawn, an objection upheld.
 */
const WRONG_ONLY = [
  /(?<!\p{L})(?:virheelli|väär|epätark|epäoike)\p{L}*\s+(?:henkilö)?tie(?:to|do)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:oikaisu\p{L}*|korjaa\p{L}*|korjaamis\p{L}*|korjausta|oikaise\p{L}*)\s+(?:tai|ja)\s+poist\p{L}*/iu,
  /(?<!\p{L})(?:rätta|rättelse|korrigera)\p{L}*\s+(?:eller|och)\s+(?:\p{L}+\s+)?(?:radera|ta bort|radering)\p{L}*\s+(?:\p{L}+\s+)?(?:av\s+)?felaktig\p{L}*|(?<!\p{L})felaktig\p{L}*\s+(?:person)?uppgift\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:rättade?|rättas|korrigera\p{L}*)\s+(?:eller|och)\s+(?:raderade?|raderas|borttagna|tas bort)/iu,
  /\b(?:correct\p{L}*|rectif\p{L}*)\s+(?:or|and)\s+(?:delet\p{L}*|eras\p{L}*|remov\p{L}*)\s+(?:of\s+)?(?:any\s+)?(?:inaccurate|incorrect|erroneous|wrong)\b|\b(?:inaccurate|incorrect|erroneous|wrong)\s+(?:personal\s+)?(?:data|information)\s+(?:\p{L}+\s+){0,2}?(?:corrected|rectified)\s+or\s+(?:deleted|erased|removed)\b/iu,
];

/**
 * Erasure offered only once the data are no longer needed: "rätt att få Dina personuppgifter raderade om de inte längre
 * krävs för att uppfylla ändamålet", "saada henkilötietosi poistetuksi edellyttäen, että ko. tietoja ei enää tarvita",
 * "have your data erased if they are no longer necessary". That is only one of the grounds of Art. 17(1).
 */
const NEEDED_ONLY = [
  /(?<!\p{L})(?:radera\p{L}*|raderas)\s+(?:\S+\s+){0,3}?(?:om|när|ifall)\s+(?:de|uppgifterna|dessa|personuppgifterna|dina (?:person)?uppgifter)\s+inte\s+längre\s+(?:krävs|behövs|är nödvändiga)/iu,
  /(?<!\p{L})poist\p{L}*,?\s+(?:edellyttäen,?\s+että|jos|mikäli|kun)\s+(?:\S+\s+){0,3}?(?:ei\s+enää\s+tarvita|eivät\s+ole\s+enää\s+tarpeen|ei\s+ole\s+enää\s+tarpeen)/iu,
  /\b(?:eras\p{L}*|delet\p{L}*)\s+(?:\S+\s+){0,3}?(?:if|where|when|provided that)\s+(?:they|it|the data|the information|your (?:personal )?(?:data|information))\s+(?:are|is)\s+no\s+longer\s+(?:necessary|needed|required)\b/iu,
];

/** Grounds of erasure besides the data no longer needed: consent withdrawn, an objection, unlawful processing. */
const OTHER_GROUND = /suostumu|peru(?!st)|vastust|lainvastai|laitto|samtycke|återkall|invänd|olaglig|consent|withdraw|object|unlawful/iu;
/** The need given as one example of the grounds: "erased in particular if …", "bland annat om …", "esimerkiksi jos …". */
const AN_EXAMPLE = /(?<!\p{L})(?:in particular|for example|for instance|e\.g\.|such as|among others|bland annat|t\.ex\.|till exempel|exempelvis|esimerkiksi|esim\.|muun muassa|mm\.)(?!\p{L})/iu;

/** The words that bind erasure to wrong data, or to data no longer needed, where the sentence gives erasure in no other words or on no other ground. */
function boundTo(text: string): { found: string; messageId: 'wrongOnly' | 'neededOnly' } | undefined {
  const wrong = WRONG_ONLY.map((re) => re.exec(text)?.[0]).find(Boolean);
  if (wrong) return RIGHT_WORDS.erasure.test(text.replace(wrong, ' ')) ? undefined : { found: wrong, messageId: 'wrongOnly' };
  const needed = NEEDED_ONLY.map((re) => re.exec(text)?.[0]).find(Boolean);
  return needed && !OTHER_GROUND.test(text) && !AN_EXAMPLE.test(text) ? { found: needed, messageId: 'neededOnly' } : undefined;
}

/**
 * Erasure said only of wrong data or of data no longer needed, where no other sentence on the rights gives it: at that
 * sentence. A sentence that says data are deleted after a time ("Tiedot poistetaan kahden vuoden kuluttua") is
 * retention, not the right.
 */
function erasureBound(passages: readonly Passage[]): AuditFinding | undefined {
  const giving = passages.filter((p) => !p.heading && RIGHT_WORDS.erasure.test(p.text) && (p.kind === 'rights' || RIGHT_CUE.test(p.text)));
  const bound = giving.map((p) => ({ p, found: boundTo(p.text) }));
  if (!bound.length || bound.some((b) => !b.found)) return undefined;
  const [{ p, found }] = bound as [{ p: Passage; found: { found: string; messageId: string } }];
  return { ruleId: 'right-limited', messageId: found.messageId, params: { right: 'erasure', found: found.found }, line: p.line, severity: 'warning' };
}

/** A basis named in words: the one the right is held to is taken out before. */
const ANOTHER_BASIS = /oikeutet\p{L}* e(?:tu|dun|tuun)|suostumu\p{L}*|sopimu\p{L}*|berättigat intresse|berättigade intressen|samtycke\p{L}*|avtal\p{L}*|legitimate interests?|consent|contract/iu;

/**
 * The right given in another sentence on the rights under another basis, named in the right's own clause
 * ("vastustaa … siltä osin kuin käsittelyperusteena on Yhdistyksen oikeutettu etu" beside "… siltä osin kuin käsittely
 * perustuu suostumukseen"): the one held to consent narrows nothing. Not a sentence that denies the right under
 * another basis, nor one that gives it with no basis before the detail that holds it to one.
 */
function givenUnderAnother(right: 'object' | 'portability', held: RegExp, passages: readonly Passage[], at: number): boolean {
  return passages.some((p) => {
    const found = RIGHT_WORDS[right].exec(p.text);
    if (p.line === at || p.heading || !found || DENIED_HERE.test(p.text) || !(p.kind === 'rights' || RIGHT_CUE.test(p.text))) return false;
    if (onlyUnderOneBasis(p).some((f) => f.params['right'] === right)) return false;
    const clause = ownClause(p.text, found);
    return ANOTHER_BASIS.test(`${clause.before} ${clause.after}`.replace(held, ' '));
  });
}

/** Each right the notice narrows, once, at the first sentence that narrows it. */
export function narrowedRights(passages: readonly Passage[]): AuditFinding[] {
  const out = new Map<string, AuditFinding>();
  for (const [i, p] of passages.entries()) {
    for (const found of narrowing(p, passages[i - 1])) {
      const held = found.messageId === 'onlyConsent' ? CONSENT_WORDS : found.messageId === 'onlyContract' ? CONTRACT_WORDS : undefined;
      if (held && givenUnderAnother(found.params['right'] as 'object' | 'portability', new RegExp(`(?:${held.source})\\p{L}*`, 'giu'), passages, p.line)) continue;
      const key = `${found.messageId} ${String(found.params['right'])}`;
      if (!out.has(key)) out.set(key, found);
    }
  }
  const refused = out.has('conditioned complaint') ? undefined : complaintAfterRefusal(passages);
  if (refused) out.set('conditioned complaint', refused);
  const bound = erasureBound(passages);
  if (bound) out.set(`${bound.messageId} erasure`, bound);
  return [...out.values()];
}
