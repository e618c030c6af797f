// GDPR Art. 9(2), 13(1)(c) and Tietosuojalaki 6 §: each special category of data names the condition that allows it.
import { defineRule } from '../check/rule.js';
import { textValues } from '../check/text.js';
import type { SpecialCategoryKind } from '../types.js';
import { findWords, words } from '../check/words.js';

/** Art. 9(2) points that rest on Union or Member State law: the notice names the provision. */
const NEEDS_LAW = new Set(['b', 'g', 'h', 'i', 'j']);

/** Words in a data category that reveal a special category (Art. 9(1)). */
const REVEALING: { category: SpecialCategoryKind; pattern: RegExp }[] = [
  {
    category: 'health',
    pattern: words([
      'terveystie*', 'terveydentil*', 'sairau*', 'sairaus*', 'diagnoo*', 'allergi*', 'ruoka-aine-allergi*', 'lääkity*',
      'health data', 'health information', 'medical', 'allerg*', 'hälsouppgift*', 'hälsotillstånd*', 'sjukdom*',
    ]),
  },
  { category: 'trade_union_membership', pattern: words(['ammattiliit*', 'ammattiyhdisty*', 'trade union*', 'fackförening*', 'fackmedlemskap*']) },
  { category: 'biometric', pattern: words(['biometri*', 'sormenjäl*', 'kasvokuv* tunnistu*', 'fingerprint*', 'facial recognition', 'fingeravtryck*']) },
  { category: 'genetic', pattern: words(['geneetti*', 'dna', 'genetic', 'genetisk*']) },
  { category: 'religious_or_philosophical_beliefs', pattern: words(['uskonnolli*', 'uskontokun*', 'vakaumu*', 'religious', 'religion', 'religiös*', 'trosuppfattning*']) },
  { category: 'political_opinions', pattern: words(['poliittise* mielipi*', 'puoluejäsen*', 'political opinion*', 'party membership', 'politisk* åsikt*']) },
  { category: 'racial_or_ethnic_origin', pattern: words(['etnis*', 'rotu*', 'ethnic*', 'racial', 'etnisk*']) },
  { category: 'sex_life_or_orientation', pattern: words(['seksuaalis*', 'sukupuolinen suuntautu*', 'sexual orientation', 'sex life', 'sexuell* läggning']) },
];

export default defineRule(
  {
    id: 'special-category-condition',
    articles: ['Art. 9(2)', 'Art. 13(1)(c)', 'Tietosuojalaki (1050/2018) 6 §'],
    severity: 'error',
    description: 'Each special category of personal data names its Art. 9(2) condition, and the law where the condition requires one.',
    messages: {
      noCondition: {
        en: 'Special category `{category}` has no `condition`: processing it is prohibited unless one of Art. 9(2)(a)–(j) applies, so name it (Art. 9(2))',
        fi: 'Erityiseltä henkilötietoryhmältä `{category}` puuttuu `condition`: käsittely on kielletty, ellei jokin 9 artiklan 2 kohdan a–j alakohdista sovellu (9 art. 2)',
      },
      noLaw: {
        en: 'Special category `{category}` rests on Art. 9(2)({condition}), which needs a basis in Union or Finnish law: name it in `law`, e.g. `Tietosuojalaki 6 §` (Art. 9(2)({condition}))',
        fi: 'Erityinen henkilötietoryhmä `{category}` perustuu 9 artiklan 2 kohdan {condition} alakohtaan, joka edellyttää perustetta unionin tai Suomen laissa: nimeä säännös kentässä `law`, esim. `Tietosuojalaki 6 §` (9 art. 2 {condition})',
      },
      undeclared: {
        en: 'Data category mentions `{word}`, which is `{category}` data, but `special_categories` does not list `{category}` with its Art. 9(2) condition (Art. 9(1))',
        fi: 'Henkilötietoryhmässä mainitaan `{word}`, joka on erityistä henkilötietoa (`{category}`), mutta `special_categories` ei sisällä sitä ja sen 9 artiklan 2 kohdan perustetta (9 art. 1)',
      },
    },
  },
  ({ register, report }) => {
    const declared = new Set<SpecialCategoryKind>();
    register.special_categories?.forEach((s, i) => {
      declared.add(s.category);
      if (!s.condition) report(['special_categories', i], 'noCondition', { category: s.category });
      else if (NEEDS_LAW.has(s.condition) && !s.law) report(['special_categories', i, 'condition'], 'noLaw', { category: s.category, condition: s.condition });
    });
    register.data_categories?.forEach((c, i) => {
      const text = textValues(c.description).join('\n');
      for (const { category, pattern } of REVEALING) {
        if (declared.has(category)) continue;
        const [word] = findWords(text, pattern);
        if (word) {
          report(['data_categories', i, 'description'], 'undeclared', { word, category });
          break;
        }
      }
    });
  },
);
