/** Words that make a denial ("tietoja ei luovuteta") less than absolute, in Finnish, Swedish and English. */
import { EXCEPTION } from '../draft/text.js';

/** A condition is an exception too: "ei luovuteta ilman suostumusta", "not disclosed without consent"; and "muista kuin oikeudellisista syistä" ("for reasons other than legal ones"). */
const MORE = /(?<![\p{L}])mu[ui]\p{L}* kuin(?![\p{L}])|annat än|andra än|(?<![\p{L}])(?:ilman|without|utan|unless|utom|förutom|med undantag|undantagsvis|såvida inte|om inte|dock|i regel|vanligtvis|normalt)(?![\p{L}])/iu;

/**
 * "Not as a rule": "tietoja ei säännönmukaisesti luovuteta" (the old Act's "regular disclosures"), "not routinely
 * shared", "lämnas inte regelbundet ut" leave other disclosures open, so they deny none.
 */
export const AS_A_RULE = /(?<![\p{L}])(?:säännönmukaisesti|pääsääntöisesti|yleensä|tavallisesti|regelbundet|rutinmässigt|regularly|routinely|usually|normally|as a rule)(?![\p{L}])/iu;

export function hasException(text: string): boolean {
  return EXCEPTION.test(text) || MORE.test(text);
}

/**
 * Words that open the clause an exception is made in ("paitsi viranomaisille", "other than for
 * research"); a hedge such as "generally" opens none.
 */
const CLAUSE =
  /(?<![\p{L}])(?:paitsi|ellei|lukuun ottamatta|poikkeuksena|kuitenkin|mu[ui]\p{L}* kuin|ilman|except|unless|other than|apart from|however|without|utom|förutom|med undantag|annat än|andra än|såvida inte|om inte|dock|utan)(?![\p{L}])/iu;

/** The words after the first exception in a sentence: what the exception is about. */
export function exceptionClause(text: string): string | undefined {
  const m = CLAUSE.exec(text);
  return m ? text.slice(m.index + m[0].length) : undefined;
}
