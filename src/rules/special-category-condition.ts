// GDPR Art. 9(2), 13(1)(c) and Tietosuojalaki 6 §: each special category of data names the condition that allows it.
import { defineRule } from '../check/rule.js';
import type { PathSegment } from '../load/yaml-ast.js';
import type { Register, SpecialCategoryKind, Text } from '../types.js';
import { sentences, textValues } from '../check/text.js';
import { criminalWord } from '../check/criminal-words.js';
import { findWords, languageVersions, words } from '../check/words.js';

/** Art. 9(2) points that rest on Union or Member State law: the notice names the provision. */
const NEEDS_LAW = new Set(['b', 'g', 'h', 'i', 'j']);

/**
 * Words in a data category or purpose that reveal a special category (Art. 9(1)), in Finnish, English
 * and Swedish stems. Only data categories and purposes are read: "terveydenhuolto" as a recipient's
 * name says who receives the data, not what they are. Words with an everyday sense are left out
 * ("hoito" is also the care of a customer relationship, "behandling" is Swedish for processing,
 * "rotu" and "ras" are dog breeds, "race" is a run).
 */
const REVEALING: { category: SpecialCategoryKind; pattern: RegExp }[] = [
  {
    category: 'health',
    pattern: words([
      // fi
      'terveystie*', 'terveydentil*', 'terveyte*', 'terveysseloste*', 'potilas*', 'hoitotie*', 'hoitosuunnitelm*', 'hoitojakso*',
      'hoitokertomu*', 'hoitotoimenpi*', 'diagnoo*', 'diagnoosi*', 'lääkity*', 'lääkärintodistu*', 'lääkemääräy*', '*allergi*',
      '*ruokavalio*', 'sairau*', 'sairaus*', 'sairasloma*', 'sairausloma*', 'sairauspoissa*', 'sairastumi*', 'mielentervey*',
      // Kanta, the national health archive: not `kanta-asiakas` (a loyalty customer).
      'vammai*', 'kuntoutu*', 'raskau*', 'kanta-palvelu*', 'kanta-arkisto*', 'kantapalvelu*', 'kanta-järjestelm*', 'omakanta*',
      // en
      'health data', 'health information', 'health-related*', 'state of health', 'health status', 'medical*', 'patient*', 'diagnos*', 'medication*',
      'medicine*', 'allerg*', 'dietary*', 'special diet*', 'sick leave*', 'sickness*', 'illness*', 'disabilit*', 'pregnan*',
      'treatment plan*', 'medical treatment*',
      // Body measurements a device or app records of a person: heart rate, blood pressure, blood sugar.
      'heart rate data', 'resting heart rate*', 'heart rate variab*', 'blood pressure reading*', 'blood pressure measurement*', 'blood sugar level*', 'blood glucose*',
      'leposyke*', 'sykedat*', 'verenpainearvo*', 'verenpainelukem*', 'verensokeriarvo*', 'vilopuls*', 'blodtrycksvärde*', 'blodsockervärde*',
      // sv
      'hälsouppgift*', 'hälsotillstånd*', 'hälsodata', 'hälsorelaterad*', 'hälsoinformation*', 'medicinsk* tillstånd*', 'medicinsk* uppgift*', 'patient*', 'patientjournal*', 'journaluppgift*', 'diagnos*', 'medicinering*',
      'läkemedel*', '*allergi*', 'specialkost*', 'kostavvikelse*', 'sjukdom*', 'sjukfrånvaro*', 'sjukskriv*', 'sjukintyg*',
      'läkarintyg*', 'funktionsnedsättning*', 'graviditet*',
    ]),
  },
  {
    category: 'trade_union_membership',
    pattern: words(['ammattiliit*', 'ammattiyhdisty*', 'trade union*', 'union membership*', 'union dues', 'fackförening*', 'fackmedlemskap*', 'fackavgift*', 'fackligt medlemskap']),
  },
  {
    category: 'biometric',
    pattern: words(['biometri*', 'sormenjäl*', 'kasvojentunnistu*', 'kasvontunnistu*', 'fingerprint*', 'facial recognition', 'face recognition', 'fingeravtryck*', 'ansiktsigenkänning*']),
  },
  { category: 'genetic', pattern: words(['geneetti*', 'perimä*', 'dna', 'dna-*', 'genetic*', 'genetisk*', 'gentest*']) },
  {
    category: 'religious_or_philosophical_beliefs',
    pattern: words([
      'uskonto*', 'uskonnolli*', 'uskontokun*', 'kirkkoon kuulu*', 'seurakunnan jäsen*', 'vakaumu*', 'elämänkatsomu*',
      'religio*', 'religious', 'philosophical belief*', 'church membership', 'religiös*', 'trosuppfattning*', 'kyrkotillhörighet*',
      'medlemskap i kyrkan', 'livsåskådning*',
    ]),
  },
  {
    category: 'political_opinions',
    pattern: words([
      'poliittise* mielipi*', 'poliittise* kanna*', 'poliittise* näkemy*', 'puoluejäsen*', 'puoluekan*', 'political opinion*',
      'political view*', 'political affiliation*', 'party membership', 'politisk* åsikt*', 'partitillhörighet*', 'partimedlemskap*',
    ]),
  },
  { category: 'racial_or_ethnic_origin', pattern: words(['etnis*', 'rodullis*', 'ethnic*', 'racial', 'etnisk*']) },
  {
    category: 'sex_life_or_orientation',
    pattern: words(['seksuaali*', 'sukupuolinen suuntautu*', 'sukupuolielä*', 'sexual*', 'sex life', 'sexuell*', 'sexualliv*']),
  },
];

