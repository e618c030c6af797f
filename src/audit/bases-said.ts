/**
 * What a published notice says beside the legal bases it states: which purpose each basis covers,
 * the law a public task comes from, the legitimate interest pursued. The import
 * pairs a basis with a purpose where it can read the pairing, and leaves out what stands beside it;
 * these read the notice's own sentences, so that the audit does not report as unsaid what it says.
 */
import type { LegalBasis } from '../types.js';
import { findWords, words } from '../check/words.js';
import { CELL } from '../import/document/column-table.js';
import { BASIS_NAMES, isBasisOnly, statedBases, statutes } from '../import/recognise/bases.js';
import { isPurposeSentence } from '../import/recognise/purpose-prose.js';
import { basisParts } from '../import/recognise/basis-parts.js';
import { isBasisSentence, scopedCase } from '../import/recognise/purposes.js';
import { namesNoInterest } from '../rules/legitimate-interest.js';
import { BASIS, BASIS_OF } from './parts-said.js';
import { comparable, type Passage } from './passages.js';
import { RIGHT_WORDS } from './rights-words.js';

/** A law named by its field rather than its title: "tax laws", "verolainsäädäntö", "bokföringslagstiftningen". */
const LAW_FIELD =
  /(?<!\p{L})(?!(?:data protection|privacy|applicable|relevant|other|local|national|current|the|any|such)\s)\p{L}{3,} (?:laws?|legislation|acts)(?!\p{L})|(?<!\p{L})(?!(?:tietosuoja|sovellettava|voimassa|muu))\p{L}{3,}(?:lainsäädäntö|lainsäädännö|lait|lakien|lakeja)\p{L}*|(?<!\p{L})(?!(?:dataskydds|tillämpli|gällande|övri))\p{L}{3,}(?:lagstiftning|lagar)\p{L}*/iu;

/** The text names the law an obligation or a task comes from: a statute by its title, or the laws of a field. */
export function namesLaw(text: string): boolean {
  return statutes(text).length > 0 || LAW_FIELD.test(text);
}

/** A basis sentence that points back at the purpose before it: "oikeusperusteena on tällöin suostumus", "in this case". */
const ANAPHOR = /(?<!\p{L})(?:tällöin|tähän|näihin|tätä varten|then|in this case|in these cases|for this|for these|i detta fall|i dessa fall|för detta|för dessa|härvid)(?!\p{L})/iu;

/** Bases given by way of example situations ("esimerkiksi silloin, kun …"): they cover kinds of processing, not the purposes. */
export const EXAMPLES = /(?<!\p{L})(?:esimerkiksi|esim\.|for example|for instance|e\.g\.|t\.ex\.|till exempel|exempelvis)(?!\p{L})/iu;

/** A row of three cells or more ("Analytics – Legitimate interest / consent – IP address"): the bases of its one cell that is nothing but bases. */
export function cellBases(text: string): LegalBasis[] | undefined {
  const cells = text.split(CELL);
  if (cells.length < 3) return undefined;
  const naming = cells.filter((c) => statedBases(c).bases.length);
  return naming.length === 1 && isBasisOnly(naming[0]!) ? statedBases(naming[0]!).bases : undefined;
}

/**
 * What a basis is, said in the words of Art. 6(1) and no more, the whole side of an item: "käsittely on
 * tarpeen sopimuksen täytäntöön panemiseksi", "när du har lämnat ditt samtycke till behandlingen", "when
 * you have given your consent", "När vi har ett berättigat intresse som inte väger lättare än …". A side
 * that goes on to its purpose ("kun olet antanut suostumuksesi uutiskirjeeseen", "… eli tilausten
 * toimittamiseksi") pairs it.
 */
