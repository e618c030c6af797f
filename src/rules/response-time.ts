// GDPR Art. 12(3): requests are answered without undue delay and within one month of receipt.
import { defineRule } from '../check/rule.js';
import { LONGEST_MONTH_DAYS, SHORTEST_MONTH_DAYS } from '../resolve/month.js';

export default defineRule(
  {
    id: 'response-time',
    articles: ['Art. 12(3)'],
    severity: 'error',
    description: 'A stated response time for rights requests is not longer than one month.',
    messages: {
      tooLong: {
        en: `Response time \`{days}\` days is longer than the one month Art. 12(3) allows, which is never more than ${LONGEST_MONTH_DAYS} days; an extension of two months is possible only case by case, with reasons. A fixed number of days is safe only if it is at most \`${SHORTEST_MONTH_DAYS}\`: give at most \`${SHORTEST_MONTH_DAYS}\`, or leave \`response_days\` out and let the notice say "within one month" (Art. 12(3))`,
        fi: `Vastausaika \`{days}\` päivää on pidempi kuin 12 artiklan 3 kohdan sallima kuukausi, joka on enintään ${LONGEST_MONTH_DAYS} päivää; kahden kuukauden jatko on mahdollinen vain tapauskohtaisesti perustellen. Kiinteä päivien määrä on turvallinen vain, jos se on enintään \`${SHORTEST_MONTH_DAYS}\`: kirjoita enintään \`${SHORTEST_MONTH_DAYS}\` tai jätä \`response_days\` pois, jolloin seloste sanoo "kuukauden kuluessa" (12 art. 3)`,
        sv: `Svarstiden \`{days}\` dagar är längre än den månad som artikel 12.3 tillåter, som aldrig är längre än ${LONGEST_MONTH_DAYS} dagar; en förlängning med två månader är möjlig endast från fall till fall och med motivering. Ett fast antal dagar är säkert endast om det är högst \`${SHORTEST_MONTH_DAYS}\`: ange högst \`${SHORTEST_MONTH_DAYS}\`, eller utelämna \`response_days\` så att beskrivningen säger "inom en månad" (artikel 12.3)`,
      },
    },
  },
  ({ register, report }) => {
    const days = register.rights?.response_days;
    if (days !== undefined && days > LONGEST_MONTH_DAYS) report(['rights', 'response_days'], 'tooLong', { days });
  },
);
