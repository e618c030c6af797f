// GDPR Art. 13(2)(e): whether the data subject must give the data, and what follows if they do not.
import { defineRule } from '../check/rule.js';

export default defineRule(
  {
    id: 'provision-requirement',
    articles: ['Art. 13(2)(e)'],
    severity: 'error',
    description: 'When data are collected from the data subject, the notice says whether giving them is required and what follows if they are not given.',
    messages: {
      missing: {
        en: 'The notice does not say whether the data subject must give the data: add `provision` to the register or to each data category (Art. 13(2)(e))',
        fi: 'Selosteessa ei kerrota, onko rekisteröidyn annettava tiedot: lisää `provision` rekisteriin tai jokaiseen henkilötietoryhmään (13 art. 2 e)',
        sv: 'Beskrivningen anger inte om den registrerade är skyldig att lämna uppgifterna: lägg till `provision` i registret eller i varje kategori av personuppgifter (artikel 13.2 e)',
      },
      categoryMissing: {
        en: 'Data category {n} has no `provision`, expected one of `statutory`, `contractual`, `contract_precondition`, `voluntary` (Art. 13(2)(e))',
        fi: 'Henkilötietoryhmältä {n} puuttuu `provision`, odotettiin yhtä arvoista `statutory`, `contractual`, `contract_precondition`, `voluntary` (13 art. 2 e)',
        sv: 'Personuppgiftskategori {n} har ingen `provision`, väntade ett av `statutory`, `contractual`, `contract_precondition`, `voluntary` (artikel 13.2 e)',
      },
      noConsequence: {
        en: 'Data category {n} is `{provision}` but does not say in `consequence` what follows if the data are not given (Art. 13(2)(e))',
        fi: 'Henkilötietoryhmän {n} antaminen on `{provision}`, mutta `consequence` ei kerro, mitä seuraa, jos tietoja ei anneta (13 art. 2 e)',
        sv: 'Personuppgiftskategori {n} är `{provision}` men anger inte i `consequence` vad som följer om uppgifterna inte lämnas (artikel 13.2 e)',
      },
    },
  },
  ({ register, facts, report }) => {
    // Art. 14 has no such item: it applies only when data come from the data subject.
    if (!facts.art13 || register.provision) return;
    const categories = register.data_categories;
    if (!categories) {
      report([], 'missing');
      return;
    }
    // Nothing said anywhere: one finding at the list, not one per category.
    if (!categories.some((c) => c.provision)) {
      report(['data_categories'], 'missing', {}, 'key');
      return;
    }
    categories.forEach((c, i) => {
      const n = c.id ? `\`${c.id}\`` : `${i + 1}`;
      if (!c.provision) report(['data_categories', i], 'categoryMissing', { n });
      else if (c.provision !== 'voluntary' && !c.consequence) report(['data_categories', i, 'provision'], 'noConsequence', { n, provision: c.provision });
    });
  },
);
