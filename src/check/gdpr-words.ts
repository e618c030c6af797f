/** Words that show a notice was written for the GDPR: its name, and rights the acts before it did not give. */
import { words } from './words.js';

/** Two months before the GDPR applied: a notice dated since that names it was written for it, in the run-up to the day. */
export const GDPR_RUN_UP = '2018-03-25';

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
