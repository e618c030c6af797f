// GDPR Art. 13(2)(b), 14(2)(c), 23: a restriction names a right the register's legal bases actually give.
import { defineRule } from '../check/rule.js';
import { hasRight } from '../resolve/facts.js';

export default defineRule(
  {
    id: 'rights-restriction',
    articles: ['Art. 13(2)(b)', 'Art. 14(2)(c)', 'Art. 23'],
    severity: 'error',
    description: 'A restriction of a right concerns a right that applies under the register\'s legal bases.',
    messages: {
      notApplicable: {
        en: 'Restriction of `{right}`, but `{right}` does not apply under the legal bases of this register, so the notice would mention a right it does not give: remove the entry (Art. 13(2)(b))',
        fi: 'Oikeutta `{right}` rajoitetaan, mutta oikeus ei sovellu tämän rekisterin oikeusperusteilla, joten seloste mainitsisi oikeuden, jota ei ole: poista kohta (13 art. 2 b)',
      },
    },
  },
  ({ register, facts, report }) => {
    register.rights?.restrictions?.forEach((r, i) => {
      if (!hasRight(facts, r.right)) report(['rights', 'restrictions', i, 'right'], 'notApplicable', { right: r.right });
    });
  },
);
