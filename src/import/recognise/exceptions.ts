/** Words that make a denial ("tietoja ei luovuteta") less than absolute, in Finnish, Swedish and English. */
import { EXCEPTION } from '../draft/text.js';

/** A condition is an exception too: "ei luovuteta ilman suostumusta", "not disclosed without consent". */
const MORE = /muuten kuin|muille kuin|(?<![\p{L}])(?:ilman|without|utan|unless|utom|förutom|med undantag|undantagsvis|såvida inte|om inte|dock|i regel|vanligtvis|normalt)(?![\p{L}])/iu;

export function hasException(text: string): boolean {
  return EXCEPTION.test(text) || MORE.test(text);
}
