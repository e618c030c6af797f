/** Purposes of the processing and the legal bases the notice states for them. */
import type { LegalBasis } from '../../types.js';
import { coveredPurposes } from '../draft/basis-cover.js';
import { generalBasis } from '../draft/basis-scope.js';
import { DraftState, type StatedIn } from '../draft/state.js';
import { sentences, words } from '../draft/text.js';
import { type Unit, listText, unitLines } from '../draft/units.js';
import type { Section } from '../outline.js';
import { interestIn } from './interest.js';
import { basisExamples, basisLabel, basisPair, bracketLabelled, coversNothing, DISTINCT_NAMES, hasPoint, isBasisLabelList, isBasisOnly, labelledPair, purposeNames, statedBases, statutes, withoutOthersBasis } from './bases.js';
import { BASIS_THEN_AIM, CONDITIONAL, isPurposeSentence } from './purpose-prose.js';
import { columnPair } from './purpose-table.js';
import { basisParts, type BasisPart } from './basis-parts.js';
import { basisScope, basisScopes, POINT_FIRST } from './basis-scopes.js';
import { purposesAsBasis } from './purposes-as-basis.js';

/** A sentence that states the legal basis of the processing. */
export const BASIS_STATEMENT =
  /oikeusperust|lakisääteinen (?:\p{L}+ )?(?:jäsenluettelo|jäsenrekisteri|rekisteri|luettelo)|lagstadgad\p{L}* (?:\p{L}+ )?(?:medlemsförteckning|medlemsregister|register|förteckning)|statutory (?:\p{L}+ )?(?:register|list of members|membership list|member list)|lakiperust|käsittelyn (?:\p{L}+ )?perust(?:e|eena|eina|eet)(?![\p{L}])|käsittely-?perusteilla|perustuu|perusteena on|(?:suostumu|sopimu|velvoittee|velvollisuude|edu|tehtävä)\p{L}* pohjalta|pohjautuu (?:\p{L}+ )?(?:suostumu|sopimu|velvoittee|velvollisuu|oikeutet|etuun|tehtävä)|rättslig\p{L}* grund|(?:grundar sig|grundas|baseras)(?:, [^,.;]{1,40},)? (?:\p{L}+ ){0,2}?på|(?:bygger|vilar) (?:\p{L}+ ){0,2}?på (?=(?:\p{L}+ ){0,3}(?:avtal|samtyck|intresse|berättiga|skyldighet|förpliktelse|rättslig|lag(?:en|stadgad|krav)))|på grundval av|(?<![\p{L}])art(?:icle|ikel|ikla|\.)?\s*6\s*[(.\s]\s*1|6 artiklan 1|legal basis|lawful basis|legal grounds?|lawful grounds?|we (?:process|use) [^.]{0,300}\b(?:on the basis of|based on)\b|\b(?:is|are) (?:processed|used|collected) (?:on the basis of|based on) (?:[\p{L}-]+ ){0,3}?(?:consent|interests?|contract|obligations?|task)\b|\b(?:processing|process)\b[^.]{0,300}\b(?:is|are) based on\b/iu;

/** A lead-in that speaks of purposes too: its list is one of purposes, whatever it says of bases. */
const PURPOSE_WORDS = /tarkoitu|ändamål|syfte|\bpurpose/iu;

/** Consent and contract tied to one purpose: the words must say the processing rests on them. */
export const PURPOSE_BASIS: readonly [LegalBasis, RegExp][] = [
  [
    'consent',
    /suostumukse(?:en|lla)|suostumukse\p{L}{0,4} (?:perusteella|nojalla)|(?<![\p{L}])(?<!(?:ei|eivät) )perustu\p{L}* (?:\p{L}+ ){0,2}suostumuk\p{L}*|(?<![\p{L}])\p{L}{0,30}suostumus(?:ta)? pyydetään|pyydetään \p{L}*suostumu|pyydämme (?:\p{L}+ )?suostumu|(?<![\p{L}])ber (?:vi )?(?:dig |er )?om (?:ditt |ert )?(?:\p{L}+ )?samtycke|(?<![\p{L}])(?<!(?:inte|aldrig) )(?:ber|be) (?:vi )?(?:dig |er )?om (?:ditt |ert )?tillstånd|(?<![\p{L}])(?<!(?:emme|en|ei|eivät) )pyydä\p{L}* (?:sinulta |teiltä )?lupa|\b(?:ask|request)(?:s|ed)? (?:for )?(?:your |their )?(?:\p{L}+ )?consent\b|med (?:ditt|ert|din|er|den registrerades|kundens|användarens|medlemmens) samtycke|(?:grundar sig (?:\p{L}+ ){0,2}?på|(?:baseras|bygger|vilar) (?:\p{L}+ ){0,2}?på|på grundval av|med stöd av) (?:\p{L}+ ){0,2}samtycke|\(samtycke\)|\b(?:with|based on|on the basis of|under|by) (?:your |their |the data subject'?s? |(?:the )?(?:customer|user|member|client)(?:['’]s)? )?consent\b|\(consent\)|(?<![\p{L}])(?:endast|bara|enbart) (?:om|när|vid|med|efter) [^.;–]{0,80}?samtyck|(?<![\p{L}])vain (?:jos|kun|\p{L}+(?:lla|n)) [^.;–]{0,80}?suostumu|\bonly (?:if|when|where|with|after) [^.;–]{0,80}?consent/iu,
  ],
  // Consent as the condition or the measure of the processing: "(mikäli asiakas antaa suostumuksensa)",
  // "jotka käyttäjä on antanut suostumuksensa mukaisesti", "om kunden ger sitt samtycke", "where they
  // have consented", "if you approve analytics cookies", "from the moment the data subject has given consent" ("siitä
  // hetkestä lähtien, kun …", "från det att …"); not when the condition is denied ("if you do not give consent").
  [
    'consent',
    /suostumu\p{L}* mukaisesti|(?<![\p{L}])(?:jos|mikäli|kunhan|siitä hetkestä (?:lähtien|alkaen),? kun) (?:(?!(?:ei|eikä|älä) )[^.;–]){0,60}?(?:antaa|antavat|antanut|antaneet) (?:\p{L}+ )?suostumu|i enlighet med (?:ditt |ert |sitt |deras |den registrerades )?samtycke|(?<![\p{L}])enligt (?:ditt|ert|sitt|deras) samtycke|(?<![\p{L}])(?:om|ifall|när|från det att|från och med att) (?:(?!(?:inte|ej|aldrig) )[^.;–]){0,60}?(?:ger|gett|givit|lämnar|lämnat) (?:\p{L}+ ){0,2}samtycke|(?<![\p{L}])(?:om|ifall) (?:du|ni|kunden|användaren) samtycker|\b(?:if|where|when|provided|from the moment) (?:(?!(?:not|never|no) )[^.;–]){0,60}?(?:give|gives|given|provide|provides|provided) (?:\p{L}+ ){0,2}consent|\b(?:if|where|when) (?:you|they|the (?:user|customer)) (?:ha(?:s|ve) )?consent(?:s|ed)?\b|\b(?:if|when|once) you (?:approve|accept|allow|agree to) (?:\p{L}+ ){0,3}cookies\b|(?<![\p{L}])(?:jos|kun|mikäli) (?:\p{L}+ ){0,2}(?:hyväksyt|sallit|hyväksyy|sallii|hyväksytte|sallitte) (?:\p{L}+ ){0,2}\p{L}*evästee|(?<![\p{L}])(?:om|när) (?:du|ni) (?:godkänner|accepterar|tillåter) (?:\p{L}+ ){0,2}\p{L}*(?:kakor|cookies)/iu,
  ],
  [
    'contract',
    /perustu(?:u|vat) (?:\p{L}+ ){0,3}sopimukse(?:en|esi|emme)|sopimuksen (?:täytäntöönpano|täytäntöön pan|perusteella|toteuttami)|(?<![\p{L}])(?<!kanssa tehtyjen )sopimusten (?:täytäntöönpano|toteuttami)(?![^.;]{0,40}?kanssa)|sopimusvelvoit\p{L}* (?:täyttämi|toteuttami|täytäntöönpano)|(?:fullgöra|uppfylla|fullgörande av|uppfyllande av) (?:våra |vår |era |dina )?avtals(?:enliga|mässiga)? (?:skyldigheter|förpliktelser|åtaganden)|(?:fullgöra|uppfylla) (?:våra |vår )?(?:skyldigheter|förpliktelser|åtaganden) enligt (?:avtalet|ditt avtal|avtalet med dig)(?! med)|\b(?:fulfil|fulfill|perform)(?:l?ing|l?ment of)? (?:our |the |its )?contractual obligations\b|sopimukseen perustuen|(?:fullgöra|fullgörande av) (?:ett |vårt |det |ert )?avtal|(?:grundar sig (?:\p{L}+ ){0,2}?på|(?:baseras|bygger|vilar) (?:\p{L}+ ){0,2}?på|på grundval av|med stöd av) (?:\p{L}+ ){0,2}avtal|\(avtal\)|\b(?:necessary|needed) (?:to|for) (?:the )?perform\p{L}*(?: of)? (?:a |the |our |your )?contract|\bperform(?:ing|ance of)? (?:a |the |our |your )?contract|\b(?:based on|under) (?:a |the |our |your )?contract|\(contract\)/iu,
  ],
];

