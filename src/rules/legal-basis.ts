// GDPR Art. 13(1)(c), 14(1)(c): every purpose is stated with its legal basis under Art. 6(1).
import { defineRule } from '../check/rule.js';

export default defineRule(
  {
    id: 'legal-basis',
    articles: ['Art. 13(1)(c)', 'Art. 14(1)(c)', 'Art. 6(1)'],
    severity: 'error',
    description: 'Every purpose of the processing names its legal basis under Art. 6(1).',
    messages: {
      noPurposes: {
        en: 'Missing `purposes`: the notice must say what the data are used for and on what legal basis (Art. 13(1)(c))',
        fi: 'Puuttuu `purposes`: selosteen on kerrottava käsittelyn tarkoitukset ja oikeusperuste (13 art. 1 c)',
      },
      missing: {
        en: 'Missing `legal_basis` for purpose {n}, expected one of `consent`, `contract`, `legal_obligation`, `vital_interests`, `public_task`, `legitimate_interests` (Art. 13(1)(c))',
        fi: 'Tarkoitukselta {n} puuttuu `legal_basis`, odotettiin yhtä arvoista `consent`, `contract`, `legal_obligation`, `vital_interests`, `public_task`, `legitimate_interests` (13 art. 1 c)',
      },
      lawMissing: {
        en: 'Purpose {n} rests on `{basis}` but does not name the law in `law` (Art. 6(3))',
        fi: 'Tarkoitus {n} perustuu arvoon `{basis}`, mutta `law` ei nimeä lakia (6 art. 3)',
      },
    },
  },
  ({ register, report }) => {
    const purposes = register.purposes;
    if (!purposes) {
      report([], 'noPurposes');
      return;
    }
    purposes.forEach((purpose, i) => {
      const n = purpose.id ? `\`${purpose.id}\`` : `${i + 1}`;
      if (!purpose.legal_basis) report(['purposes', i], 'missing', { n });
      else if ((purpose.legal_basis === 'legal_obligation' || purpose.legal_basis === 'public_task') && !purpose.law) {
        report(['purposes', i, 'legal_basis'], 'lawMissing', { n, basis: purpose.legal_basis });
      }
    });
  },
);