const DEFINES = [
  /^(?:tietojen\s+|henkilötietojen\s+)?(?:käsittely|behandling(?:en)?|(?:the\s+)?processing)\s+(?:\p{L}+\s+)?(?:on|är|is)\s+(?:\p{L}+\s+)?(?:tarpeen|välttämätön\p{L}*|nödvändig|necessary)\s+(?:\p{L}+\s+){0,4}?(?:sopimuksen|avtal\p{L}*|(?:a\s+|the\s+)?contract)(?:\s+(?:täytäntöön\s+panemiseksi|täytäntöönpanemiseksi|täyttämiseksi|toteuttamiseksi|med dig|with you|to which you are (?:a\s+)?party))*$/iu,
  /^(?:när|kun|jos|when|where|if)\s+(?:du|sinä|you)?\s*(?:har|olet|have|has)?\s*(?:lämnat|antanut|given|gett)\s+(?:ditt|sinun|your)?\s*(?:suostumuksesi|suostumuksen|samtycke|consent)(?:\s+(?:till behandlingen|käsittelyyn|to (?:the|this) processing))?$/iu,
  /^(?:när|kun|when|where)\s+(?:vi|we|meillä)\s+(?:har|have|on)\s+(?:ett\s+|a\s+)?(?:berättigat intresse|legitimate interest|oikeutettu etu)(?:\s+(?:som|which|that|joka)\s.*)?$/iu,
];

/** Whether a side of an item only says what its basis is. */
const defines = (side: string): boolean => DEFINES.some((re) => re.test(side.trim().replace(/[.;]+$/u, '')));

/**
 * A row or an item that pairs one purpose with its bases: "Kirjanpito – lakisääteinen velvoite",
 * "Consent (marketing communications)", "Legitimate interests: processing for security". One side
 * names bases, the other none and says more than that a basis follows.
 */
export function rowBases(text: string): LegalBasis[] | undefined {
  const paren = /^([^()]{3,}?)\s*\(([^()]+)\)\s*[.;]?$/u.exec(text);
  const sides = paren ? [paren[1]!, paren[2]!] : text.split(/\s+[–—-]\s+|:\s+/u);
  if (sides.length !== 2) return undefined;
  const named = sides.map((s) => statedBases(s).bases);
  // "Compliance with legal obligations – Legal obligation (Article 6(1)(c))": the purpose names its own basis;
  // "Sopimus: Tietojen käsittely on tarpeen sopimuksen täytäntöön panemiseksi" only says what the basis is.
  const same = named[0]!.length > 0 && named[0]!.join() === named[1]!.join();
  if (same && sides.some(isBasisOnly) && !sides.every(isBasisOnly)) return sides.some((side) => !isBasisOnly(side) && defines(side)) ? undefined : named[0];
  const at = named.findIndex((b) => b.length > 0);
  const other = sides[1 - at];
  if (at < 0 || named[1 - at]!.length || other === undefined || isBasisSentence(other) || !/\p{L}{3,}/u.test(other)) return undefined;
  return named[at];
}

/** A passage that states bases: with a word that says so, with a name no other sense has, or in a section on them. */
function basisPassage(p: Passage): boolean {
  return !p.heading && statedBases(p.text).bases.length > 0 && (isBasisSentence(p.text) || p.kinds.includes('legal_basis'));
}

/** The bases of a basis sentence that need a purpose: a legal obligation whose law is named says itself what it covers. */
function needingPurpose(text: string): { bases: LegalBasis[]; bound: LegalBasis[] } {
  const { bases } = statedBases(text);
  const bound: LegalBasis[] = statutes(text).length ? bases.filter((b) => b === 'legal_obligation') : [];
  return { bases: bases.filter((b) => !bound.includes(b)), bound };
}

/** A sentence on withdrawing consent that names no other basis. */
const withdrawsConsent = (text: string): boolean => RIGHT_WORDS.withdraw_consent.test(text) && statedBases(text).bases.every((b) => b === 'consent');

/**
 * The bases the notice pairs with a purpose, and those it states without one. A basis is paired in a
 * row or item with its purpose, in a sentence that says its purpose itself, or in a sentence after
 * the purpose it follows in the same section ("Keräämme tietoja markkinointia varten. Oikeusperusteena
 * on tällöin suostumus."), one basis a sentence. Bases given by example situations, or several in one
 * sentence, are not paired; neither is a basis named in the rights, which say what follows from one.
 */
