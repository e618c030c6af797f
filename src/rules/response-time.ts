// GDPR Art. 12(3): requests are answered without undue delay and within one month of receipt.
import { defineRule } from '../check/rule.js';

/** One month is never longer than 31 days, and in February shorter; 30 days is the common safe wording. */
const MAX_DAYS = 30;

export default defineRule(
  {
    id: 'response-time',
    articles: ['Art. 12(3)'],
    severity: 'error',
    description: 'A stated response time for rights requests is at most one month (30 days).',
    messages: {
      tooLong: {
        en: 'Response time `{days}` days is longer than the one month Art. 12(3) allows; an extension of two months is possible only case by case, with reasons, so say at most `30` (Art. 12(3))',
        fi: 'Vastausaika `{days}` päivää on pidempi kuin 12 artiklan 3 kohdan sallima kuukausi; kahden kuukauden jatko on mahdollinen vain tapauskohtaisesti perustellen, joten kirjoita enintään `30` (12 art. 3)',
      },
    },
  },
  ({ register, report }) => {
    const days = register.rights?.response_days;
    if (days !== undefined && days > MAX_DAYS) report(['rights', 'response_days'], 'tooLong', { days });
  },
);
