// GDPR Art. 13(2)(f), 14(2)(g), 22: whether decisions are made solely by automated means, and if so how.
import { defineRule } from '../check/rule.js';

export default defineRule(
  {
    id: 'automated-decisions',
    articles: ['Art. 13(2)(f)', 'Art. 14(2)(g)', 'Art. 22'],
    severity: 'warn',
    description: 'The register says whether automated decision-making or profiling takes place: `none`, or its logic, significance and consequences.',
    messages: {
      missing: {
        en: 'Missing `automated_decisions`: say `automated_decisions: none`, or describe the logic, significance and consequences of the decisions (Art. 13(2)(f))',
        fi: 'Puuttuu `automated_decisions`: kirjoita `automated_decisions: none` tai kuvaa päätöksenteon logiikka, merkitys ja seuraukset (13 art. 2 f)',
      },
    },
  },
  ({ register, report }) => {
    // Art. 13(2)(f) strictly requires the information only when such decisions are made, but a notice
    // that is silent leaves the reader guessing (WP260 Annex): say `none`.
    if (register.automated_decisions === undefined) report([], 'missing');
  },
);