function pairings(passages: readonly Passage[]): { paired: Set<LegalBasis>; unpaired: Set<LegalBasis> } {
  const paired = new Set<LegalBasis>();
  const unpaired = new Set<LegalBasis>();
  let purpose = false;
  let section = -1;
  for (const p of passages) {
    if (p.sectionLine !== section || p.heading) [purpose, section] = [false, p.sectionLine];
    if (p.heading || p.kinds.includes('rights')) continue;
    const row = rowBases(p.text);
    if (row) {
      for (const b of row) paired.add(b);
      continue;
    }
    // "You can withdraw consent at any time": the right consent gives, no basis stated apart.
    if (withdrawsConsent(p.text)) continue;
    if (!basisPassage(p)) {
      if (isPurposeSentence(p.text)) purpose = true;
      else if (isBasisSentence(p.text)) purpose = false;
      continue;
    }
    // Each basis with what it covers ("sopimussuhteeseen (palveluiden tarjoaminen) sekä lakisääteisiin velvoitteisiin (…)"), or a case opened on: paired.
    const parts = basisParts(p.text);
    if (parts || scopedCase(p.text)) {
      for (const b of parts?.map((q) => q.basis) ?? statedBases(p.text).bases) paired.add(b);
      continue;
    }
    const { bases, bound } = needingPurpose(p.text);
    for (const b of bound) paired.add(b);
    // A short item among the purposes that names its basis as its aim ("Comply with legal obligations") says its own purpose.
    const item = p.kinds.includes('purposes') && !p.kinds.includes('legal_basis') && p.text.split(/\s+/u).length <= 6;
    const ownPurpose = (isPurposeSentence(p.text) || item) && !EXAMPLES.test(p.text);
    // One basis for the purpose before it; or, in a sentence that says its own purpose, one or two ("to prepare a contract or on the basis of our legitimate interest … to respond to your enquiry").
    const tied = (bases.length === 1 && (purpose || ownPurpose || ANAPHOR.test(p.text))) || (bases.length === 2 && ownPurpose);
    for (const b of bases) (tied ? paired : unpaired).add(b);
    purpose = false;
  }
  return { paired, unpaired };
}

/** The notice pairs each of these bases with a purpose, and states none of them apart from one. */
export function pairsEachBasis(passages: readonly Passage[], bases: readonly LegalBasis[]): boolean {
  const { paired, unpaired } = pairings(passages);
  return bases.length > 0 && bases.every((b) => paired.has(b) && !unpaired.has(b));
}

/** The passages that state the basis of the purpose said at `at`: its own, the rows that name it, the basis sentences of its section. */
function besidePurpose(passages: readonly Passage[], at: Passage, basis: LegalBasis): Passage[] {
  const text = comparable(at.text).replace(/[.;:]$/u, '');
  const rows = passages.filter((p) => p !== at && rowBases(p.text)?.includes(basis) && comparable(p.text).includes(text));
  // The basis sentences of its section, not the rows that pair other purposes with theirs.
  const section = passages.filter((p) => p !== at && !p.heading && p.sectionLine === at.sectionLine && !rowBases(p.text) && statedBases(p.text).bases.includes(basis));
  return [at, ...rows, ...section];
}

/**
 * Where the notice states the basis of the purpose said at `at`: that sentence when it names the basis
 * itself, else a row that pairs the purpose with it, else the nearest sentence of its section that
 * states it ("Oikeusperuste on oikeutettu etu" above the purposes it covers).
 */
export function basisOfPurpose(passages: readonly Passage[], at: Passage, basis: LegalBasis): Passage {
  if (statedBases(at.text).bases.includes(basis)) return at;
  const [, ...beside] = besidePurpose(passages, at, basis);
  const row = beside.find((p) => p.sectionLine !== at.sectionLine || rowBases(p.text));
  const nearest = [...beside].sort((a, b) => Math.abs(a.line - at.line) - Math.abs(b.line - at.line))[0];
  return row ?? nearest ?? at;
}

/** The purpose said at `at` rests on a public task whose law the notice names beside it. */
export function namesLawBeside(passages: readonly Passage[], at: Passage): boolean {
  return besidePurpose(passages, at, 'public_task').some((p) => namesLaw(p.text));
}