/**
 * An animal the data are about: a dog hotel's "Lemmikin tiedot (nimi, rotu, mahdolliset lääkitykset)", a
 * vet's "the pet's medication". A pet's health is no person's health (Art. 9(1) speaks of natural persons).
 */
const ANIMAL = words([
  'lemmik*', 'koira*', 'koiran*', 'kissa*', 'kissan*', 'eläin*', 'eläimen*', 'hevo*', 'pet', 'pets', "pet's", 'dog', 'dogs', "dog's",
  'cat', 'cats', "cat's", 'animal*', 'horse*', 'husdjur*', 'hund*', 'katt*', 'djur*', 'häst*',
]);

/** The sentences of a text that speak of a person, not only of an animal. */
function aboutPeople(value: string): string[] {
  return sentences(value).filter((s) => !findWords(s, ANIMAL).length);
}

/** Harassment named as what a report is about ("anmälan om sexuella trakasserier") says nothing of anyone's sex life. */
const HARASSMENT = /(?<![\p{L}])(?:seksuaali\p{L}* häirin\p{L}*|sexuell\p{L}* trakasseri\p{L}*|sexual harassment)/giu;

/**
 * A device's or an app's diagnostics ("diagnostikloggar", "diagnostic logs", "diagnostiikkatiedot"), or
 * a machine's problems diagnosed ("diagnose problems with our servers", "palvelinten ongelmien
 * diagnosointi", "diagnosticera fel i våra servrar"), say nothing of anyone's health.
 */
const MACHINE = String.raw`(?:server|servr|palvel(?:in|im|u)|app|sovellu|system|järjestelm|device|laitte|enhet|tjänst|service|sivusto|website|webbplats)\p{L}*`;
const PROBLEM = String.raw`(?:problem|issue|error|fault|bug|fel|vik|virhe|ongelm|häiriö)\p{L}*`;
const DEVICE_DIAGNOSTICS = new RegExp(
  String.raw`(?<![\p{L}])(?:diagnosti\p{L}*(?:logg|log|data|uppgift|tieto|tiedo|rapport|report|informa)\p{L}*|diagnosti\p{L}*\s+(?:logg|log|data|uppgift|tieto|tiedo|rapport|report|informa)\p{L}*` +
    String.raw`|diagnos\p{L}*\s+(?:[\p{L}'’]+\s+){0,2}?${PROBLEM}\s+(?:[\p{L}'’]+\s+){0,3}?${MACHINE}` +
    String.raw`|diagnos\p{L}*\s+(?:[\p{L}'’]+\s+){0,2}?(?:technical|tekni\p{L}*)\s+(?:\p{L}+\s+)?${PROBLEM}` +
    String.raw`|(?:${MACHINE}|technical|tekni\p{L}*)\s+(?:\p{L}+\s+)?${PROBLEM}\s+(?:\p{L}+\s+)?diagnos\p{L}*)`,
  'giu',
);

