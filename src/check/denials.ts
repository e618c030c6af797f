/**
 * Sentences in which a notice denies something outright: that data leave the EEA, that data are
 * disclosed, that people are profiled. A sentence with an exception or a condition ("paitsi",
 * "unless", "utan ditt samtycke") is not a denial.
 */
import type { PathSegment } from '../load/yaml-ast.js';
import type { Register } from '../types.js';
import { allTexts, sentences } from './text.js';
import { CONDITIONAL, OUTSIDE } from './transfer-words.js';
import { findWords, languageVersions, mayMatch, words } from './words.js';
import { perRegister } from './per-register.js';

export type DenialKind = 'transfer' | 'disclosure' | 'profiling';

export interface Denial {
  kind: DenialKind;
  path: PathSegment[];
  /** The words that make the denial, as written. */
  found: string[];
  /** It denies disclosure to third parties only ("ei luovuteta kolmansille osapuolille"), which processors are not. */
  thirdParties?: true;
  /** It denies disclosure to "other" parties ("muille kolmansille osapuolille"): those the notice names are not among them. */
  others?: true;
}

const NOT_TRANSFERRED = words([
  // fi
  'ei siirretä', 'eikä siirretä', 'eikä niitä siirretä', 'ei siirry', 'eivät siirry', 'emme siirrä', 'ei luovuteta tai siirretä',
  'ei luovuteta eikä siirretä', 'ei siirretä eikä luovuteta', 'ei tallenneta', 'ei * siirretä', 'eikä * siirretä',
  // en
  'do not transfer', "don't transfer", 'does not transfer', 'not transferred', "aren't transferred", "won't be transferred",
  'never transfer*', 'not be transferred', 'no data are transferred', 'no personal data are transferred', 'no data is transferred',
  'no personal data is transferred', 'no data will be transferred', 'no personal data will be transferred', 'not stored',
  // sv
  'överförs inte', 'överförs aldrig', 'överförs ej', 'inte överförs', 'överför inte', 'överför inga', 'överför vi inte',
  'inga * överförs', 'inte att överföras', 'lagras inte', 'delas aldrig', 'delas inte',
  // Data that never leave the area: "lämnar aldrig EU/EES", "never leave the EEA", "eivät poistu EU:sta".
  'lämnar aldrig', 'lämnar inte', 'never leave*', 'do not leave', 'does not leave', 'eivät poistu', 'ei poistu', 'eivät koskaan poistu', 'ei koskaan poistu',
]);

const NOT_DISCLOSED = words([
  // fi
  'ei luovuteta', 'eikä luovuteta', 'emme luovuta', 'ei luovuta', 'eikä luovuta', 'ei luovuteta eteenpäin',
  'ei koskaan luovuteta', 'ei koskaan anneta', 'ei anneta kolmansi*', 'ei anneta ulkopuoli*', 'ei jaeta', 'ei koskaan jaeta',
  'emme jaa', 'emme koskaan jaa', 'emme anna tieto*', 'ei lähetetä kolmansi*', 'ei lähetetä ulkopuoli*', 'ei koskaan lähetetä',
  // en
  'do not disclose', 'does not disclose', 'are not disclosed', 'is not disclosed', 'will not be disclosed', 'never disclose*',
  'do not share', 'does not share', 'are not shared', 'is not shared', 'will not be shared', 'never share*',
  'never sent to', 'not sent to third*', 'never passed on', 'not passed on', 'never given to', 'never handed', 'never provided to',
  // sv
  'lämnas inte ut', 'lämnas ej ut', 'inte lämnas ut', 'lämnar inte ut', 'lämnar aldrig ut', 'delas inte', 'överlåts inte',
  'lämnas aldrig', 'delas aldrig', 'skickas aldrig till', 'skickas inte till tredje', 'vi delar inte', 'vi delar aldrig', 'lämnar aldrig',
]);

const PROFILING_WORD = words(['profiloi*', 'profilointi*', 'profiling', 'profilering*', 'profilera*']);
const NEGATION = words(['ei', 'eikä', 'emme', 'not', 'no', "don't", 'never', 'inte', 'ingen', 'inga', 'ej', 'aldrig']);