export const PURPOSE_NAMES = purposeNames(PURPOSE_BASIS);

export const ENUMERATION = /,|(?<![\p{L}])(?:tai|ja|sekä|eller|och|samt|or|and)(?![\p{L}])|\//iu;

export function purposeBases(text: string): LegalBasis[] {
  return statedBases(text, PURPOSE_NAMES).bases;
}

export const DIRECT_MARKETING = /suoramarkkin|suoramainon|direct marketing/iu;

/** Words that say the processing rests on the basis named: "perusteella", "grundar sig på", "based on". */
export const RESTS_ON =
  /perustu|perusteella|perusteena|nojalla|oikeusperust|grundar sig|baseras|bygger på|vilar på|på grundval|med stöd av|rättslig\p{L}* grund|\bbased on|on the basis of|legal basis|lawful basis|\brel(?:y|ies) on|\brests? on/iu;

/**
 * A legal obligation only implied: the purpose is to fulfil obligations ("lakisääteisten velvoitteiden
 * täyttäminen") or a statute requires it, and nothing says the processing rests on it.
 */
function impliedOnly(text: string, bases: readonly LegalBasis[]): boolean {
  return bases.length === 1 && bases[0] === 'legal_obligation' && !RESTS_ON.test(text) && !hasPoint(text);
}

/** "Purpose: one basis, and for some data another" whose purpose does not speak of those data: the purpose with the first. */
function scopedPair(text: string): { purpose: string; basis: string } | undefined {
  const at = /:\s+/u.exec(text);
  if (!at) return undefined;
  const purpose = text.slice(0, at.index).trim();
  const basis = generalBasis(purpose, text.slice(at.index + at[0].length));
  return basis && !statedBases(purpose).bases.length ? { purpose, basis: BASIS_WORDS[basis] } : undefined;
}