/** Advice a service says it does not give ("do not constitute medical or nutritional advice", "ei ole lääketieteellistä neuvontaa"): no one's health. */
const ADVICE_WORDS = String.raw`(?<![\p{L}])(?:medical|health)\s+(?:or\s+[\p{L}-]+\s+)?(?:advice|guidance|consultation)|lääketieteellis\p{L}*\s+(?:tai\s+\p{L}+\s+)?(?:neuvo\p{L}*|ohje\p{L}*|konsultaatio\p{L}*)|medicinsk\p{L}*\s+(?:eller\s+\p{L}+\s+)?rådgivning\p{L}*|medicinsk\p{L}*\s+(?:eller\s+\p{L}+\s+)?råd(?![\p{L}])`;
const ADVICE = new RegExp(String.raw`(?<=(?<![\p{L}])(?:not|never|no|ei|eivät|eikä|inte|ej)(?![\p{L}])[^.;!?]{0,60}?)(?:${ADVICE_WORDS})`, 'giu');

/** The first special category a text reveals that the register does not declare, with the word. */
function revealed(value: string, declared: Set<SpecialCategoryKind>): { category: SpecialCategoryKind; word: string } | undefined {
  const people = aboutPeople(value).join('\n').replace(HARASSMENT, ' ').replace(DEVICE_DIAGNOSTICS, ' ').replace(ADVICE, ' ');
  for (const { category, pattern } of REVEALING) {
    if (declared.has(category)) continue;
    const [word] = findWords(people, pattern);
    if (word) return { category, word };
  }
  return undefined;
}

/** Saying the data are processed or asked for: "käsitellään", "kysymme", "we collect", "we may ask for", "behandlas". */
const PROCESSED = words([
  'käsitel*', 'käsittele*', 'kerä*', 'tallenne*', 'tallenta*', 'kysy*', 'pyyde*', 'pyydä*', 'pyytä*',
  'process*', 'collect*', 'store*', 'record*', 'ask', 'asks', 'asked', 'hold', 'holds',
  'behandl*', 'samla*', 'lagra*', 'registrera*', 'fråga*', 'frågar', 'ber om',
]);
const NEGATION = words(['ei', 'eikä', 'emme', 'not', 'never', 'no', 'inte', 'aldrig', 'ej', 'inga', 'ingen']);

/**
 * A special category the register's description says is processed ("terveydentilaa koskevia tietoja
 * käsitellään, kun …"), in a sentence that does not deny it, when the data categories and purposes
 * have not already revealed one.
 */
function describedSpecial(register: Register, declared: Set<SpecialCategoryKind>): { word: string; category: SpecialCategoryKind } | undefined {
  const read = [...(register.data_categories ?? []), ...(register.purposes ?? [])].flatMap((x) => textValues(x.description));
  if (read.some((t) => revealed(t, declared))) return undefined;
  for (const sentence of sentences(textValues(register.description).join('\n'))) {
    const special = revealed(sentence, declared);
    if (special && findWords(sentence, PROCESSED).length && !findWords(sentence, NEGATION).length) return special;
  }
  return undefined;
}

