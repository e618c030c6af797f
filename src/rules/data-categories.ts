// GDPR Art. 14(1)(d): when data come from elsewhere than the data subject, the notice lists the categories of data.
import { defineRule } from '../check/rule.js';

export default defineRule(
  {
    id: 'data-categories',
    articles: ['Art. 14(1)(d)'],
    severity: 'error',
    description: 'When some data come from other sources than the data subject, the notice lists the categories of personal data.',
    messages: {
      missing: {
        en: 'Missing `data_categories`: some data come from other sources than the data subject, so the notice must list the categories of personal data concerned (Art. 14(1)(d))',
        fi: 'Puuttuu `data_categories`: osa tiedoista saadaan muualta kuin rekisteröidyltä, joten selosteen on kerrottava kyseessä olevat henkilötietoryhmät (14 art. 1 d)',
        sv: '`data_categories` saknas: en del av uppgifterna kommer från andra källor än den registrerade, så beskrivningen måste ange vilka kategorier av personuppgifter det gäller (artikel 14.1 d)',
      },
    },
  },
  ({ register, facts, report }) => {
    if (facts.art14 && !register.data_categories) report([], 'missing');
  },
);
