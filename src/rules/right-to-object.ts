// GDPR Art. 21(1)–(4), 13(2)(b): the right to object, absolute against direct marketing.
import { defineRule } from '../check/rule.js';
import { textValues } from '../check/text.js';
import { findWords, words } from '../check/words.js';

/** Words that say a purpose is direct marketing, which brings the absolute right to object (21(2)). */
const DIRECT_MARKETING = words([
  'suoramarkkinoin*', 'suoramainon*', 'uutiskirje*', 'markkinointiviest*', 'markkinointisähköpost*', 'markkinointikirje*',
  'direct marketing', 'direct mail*', 'newsletter*', 'marketing e-mail*', 'marketing email*', 'marketing communication*',
  'direktmarknadsför*', 'direktreklam*', 'nyhetsbrev*', 'marknadsföringsmejl*',
]);

/** A list of marketing bans and opt-outs: keeping it honours the right to object (21(3)), it is not marketing. */
const BANS = words([
  '*kielto*', '*kiello*', '*kieltoj*', 'opt-out*', 'opt out*', 'unsubscrib*', 'objection*', 'suppression*',
  '*spärr*', 'avregistrering*', 'invändning*',
]);

export default defineRule(
  {
    id: 'right-to-object',
    articles: ['Art. 21(2)', 'Art. 21(3)', 'Art. 21(4)', 'Art. 13(2)(b)'],
    severity: 'error',
    description: 'Direct marketing is marked so that the notice presents the absolute right to object to it, and that right is never restricted.',
    messages: {
      unmarked: {
        en: 'Purpose {n} speaks of `{word}` but does not say `direct_marketing: true`, so the notice would leave out the right to object to direct marketing; set it, or `direct_marketing: false` if this is not direct marketing (Art. 21(2))',
        fi: 'Tarkoituksessa {n} mainitaan `{word}`, mutta siltä puuttuu `direct_marketing: true`, joten selosteesta puuttuisi oikeus vastustaa suoramarkkinointia; lisää se, tai `direct_marketing: false`, jos kyse ei ole suoramarkkinoinnista (21 art. 2)',
        sv: 'Ändamål {n} talar om `{word}` men anger inte `direct_marketing: true`, så beskrivningen skulle utelämna rätten att invända mot direktmarknadsföring; ange det, eller `direct_marketing: false` om det inte är fråga om direktmarknadsföring (artikel 21.2)',
      },
      restricted: {
        en: 'Restriction of `object`, but the register processes data for direct marketing, and objection to direct marketing is absolute (Art. 21(3))',
        fi: 'Oikeutta `object` rajoitetaan, mutta tietoja käsitellään suoramarkkinointiin, ja suoramarkkinoinnin vastustamisoikeus on ehdoton (21 art. 3)',
        sv: 'Begränsning av `object`, men registret behandlar uppgifter för direktmarknadsföring, och rätten att invända mot direktmarknadsföring är ovillkorlig (artikel 21.3)',
      },
    },
  },
  ({ register, facts, report }) => {
    // Where another purpose is marked as direct marketing, the notice already states the right to object.
    const marked = register.purposes?.some((p) => p.direct_marketing === true) ?? false;
    register.purposes?.forEach((purpose, i) => {
      if (purpose.direct_marketing !== undefined) return;
      const text = textValues(purpose.description).join('\n');
      if (marked && findWords(text, BANS).length) return;
      const [word] = findWords(text, DIRECT_MARKETING);
      if (word) report(['purposes', i, 'description'], 'unmarked', { n: purpose.id ? `\`${purpose.id}\`` : `${i + 1}`, word });
    });
    if (!facts.directMarketing) return;
    register.rights?.restrictions?.forEach((r, i) => {
      if (r.right === 'object') report(['rights', 'restrictions', i, 'right'], 'restricted');
    });
  },
);
