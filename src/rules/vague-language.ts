// GDPR Art. 12(1) and WP260: purposes, recipients, transfers and sources are stated in clear, definite language.
import { defineRule } from '../check/rule.js';
import { textValues } from '../check/text.js';
import type { PathSegment } from '../load/yaml-ast.js';
import type { Text } from '../types.js';
import { isGenericRecipient } from './recipients.js';
import { findWords, languageVersions, listed, onlyWords, wordSet, words } from '../check/words.js';

/** Qualifiers WP260 names as poor practice ("may", "might", "some", "often", "possible") and their Finnish and Swedish kin. */
const HEDGING = words([
  // fi
  'voidaan', 'voitaisiin', 'voimme', 'voisimme', 'voivat', 'saattaa', 'saattavat', 'saatetaan', 'saattaisi', 'mahdollisesti',
  'esimerkiksi', 'esim.', 'mm.', 'muun muassa', 'pääsääntöisesti', 'lähtökohtaisesti', 'tarvittaessa', 'soveltuvi* osin',
  'tietty', 'tiettyä', 'tietyt', 'tietyn', 'tiettyjen', 'tiettyjä', 'tietyille', 'tiettyihin', 'tietyissä', 'tietyistä', 'tietyiltä',
  'jne', 'jne.', 'yms', 'yms.', 'ym.',
  // en
  'may', 'might', 'could', 'possibly', 'perhaps', 'often', 'some', 'certain', 'such as', 'for example', 'for instance', 'e.g.',
  'etc', 'etc.', 'among others', 'among other things', 'including but not limited to', 'where necessary', 'if necessary',
  // sv
  'kan', 'kanske', 'eventuellt', 'möjligen', 'till exempel', 't.ex.', 'bland annat', 'bl.a.', 'vissa', 'ofta', 'osv', 'osv.', 'i regel', 'vid behov',
]);

/** Words that do not tell where data come from: "julkisista lähteistä", "public sources". */
const isGenericSource = wordSet([
  // fi
  'julki*', 'lähte*', 'lähtei*', 'tietolähte*', 'tietolähtei*', 'internet*', 'verkko*', 'verkosta', 'saatavil*', 'yleise*', 'olev*',
  'sekä', 'ja', 'tai', 'mahdollise*', 'mui*', 'muu', 'muut', 'myös', 'voida*', 'saada*', 'saadaan', 'saatu*', 'tieto*', 'tiedo*',
  'tiedot', 'eri', 'kerät*', 'kerätä*', 'yritykse*', 'yritys', 'organisaatio*', 'kolman*', 'osapuol*', 'tahoi*', 'tahoj*',
  // en
  'public', 'publicly', 'available', 'source', 'sources', 'other', 'and', 'or', 'from', 'the', 'data', 'information', 'online',
  'may', 'be', 'is', 'are', 'obtained', 'collected', 'also', 'various', 'third', 'parties', 'companies', 'organisations', 'organizations',
  // sv
  'offentlig*', 'källa', 'källor', 'källorna', 'tillgänglig*', 'andra', 'och', 'eller', 'från', 'uppgifter', 'uppgifterna', 'kan',
  'också', 'även', 'olika', 'inhämtas', 'samlas', 'in', 'tredje', 'part', 'parter', 'företag',
]);

export default defineRule(
  {
    id: 'vague-language',
    articles: ['Art. 12(1)', 'Art. 13(1)(c)', 'Art. 13(1)(e)', 'Art. 14(2)(f)'],
    severity: 'warn',
    description: 'Purposes, recipients, transfers and sources avoid hedging ("saattaa", "voidaan", "esimerkiksi", "may", "such as") and name their sources.',
    messages: {
      hedging: {
        en: 'Vague wording {found}: state exactly what is done and with whom, without qualifiers or open-ended lists, e.g. `Tietoja käytetään` rather than `Tietoja voidaan käyttää` (Art. 12(1))',
        fi: 'Epämääräinen ilmaus {found}: kerro täsmällisesti, mitä tehdään ja kenen kanssa, ilman varauksia ja avoimia luetteloita, esim. `Tietoja käytetään` eikä `Tietoja voidaan käyttää` (12 art. 1)',
      },
      genericSource: {
        en: 'Source `{text}` does not say where the data come from: name the source, e.g. `name: Fonecta Oy`, or say what kind of source it is (Art. 14(2)(f))',
        fi: 'Tietolähde `{text}` ei kerro, mistä tiedot saadaan: nimeä lähde, esim. `name: Fonecta Oy`, tai kerro, millainen lähde on (14 art. 2 f)',
      },
    },
  },
  ({ register, report }) => {
    const hedging = (path: PathSegment[], text: Text | undefined): void => {
      if (!text) return;
      for (const { path: at, value } of languageVersions(path, text)) {
        const found = findWords(value, HEDGING);
        if (found.length) report(at, 'hedging', { found: listed(found) });
      }
    };
    register.purposes?.forEach((p, i) => {
      hedging(['purposes', i, 'description'], p.description);
      hedging(['purposes', i, 'legitimate_interest'], p.legitimate_interest);
    });
    if (Array.isArray(register.recipients)) {
      register.recipients.forEach((r, i) => {
        // A category of nothing but generic words is `recipients`' to report, as an error.
        if (!isGenericRecipient(r)) hedging(['recipients', i, 'category'], r.category);
        hedging(['recipients', i, 'purpose'], r.purpose);
      });
    }
    if (Array.isArray(register.transfers)) register.transfers.forEach((t, i) => hedging(['transfers', i, 'description'], t.description));
    register.sources?.forEach((s, i) => {
      const generic = s.type !== 'data_subject' && s.type !== 'observation' && !s.name && textValues(s.description).find((t) => onlyWords(t, isGenericSource));
      if (generic) report(['sources', i, 'description'], 'genericSource', { text: generic });
      else hedging(['sources', i, 'description'], s.description);
    });
  },
);
