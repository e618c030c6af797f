// GDPR Art. 14(2)(f): where the data come from, and whether from publicly accessible sources.
import { defineRule } from '../check/rule.js';
import { unnamedKind } from '../check/source-words.js';

export default defineRule(
  {
    id: 'data-sources',
    articles: ['Art. 14(2)(f)'],
    severity: 'error',
    description: 'The register says where its data come from, and names every source other than the data subject, not only its kind.',
    messages: {
      missing: {
        en: 'Missing `sources`: say where the data come from (`data_subject`, `observation`, `guardian`, `organisation`, `public`, `authority`); this decides whether Art. 13 or Art. 14 applies (Art. 14(2)(f))',
        fi: 'Puuttuu `sources`: kerro, mistä tiedot saadaan (`data_subject`, `observation`, `guardian`, `organisation`, `public`, `authority`); tästä riippuu, sovelletaanko 13 vai 14 artiklaa (14 art. 2 f)',
        sv: '`sources` saknas: ange varifrån uppgifterna kommer (`data_subject`, `observation`, `guardian`, `organisation`, `public`, `authority`); det avgör om artikel 13 eller 14 tillämpas (artikel 14.2 f)',
      },
      unnamed: {
        en: 'Source of type `{type}` has neither `name` nor `description`: name the source, or say what kind of source it is (Art. 14(2)(f))',
        fi: 'Tyypin `{type}` tietolähteellä ei ole kenttää `name` eikä `description`: nimeä lähde tai kerro, millainen lähde on (14 art. 2 f)',
        sv: 'Källan av typen `{type}` har varken `name` eller `description`: namnge källan, eller ange vilket slags källa det är (artikel 14.2 f)',
      },
      kindOnly: {
        en: 'Source `{text}` says only what kind of source it is: name the `{type}` source in `name`, e.g. `name: Kaupparekisteri` or `name: Fonecta Oy` (Art. 14(2)(f))',
        fi: 'Tietolähde `{text}` kertoo vain, millainen lähde on: nimeä tyypin `{type}` lähde kentässä `name`, esim. `name: Kaupparekisteri` tai `name: Fonecta Oy` (14 art. 2 f)',
        sv: 'Källan `{text}` anger bara vilket slags källa det är: namnge källan av typen `{type}` i `name`, t.ex. `name: Handelsregistret` eller `name: Fonecta Oy` (artikel 14.2 f)',
      },
    },
  },
  ({ register, report }) => {
    const sources = register.sources;
    if (!sources) {
      report([], 'missing');
      return;
    }
    sources.forEach((s, i) => {
      // These name the source by their type: the person, what is observed, the person's parent or guardian.
      if (s.type === 'data_subject' || s.type === 'observation' || s.type === 'guardian') return;
      if (!s.name && !s.description) report(['sources', i], 'unnamed', { type: s.type });
      const kind = unnamedKind(s);
      if (kind) report(['sources', i, 'description'], 'kindOnly', { text: kind, type: s.type }, 'key');
    });
  },
);
