/**
 * A sentence that names each basis with what it covers in brackets: "Oikeusperusteet: yhdistyslain
 * mukainen velvoite (jäsenrekisteri), sopimussuhde (maanvuokra) ja oikeutettu etu (turvallisuus)",
 * "Rättslig grund: avtal (medlemskap) och samtycke (nyhetsbrev)", "Legal bases: contract (membership)
 * and consent (newsletter)". Each basis is given to the purposes its brackets name by their own words.
 */
import type { LegalBasis } from '../../types.js';
import { hasPoint, statedBases, statutes } from './bases.js';

export interface BasisScope {
  basis: LegalBasis;
  /** The words in brackets: what the basis covers. */
  scope: string;
  /** The basis as the sentence names it. */
  text: string;
  law?: string;
}

/** A label before the list ("Oikeusperusteet:", "Rättslig grund:", "Legal bases:"). */
const LABEL = /^[^:()]{0,40}:\s*/u;
/** Where one basis with its brackets ends and the next begins. */
const NEXT = /\)\s*(?:[,;]\s*(?:(?:ja|sekä|och|samt|and)\s+)?|\s+(?:ja|sekä|och|samt|and)\s+)/iu;
const PART = /^([^()]+?)\s*\(([^()]+)\)?[.\s]*$/u;

/** What consent must be, said of it in brackets ("suostumus (dokumentoitu, vapaaehtoinen, yksiselitteinen)"): its qualities, not what it covers. */
const QUALITY = /^(?:(?:ja|och|and|sekä)\s+)?(?:dokumentoi\p{L}*|vapaaehtoi\p{L}*|yksilöi\p{L}*|tietoi\p{L}*|yksiselittei\p{L}*|nimenomai\p{L}*|documented|voluntary|freely given|specific|informed|unambiguous|explicit|dokumenter\p{L}*|frivillig\p{L}*|specifik\p{L}*|informerad\p{L}*|otvetydig\p{L}*|uttrycklig\p{L}*)$/iu;

const onlyQualities = (bracket: string): boolean => bracket.split(/\s*,\s*|\s+(?=(?:ja|och|and|sekä)\s)/u).every((w) => QUALITY.test(w.trim()));

/** A basis, then what it covers after a comma: "oikeutettuun etuun, kuten yhteydenottoihin vastaamiseen …", "avtal, när du beställer …", "consent, when we use Google Analytics". */
const AFTER_COMMA = /^([^,()]+?),\s+((?:kuten|kun|esimerkiksi|esim\.|such as|when|where|for|såsom|t\.ex\.|när|då)\s+[^()]+?)[.;\s]*$/iu;

/** One basis with what it covers after a comma, where the words before the comma name exactly one basis. */
function basisThenScope(part: string): BasisScope | undefined {
  const m = AFTER_COMMA.exec(part.trim());
  const found = m ? statedBases(m[1]!) : undefined;
  if (!m || found?.bases.length !== 1 || statedBases(m[2]!).bases.length || hasPoint(m[2]!)) return undefined;
  const scope = m[2]!.replace(/^(?:kuten|esimerkiksi|esim\.|such as|såsom|t\.ex\.)\s+/iu, '').trim();
  return { basis: found.bases[0]!, scope, text: m[1]!.trim(), ...(found.law ? { law: found.law } : {}) };
}

/** A basis, its citation in brackets, then what it covers: "Legitimate interest (Article 6(1)(f) GDPR) for website functionality, billing …". */
const CITED_THEN = /^([^()]+?)\s*\(((?:[^()]|\([^()]*\))*)\)\s+((?:for|för|till|varten|to)\s+[^()]+?)[.;\s]*$/iu;

/** One basis cited by its point or article in brackets, with what it covers after them. */
function citedThenScope(part: string): BasisScope | undefined {
  const m = CITED_THEN.exec(part.trim());
  const found = m ? statedBases(m[1]!) : undefined;
  if (!m || found?.bases.length !== 1 || !(hasPoint(m[2]!) || /(?<!\p{L})art\p{L}*/iu.test(m[2]!)) || statedBases(m[3]!).bases.length) return undefined;
  const scope = m[3]!.replace(/^(?:for|för|till|varten|to)\s+/iu, '').trim();
  return { basis: found.bases[0]!, scope, text: m[1]!.trim(), ...(found.law ? { law: found.law } : {}) };
}

/** The point of Art. 6(1) before the basis it names: "Art. 6(1)(f) — Legitimate interest (…)", "6.1 a artikla: suostumus (…)". */
export const POINT_FIRST = /^(?:(?:GDPR|EU|tietosuoja-asetuksen|dataskyddsförordningen)\s+)?(?:art(?:icle|ikla|ikel|\.)?\s*)?6\s*(?:\(1\)|\.1|\s1)\s*(?:\(\s*[a-f]\s*\)|[a-f](?![\p{L}]))\s*(?:art(?:ikla|ikel)\s*)?(?:GDPR\s*)?[‐–—−:-]\s*/iu;

/** One basis with what it covers in brackets: "sopimus (jäsenyys yhdistyksessä)", "consent (newsletter)", after its point or not. */
export function basisScope(part: string): BasisScope | undefined {
  const m = PART.exec(part.trim().replace(POINT_FIRST, ''));
  const found = m ? statedBases(m[1]!) : undefined;
  // A bracket that names a law or an article ("(kirjanpitolaki)", "(artikel 6.1 b)") says no scope.
  if (!m) return citedThenScope(part) ?? basisThenScope(part);
  if (found?.bases.length !== 1 || statutes(m[2]!).length || hasPoint(m[2]!) || /(?<!\p{L})(?:art\p{L}*|§)/iu.test(m[2]!) || onlyQualities(m[2]!)) return undefined;
  return { basis: found.bases[0]!, scope: m[2]!.trim(), text: m[1]!.trim(), ...(found.law ? { law: found.law } : {}) };
}

/** The bases of the sentence with their brackets; none unless there are two or more and each names one basis. */
export function basisScopes(sentence: string): BasisScope[] | undefined {
  const parts = sentence.replace(LABEL, '').split(NEXT);
  if (parts.length < 2) return undefined;
  const out = parts.map(basisScope);
  return out.every((s): s is BasisScope => s !== undefined) ? out : undefined;
}
