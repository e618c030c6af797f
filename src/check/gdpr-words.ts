/** Words that show a notice was written for the GDPR: its name, and rights the acts before it did not give. */
import { findWords, words } from './words.js';

/**
 * Two months before the GDPR applied: a notice dated since that gives a right it brought was written for it, in the
 * run-up to the day; one dated in the last month, one that names it too.
 */
export const GDPR_RUN_UP = '2018-03-25';
export const GDPR_LAST_MONTH = '2018-04-25';

/** The GDPR by its names. */
export const THE_GDPR = words(['gdpr', '2016/679', 'tietosuoja-asetu*', 'dataskyddsförordning*', 'general data protection regulation']);

/**
 * Rights the GDPR brought: data portability ("saada henkilötietonsa koneluettavassa muodossa"), erasure as the right to
 * be forgotten, restriction of processing.
 */
export const GDPR_RIGHTS = words([
  'koneluettava*', 'siirrettävyy*', 'tulla unohdetuksi', 'käsittelyn rajoittami*', 'machine-readable', 'machine readable',
  'data portability', 'right to be forgotten', 'restriction of processing', 'maskinläsbar*', 'dataportabilitet*',
  'bli bortglömd', 'begränsning av behandling*', 'become forgotten', 'right to restrict the processing', 'right to limit the processing',
]);

/** Whether a notice dated `date`, with these texts, was written for the GDPR: in its run-up, and giving a right it brought (or, in the last month, naming it). */
export function writtenForIt(date: string, texts: readonly string[]): boolean {
  if (date < GDPR_RUN_UP) return false;
  const said = (re: RegExp): boolean => texts.some((t) => findWords(t, re).length > 0);
  return said(GDPR_RIGHTS) || (date >= GDPR_LAST_MONTH && said(THE_GDPR));
}