/** A basis by a name that `statedBases` reads back as that basis alone. */
const BASIS_WORDS: Record<LegalBasis, string> = {
  consent: 'consent',
  contract: 'contract',
  legal_obligation: 'legal obligation',
  legitimate_interests: 'legitimate interest',
  public_task: 'public task',
  vital_interests: 'vital interest',
};

/**
 * A purpose that lists its aims and ends on fulfilling legal obligations ("… för att leverera beställningar, hantera
 * kundrelationer och uppfylla lagstadgade skyldigheter (t.ex. bokföring)"): the aims before it, with no basis, and
 * the obligation apart, the sentence kept beside them; undefined when the obligation is not the last aim alone.
 */
/** What an aim of fulfilling legal obligations opens on: "uppfylla lagstadgade skyldigheter", "lakisääteisten velvoitteiden täyttämiseksi", "to comply with". */
const OBLIGATION_AIM =
  /^(?:to\s+|för\s+att\s+|att\s+)?(?:comply|fulfil\p{L}*|meet|observe|uppfyll\p{L}*|fullgör\p{L}*|efterlev\p{L}*|lakisääteis\p{L}*|lain\s|lakien\s|velvoit\p{L}*|täyttä\p{L}*|noudatta\p{L}*|legal\s+obligations?|statutory|rättslig\p{L}*|lagstadgad\p{L}*|laglig\p{L}*)(?!\p{L})/iu;

function obligationLast(text: string): { rest: string; obligation: string } | undefined {
  const cut = [...text.matchAll(/,\s+|\s+(?:ja|och|and|sekä|samt)\s+/giu)].filter((m) => !/[([][^)\]]*$/u.test(text.slice(0, m.index))).pop();
  if (!cut) return undefined;
  const rest = text.slice(0, cut.index).trim();
  const obligation = text.slice(cut.index + cut[0].length).trim();
  const own = statedBases(obligation, PURPOSE_NAMES).bases;
  // "…, kun se on tarpeen palveluiden tarjoamiseksi tai velvoitteiden täyttämiseksi": a condition with its own choice, no last aim.
  if (/(?<!\p{L})(?:tai|eller|or|kun|jos|när|om|when|if)(?!\p{L})/iu.test(obligation)) return undefined;
  // "vero- ja muiden lakisääteisten velvoitteiden", "tax and other legal obligations": one obligation, not two aims.
  if (/-$/u.test(rest) || /^(?:muiden|muut|muihin|muita|other|andra|övriga)(?!\p{L})/iu.test(obligation)) return undefined;
  // An aim of its own opens on fulfilling the obligation; "…, as required by law (legal obligation …)" qualifies the aim before it.
  if (!OBLIGATION_AIM.test(obligation)) return undefined;
  if (own.length !== 1 || own[0] !== 'legal_obligation' || statedBases(rest, PURPOSE_NAMES).bases.length || words(rest) < 2) return undefined;
  return { rest, obligation };
}

/** A purpose, with the basis it states itself: "Uutiskirje (suostumus)", "Kundtjänst – avtal", "… based on your consent". */
export function addPurpose(x: DraftState, text: string, where: StatedIn = {}): void {
  const pair = basisPair(text) ?? scopedPair(text);
  const found = pair ? statedBases(pair.basis) : statedBases(text, PURPOSE_NAMES);
  const implied = !pair && impliedOnly(text, found.bases);
  const apart = implied ? obligationLast(text) : undefined;
  if (apart) {
    x.purposes.push({ text: apart.rest, bases: [], statutes: [], ...where });
    x.purposes.push({ text: apart.obligation, bases: found.bases, statutes: found.statutes, ...(found.law ? { law: found.law } : {}), implied, ...where });
    x.remark(['purposes'], 'The original says:', [text]);
    return;
  }
  x.purposes.push({ text: pair ? pair.purpose : text, bases: found.bases, statutes: found.statutes, ...(found.law ? { law: found.law } : {}), ...(implied ? { implied } : {}), ...where });
}

/**
 * A sentence that states the basis of the case it opens on ("Om du lämnar … förlitar vi oss på ditt samtycke"): a purpose with its basis.
 * A legal obligation takes its law from the two sentences before when they name one statute and the case none
 * ("Palautteella toteutetaan kuntalain 22 §:n mukaisia … Kommenttien osalta käsittely perustuu lakisääteiseen velvoitteeseen").
 */
function addCase(x: DraftState, text: string, where: StatedIn, before = ''): void {
  const found = statedBases(text);
  const near = statutes(before);
  const law = found.law ?? (found.bases.length === 1 && found.bases[0] === 'legal_obligation' && !found.statutes.length && near.length === 1 ? near[0] : undefined);
  x.purposes.push({ text, bases: found.bases, statutes: found.statutes, ...(law ? { law } : {}), ...(where.section === undefined ? {} : { section: where.section }) });
}

/**
 * A statement of bases; `about` the purpose it names, when it is a "purpose – basis" pair, or what the
 * basis covers, when it is a basis listed first with what it covers ("Avtal: Behandling som krävs för …").
 */
export function statement(x: DraftState, text: string, lines: string[], about?: string, where: StatedIn = {}, covers = false): void {
  const found = statedBases(withoutOthersBasis(text));
  const others = !found.bases.length && statedBases(text).bases.length > 0;
  const assignable = !about && found.bases.length === 1 && !found.statutes.length && !ENUMERATION.test(text);
  x.statements.push({ ...found, assignable, lines, text, ...(about ? { about } : {}), ...(covers ? { covers } : {}), ...(others ? { others } : {}), ...where });
}