/**
 * A clause that says what the processing is for, or what the interest is in: "för att förbättra",
 * "processing for security", "jotta", "tietoturvan varmistamiseksi", "varten", "interest in counting
 * visits". A bare "for" says nothing ("statistics for the website").
 */
const INTEREST_CLAUSE =
  /(?<!\p{L})(?:för att|i syfte att|intresse av|intresse att|jotta|varten|in order to|so that|interests? (?:in|to))(?!\p{L})|\p{L}{2,}(?:aksemme|äksemme|akseen|äkseen|miseksi)(?!\p{L})|(?<!\p{L})(?:processing|processed|used|behandling(?:en)?|behandlas|används)\s+(?:for|för)\s+(?!(?:the|this|that|these|which|example|instance)(?!\p{L}))\p{L}/iu;

/** "interest in", "intresse av": what follows says the interest, unless it only names processing the data ("a legitimate interest in processing your personal data"). */
const INTEREST_IN = /^(?:interests? (?:in|to)|intresse av|intresse att)$/iu;

function saysWhatFor(text: string): boolean {
  return [...text.matchAll(new RegExp(INTEREST_CLAUSE.source, 'giu'))].some(
    (m) => !INTEREST_IN.test(m[0]) || !namesNoInterest(text.slice(m.index + m[0].length).split(/[.;]/u)[0]!),
  );
}

/** "Tämä etu …", "This interest …", "Our legitimate interests include …", "Våra berättigade intressen omfattar …": a sentence that goes on to say what the interest is. */
const THE_INTEREST =
  /^(?:tämä etu|tämä oikeutettu etu|etumme|nämä edut|näitä etuja|oikeutetut etumme|oikeutettuja etujamme|this interest|these interests|such interests|our interests?|our legitimate interests?|detta intresse|dessa intressen|sådana intressen|vårt intresse|våra intressen|vårt berättigade intresse|våra berättigade intressen)(?!\p{L})/iu;

function namesLegitimate(text: string): boolean {
  return statedBases(text).bases.includes('legitimate_interests');
}

/** The words that lead a sentence of one basis: "Käsittelyn oikeusperuste on", "Den rättsliga grunden för behandlingen är", "The legal basis for the processing is". */
const BASIS_IS =
  /^(?:(?:henkilötietojen )?käsittelyn (?:oikeus)?peruste(?:ena)? on|oikeusperuste(?:ena)? on|(?:den )?rättsliga grunden (?:för (?:behandlingen|detta) )?är|rättslig grund (?:för (?:behandlingen|detta) )?är|(?:the )?(?:legal|lawful) (?:basis|ground) (?:for|of) (?:the |this )?processing is|(?:the )?(?:legal|lawful) basis is)\s+/iu;

/**
 * A passage that names legitimate interests says the interest: in a clause of its own, right after the
 * basis in brackets or after a colon ("legitimate interests (security, fraud prevention)"), in the purpose
 * sentence it labels ("… för att förbättra våra tjänster. Rättslig grund: berättigat intresse."), in
 * the sentence after it, or in the list it leads into ("Tällaisia oikeutettuja intressejä ovat:").
 */
function interestSaid(passages: readonly Passage[], p: Passage): boolean {
  const i = passages.indexOf(p);
  const near = (j: number): Passage | undefined => {
    const q = passages[j];
    return q && !q.heading && q.sectionLine === p.sectionLine ? q : undefined;
  };
  const before = near(i - 1);
  const after = near(i + 1);
  if (saysWhatFor(p.text) || interestAfterBasis(p.text)) return true;
  if (before && isBasisOnly(p.text.replace(/^[^:]*:\s*/u, '').replace(BASIS_IS, '')) && saysWhatFor(before.text)) return true;
  return after !== undefined && (/:\s*$/u.test(p.text) || THE_INTEREST.test(after.text));
}

/**
 * What a purpose protects or pursues, which is the interest itself: fraud, abuse or spam prevented,
 * security kept, questions answered, something developed or improved.
 */
