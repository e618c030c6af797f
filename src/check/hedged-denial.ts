/**
 * A denial of disclosure made only as a rule ("Rekisterinpitäjä ei pääsääntöisesti luovuta tietoja kolmansille
 * osapuolille", "Pääsääntöisesti henkilötietoja ei luovuteta ulkopuoliselle", "As a rule we do not share …",
 * "Uppgifterna lämnas i regel inte ut"): the exceptions, to whom and when, are left open. Not one that names its
 * exception ("except with Posti Oy"), nor one of transfers out of the EEA
 * (`OUTSIDE`, the words the transfer rule reads them by).
 */
import { ownClauses } from './own-clause.js';
import { OUTSIDE } from './transfer-words.js';
import { findWords } from './words.js';

const RULE = String.raw`(?:pääsääntöisesti|lähtökohtaisesti|as a rule|generally|normally|in principle|i regel|i princip|som regel|vanligtvis|normalt)`;
const NEG = String.raw`(?:ei|emme|eivät|not|never|inte|aldrig|ej)`;
/** The word of the rule beside the denial: before it ("ei pääsääntöisesti", "not, as a rule,") or a few words ahead of it ("Pääsääntöisesti henkilötietoja ei", "As a rule we do not"). */
const AS_A_RULE_DENIAL = new RegExp(
  String.raw`(?<![\p{L}])${NEG}\s*,?\s*(${RULE})(?![\p{L}])|(?<![\p{L}])(${RULE})\s*,?\s+(?:[\p{L}-]+\s+){0,3}?${NEG}(?![\p{L}])`,
  'iu',
);
/** A denial of giving data out: "ei luovuta", "emme luovuta", "not disclosed", "do not share", "lämnas inte ut". */
const DENIES_GIVING =
  /(?<![\p{L}])(?:ei|emme|eivät)\s+(?:\p{L}+\s+){0,3}?(?:luovut\p{L}*|jaeta|jaa|anneta)|(?<![\p{L}])(?:not|never)[\s,]+(?:[\p{L}-]+[\s,]+){0,4}?(?:disclos\p{L}*|shar\p{L}*|pass\p{L}* on|give\p{L}* out)|(?<![\p{L}])(?:lämna\p{L}*|dela\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:inte|aldrig)(?![\p{L}])/iu;
/** An exception the sentence names: who is given the data after all. */
const NAMED_EXCEPTION = /(?<![\p{L}])(?:except|apart from|other than|paitsi|lukuun ottamatta|muille kuin|utom|förutom)(?![\p{L}])/iu;

/** Whether the words before a clause's denial hedge all the sentence. */
const opensOnRule = (opening: string): boolean => new RegExp(RULE, 'iu').test(opening);

export function denialAsARule(sentence: string): string[] {
  if (NAMED_EXCEPTION.test(sentence)) return [];
  return ownClauses(sentence, opensOnRule).flatMap((clause) => {
    const m = AS_A_RULE_DENIAL.exec(clause);
    const word = m?.[1] ?? m?.[2];
    return word && DENIES_GIVING.test(clause) && !findWords(clause, OUTSIDE).length ? [word] : [];
  });
}