/** A sentence about bases: it says what the processing rests on, or names a basis without saying a purpose. */
export function isBasisSentence(text: string): boolean {
  if (BASIS_STATEMENT.test(text)) return true;
  return !isPurposeSentence(text) && (hasPoint(text) || statedBases(text, DISTINCT_NAMES).bases.length > 0);
}

/** Steps before a contract at the person's request, the words of Art. 6(1)(b): what the basis is, no purpose. */
const PRE_CONTRACT = /edeltäv\p{L}* toim|ennen sopimuksen|innan (?:ett )?avtal|före (?:ingåendet av )?(?:ett )?avtal|prior to entering|pre-?contract|before (?:entering into )?(?:a |the )?contract/iu;

/** A text without the point of Art. 6(1) in brackets at its end: "vastata yhteydenottoihin (6 artiklan 1 kohdan f alakohta)". */
function withoutPoint(text: string): string {
  return beforePoint(text) ?? text;
}

/** The text before a basis in brackets at its end ("… från dig (GDPR art 6.1 f)."), or undefined when it ends on none. */
function beforePoint(text: string): string | undefined {
  const last = /\s*\(((?:[^()]|\([^()]*\))*)\)\s*\.?$/u.exec(text.trim());
  return last && isBasisOnly(last[1]!) ? text.trim().slice(0, last.index) : undefined;
}

/**
 * A sentence that gives each basis its own purpose: each part a purpose with its basis, the sentence kept
 * beside them. Where the section has listed its purposes and a part speaks of one of them in its own words
 * ("Tietoja käytetään: yhteydenottoosi vastaamiseen … Käsittelyn oikeusperuste on … sekä oikeutettu etu
 * vastata yhteydenottoihin"), each part is what its basis covers among them, not a purpose of its own.
 */
function splitBases(x: DraftState, sentence: string, parts: readonly BasisPart[], where: StatedIn): void {
  const listed = where.section === undefined ? [] : x.purposes.filter((p) => p.section === where.section);
  if (parts.some((part) => coveredPurposes(listed, part.purpose).length)) {
    for (const { purpose, basis } of parts) {
      // A part that covers none of them is a purpose of its own ("… sekä suostumus uutiskirjeen lähettämiseen"), unless it only says what its basis is.
      if (!coveredPurposes(listed, purpose).length && !PRE_CONTRACT.test(purpose)) x.purposes.push({ text: purpose, bases: [basis], statutes: [], ...(where.section === undefined ? {} : { section: where.section }) });
      else x.statements.push({ bases: [basis], statutes: [], assignable: false, lines: [sentence], text: sentence, about: withoutPoint(purpose), covers: true, ...where });
    }
    x.remark(['purposes'], 'The original says:', [sentence]);
    return;
  }
  for (const { purpose, basis } of parts) x.purposes.push({ text: purpose, bases: [basis], statutes: [], ...(where.section === undefined ? {} : { section: where.section }) });
  x.remark(['purposes'], 'The original says:', [sentence]);
}

/** A sentence that lists purposes where it promises a basis: each a purpose with no basis, the sentence kept beside them. */
function splitPurposes(x: DraftState, sentence: string, purposes: readonly string[], where: StatedIn): void {
  for (const text of purposes) x.purposes.push({ text, bases: [], statutes: [], ...where });
  x.remark(['purposes'], 'The original says:', [sentence]);
}

/**
 * A sentence that says what is done and ends on its one basis in brackets ("Syns Nu Media behandlar dina
 * personuppgifter för att besvara förfrågningar från dig (GDPR art 6.1 f)."): a purpose with its basis,
 * though the article it cites makes it read as a sentence about bases.
 */
function endsOnItsBasis(sentence: string): boolean {
  const aims = beforePoint(sentence);
  if (aims === undefined || statedBases(sentence).bases.length !== 1) return false;
  // One aim only: of several ("… hoitamiseksi, tiedottamiseksi ja kirjanpitolain velvoitteiden täyttämiseksi (6.1 c)"), the basis may be the last one's.
  return isPurposeSentence(aims) && !SEVERAL_AIMS.test(aims);
}

/** Aims listed: a comma, or "and" between them. */
const SEVERAL_AIMS = /,|(?<!\p{L})(?:ja|sekä|och|samt|and)(?!\p{L})/iu;

/** A sentence that opens on what is done and says what it rests on: "Fakturering och bokföring bygger på avtalet", "Markkinointi perustuu suostumukseen". */
const ACTIVITY_RESTS =
  /^((?:[\p{L}-]+,?\s+){0,6}?[\p{L}-]+)\s+(?:perustuu|perustuvat|pohjautuu|pohjautuvat|nojaa(?:vat)?|bygger|grundar sig|baseras|vilar|is based|are based|rests?|relies|rely)(?![\p{L}])/u;
/** What says nothing of an activity of its own: the processing, the data, the register, the site, a basis, a pronoun. */
const NO_ACTIVITY =
  /(?<![\p{L}])(?:käsittel\p{L}*|behandl\p{L}*|process\p{L}*|tie(?:to|do)\p{L}*|henkilötie\p{L}*|uppgift\p{L}*|personuppgift\p{L}*|data|information|rekister\p{L}*|register\p{L}*|sivusto\p{L}*|verkkosivu\p{L}*|palvelu|palvelumme|webbplats\p{L}*|hemsida\p{L}*|tjänsten|website|site|service|app|suostumu\p{L}*|sopimu\p{L}*|e(?:tu|dun|tuun)|oikeutet\p{L}*|velvoit\p{L}*|samtyck\p{L}*|avtal\p{L}*|intresse\p{L}*|berättiga\p{L}*|skyldighet\p{L}*|consent|contract|interests?|obligations?|legitimate|se|ne|tämä|nämä|det|den|detta|dessa|this|these|it|they|our|all|allt|kaikki)(?![\p{L}])/iu;

