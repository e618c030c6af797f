// GDPR Art. 30(1)(e), 30(2)(c), 49(6): a transfer on compelling legitimate interests is documented in the record.
import { defineRule } from '../check/rule.js';
import { COMPELLING_INTERESTS, documentationOf } from '../resolve/safeguards.js';

export default defineRule(
  {
    id: 'record-transfer-safeguards',
    articles: ['Art. 30(1)(e)', 'Art. 30(2)(c)', 'Art. 49(6)'],
    severity: 'error',
    description: 'A transfer on compelling legitimate interests (Art. 49(1) second subparagraph) has its assessment and suitable safeguards documented for the record.',
    messages: {
      undocumented: {
        en: 'Transfer to `{country}` rests on compelling legitimate interests, but its assessment and suitable safeguards are not documented: add an `internal.transfer_safeguards` entry with `recipient: {recipient}` and `documentation` (Art. 30(1)(e), Art. 49(6))',
        fi: 'Siirto maahan `{country}` perustuu pakottaviin oikeutettuihin etuihin, mutta sen arviota ja suojatoimia ei ole dokumentoitu: lisää kohtaan `internal.transfer_safeguards` merkintä, jossa `recipient: {recipient}` ja `documentation` (30 art. 1 e, 49 art. 6)',
        sv: 'Överföringen till `{country}` grundar sig på tvingande berättigade intressen, men bedömningen och de lämpliga skyddsåtgärderna har inte dokumenterats: lägg till en post i `internal.transfer_safeguards` med `recipient: {recipient}` och `documentation` (artikel 30.1 e, artikel 49.6)',
      },
      undocumentedUnnamed: {
        en: 'Transfer {n} rests on compelling legitimate interests, but its assessment and suitable safeguards are not documented: add an `internal.transfer_safeguards` entry with `recipient: {recipient}` and `documentation` (Art. 30(1)(e), Art. 49(6))',
        fi: 'Siirto {n} perustuu pakottaviin oikeutettuihin etuihin, mutta sen arviota ja suojatoimia ei ole dokumentoitu: lisää kohtaan `internal.transfer_safeguards` merkintä, jossa `recipient: {recipient}` ja `documentation` (30 art. 1 e, 49 art. 6)',
        sv: 'Överföring {n} grundar sig på tvingande berättigade intressen, men bedömningen och de lämpliga skyddsåtgärderna har inte dokumenterats: lägg till en post i `internal.transfer_safeguards` med `recipient: {recipient}` och `documentation` (artikel 30.1 e, artikel 49.6)',
      },
      undocumentedForController: {
        en: 'Transfer to `{country}` in processing for `{controller}` rests on compelling legitimate interests, but its assessment and suitable safeguards are not documented: add `documentation` (Art. 30(2)(c), Art. 49(6))',
        fi: 'Rekisterinpitäjän `{controller}` lukuun tehtävän käsittelyn siirto maahan `{country}` perustuu pakottaviin oikeutettuihin etuihin, mutta sen arviota ja suojatoimia ei ole dokumentoitu: lisää `documentation` (30 art. 2 c, 49 art. 6)',
        sv: 'Överföringen till `{country}` vid behandlingen för `{controller}` grundar sig på tvingande berättigade intressen, men bedömningen och de lämpliga skyddsåtgärderna har inte dokumenterats: lägg till `documentation` (artikel 30.2 c, artikel 49.6)',
      },
    },
  },
  ({ register, report }) => {
    if (Array.isArray(register.transfers)) {
      register.transfers.forEach((t, i) => {
        if (t.mechanism !== COMPELLING_INTERESTS || documentationOf(register, t)) return;
        const recipient = t.recipient ?? '…';
        // A transfer without its country is named by its number.
        if (t.country) report(['transfers', i, 'mechanism'], 'undocumented', { country: t.country, recipient });
        else report(['transfers', i, 'mechanism'], 'undocumentedUnnamed', { n: i + 1, recipient });
      });
    }
    register.internal?.processor_for?.forEach((activity, i) => {
      if (!Array.isArray(activity.transfers)) return;
      activity.transfers.forEach((t, j) => {
        if (t.mechanism !== COMPELLING_INTERESTS || t.documentation) return;
        report(['internal', 'processor_for', i, 'transfers', j, 'mechanism'], 'undocumentedForController', { country: t.country, controller: activity.controller.name });
      });
    });
  },
);