const AIM = words([
  // fi
  'torju*', 'torjun*', 'estämi*', 'estäm*', 'ehkäi*', 'ehkäis*', 'rajoittami*', 'väärinkäy*', 'petos*', 'petoks*', 'roskapost*',
  'tietoturv*', 'turvallisuu*', 'suojaami*', 'suojelu*', 'vastaami*', 'kehittämi*', 'parantami*',
  // sv
  'förebygg*', 'förhindr*', 'bekämp*', 'motverk*', 'missbruk*', 'bedräger*', 'skräppost*', 'säkerhet*', 'skydd*', 'besvar*',
  'svara på', 'utveckl*', 'förbättr*',
  // en
  'prevent*', 'combat*', 'fight*', 'fraud*', 'abuse*', 'misuse*', 'spam*', 'security', 'secure', 'securing', 'protect*',
  'answer*', 'respond*', 'reply*', 'develop*', 'improv*',
]);

/** The words that say a basis applies: "oikeusperusteena", "perustuu", "rests on", "grundar sig på". */
const BASIS_TALK =
  /(?<!\p{L})(?:oikeusperust\p{L}*|perust\p{L}*|osalta|rättslig\p{L}* grund|grundar sig|bygger|legal basis|lawful basis|rests?|based|gdpr|art|artikla\p{L}*|artikel)(?!\p{L})|\d[\d()a-f.]*/giu;

/** A passage's words apart from its names of legitimate interests and the words that say a basis applies. */
function besideBasisNames(text: string): string {
  const name = BASIS_NAMES.find(([b]) => b === 'legitimate_interests')![1];
  return text.replace(new RegExp(`(?:${name.source})\\p{L}*`, 'giu'), ' ').replace(BASIS_TALK, ' ');
}

/**
 * A passage that pairs legitimate interests with a purpose saying what it protects or pursues, in more
 * than generic words: "Väärinkäytösten torjunta: oikeusperusteena oikeutettu etu", "Fraud prevention
 * rests on our legitimate interests", "skydd mot skräppost (berättigat intresse)". "Palvelun
 * kehittäminen" or "developing our services" alone names no interest.
 */
function namesAim(text: string): boolean {
  const rest = besideBasisNames(text);
  return findWords(rest, AIM).length > 0 && !namesNoInterest(rest);
}

/** A passage of the same item as `at`, or a row that pairs its purpose: the purpose beside the basis is its own. */
function ofSameItem(p: Passage, at: Passage): boolean {
  return p === at || (p.line === at.line && p.sectionLine === at.sectionLine) || rowBases(p.text) !== undefined;
}

/**
 * The purpose said at `at` rests on legitimate interests, and the notice says beside it what the
 * interest is: beside a basis that names them, or in the purpose its item or sentence pairs with them.
 */
export function namesInterestBeside(passages: readonly Passage[], at: Passage): boolean {
  return besidePurpose(passages, at, 'legitimate_interests').some(
    (p) => namesLegitimate(p.text) && (interestSaid(passages, p) || (ofSameItem(p, at) && namesAim(p.text))),
  );
}

/** The notice says somewhere what its legitimate interests are, beside a passage that names them. */
export function namesInterestAnywhere(passages: readonly Passage[]): boolean {
  return passages.some((p) => !p.heading && namesLegitimate(p.text) && interestSaid(passages, p));
}

/**
 * A purpose clause: "för att förbättra", "for security", "jotta voimme", "tietoturvasta huolehtimiseksi",
 * "varten". Not "for" before an article ("when you register for an event"), which names no aim, but
 * "for the purposes of"; not "for" the processing itself ("Den rättsliga grunden för vår insamling", "the legal basis for processing"),
 * which names no aim ("the basis for sending you direct marketing" does).
 */
const PURPOSE_CLAUSE = /(?<!\p{L})(?!(?:för|for)\s+(?:the\s+|our\s+|vår\s+|vårt\s+|våra\s+)?(?:processing|collection|behandling\p{L}*|insamling\p{L}*)(?!\p{L}))(?:för att|för|for(?!\s+(?:an?|the)\s+(?!purposes?\b))|jotta|in order to|so that|varten|tarkoituksena|\p{L}+(?:aksemme|äksemme|akseen|äkseen|miseksi))(?!\p{L})/iu;
const LEGITIMATE = BASIS_OF.find(([b]) => b === 'legitimate_interests')![1];