/**
 * A sentence whose subject names an activity and whose verb says what it rests on, with the basis it
 * names ("Inloggningssäkerhet och auditloggen bygger på ett berättigat intresse …"): a purpose with its
 * basis; not the processing or the data said to rest on something, nor a basis denied.
 */
function activityRests(sentence: string): boolean {
  const subject = ACTIVITY_RESTS.exec(sentence)?.[1];
  return subject !== undefined && /^\p{Lu}/u.test(subject) && !NO_ACTIVITY.test(subject) && !NOT_BASED_ON.test(sentence) && statedBases(sentence).bases.length > 0;
}

/**
 * Sentences that state purposes and bases together: each purpose sentence a purpose, a sentence
 * that opens on its case a purpose with its basis, the other basis sentences one statement of the
 * same group, so that one basis stated there holds for the purposes stated there.
 */
export function proseSentences(x: DraftState, texts: readonly string[], lines: string[] | undefined, where: StatedIn): void {
  const group = where.group ?? x.place();
  const bases: string[] = [];
  // Beside a purpose said in a sentence of its own, a sentence naming two bases says what that purpose rests on.
  const purposeSaid = texts.some((s) => !isBasisSentence(s) && isPurposeSentence(s));
  texts.forEach((s, i) => {
    if (scopedBases(x, s, [s])) return;
    const listed = purposesAsBasis(s);
    if (listed) splitPurposes(x, s, listed, { ...where, group });
    else if (scopedCase(s)) addCase(x, s, where, texts.slice(Math.max(0, i - 2), i).join(' '));
    else if (BASIS_THEN_AIM.test(s) && isPurposeSentence(s)) addPurpose(x, s, where);
    else if (activityRests(s)) addPurpose(x, s, { ...where, group });
    else if (endsOnItsBasis(s)) {
      addPurpose(x, s, { ...where, group });
      x.remark(['purposes'], 'The original says:', [s]);
    }
    else if (isBasisSentence(s)) {
      const parts = purposeSaid ? undefined : basisParts(s);
      if (parts) splitBases(x, s, parts, where);
      else if (CONDITIONAL.test(s) && statedBases(s).bases.length === 1) addCase(x, s, where);
      else bases.push(s);
    } else if (isPurposeSentence(s)) addPurpose(x, s, { ...where, group });
  });
  if (bases.length) statement(x, bases.join(' '), lines ?? bases, undefined, { ...where, group });
}

const DENIAL = /(?<![\p{L}])(?:ei|emme|eikä|inte|aldrig|not|never)(?![\p{L}])/iu;

/** A paragraph whose every sentence denies ("Tietoja ei käytetä profilointiin"): no purpose. */
export function onlyDenies(text: string): boolean {
  return sentences(text).every((s) => DENIAL.test(s));
}

/** A paragraph with purposes said in sentences among its basis sentences. */
export function hasPurposeSentence(text: string): boolean {
  return sentences(text).some((s) => !isBasisSentence(s) && isPurposeSentence(s));
}

/**
 * A list of bases: pairs are kept with the purpose they name; the rest hold for the register as a
 * whole, or for the purposes its lead-in states ("Tietoja käsitellään jäsenyyden hoitamiseksi.
 * Käsittelyn oikeusperuste on:"), when it gives them one basis.
 */
type Pair = { purpose: string; basis: string };
/** What one item of a list of bases says: a table row's pair, a basis with what it covers, a basis with examples, or none of these. */
type BasisItem = ({ kind: 'row' | 'pair' | 'examples' } & Pair) | { kind: 'scope'; text: string; scope: string } | { kind: 'rest' };

/** One item of a list of bases, read in the order the readings are tried. */
function basisItem(u: Extract<Unit, { type: 'list' }>, item: string): BasisItem {
  const scoped = (): BasisItem => {
    // "sopimus (jäsenyys yhdistyksessä)": the basis first, what it covers in brackets.
    const scope = basisScope(item);
    return scope ? { kind: 'scope', ...scope } : { kind: 'rest' };
  };
  if (coversNothing(item)) return scoped();
  const row = columnPair(u, item);
  if (row) return { kind: 'row', ...row };
  // "Art. 6(1)(f) — Legitimate interest (analytics, security monitoring)": the point, its basis, what it covers in brackets.
  const pointed = POINT_FIRST.test(item) ? basisScope(item) : undefined;
  if (pointed) return { kind: 'scope', ...pointed };
  const examples = basisExamples(item);
  if (examples) return { kind: 'examples', ...examples };
  const pair = basisPair(item) ?? basisLabel(item) ?? labelledPair(item);
  return pair ? { kind: 'pair', ...pair } : scoped();
}

/** A basis with what it covers: a row of a list of such labels where it says processing; else a statement about it, and any other activity the item rests on a basis of its own. */
function pairStatement(x: DraftState, item: string, pair: Pair, labelled: boolean): void {
  if (labelled && saysProcessing(pair.purpose)) {
    x.statements.push({ ...statedBases(pair.basis), assignable: false, lines: [item], text: pair.basis, about: pair.purpose, covers: true, row: true });
    return;
  }
  statement(x, pair.basis, [item], pair.purpose, {}, /^[^:–—]+:\s/u.test(item) && item.trimStart().startsWith(pair.basis));
  x.statements[x.statements.length - 1]!.listed = true;
  // Another activity of the item on a basis of its own ("Sending you offers afterwards is our legitimate interest"): said, not dropped.
  const others = sentences(item).slice(1).filter((s) => statedBases(s).bases.length);
  if (others.length) statement(x, others.join(' '), [item]);
}

