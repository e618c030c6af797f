/**
 * A transfer outside the EEA described as a maybe: "EU:n ulkopuolelle, ellei se ole teknisesti
 * tarpeellista", "Emme siirrä tietoja ETA:n ulkopuolelle ilman siirtoon soveltuvaa suojausperustetta".
 * Such a sentence names no country, recipient or mechanism, whether or not data do leave.
 */
import type { Register, Transfer } from '../types.js';
import { textValues } from './text.js';
import { CASE, CONDITIONAL, OUTSIDE, mechanismsIn } from './transfer-words.js';
import { findWords } from './words.js';

/**
 * The clauses a condition can belong to: a sentence ends at a full stop, question or exclamation
 * mark (not that of `esim.` or `e.g.`) or at a line break, and a main clause at ", ja" / ", and" /
 * ", och". "…ulkopuolelle, ellei…" stays one.
 */
const CLAUSE_END = /(?<!\b(?:esim|mm|ns|yms|ym|jne|e\.g|i\.e|etc|t\.ex|bl\.a|osv)\.)(?<=[.!?])\s+|\n+|,\s+(?:ja|sekä|and|och)\s+/iu;

export function clauses(text: string): string[] {
  return text.split(CLAUSE_END);
}

/** A right the clause speaks of: "if data are transferred to a third country, you have the right to know the safeguards" is the right of access (Art. 15(2)), not a transfer. */
const RIGHT = /(?<![\p{L}])(?:oikeu\p{L}*|rätt(?:en|ighet\p{L}*)?|rights?|informed|information om|tieto siitä)(?![\p{L}])/iu;

/** The words of the first clause that makes a transfer outside the EEA conditional. */
export function conditionalWords(value: string): string[] {
  for (const sentence of clauses(value)) {
    const where = findWords(sentence, OUTSIDE);
    const maybe = where.length ? findWords(sentence, CONDITIONAL) : [];
    const onlyCase = maybe.length > 0 && maybe.length === findWords(sentence, CASE).length;
    if (maybe.length && !(onlyCase && RIGHT.test(sentence))) return [...where, ...maybe];
  }
  return [];
}

/**
 * A transfer that names no country or recipient, only a sentence that makes it conditional, and no
 * mechanism unless the sentence is a case that may not arise: "Jos palveluntarjoaja käsittelee tietoja
 * ETA:n ulkopuolella, siirrossa käytetään vakiosopimuslausekkeita" names a safeguard for a transfer it
 * does not say is made; "Tietoja voidaan siirtää ETA:n ulkopuolelle vakiosopimuslausekkein" says one
 * is, without its country.
 */
export function onlyConditional(transfer: Transfer): boolean {
  if (transfer.country || transfer.recipient) return false;
  const texts = textValues(transfer.description);
  const named = Boolean(transfer.mechanism) || texts.some((v) => mechanismsIn(v).length > 0);
  return texts.some((v) => conditionalWords(v).length > 0 && (!named || clauses(v).some((c) => findWords(c, OUTSIDE).length > 0 && findWords(c, CASE).length > 0)));
}

/** Transfers listed, each only a conditional sentence: the register declares no transfer, only a maybe. */
export function onlyConditionalTransfers(register: Register): boolean {
  return Array.isArray(register.transfers) && register.transfers.length > 0 && register.transfers.every(onlyConditional);
}