/** What makes a sentence something other than an outright denial. */
const EXCEPTION = words([
  // fi
  'paitsi', 'lukuun ottamatta', 'muuten kuin', 'muille kuin', 'muista kuin', 'muilla kuin', 'muiden kuin', 'muualle kuin', 'ilman', 'säännönmukaisesti', '*tarkoitu*', 'myydä', 'myy', 'luovuta myyntiin', 'luovuteta myyntiin', 'luovuta * myyntiin', 'luovuteta * myyntiin',
  'muuhun käyttöön', 'muuhun kuin', 'edellä maini* lisäksi', 'tämän lisäksi', 'muuten', 'muutoin',
  // A denial only as a rule or by default leaves the other cases open.
  'lähtökohta*', 'pääsääntöisesti', 'oletusarvoisesti', 'oletuksena',
  // A denial of disclosure for marketing, or to others than those just named, leaves the others open.
  'markkinointi*', 'muille tahoille', 'muille osapuolille', 'muille kolmansille*', 'other third part*', 'other parties', 'other party', 'andra tredje part*',
  // en
  'except*', 'other than', 'without', 'unless', 'purpose*', 'sell', 'sold', 'for sale', 'apart from', 'any other use', 'other use*',
  'marketing', 'anyone else', 'besides', 'beyond the above', 'beyond this', 'in addition to the above', 'otherwise', 'as a rule', 'by default', 'in principle',
  // sv
  'utom', 'förutom', 'utan', '*ändamål*', '*syfte*', 'säljs', 'sälja', 'till försäljning', 'annan användning', 'annat bruk', 'utöver', 'i övrigt', 'annars',
  'i regel', 'som huvudregel', 'som standard', 'i princip', 'marknadsföring*', 'andra parter', 'någon annan',
]);

/** Where an exception begins: what follows it is all the denial leaves out. */
const EXCEPTION_LEAD = words([
  'paitsi', 'lukuun ottamatta', 'muuten kuin', 'muille kuin', 'muista kuin', 'muilla kuin', 'muiden kuin', 'muualle kuin', 'ellei', 'ellei*',
  'except*', 'other than', 'apart from', 'unless',
  'utom', 'förutom', 'såvida inte', 'om inte',
]);

/** Qualifiers that narrow the denial itself ("not for marketing purposes", "not sold"): no outright denial. */
const QUALIFIER = words([
  'ilman', 'säännönmukaisesti', '*tarkoitu*', 'myydä', 'myy', 'luovuta myyntiin', 'luovuteta myyntiin', 'luovuta * myyntiin', 'luovuteta * myyntiin', 'muuhun käyttöön', 'muuhun kuin', 'markkinointi*', 'without', 'purpose*', 'sell', 'sold', 'for sale',
  'any other use', 'other use*', 'marketing', 'utan', '*ändamål*', '*syfte*', 'säljs', 'sälja', 'till försäljning', 'annan användning', 'annat bruk', 'marknadsföring*',
]);

/** Third parties, which processors acting for the controller are not (Art. 4(10)). */
const THIRD_PARTY = words([
  'kolmansi*', 'kolmannelle*', 'kolmannen*', 'third part*', 'tredje part*', 'tredjepart*', 'tredje man',
  // Outside the association, as Art. 9(2)(d) says it of a not-for-profit body ("till någon utanför föreningen"): those acting for it are not.
  'yhdistyksen ulkopuolelle', 'seuran ulkopuolelle', 'outside the association', 'outside the club', 'utanför föreningen', 'utanför klubben',
]);

const LAW_OR_AUTHORITY = words([
  'laki', 'lain', 'lait', 'lakien', 'lakia', 'lakiin', 'lainsäädän*', 'lakisääte*', 'oikeudelli*', 'viranomai*', 'tuomioistui*', 'poliis*',
  'law', 'laws', 'legal*', 'authorit*', 'court*', 'police',
  'lag', 'lagen', 'lagar', 'lagstiftning*', 'myndighet*', 'domstol*', 'polis*',
]);

/** Parties a register lists as recipients: an exception naming them is no denial of them. */
const OTHER_PARTY = words([
  'käsittelij*', 'kumppan*', 'palveluntarjoaj*', 'alihankkij*', 'toimittaj*', 'yhteistyö*', 'konserni*',
  'processor*', 'partner*', 'provider*', 'supplier*', 'vendor*', 'contractor*', 'subcontractor*', 'group',
  'biträd*', 'personuppgiftsbiträd*', 'samarbetspartner*', 'leverantör*', 'koncern*',
]);

/**
 * An exception for the law or the authorities alone ("paitsi lain niin vaatiessa", "except where
 * required by law"): the sentence still denies disclosure to processors and other recipients.
 */
function lawOnly(sentence: string): boolean {
  if (findWords(sentence, QUALIFIER).length) return false;
  const at = sentence.search(EXCEPTION_LEAD);
  if (at < 0) return false;
  const tail = sentence.slice(at);
  return findWords(tail, LAW_OR_AUTHORITY).length > 0 && findWords(tail, OTHER_PARTY).length === 0;
}

/**
 * Data never sent to the controller itself ("Det du skriver in … skickas aldrig till mig", "ei koskaan
 * lähetetä meille", "never sent to us"): nothing is collected, which denies no disclosure to others.
 */
