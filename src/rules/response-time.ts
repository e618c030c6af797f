// GDPR Art. 12(3): requests are answered without undue delay and within one month of receipt.
import { defineRule } from '../check/rule.js';

/**
 * One month runs to the same date of the next month, or to the last day of a shorter one, so it can be
 * as short as 28 days: only 28 days or fewer are always within it. 29 and 30 days, the common wording,
 * overrun only around February and are not reported; the message and the doc advise 28.
 */
const MAX_DAYS = 30;

export default defineRule(
  {
    id: 'response-time',
    articles: ['Art. 12(3)'],
    severity: 'error',
    description: 'A stated response time for rights requests is not over 30 days: the limit is one month, which can be as short as 28 days.',
    messages: {
      tooLong: {
        en: 'Response time `{days}` days is longer than the one month Art. 12(3) allows; an extension of two months is possible only case by case, with reasons, so say at most `28` (a month can be as short as 28 days) or leave `response_days` out (Art. 12(3))',
        fi: 'Vastausaika `{days}` päivää on pidempi kuin 12 artiklan 3 kohdan sallima kuukausi; kahden kuukauden jatko on mahdollinen vain tapauskohtaisesti perustellen, joten kirjoita enintään `28` (kuukausi voi olla 28 päivää) tai jätä `response_days` pois (12 art. 3)',
      },
    },
  },
  ({ register, report }) => {
    const days = register.rights?.response_days;
    if (days !== undefined && days > MAX_DAYS) report(['rights', 'response_days'], 'tooLong', { days });
  },
);