export function basisList(x: DraftState, u: Extract<Unit, { type: 'list' }>, where: StatedIn = {}): void {
  const group = where.group ?? x.place();
  if (u.leadIn) for (const s of sentences(u.leadIn.text)) if (!isBasisSentence(s) && isPurposeSentence(s)) addPurpose(x, s, { ...where, group });
  const rest: string[] = [];
  // "Sopimus: Henkilötietoja käsitellään …", "Suostumus: …": each item says what its basis covers; what covers no purpose of the draft is one.
  const labelled = isBasisLabelList(u.items);
  for (const whole of u.items) {
    // "- henkilön suostumus (…) Henkilötietojen käsittelyn tarkoitus on yhteydenpito …": the item goes on to say the purpose.
    const purposes = purposeSentences(whole);
    for (const s of purposes) addPurpose(x, s, { ...where, group });
    const item = purposes.length ? itemSentences(whole).filter((s) => !purposes.includes(s)).join(' ') : whole;
    if (!item) continue;
    const read = basisItem(u, item);
    if (read.kind === 'row') x.statements.push({ ...statedBases(read.basis), assignable: false, lines: [item], text: read.basis, about: read.purpose, row: true });
    else if (read.kind === 'pair') pairStatement(x, item, read, labelled);
    else if (read.kind === 'scope') statement(x, read.text, [item], read.scope, {}, true);
    else if (read.kind === 'examples') statement(x, read.basis, [item], read.purpose, {}, true);
    else rest.push(item);
  }
  const lines = [...(u.leadIn?.lines ?? []), ...rest.map((i) => `- ${i}`)];
  // A lead-in with nothing left of its list and no basis of its own ("Henkilötietojen käsittelyn oikeusperusteena on:") only leads in.
  if (!rest.length && u.leadIn && !statedBases(u.leadIn.text).bases.length) x.leadIn('legal_bases', u.leadIn);
  else if (rest.length || u.leadIn) statement(x, [u.leadIn?.text ?? '', ...rest].join('\n'), lines, undefined, { ...where, group });
}

/** What a basis covers, said as processing: "Henkilötietoja käsitellään …", "Uppgifterna behandlas för …", "We process … to …". */
const PROCESSING = /(?<![\p{L}])(?:käsitel(?:lään|lä|laan)|behandla[rs]?|process(?:es|ed)?)(?![\p{L}])/iu;

/** Or named as an activity, in the first words: "Sähköinen suoramarkkinointi", "Kirjanpito ja viranomaisvaatimukset", "Bokföring", "Direct marketing". */
const ACTIVITY = /^(?:[\p{L}-]+\s+){0,2}?[\p{L}-]{3,}(?:minen|nti|pito|ing|ning)(?![\p{L}])/iu;

/** Not an activity done: a denial ("Markkinointi ei ole käytössä") or a time ("Säilytys 2 vuotta"). */
const NOT_DONE = /(?<![\p{L}])(?:ei|eikä|emme|inte|ingen|inga|aldrig|not|no|never|nothing)(?![\p{L}])|\d/iu;

function saysProcessing(covers: string): boolean {
  // An activity is named in a few words, not said in a sentence ("According to the Accounting Act, records are kept …").
  const named = ACTIVITY.test(covers.trim()) && covers.trim().split(/\s+/u).length <= 6 && !NOT_DONE.test(covers);
  return PROCESSING.test(covers) || isPurposeSentence(covers) || named;
}

/** What a basis part of a notice says: never purposes. */
export function basisUnit(x: DraftState, u: Unit, where: StatedIn = {}): void {
  if (u.type === 'list') basisList(x, u, where);
  else if (u.type === 'para') statement(x, u.block.text, u.block.lines, undefined, where);
}

/** A lead-in that announces bases by their plural, "seuraavilla käsittelyperusteilla:": its list is of bases where most of its items are bases alone. */
const BASES_ANNOUNCED = /käsittely-?perusteilla|käsittely-?perusteet ovat|seuraavi\p{L}* (?:\p{L}+ )?perustei\p{L}*/iu;

export function isBasisListOf(u: Extract<Unit, { type: 'list' }>): boolean {
  if (u.leadIn && BASES_ANNOUNCED.test(u.leadIn.text)) return u.items.filter(isBasisOnly).length * 2 >= u.items.length;
  if (u.leadIn && BASIS_STATEMENT.test(u.leadIn.text) && !PURPOSE_WORDS.test(u.leadIn.text)) return true;
  return u.items.every(isBasisOnly) || isBasisLabelList(u.items);
}

/** What the draft quotes beside purposes it made of the original's pairs of purpose and basis. */
export const PAIRED = 'The purposes and bases as the original pairs them:';

/**
 * Where the notice states its purposes only in its pairs of basis and purpose ("Legitimate interests
 * (Article 6(1)(f)): processing for security and fraud prevention"), each pair is a purpose with its basis.
 */
