// GDPR Art. 12(1) and WP260: every language version carries the same information.
import { defineRule } from '../check/rule.js';
import { allTexts } from '../check/text.js';

export default defineRule(
  {
    id: 'translation-missing',
    articles: ['Art. 12(1)'],
    severity: 'error',
    description: 'Every free text is written in every language the project publishes.',
    messages: {
      missing: {
        en: 'Missing translation: no `{lang}` text here, and the project publishes in {all}',
        fi: 'Käännös puuttuu: tekstiä ei ole kielellä `{lang}`, ja projekti julkaisee kielillä {all}',
        sv: 'Översättning saknas: här finns ingen text på `{lang}`, och projektet publicerar på {all}',
      },
    },
  },
  ({ register, languages, report }) => {
    const all = languages.map((l) => `\`${l}\``).join(', ');
    for (const { path, text } of allTexts(register)) {
      for (const lang of languages) if (!text[lang]) report(path, 'missing', { lang, all });
    }
  },
);
