/**
 * One sentence that gives each basis its own purpose: "Käsittelyn oikeusperuste on rekisterinpitäjän
 * oikeutettu etu palvelun ylläpitämiseen ja kehittämiseen sekä sopimuksen täytäntöönpano silloin, kun
 * palvelussa käytetään kirjautumista vaativia toimintoja", "The legal basis is our legitimate interest
 * in keeping the service running and the contract when you sign in". Split where another basis
 * begins, each part is a purpose with its basis: the words after the basis's name.
 */
import type { LegalBasis } from '../../types.js';
import { BASIS_NAMES, statedBases } from './bases.js';

export interface BasisPart {
  purpose: string;
  basis: LegalBasis;
}

/** Where a part begins: "sekä", "samt", "and", "ja" or "tai" before another basis's name, within four words and no other "and". */
const NAMES = BASIS_NAMES.map(([, re]) => re.source).join('|');
const JOINT = new RegExp(String.raw`,?\s+(?:sekä|samt|as well as|ja|och|and|tai|eller|or)\s+(?=(?:(?!(?:sekä|samt|ja|och|and|tai|eller|or)\s)[\p{L}'’]+\s+){0,4}?(?:${NAMES}))`, 'giu');

/** Words that stand between a basis's name and what it covers: "täytäntöönpano", "performance of", "for". */
const LEAD = /^(?:\p{L}*\s+)?(?:täytäntöönpano|täytäntöön paneminen|toteuttaminen|noudattaminen|fullgörande|performance|perusteella|nojalla|för|for|in|of)\s+/iu;

/** The words a part gives after its basis's name, or nothing when they say no purpose. */
function covered(part: string, basis: LegalBasis): string | undefined {
  const re = BASIS_NAMES.find(([b]) => b === basis)![1];
  const m = new RegExp(`(?:${re.source})\\p{L}*`, 'iu').exec(part);
  if (!m) return undefined;
  const rest = part.slice(m.index + m[0].length).replace(LEAD, '').replace(/^[\s,:–-]+|[\s.;]+$/gu, '');
  // A citation of the basis ("(GDPR artikel 6.1a)") says what the basis is, not what it covers; other words in brackets may ("(eläinpalveluiden tarjoaminen)").
  const said = rest.replace(CITATION, (m) => (/\d/u.test(m) ? ' ' : m));
  return said.split(/\s+/u).filter((w) => /\p{L}{3,}/u.test(w)).length >= 2 ? rest : undefined;
}

/** A sentence split where another basis begins ("… sekä sopimuksen …", "… and legitimate interest …"). */
export function jointParts(sentence: string): string[] {
  return sentence.split(JOINT);
}

/** The words open on the basis's name ("legitimate interest in …", "berättigade intresse att …"), not name it further on. */
function opensOnName(words: string, basis: LegalBasis): boolean {
  const re = BASIS_NAMES.find(([b]) => b === basis)![1];
  return new RegExp(`^(?:${re.source})`, 'iu').test(words);
}

/** A citation in brackets, with the brackets of its point: "(GDPR Article 6(1)(f))", "(art. 6.1 b)". */
const CITATION = /\((?:[^()]|\([^()]*\))*\)/gu;
/** What opens a sentence of bases, before what the first covers: "The legal basis is our", "Käsittelyn peruste on", "Grunden är". */
const OPENING = /^(?:[\p{L}’']+\s+){0,5}?(?:is|are|on|ovat|är)\s+(?:(?:our|the|your|meidän|vår|vårt|våra)\s+)?/iu;
/** What joins the next part: ", and,", "sekä", "samt". */
const JOINER = /^[\s,;]*(?:(?:and|ja|sekä|och|samt)(?![\p{L}]))?[\s,]*/iu;

/**
 * The parts of a sentence that cites each basis by its point after what it covers ("our legitimate
 * interest in responding to a business enquiry (GDPR Article 6(1)(f)), and, where an agreement follows,
 * the steps taken before entering into it (Article 6(1)(b))"): each the words before its citation.
 */
function citedParts(sentence: string): BasisPart[] | undefined {
  const out: BasisPart[] = [];
  let from = 0;
  for (const m of sentence.matchAll(CITATION)) {
    const bases = statedBases(m[0]).bases;
    if (bases.length !== 1) continue;
    const before = sentence.slice(from, m.index).replace(JOINER, '').replace(out.length ? /^$/u : OPENING, '').trim();
    if (before.split(/\s+/u).filter((w) => /\p{L}{3,}/u.test(w)).length < 3) return undefined;
    out.push({ purpose: (opensOnName(before, bases[0]!) ? covered(before, bases[0]!) : undefined) ?? before, basis: bases[0]! });
    from = m.index + m[0].length;
  }
  const rest = sentence.slice(from).replace(/[\s.;]+$/u, '');
  return out.length >= 2 && !/\p{L}{3,}/u.test(rest) ? out : undefined;
}

/** The parts of a sentence that names two bases or more, each with what it covers; none unless every part says one. */
export function basisParts(sentence: string): BasisPart[] | undefined {
  if (statedBases(sentence).bases.length < 2) return undefined;
  const parts = jointParts(sentence);
  if (parts.length < 2) return citedParts(sentence);
  const out: BasisPart[] = [];
  for (const part of parts) {
    const bases = statedBases(part).bases;
    const purpose = bases.length === 1 ? covered(part, bases[0]!) : undefined;
    if (!purpose) return undefined;
    out.push({ purpose, basis: bases[0]! });
  }
  return out;
}