const TO_CONTROLLER = /(?:skickas|lämnas) (?:aldrig|inte) till (?:mig|oss)(?!\p{L})|(?:ei (?:koskaan )?)?(?:lähetetä|luovuteta) (?:koskaan )?(?:meille|minulle)(?!\p{L})|never (?:sent|passed|given) to (?:us|me)(?!\p{L})/iu;

function toController(sentence: string): boolean {
  const m = TO_CONTROLLER.exec(sentence);
  // "… ei koskaan lähetetä meille eikä luovuteta kolmansille": the rest of the sentence still denies.
  return m !== null && !findWords(sentence.slice(0, m.index) + sentence.slice(m.index + m[0].length), NOT_DISCLOSED).length;
}

/** What a browser keeps for the site: a cookie, an entry of local storage, a setting. */
const STORED_SETTING = words([
  '*eväst*', 'merkinn*', 'teema-asetu*', 'kieliasetu*', 'evästeasetu*', 'paikallis* tallennustil*', '*cookie*', 'entries', 'entry', 'local storage',
  'setting*', 'preference*', '*kaka', '*kakor*', '*kakan', '*inställning*', 'lokal lagring',
]);
/** The data or the register a denial may be of: "tietoja", "information", "the member register". */
const PERSONAL_DATA = words([
  'henkilötie*', 'tiedot', 'tietoja', 'tietojasi', '*rekisteri*', 'personal data', 'personal information', 'your data', 'your information', 'information', 'data',
  '*register*', 'personuppgift*', 'uppgift*',
]);
/** A sentence whose subject is what the one before named: "They are not shared", "Niitä ei jaeta", "De delas inte"; not "This means …". */
const POINTS_BACK = /^(?:they|these|ne|niitä|nämä|näitä|de|dessa)(?!\p{L})(?!\s+(?:means?|tarkoittaa|innebär))/iu;
/** Contact details a setting's sentence may list: then it is of personal data, not of a setting. */
const CONTACT_DATA = /(?<!\p{L})(?:nimi\p{L}*|nime\p{L}*|names?|namn\p{L}*|e-?mail\p{L}*|sähköpost\p{L}*|e-post\p{L}*|puhelin\p{L}*|phone\p{L}*|telefon\p{L}*|osoite\p{L}*|address\p{L}*|adress\p{L}*)(?!\p{L})/iu;

/** The data the sentence before named, by a demonstrative: "This information never leaves your device", "Denna information …", "Tämä tieto …". */
const THIS_DATA = /^(?:this|that|these|those|denna|dessa|den här|det här|tämä|nämä|se)\s+(?:information|data|setting|choice|uppgift\p{L}*|information\p{L}*|inställning\p{L}*|tieto|tiedot|asetus|valinta)(?!\p{L})/iu;

/**
 * A denial of sharing said of what the browser keeps ("These entries … They are not shared with anyone",
 * "Evästeitä ei luovuteta", "Ditt språkval sparas lokalt … Denna information lämnar aldrig din enhet"): it says
 * nothing of the personal data the register holds.
 */
function ofStoredSetting(sentence: string, before: string): boolean {
  if (THIS_DATA.test(sentence.trim())) return findWords(before, STORED_SETTING).length > 0 && !findWords(before, PERSONAL_DATA).length && !CONTACT_DATA.test(before);
  if (findWords(sentence, PERSONAL_DATA).length) return false;
  if (findWords(sentence, STORED_SETTING).length) return true;
  return POINTS_BACK.test(sentence.trim()) && findWords(before, STORED_SETTING).length > 0 && !findWords(before, PERSONAL_DATA).length;
}

/** An Art. 22 statement ("no decisions … with legal effects") denies decisions, not profiling as such. */
const ART22 = words(['oikeusvaikut*', 'merkittäv*', 'legal effect*', 'significantly', 'rättsliga följder', 'betydande grad']);

/** A denial of what is not needed, said of the handing over itself: "ei luovuteta tarpeettomasti", "not disclosed unnecessarily", "lämnas inte ut i onödan". */
const ONLY_UNNEEDED =
  /(?<![\p{L}])(?:luovut\p{L}*|jaeta|anneta|disclos\p{L}*|shar\p{L}*|pass\p{L}* on|lämna\p{L}*(?: inte| aldrig)? ut|delas|delar)\s+(?:(?!(?:eikä|ja|sekä|tai|and|or|nor|och|eller|samt)\s)[\p{L}-]+\s+){0,7}?(?:tarpeettomasti|turhaan|aiheettomasti|unnecessarily|needlessly|i onödan|onödigt)(?![\p{L}])/iu;

/**
 * A denial of all the data, or of giving them unasked, said of the handing over itself: "Kaikkia … tietoja ei luovuteta",
 * "ei luovuteta automaattisesti", "Not all the data … are disclosed", "lämnas inte ut automatiskt": some are given, when asked for.
 */
