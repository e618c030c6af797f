/**
 * A transfer outside the EEA described as a maybe: "EU:n ulkopuolelle, ellei se ole teknisesti
 * tarpeellista", "Emme siirrä tietoja ETA:n ulkopuolelle ilman siirtoon soveltuvaa suojausperustetta".
 * Such a sentence names no country, recipient or mechanism, whether or not data do leave.
 */
import type { Register, Transfer } from '../types.js';
import { textValues } from './text.js';
import { CONDITIONAL, OUTSIDE, mechanismsIn } from './transfer-words.js';
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

/** The words of the first clause that makes a transfer outside the EEA conditional. */
export function conditionalWords(value: string): string[] {
  for (const sentence of clauses(value)) {
    const where = findWords(sentence, OUTSIDE);
    const maybe = where.length ? findWords(sentence, CONDITIONAL) : [];
    if (maybe.length) return [...where, ...maybe];
  }
  return [];
}

/** A transfer that names no country, recipient or mechanism, only a sentence that makes it conditional. */
export function onlyConditional(transfer: Transfer): boolean {
  if (transfer.country || transfer.recipient || transfer.mechanism) return false;
  const texts = textValues(transfer.description);
  return !texts.some((v) => mechanismsIn(v).length > 0) && texts.some((v) => conditionalWords(v).length > 0);
}

/** Transfers listed, each only a conditional sentence: the register declares no transfer, only a maybe. */
export function onlyConditionalTransfers(register: Register): boolean {
  return Array.isArray(register.transfers) && register.transfers.length > 0 && register.transfers.every(onlyConditional);
}