export function pairsAsPurposes(x: DraftState): boolean {
  const pairs = x.statements.filter((s) => s.about !== undefined && s.bases.length);
  for (const s of pairs) {
    // The interest after the basis, in the basis's words or in the item they open ("**Legitimate interest (Art. 6(1)(f))**: error reporting to fix bugs"); not a table's row, whose next cell may be a period.
    const item = s.lines.length === 1 && s.lines[0]!.trimStart().startsWith(s.text) ? s.lines[0] : undefined;
    const interest = s.bases.length === 1 && s.bases[0] === 'legitimate_interests' ? (interestIn(s.text) ?? (item === undefined ? undefined : interestIn(item))) : undefined;
    x.purposes.push({ text: s.about!, bases: s.bases, statutes: s.statutes, ...(s.law ? { law: s.law } : {}), ...(interest ? { interest } : {}) });
  }
  if (pairs.length) x.remark(['purposes'], PAIRED, pairs.flatMap((s) => s.lines));
  const rest = x.statements.filter((s) => !pairs.includes(s));
  x.statements.splice(0, x.statements.length, ...rest);
  return pairs.length > 0;
}

/** A sentence that says what the purpose is: "Käsittelyn tarkoitus on …", "Ändamålet med behandlingen är …", "The purpose of … is …". */
const PURPOSE_SAID = /(?:tarkoitus|tarkoituksena)\s+(?:on|ovat)|ändamål\p{L}*\s+(?:\p{L}+\s+){0,3}är|purposes?\s+(?:\p{L}+\s+){0,4}(?:is|are)\b/iu;

/** A basis said not to be there: "is not based on legitimate interest", "ei perustu oikeutettuun etuun", "grundar sig inte på". */
const NOT_BASED_ON = /(?:is|are|does|do)\s+not\s+(?:based|rely|relying)\s+on|(?:ei|eivät)\s+(?:\p{L}+\s+)?perustu|(?:grundar sig|bygger|baseras)\s+inte\s+på/iu;

/**
 * A sentence that opens on the case it covers and names one basis: "Erämaksun yhteydessä käsittely
 * perustuu oikeutettuun etuun", "I samband med delbetalning grundar sig behandlingen på avtal", "In
 * connection with instalments, processing rests on legitimate interests". The case is a purpose.
 */
const CASE_OPENER = /^(?:\p{L}+,?\s+){1,6}(?:yhteydessä|osalta)(?![\p{L}])|^(?:i samband med|vid|när det gäller)\s|^(?:in connection with|when it comes to|as regards|as for)\s/iu;

/** A right the sentence gives ("Sinulla on oikeus vastustaa käsittelyä suoramarkkinoinnin osalta, kun …"): no case of processing. */
const GIVES_RIGHT = /(?<![\p{L}])(?:oikeus|oikeutta|rätt att|right to)(?![\p{L}])/iu;

/** The verb that says what the processing rests on. */
const RESTS_VERB = /(?<![\p{L}])(?:perustu\p{L}*|pohjautu\p{L}*|nojaa|grundar sig|bygger|baseras|is based|rests)(?![\p{L}])/iu;

/** The case words come after the verb: "Käsittely perustuu tällöin ilmoittautumisen yhteydessä tehtyyn sopimukseen" says what the basis is, not a case. */
function restsFirst(sentence: string): boolean {
  const verb = RESTS_VERB.exec(sentence);
  const opener = CASE_OPENER.exec(sentence);
  if (!verb || !opener) return false;
  const caseWord = opener.index + opener[0].trimEnd().lastIndexOf(' ') + 1;
  return verb.index < caseWord;
}

export function scopedCase(sentence: string): boolean {
  return CASE_OPENER.test(sentence) && !restsFirst(sentence) && !GIVES_RIGHT.test(sentence) && statedBases(sentence).bases.length === 1;
}

/** A paragraph of a basis section without its sentences that open on a case, which are purposes with their basis. */
function withoutCases(x: DraftState, u: Extract<Unit, { type: 'para' }>, where: StatedIn): Unit[] {
  const all = sentences(u.block.text);
  const cases = all.filter(scopedCase);
  if (!cases.length) return [u];
  for (const c of cases) addCase(x, c, where);
  const rest = all.filter((s) => !cases.includes(s));
  return rest.length ? [{ ...u, block: { ...u.block, text: rest.join(' '), lines: rest } }] : [];
}

/** The sentences of a list item, one also ending at a closing bracket before a capital, where the item ran on over a line break ("… yksiselitteinen) Henkilötietojen …"). */
function itemSentences(text: string): string[] {
  return sentences(text).flatMap((s) => s.split(/(?<=\))\s+(?=\p{Lu}\p{Ll})/u));
}

/** The sentences of a list item that say what the purpose is and name no basis ("Henkilötietojen käsittelyn tarkoitus on …"). */
function purposeSentences(text: string): string[] {
  return itemSentences(text).filter((s) => PURPOSE_SAID.test(s) && !statedBases(s).bases.length);
}

/** Each basis of a sentence with what it covers in brackets, a statement that covers it; false when the sentence is not one. */
function scopedBases(x: DraftState, text: string, lines: string[]): boolean {
  const scopes = basisScopes(text);
  for (const part of scopes ?? []) statement(x, part.text, lines, part.scope, {}, true);
  return scopes !== undefined;
}

/**
 * A list under a heading that is one basis and nothing else ("4.1 Rättslig grund: Samtycke", "Oikeusperuste:
 * sopimus", "Legal basis: Consent"), whose items name no other basis: the purposes that rest on it. Whether it was.
 */
export function headedBasisList(x: DraftState, heading: string, u: Unit, where: StatedIn): boolean {
  const found = statedBases(heading);
  if (u.type !== 'list' || found.bases.length !== 1 || !isBasisOnly(heading)) return false;
  // An item may name the heading's own basis ("osallistumissopimuksen tekemiseksi" under "Sopimus"), no other.
  const other = (item: string): boolean => statedBases(item).bases.some((b) => b !== found.bases[0]);
  if (!u.items.length || u.items.some((i) => other(i) || coversNothing(i))) return false;
  const group = x.place();
  for (const item of u.items) x.purposes.push({ text: item, bases: found.bases, statutes: found.statutes, ...(found.law ? { law: found.law } : {}), ...where, group });
  return true;
}

