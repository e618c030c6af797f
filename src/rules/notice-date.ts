// GDPR Art. 12(1), 13(3), 14(4) and WP260 rev.01 on changes to the information: a notice says when it
// was last updated, so that a reader can tell whether it has changed since they last read it. The
// articles do not require a date in words; Finnish practice and the duty to inform of changes do.
import { defineRule } from '../check/rule.js';

export default defineRule(
  {
    id: 'notice-date',
    articles: ['Art. 12(1)', 'Art. 13(3)', 'Art. 14(4)'],
    severity: 'error',
    description: 'The notice says when it was last updated, and not earlier than when it was made.',
    messages: {
      missing: {
        en: 'Missing `updated`: the notice must say when it was last updated, e.g. `updated: 2026-01-31`, so that readers can see whether it has changed',
        fi: 'Puuttuu `updated`: selosteessa on kerrottava, milloin sitä on viimeksi päivitetty, esim. `updated: 2026-01-31`, jotta lukija näkee, onko se muuttunut',
        sv: '`updated` saknas: beskrivningen måste ange när den senast uppdaterades, t.ex. `updated: 2026-01-31`, så att läsaren ser om den har ändrats',
      },
      beforeCreated: {
        en: '`updated` ({updated}) is earlier than `created` ({created}): the reader cannot tell when the notice last changed; correct `created` or `updated`',
        fi: '`updated` ({updated}) on aiempi kuin `created` ({created}): lukija ei voi tietää, milloin selostetta on viimeksi muutettu; korjaa `created` tai `updated`',
        sv: '`updated` ({updated}) är tidigare än `created` ({created}): läsaren kan inte se när beskrivningen senast ändrades; rätta `created` eller `updated`',
      },
    },
  },
  ({ register, report }) => {
    if (register.updated === undefined) report([], 'missing');
    // A last change dated before the notice was made ("Laadittu 8.8.2021. Viimeisin muutos 30.4.2021."): one of them is wrong.
    else if (register.created !== undefined && register.updated < register.created) report(['updated'], 'beforeCreated', { updated: register.updated, created: register.created });
  },
);