export default defineRule(
  {
    id: 'special-category-condition',
    articles: ['Art. 9(2)', 'Art. 10', 'Art. 13(1)(c)', 'Tietosuojalaki (1050/2018) 6 §'],
    severity: 'error',
    description: 'Each special category of personal data, also when only a data category or purpose reveals it (health, diets, sick leave, union membership …), names its Art. 9(2) condition, and data on criminal offences a law (Art. 10).',
    messages: {
      noCondition: {
        en: 'Special category `{category}` has no `condition`: processing it is prohibited unless one of Art. 9(2)(a)–(j) applies, so name it (Art. 9(2))',
        fi: 'Erityiseltä henkilötietoryhmältä `{category}` puuttuu `condition`: käsittely on kielletty, ellei jokin 9 artiklan 2 kohdan a–j alakohdista sovellu (9 art. 2)',
        sv: 'Den särskilda kategorin `{category}` har inget `condition`: behandlingen är förbjuden om inte något av leden a–j i artikel 9.2 är tillämpligt, så ange det (artikel 9.2)',
      },
      noLaw: {
        en: 'Special category `{category}` rests on Art. 9(2)({condition}), which needs a basis in Union or Finnish law: name it in `law`, e.g. `Tietosuojalaki 6 §` (Art. 9(2)({condition}))',
        fi: 'Erityinen henkilötietoryhmä `{category}` perustuu 9 artiklan 2 kohdan {condition} alakohtaan, joka edellyttää perustetta unionin tai Suomen laissa: nimeä säännös kentässä `law`, esim. `Tietosuojalaki 6 §` (9 art. 2 {condition})',
        sv: 'Den särskilda kategorin `{category}` grundar sig på artikel 9.2 {condition}, som kräver en grund i unionsrätten eller i finsk lag: ange bestämmelsen i `law`, t.ex. `Dataskyddslagen 6 §` (artikel 9.2 {condition})',
      },
      criminal: {
        en: 'Text mentions `{word}`, data on criminal convictions or offences, but no purpose names the law that authorises processing them in `law`: such data may be processed only under official authority or where Union or Finnish law authorises it (Art. 10)',
        fi: 'Tekstissä mainitaan `{word}`, eli rikostuomioihin tai rikkomuksiin liittyviä tietoja, mutta yhdenkään tarkoituksen kenttä `law` ei nimeä lakia, joka sallii käsittelyn: tietoja saa käsitellä vain viranomaisen valvonnassa tai unionin tai Suomen lain sallimissa rajoissa (10 art.)',
        sv: 'Texten nämner `{word}`, det vill säga uppgifter om fällande domar i brottmål eller lagöverträdelser, men inget ändamål anger i `law` den lag som tillåter behandlingen: sådana uppgifter får behandlas endast under kontroll av en myndighet eller när det är tillåtet enligt unionsrätten eller finsk lag (artikel 10)',
      },
      undeclared: {
        en: 'Text mentions `{word}`, which is `{category}` data, but `special_categories` does not list `{category}` with its Art. 9(2) condition (Art. 9(1))',
        fi: 'Tekstissä mainitaan `{word}`, joka on erityistä henkilötietoa (`{category}`), mutta `special_categories` ei sisällä sitä ja sen 9 artiklan 2 kohdan perustetta (9 art. 1)',
        sv: 'Texten nämner `{word}`, som är uppgifter av kategorin `{category}`, men `special_categories` anger inte `{category}` med dess villkor enligt artikel 9.2 (artikel 9.1)',
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
    // Art. 10 data need a law; a purpose that names one is the register's answer (the schema has no Art. 10 field).
    const lawNamed = (register.purposes ?? []).some((p) => p.law !== undefined);
    let criminalReported = lawNamed;
    const read = (path: PathSegment[], text: Text): void => {
      for (const { path: at, value } of languageVersions(path, text)) {
        const special = revealed(value, declared);
        if (special) {
          report(at, 'undeclared', { word: special.word, category: special.category });
          return;
        }
        const word = criminalReported ? undefined : criminalWord(value);
        if (word) {
          criminalReported = true;
          report(at, 'criminal', { word });
          return;
        }
      }
    };
    register.data_categories?.forEach((c, i) => read(['data_categories', i, 'description'], c.description));
    register.purposes?.forEach((p, i) => read(['purposes', i, 'description'], p.description));
    const described = describedSpecial(register, declared);
    if (described) report(['description'], 'undeclared', described);
  },
);