/**
 * A paragraph that is a basis as its label, a dash, and what the basis covers ("Sopimuksen täytäntöönpano — tiedot ovat
 * välttämättömiä aliurakkasopimusten toteutumisen seurantaan", "Avtal – för att leverera beställningen"): a pair, as an
 * item of a list of bases is; not what the basis lets the person do ("Suostumus — voit perua sen milloin tahansa").
 */
function basisOverText(x: DraftState, text: string, lines: string[]): boolean {
  const at = /\s+[–—]\s+/u.exec(text);
  const label = at ? text.slice(0, at.index).trim() : '';
  const covers = at ? text.slice(at.index + at[0].length).trim() : '';
  if (!at || label.split(/\s+/u).length > 6 || !isBasisOnly(label) || !covers || isBasisOnly(covers) || PERSON_MAY.test(covers)) return false;
  // What it covers names no basis but in a compound word ("aliurakkasopimusten"), and no statute ("kirjanpitolaki (1336/1997)").
  if (BASIS_WORD.test(covers) || statutes(covers).length) return false;
  statement(x, text, lines, covers, {}, true);
  return true;
}

/** A basis named as a word of its own ("annat suostumuksen", "enligt avtalet"), not inside a compound ("aliurakkasopimusten"). */
const BASIS_WORD = /(?<!\p{L})(?:suostumu|samtyck|consent|sopimu|avtal|contract|agreement|oikeutet|berättiga|legitimate|lakisäät|lagstadga|rättslig|legal obligation)/iu;

/** What the person may do, or how the basis is given, not what it covers: "voit perua …", "du kan återkalla …", "som du lämnar när …". */
const PERSON_MAY = /^(?:voit|sinulla on|du kan|du har|you (?:can|may|have)|som|vilket|jonka|jota|joka|which|that|who)(?![\p{L}])/iu;

/** A section on legal bases: its pairs are kept with their purposes, the rest holds for the register as a whole. */
/** A paragraph that leads on to what follows it: "We process personal data for the following purposes:". */
const LEADS_ON = /:\s*$/u;

export function basisSection(x: DraftState, section: Section, all: readonly Unit[], kind: 'legal_basis' | 'legitimate_interest'): void {
  const headed = { section: x.place() };
  const units = all.filter((u) => !headedBasisList(x, section.heading.text, u, headed));
  // The heading's basis is said of the purposes listed under it, and of nothing else.
  if (units.length < all.length && !units.length) return;
  if (kind === 'legitimate_interest') {
    // The interests pursued: they say that some processing rests on them, not which. A section that says
    // no processing rests on them ("Data processing is not based on legitimate interest") states no basis.
    const lines = [section.heading.text, ...units.flatMap(unitLines)];
    const said = units.flatMap(unitLines).join(' ');
    const denied = NOT_BASED_ON.test(said) && !statedBases(said).bases.length;
    x.statements.push({ bases: denied ? [] : ['legitimate_interests'], statutes: [], assignable: false, lines, text: lines.join('\n') });
    return;
  }
  const rest: Unit[] = [];
  const where = { section: x.place(), group: x.place() };
  // A subheading that is one basis over the list of the purposes resting on it ("Contract Performance (Article 6(1)(b) GDPR)").
  const byBasis = new Set(units.flatMap((u, i) => (u.type === 'sub' && units[i + 1] && headedBasisList(x, u.block.text, units[i + 1]!, { section: where.section }) ? [u, units[i + 1]!] : [])));
  for (const u of units.filter((unit) => !byBasis.has(unit))) {
    if (u.type === 'list' && (isBasisLabelList(u.items) || u.items.some((i) => columnPair(u, i) || basisPair(i) || basisScope(i) || labelledPair(i) || basisExamples(i)))) basisList(x, u);
    // "Käsittelyn tarkoitus on …" under a heading read as the basis: a purpose, not part of the statement; not a lead-in to what follows ("… for the following purposes:").
    else if (u.type === 'para' && PURPOSE_SAID.test(u.block.text) && !statedBases(u.block.text).bases.length && !LEADS_ON.test(u.block.text)) addPurpose(x, u.block.text);
    // A paragraph of purposes said in sentences, that names no basis: the one basis of the section holds for them.
    else if (u.type === 'para' && hasPurposeSentence(u.block.text) && !statedBases(u.block.text).bases.length && !LEADS_ON.test(u.block.text)) proseSentences(x, sentences(u.block.text), u.block.lines, where);
    else if (u.type === 'para' && scopedBases(x, u.block.text, u.block.lines)) continue;
    // "Service delivery (legal basis: contract): To create and manage your account": a purpose with its basis.
    else if (u.type === 'para' && bracketLabelled(u.block.text)) addPurpose(x, u.block.text, where);
    else if (u.type === 'para' && basisOverText(x, u.block.text, u.block.lines)) continue;
    else if (u.type === 'para') rest.push(...withoutCases(x, u, { section: where.section }));
    else rest.push(u);
  }
  if (!rest.length) return;
  const text = rest.map((u) => (u.type === 'list' ? listText(u) : u.block.text)).join(' ');
  statement(x, `${section.heading.text}: ${text}`, [section.heading.text, ...rest.flatMap(unitLines)], undefined, where);
}