const NOT_ALL_OR_UNASKED =
  /(?<![\p{L}])(?:kaikkia|not all|inte alla)\s+(?:[\p{L}-]+\s+){0,6}?(?:ei\s+)?(?:luovuteta|jaeta|anneta|(?:are|is)\s+(?:disclosed|shared|passed on)|lämnas\s+ut|delas)(?![\p{L}])|(?<![\p{L}])(?:luovuteta|jaeta|anneta|disclosed|shared|passed on|lämnas\s+(?:inte\s+)?ut|delas\s+inte)\s+(?:[\p{L}-]+\s+){0,4}?(?:automaattisesti|automatically|automatiskt)(?![\p{L}])/iu;

/** Giving data to "other" parties: "muille kolmansille osapuolille", "other third parties", "andra tredje parter", "lämnas inte ut till andra". */
const TO_OTHERS =
  /(?<![\p{L}])(?:muille|muihin|other|any other|andra|övriga)\s+(?:[\p{L}-]+\s+)?(?:kolmansille|osapuolille|tahoille|yrityksille|organisaatioille|third|parties|companies|organisations|organizations|tredje|parter|mottagare|företag|organisationer)(?![\p{L}])|(?<![\p{L}])(?:lämnas|delas)\s+(?:inte|aldrig)\s+(?:ut\s+)?(?:till|med)\s+andra(?![\p{L}])/iu;

/** The person told to keep a password to themselves: "do not disclose your password to anyone", "älä luovuta salasanaasi", "lämna inte ut ditt lösenord". */
const OWN_PASSWORD =
  /(?<!\p{L})(?:do not|don't|never) (?:disclose|share|give|reveal) your password|(?<!\p{L})älä (?:luovuta|kerro|anna) salasana|(?<!\p{L})(?:lämna|dela|ge) (?:inte|aldrig) (?:ut )?ditt lösenord/iu;

function denialOf(sentence: string): Omit<Denial, 'path'> | undefined {
  // Most sentences deny nothing: the cheap tests first.
  if (!mayMatch(sentence, NOT_TRANSFERRED) && !mayMatch(sentence, NOT_DISCLOSED) && !mayMatch(sentence, PROFILING_WORD)) return undefined;
  if (OWN_PASSWORD.test(sentence)) return undefined;
  const plain = !findWords(sentence, CONDITIONAL).length && !findWords(sentence, EXCEPTION).length;
  const outside = findWords(sentence, OUTSIDE);
  const notTransferred = findWords(sentence, NOT_TRANSFERRED);
  if (plain && outside.length && notTransferred.length) return { kind: 'transfer', found: [...notTransferred, ...outside] };
  const notDisclosed = findWords(sentence, NOT_DISCLOSED);
  // What is "not disclosed unnecessarily" is disclosed when the controller thinks it needed: no outright denial.
  if (notDisclosed.length && !outside.length && !toController(sentence) && !ONLY_UNNEEDED.test(sentence) && !NOT_ALL_OR_UNASKED.test(sentence) && (plain || lawOnly(sentence))) {
    return {
      kind: 'disclosure',
      found: notDisclosed,
      ...(findWords(sentence, THIRD_PARTY).length ? { thirdParties: true as const } : {}),
      ...(TO_OTHERS.test(sentence) ? { others: true as const } : {}),
    };
  }
  if (findWords(sentence, CONDITIONAL).length) return undefined;
  const profiling = findWords(sentence, PROFILING_WORD);
  if (profiling.length && findWords(sentence, NEGATION).length && !findWords(sentence, ART22).length) return { kind: 'profiling', found: profiling };
  return undefined;
}

/** The sentence denies profiling outright ("Tietoja ei käytetä profilointiin"): it describes none. */
export function deniesProfiling(sentence: string): boolean {
  return denialOf(sentence)?.kind === 'profiling';
}

/** Every outright denial in the free texts of a register, with the path of its language version. */
export const denials: (register: Register) => readonly Denial[] = perRegister(findDenials);

function findDenials(register: Register): Denial[] {
  const out: Denial[] = [];
  for (const { path, text } of allTexts(register)) {
    // A recipient's own text ("not disclosed to anyone else") speaks of that recipient only.
    if (path[0] === 'recipients' || path[0] === 'automated_decisions') continue;
    for (const { path: at, value } of languageVersions(path, text)) {
      let before = '';
      for (const sentence of sentences(value)) {
        const denial = denialOf(sentence);
        if (denial && !(denial.kind === 'disclosure' && ofStoredSetting(sentence, before))) out.push({ ...denial, path: at });
        before = sentence;
      }
    }
  }
  return out;
}
