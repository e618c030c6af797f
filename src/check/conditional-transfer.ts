/**
 * A transfer outside the EEA described as a maybe: "EU:n ulkopuolelle, ellei se ole teknisesti
 * tarpeellista", "Emme siirrä tietoja ETA:n ulkopuolelle ilman siirtoon soveltuvaa suojausperustetta".
 * Such a sentence names no country, recipient or mechanism, whether or not data do leave.
 */
import type { Register, Transfer } from '../types.js';
import { textValues } from './text.js';
import { CASE, CONDITIONAL, NEGATION, OUTSIDE, mechanismsIn } from './transfer-words.js';
import { findWords } from './words.js';
import { ownClauses } from './own-clause.js';

/**
 * The clauses a condition can belong to: a sentence ends at a full stop, question or exclamation
 * mark (not that of `esim.` or `e.g.`) or at a line break, and a main clause at ", ja" / ", and" /
 * ", och", and a clause of its own after ", eikä", ", nor" or a semicolon (`ownClauses`). "…ulkopuolelle, ellei…" stays one.
 */
const CLAUSE_END = /(?<!\b(?:esim|mm|ns|yms|ym|jne|e\.g|i\.e|etc|t\.ex|bl\.a|osv)\.)(?<=[.!?])\s+|\n+|,\s+(?:ja|sekä|and|och)\s+/iu;

/** What opens a sentence and qualifies every clause of it: a condition or a hedge before its first denial. */
const opensOnHedge = (opening: string): boolean => findWords(opening, CONDITIONAL).length > 0 || findWords(opening, CASE).length > 0;

export function clauses(text: string): string[] {
  return text.split(CLAUSE_END).flatMap((c) => ownClauses(c, opensOnHedge));
}

/** A right the clause speaks of: "if data are transferred to a third country, you have the right to know the safeguards" is the right of access (Art. 15(2)), not a transfer. */
const RIGHT = /(?<![\p{L}])(?:oikeu\p{L}*|rätt(?:en|ighet\p{L}*)?|rights?|informed|information om|tieto siitä)(?![\p{L}])/iu;

/** A denial: "If we use subcontractors, we make sure that data are not transferred outside the EEA" says no transfer is made. */
const negated = (text: string): boolean => findWords(text, NEGATION).length > 0;

/** A relative clause, whose own denial ("maahan, jonka tietosuojan taso ei ole riittävä", "a country that does not …") denies nothing of the transfer. */
const RELATIVE = /(?<![\p{L}])(?:jonka|joiden|joka|jotka|jossa|joissa|that|which|whose|where|som|vars|där)(?![\p{L}])[^,.;]*/giu;

/** A verb of moving, keeping or processing the data, which the case is about: "jos … käsittelee", "if … are transferred", "om vi överför". */
const MOVED =
  /(?<![\p{L}])(?:siirretään|siirrettäisiin|siirrämme|siirtää|siirtävät|siirtämään|siirtyy|siirtyvät|käsitellään|käsiteltäisiin|käsittelee|käsittelevät|käsittelemään|tallennetaan|säilytetään|luovutetaan|luovuttaa|luovuttamaan|(?:is|are|be|were|was) (?:transferred|processed|stored|shared)|we (?:transfer|process|store|share)|(?:transfers|processes|stores|shares) (?:\p{L}+ )?(?:data|information)|överförs|överför|skulle överföras|behandlas|behandlar|lagras)(?![\p{L}])/iu;

/** "Om" or "ifall" opening a clause is a case ("Om uppgifterna behandlas utanför EES"); elsewhere "om" is "about" ("uppgifter om dig"). */
const OM_FIRST = /^\s*(?:om|ifall)(?![\p{L}])/iu;

/** A question the reader may have: "Om du har frågor om hur uppgifter överförs …", "Jos sinulla on kysyttävää …". */
const QUESTION = /(?<![\p{L}])(?:frågor|fråga|kysyttävää|kysymyk\p{L}*|questions?|ota yhteyttä|kontakta|contact us)(?![\p{L}])/iu;

/** The words of a case that may not arise, said of a transfer in a clause that neither denies one, nor speaks of a right, nor asks. */
function caseWords(clause: string): string[] {
  if (negated(clause.replace(RELATIVE, ' ')) || RIGHT.test(clause) || QUESTION.test(clause) || !MOVED.test(clause)) return [];
  return [...findWords(clause, CASE), ...(OM_FIRST.test(clause) ? [clause.trim().split(/\s+/u)[0]!] : [])];
}

/** The words that make one clause's transfer outside the EEA conditional, none where it is not. */
function conditionalClause(clause: string): string[] {
  const where = findWords(clause, OUTSIDE);
  const maybe = where.length ? [...findWords(clause, CONDITIONAL), ...caseWords(clause)] : [];
  return maybe.length ? [...where, ...maybe] : [];
}

/** The words of the first clause that makes a transfer outside the EEA conditional. */
export function conditionalWords(value: string): string[] {
  for (const clause of clauses(value)) {
    const found = conditionalClause(clause);
    if (found.length) return found;
  }
  return [];
}

/**
 * A transfer that names no country or recipient, and every clause of whose text that speaks of the
 * outside of the EEA makes it conditional; with a mechanism named, one of them must be a case that may
 * not arise: "Jos palveluntarjoaja käsittelee tietoja ETA:n ulkopuolella, siirrossa käytetään
 * vakiosopimuslausekkeita" names a safeguard for a transfer it does not say is made, while "Tietoja
 * voidaan siirtää ETA:n ulkopuolelle vakiosopimuslausekkein" and "We transfer data outside the EEA. If
 * …, we use standard contractual clauses" say one is made, without its country.
 */
export function onlyConditional(transfer: Transfer): boolean {
  if (transfer.country || transfer.recipient) return false;
  const texts = textValues(transfer.description);
  // A clause that denies a transfer ("Emme siirrä tietoja ETA:n ulkopuolelle.") states none either.
  const outside = texts.flatMap(clauses).filter((c) => findWords(c, OUTSIDE).length > 0);
  const conditional = outside.filter((c) => conditionalClause(c).length > 0);
  if (!conditional.length || outside.some((c) => !conditional.includes(c) && !negated(c))) return false;
  const named = Boolean(transfer.mechanism) || texts.some((v) => mechanismsIn(v).length > 0);
  return !named || conditional.some((c) => caseWords(c).length > 0);
}

/** Transfers listed, each only a conditional sentence: the register declares no transfer, only a maybe. */
export function onlyConditionalTransfers(register: Register): boolean {
  return Array.isArray(register.transfers) && register.transfers.length > 0 && register.transfers.every(onlyConditional);
}