/**
 * The notice says what its legitimate interest is: the sentence that names the basis, or the one
 * before it, says what the processing is for ("Vi kan använda … för att förbättra våra tjänster.
 * Rättslig grund: berättigat intresse").
 */
export function namesInterest(passages: readonly Passage[]): boolean {
  return passages.some((_, i) => interestAt(passages, i));
}

/**
 * The interests written right after the basis, in brackets, after a colon or as what the interest is in:
 * "legitimate interests (security, fraud prevention)", "Oikeutettu etu: tietoturva ja väärinkäytösten
 * estäminen", "oikeutettuun etuun noudattaa hyvää hallintotapaa", "oikeutettu etu käsitellä henkilötietoja
 * uusasiakashankintaan liittyen", "berättigade intresse är att kunna besvara förfrågningar", "legitimate interest in keeping the
 * site secure", "berättigat intresse av att skydda tjänsten", "oikeutettuun etuun, joka liittyy asiakassuhteen hoitamiseen",
 * "oikeutettuun etuun, kuten yhteydenottoihin vastaamiseen", "oikeutettu etu jäsenviestinnässä" (the activity the interest
 * is in, not "tässä yhteydessä"). Not a reference to the article, and not words that name no interest ("asiakassuhde").
 */
const AFTER_BASIS =
  /^\s*(?:\((?!\s*(?:art|gdpr|6\s*art))([^)]{3,})\)|(?:\([^)]*\)\s*)?(?:[:–—]|,\s*(?:kuten|esimerkiksi|joka liittyy|jotka liittyvät|such as|like|namely|related to|relating to|såsom|till exempel|som avser|som gäller))\s*([^.;]{3,})|\s((?:(?!(?:perusteella|nojalla|avulla|tavalla|puolesta)(?!\p{L}))\p{L}+(?:aa|ää|da|dä|lla|llä|ta|tä|oa|ua|yä)|to|in|av att|i att|är att|is to)\s+[^.;]{3,}|(?!(?:tässä|siinä|näissä|niissä|jokaisessa|kussakin|tapauksessa|yhteydessä)(?!\p{L}))\p{L}{4,}(?:ssa|ssä)(?=[\s.;,)]|$)))/iu;

/** "kuten tietosuoja-asetuksessa säädetään", "såsom avses i dataskyddsförordningen", "as the law allows": as the law says, no interest. */
const AS_THE_LAW = /(?<!\p{L})(?:laki\p{L}*|lai[nst]\p{L}*|lainsäädän\p{L}*|asetu\p{L}*|säädet\p{L}*|sallii|lag(?:en|ar)?|förordning\p{L}*|avses|tillåter|law\p{L}*|regulation\p{L}*|gdpr|permit\p{L}*|allow\p{L}*)(?!\p{L})/iu;

export function interestAfterBasis(text: string): boolean {
  return [...text.matchAll(LEGITIMATE)].some((m) => {
    const after = AFTER_BASIS.exec(text.slice((m.index ?? 0) + m[0].length));
    // The interest ends where another basis is joined on: "…, joka liittyy markkinointiin, sekä sopimusta edeltäviin toimenpiteisiin".
    const named = (after?.[1] ?? after?.[2] ?? after?.[3])?.split(/,\s*(?:sekä|samt|as well as)\s/iu)[0];
    return named !== undefined && !namesNoInterest(named) && !findWords(named, BASIS).length && !AS_THE_LAW.test(named);
  });
}

/**
 * The passage at `i` names legitimate interests with the interest beside them, or it or the sentence
 * before it says what the processing is for. Not in the part on the rights, where an objection or an
 * erasure is weighed against "sektionens berättigade intressen" and no interest of the controller's is said.
 */
function interestAt(passages: readonly Passage[], i: number): boolean {
  const p = passages[i];
  if (!p || p.kinds.includes('rights') || !findWords(p.text, LEGITIMATE).length) return false;
  const before = passages[i - 1];
  return interestAfterBasis(p.text) || PURPOSE_CLAUSE.test(p.text) || (before !== undefined && !before.heading && PURPOSE_CLAUSE.test(before.text));
}
