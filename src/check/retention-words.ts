/** Word lists of retention texts: how notices say data are kept without an end. */
import { findWords, words } from './words.js';

/**
 * "As long as necessary" without a period, an event or a law (WP260 Annex: a generic statement is not
 * enough). The phrase counts as vague only when tied to need or use, not to an event such as the end
 * of a contract.
 */
export const AS_LONG_AS_NEEDED = [
  /\bniin\s+(?:kauan|pitkään)\s*,?\s*(?:kuin|kun)\b[^.]{0,120}?(?:tarpee|tarvi|tarvit|välttämät|käyttötarkoitu|tarkoitukse|edellyt|vaati|hyödyl|hyödyksi|hyöty)/iu,
  // "niin kauan kuin tiedot ovat käytössä": the data in use, not a service or a feature in use ("niin kauan kuin Hintavartija on käytössä", an event).
  /\bniin\s+(?:kauan|pitkään)\s*,?\s*(?:kuin|kun)\s+(?:\p{L}+\s+){0,2}?(?:tiedot|tietoja|ne|niitä|henkilötiedot)\s+(?:\p{L}+\s+)?(?:ovat|on)\s+(?:\p{L}+\s+)?käytössä/iu,
  /\bkunnes\s+(?:niitä|tietoja|ne)?\s*(?:ei\s+enää\s+(?:tarvita|tarvitse)|eivät\s+ole\s+(?:enää\s+)?(?:tarpeen|tarpeellisia))/iu,
  /\b(?:for\s+)?as\s+long\s+as\b[^.]{0,80}?\b(?:necessary|needed|required|need|purpose|useful|relevant|of use)/iu,
  /\buntil\s+(?:they\s+are\s+|it\s+is\s+)?no\s+longer\s+(?:needed|necessary|required)/iu,
  /\bså\s+länge\s*(?:som)?\b[^.]{0,80}?(?:nödvändig|behöv|behov|ändamål|kräv|användbar|relevant|nytta)/iu,
  /\btills\s+(?:de|uppgifterna)?\s*inte\s+längre\s+behövs/iu,
  /\bkun\s+(?:niitä|tietoja|ne)?\s*(?:ei\s+enää\s+(?:tarvita|tarvitse)|eivät\s+ole\s+(?:enää\s+)?(?:tarpeen|tarpeellisia))/iu,
  // "vain tarvittavan ajan", "den tid som behövs", "for the time necessary": the same, said as a length of time.
  /(?<!\p{L})(?:tarvittavan|tarpeellisen|välttämättömän)\s+ajan(?!\p{L})/iu,
  /(?<!\p{L})(?:den\s+)?tid(?:en)?\s+som\s+(?:är\s+)?(?:nödvändig|behövs|krävs)|(?<!\p{L})nödvändig\s+tid(?!\p{L})/iu,
  /\bfor\s+(?:the\s+)?(?:time|period)\s+(?:necessary|needed|required)\b|\bfor\s+the\s+(?:necessary|required)\s+(?:time|period)\b/iu,
  // "kun ne eivät enää ole toiminnan kannalta tarpeellisia", "kun tieto ei ole enää käyttötarkoituksen kannalta tarpeen".
  /(?<!\p{L})kun\s+(?:\p{L}+\s+){0,2}?(?:ei|eivät)\s+(?:enää\s+)?ole\s+(?:enää\s+)?(?:\p{L}+\s+){0,3}?(?:tarpee|tarpeelli|välttämät)/iu,
  /\bwhen\s+(?:they\s+are\s+|it\s+is\s+)?no\s+longer\s+(?:needed|necessary|required)/iu,
  /\bnär\s+(?:de|uppgifterna)?\s*inte\s+längre\s+behövs/iu,
  // The end of a need or a ground, not an event: "once a basis for retention no longer exists", "kun peruste säilyttämiselle lakkaa", "när grunden för lagringen upphör".
  /\b(?:once|when|after)\s+(?:\p{L}+\s+){0,2}?(?:basis|ground|grounds|reason|need)\s+(?:for\s+(?:\p{L}+\s+){0,2}?)?(?:no longer exists?|ceases?|ends?)\b/iu,
  /(?<!\p{L})(?:kun\s+)?(?:\p{L}+\s+){0,2}?(?:peruste|tarve)\s+(?:\p{L}+\s+){0,2}?(?:lakkaa|päättyy|poistuu)(?!\p{L})/iu,
  /(?<!\p{L})(?:(?:när|då)\s+)?(?:\p{L}+\s+){0,2}?(?:grund|grunden|behov|behovet)\s+(?:\p{L}+\s+){0,3}?(?:upphör|inte längre finns)(?!\p{L})/iu,
  // The controller's business as the measure: "for the period of time Holvi has … legitimate business purposes", "as long as we have a
  // business need", "liiketoiminnan tarpeiden mukaan", "niin kauan kuin liiketoiminta sitä edellyttää", "så länge det finns affärsmässiga skäl".
  /\b(?:as long as|for (?:the|a|such) (?:period|time)(?: of time)?|while)\b[^.]{0,80}?\bbusiness\s+(?:purposes?|interests?|needs?|reasons?)\b/iu,
  /\b(?:in accordance with|according to|based on|depending on|as required by)\s+(?:our\s+|the\s+)?(?:legitimate\s+)?business\s+(?:purposes|interests|needs?|requirements|reasons)\b/iu,
  /(?<!\p{L})(?:liiketoiminna(?:n|llisten)\s+tarpeiden\s+mukaan|(?:niin\s+kauan|niin\s+pitkään)\s[^.]{0,60}?liiketoiminn\p{L}*)(?!\p{L})/iu,
  /(?<!\p{L})(?:så\s+länge\s[^.]{0,60}?(?:affärsmässig\p{L}*\s+(?:skäl|behov)|verksamhetens\s+behov)|enligt\s+(?:verksamhetens|våra\s+affärsmässiga)\s+behov)(?!\p{L})/iu,
  // A review of whether the purpose still holds, with deletion when it does not: "bedömning årsvis om ändamålet kvarstår".
  /\b(?:om|huruvida)\s+(?:inte\s+)?ändamål\p{L}*\s[^.]{0,80}?kvarstår/iu,
  /\bwhether\s+the\s+purposes?\s+(?:still\s+)?(?:remains?|applies|apply|exists?)/iu,
  /\bonko\s+(?:\p{L}+\s+){0,3}tarkoitus\s+(?:yhä\s+|edelleen\s+)?olemassa/iu,
];

/**
 * Data reviewed from time to time ("katselmoidaan säännöllisesti", "ses över regelbundet", "reviewed
 * regularly"): no time in itself; vague where nothing else in the text says how long.
 */
export const REVIEWED = [
  /(?<!\p{L})(?:katselmoi\p{L}*|tarkiste\p{L}*|tarkaste\p{L}*|käydään läpi|arvioidaan)\s+(?:\p{L}+\s+)?(?:säännöllisesti|määräajoin|ajoittain)(?!\p{L})|(?<!\p{L})(?:säännöllisesti|määräajoin|ajoittain)\s+(?:katselmoi\p{L}*|tarkiste\p{L}*|tarkaste\p{L}*)/iu,
  /(?<!\p{L})(?:ses över|granskas|gås igenom|kontrolleras)\s+(?:\p{L}+\s+)?(?:regelbundet|periodiskt|med jämna mellanrum)(?!\p{L})|(?<!\p{L})(?:regelbundet|periodiskt)\s+(?:ses över|granskas)(?!\p{L})/iu,
  /\b(?:reviewed|checked)\s+(?:\p{L}+\s+)?(?:regularly|periodically)\b|\b(?:regularly|periodically)\s+(?:reviewed|checked)\b/iu,
];

/**
 * Keeping said to have no limit in time, whatever else the text names: "ilman ajallista rajoitusta",
 * "without time limit". Not "pysyvästi", "permanently": an archive a law names keeps data so.
 */
const UNLIMITED_WORDS = [
  'ilman ajallista rajoitusta', 'ilman aikarajaa', 'without time limit', 'without a time limit', 'without any time limit', 'utan tidsbegränsning', 'utan tidsgräns',
];
export const UNLIMITED = words(UNLIMITED_WORDS);

/** Retention without an end: "toistaiseksi", "indefinitely", "tills vidare", "we do not delete". */
export const OPEN_ENDED = words([
  // fi
  'toistaiseksi', 'pysyvästi', 'ikuisesti', 'ei poisteta', 'emme poista', 'ei hävitetä', 'emme hävitä', 'ei koskaan poisteta',
  // en
  'indefinitely', 'permanently', 'forever', 'do not delete', 'does not delete', 'are not deleted', 'is not deleted',
  'will not be deleted', 'never delete*', 'never be deleted',
  // sv
  'tills vidare', 'för alltid', 'permanent', 'raderas inte', 'raderas aldrig', 'tas inte bort', 'gallras inte', 'vi raderar inte',
  ...UNLIMITED_WORDS,
]);

/** Deleting for good: "tas bort permanent", "raderas … automatiskt och permanent", "permanently deleted", "poistetaan pysyvästi". */
const DELETED_FOR_GOOD =
  /(?<!\p{L})(?:raderas|rader\p{L}*|tas bort|tar bort|deleted|erased|removed|destroyed|delete|erase|remove|poistetaan|poistamme|poistuvat|hävitetään)(?:\s+(?!(?:inte|ej|not|ei|men|but|mutta|utan|vaan|sparas|kept|säilytetään)(?!\p{L}))\p{L}+){0,7}?\s+(?:permanent|permanently|pysyvästi)(?!\p{L})|(?<!\p{L})(?:permanently|pysyvästi|permanent)\s+(?:\p{L}+\s+)?(?:deleted|erased|removed|destroyed|delete|erase|remove|poistetaan|poistetut|hävitetään|raderas|borttag\p{L}*|radera\p{L}*)(?!\p{L})/giu;

/** The words that say data are kept without an end, not those of a deletion for good ("raderas … permanent"). */
export function openEnded(text: string): string[] {
  return findWords(text.replace(DELETED_FOR_GOOD, ' '), OPEN_ENDED);
}

/** Rules referred to but not named: "ellei arkistointisäännöt muuta edellytä", "unless archiving rules require". */
export const UNNAMED_RULES = words([
  'arkistointisään*', 'arkistosään*', 'arkistointiohje*', 'arkistonmuodostussuunnitelm*', 'lainsäädäntö toisin*', 'lainsäädäntö muuta*',
  'lainsäädännö* johtuv*', 'lakisääteisi* syi*', 'legal reasons', 'rättsliga skäl',
  'archiving rules', 'archival rules', 'archiving requirements', 'unless the law requires*', 'unless required by law',
  'arkivregler*', 'arkiveringsregler*', 'gallringsregler*', 'om inte lagen*',
  'koskevasta lainsäädännöstä', 'muista säädöksistä', 'muiden säädösten',
  // "as long as the law requires" with no law named: "niin pitkään kuin lait ja säädökset velvoittavat", "om det följer … på grund av lag".
  'lait ja säädökset', 'lakien ja säädösten', 'lain edellyttämä* aj*', 'lain vaatima* aj*', 'lainsäädännön edellyttämä* aj*', 'lainsäädännön vaatima* aj*',
  'as required by law', 'as long as the law requires', 'as long as required by law', 'for as long as required by law',
  'på grund av lag', 'så länge lagen kräver', 'den tid som lagen kräver', 'enligt lagstadgad tid',
  // A duty said to come from the law, none named: "så länge vi är skyldiga att göra det enligt lag" (not "… annetun lain mukaisesti", which names it).
  'enligt lag', 'obliged to by law', 'obligated to by law', 'obliged by law', 'obligated by law',
  'kuin laki edellyttää', 'kuin laki vaatii', 'kuin laki velvoittaa', 'kuin lainsäädäntö edellyttää', 'kuin lainsäädäntö vaatii', 'kuin lainsäädäntö velvoittaa',
  'som lagen kräver', 'som lag kräver', 'som lagstiftningen kräver', 'the law requires', 'as long as the law requires*', 'as the law requires',
  // The law beside the purpose as the measure: "niin kauan kuin niiden käyttötarkoitus tai lainsäädäntö edellyttää", "or the law requires".
  'tai laki edellyttää', 'tai laki vaatii', 'tai lainsäädäntö edellyttää', 'tai lainsäädäntö vaatii', 'tai lainsäädäntö velvoittaa',
  'or the law requires', 'or law requires', 'or the law so requires', 'eller lagen kräver', 'eller lag kräver', 'eller lagstiftningen kräver',
  // Said in the passive: "så länge som krävs enligt lag", "as long as is required by law", "niin kauan kuin laissa edellytetään".
  'krävs enligt lag*', 'krävs i lag*', 'krävs av lag*', 'required by law', 'required under law', 'laissa edellytetään', 'laissa vaaditaan', 'lain mukaan vaaditaan',
  // The law that applies, whichever it is: "i enlighet med tillämplig lagstiftning", "defined in applicable legislation".
  'tillämplig* lagstiftning*', 'gällande lagstiftning*', 'applicable legislation', 'applicable law', 'applicable laws',
  'sovellettav* lainsäädän*', 'voimassa olev* lainsäädän*',
]);

/**
 * Retention left to another document or to another party's own practice: "säilytetään palvelun
 * käyttöehtojen mukaisesti", "as set out in our terms of use", "enligt användarvillkoren", "hanteras av
 * Cloudflare enligt deras egna rutiner", "under Igdrasil's applicable retention rules", "määräytyy yhdistyksen
 * arkistointikäytännön mukaan". The notice itself must say how long.
 */
export const ELSEWHERE = words([
  'käyttöehtojen mukaisesti', 'käyttöehtojen mukaan', 'käyttöehdoissa', 'sopimusehtojen mukaisesti', 'sopimusehtojen mukaan', 'sopimusehdoissa',
  'omien käytäntöjen* mukaisesti', 'omien käytäntöjen* mukaan', 'omien rutiinie* mukaisesti',
  'according to the terms*', 'in accordance with the terms*', 'as set out in the terms*', 'as set out in our terms*', 'under the terms of use', 'in our terms*',
  'according to their own routines', 'according to their own practices', 'according to their own policies', 'according to their own rules',
  'in accordance with their own routines', 'in accordance with their own practices', 'in accordance with their own policies',
  'enligt villkoren', 'enligt användarvillkoren', 'enligt avtalsvillkoren', 'i enlighet med villkoren', 'i användarvillkoren',
  'enligt deras egna rutiner', 'enligt dess egna rutiner', 'enligt sina egna rutiner', 'enligt leverantörens rutiner',
  // A retention policy or archiving practice of its own, not given: "Igdrasil's applicable retention rules", "arkistointikäytännön mukaan".
  'retention rules', 'retention policy', 'retention policies', 'retention schedule*', 'säilytyskäytän* mukaisesti', 'säilytyskäytän* mukaan',
  'arkistointikäytän* mukaisesti', 'arkistointikäytän* mukaan', 'arkistointisuunnitelma* mukaisesti', 'arkistointisuunnitelma* mukaan',
  'gallringsplan*', 'gallringsrutin*', 'lagringspolicy*', 'arkiveringsrutin*',
]);

/** A statute named in a text: a number such as `1336/1997` or a law's name (`kirjanpitolaki`, `Arkivlagen`). */
export const STATUTE = /\b\d{1,4}\/\d{4}\b|\p{L}+(?:laki|lain|lakiin|lagen|Laki|Lagen)\b|\b\p{Lu}\p{L}+ Act\b/u;

/**
 * A period with no maximum: kept until the person asks for deletion, an average, or a fixed period
 * with an open-ended exception ("poikkeustilanteissa pidempään", "in exceptional cases longer").
 */
export const NO_MAXIMUM = [
  /(?<!\p{L})kunnes\s[^.!?\n]{0,50}?(?<!\p{L})pyy(?:tää|dät|tävät|detään|tämällä)(?!\p{L})[^.!?\n]{0,40}?poist/iu,
  /\buntil\s[^.!?\n]{0,40}?\b(?:ask|asks|request|requests|requested)\b[^.!?\n]{0,40}?(?:delet|eras|remov)/iu,
  /\buntil\s+(?:deletion|erasure|removal)\s+is\s+requested/iu,
  /(?<!\p{L})tills\s[^.!?\n]{0,40}?(?<!\p{L})(?:begär|ber|begärs)(?!\p{L})[^.!?\n]{0,40}?(?:rader|borttag|tas?\s+bort|radera)/iu,
  /(?<!\p{L})tills\s+(?:radering|borttagning)\s+begärs/iu,
  // Kept until the person deletes them: "until you delete it in Settings", "kunnes poistat tilisi", "tills du raderar kontot".
  /\buntil\s+you\s+(?:delete|remove|erase)\b/iu,
  /(?<!\p{L})kunnes\s+(?:itse\s+)?poistat(?!\p{L})/iu,
  /(?<!\p{L})tills\s+du\s+(?:själv\s+)?(?:raderar|tar\s+bort)(?!\p{L})/iu,
];

/** An average is no maximum: "keskimäärin 30 vuorokautta", "on average", "i genomsnitt". */
const AVERAGE = words(['keskimäärin', 'keskiarvo*', 'on average', 'an average of', 'average of', 'i genomsnitt', 'genomsnittlig*', 'i snitt']);

/** An exception that lets data be kept longer, with no limit or law: "poikkeustapauksissa pidempään". */
const EXCEPTIONAL = words([
  'poikkeustilante*', 'poikkeustapauks*', 'poikkeuksellisesti', 'erityistapauks*', 'erikoistapauks*', 'erityistilante*', 'erikoistilante*', 'erityisestä syystä', 'erityisistä syistä',
  'exceptional case*', 'exceptional circumstance*', 'exceptionally', 'in special cases', 'special circumstance*',
  'undantagsfall', 'i undantagsfall', 'undantagsvis', 'särskilda fall', 'särskilda skäl',
]);
const LONGER = words(['pidempään', 'pidemmän', 'pidempi*', 'longer', 'längre']);

/** A least time or "a reasonable time", neither of which is a longest: "vähintään vuoden", "at least", "en rimlig tid". */
const NO_END = words([
  'vähintään', 'ainakin', 'kohtuullise* aja*', 'at least', 'no less than', 'a reasonable time', 'a reasonable period',
  'minst', 'åtminstone', 'rimlig tid', 'en rimlig tid', 'rimlig period',
]);

/** A length not given: "tietyn ajan kuluttua", "for a limited time", "efter en period", "under en begränsad tid". */
const UNSTATED_LENGTH = words([
  'tietyn ajan', 'jonkin ajan', 'rajoitetun ajan', 'määräajan', 'määrätyn ajan',
  'a certain period', 'a certain time', 'a limited time', 'a limited period', 'after a period', 'after some time', 'for some time',
  'en viss tid', 'viss tid', 'en begränsad tid', 'begränsad tid', 'efter en period', 'efter en tid', 'en tid',
]);

/**
 * Kept on after the event with no end: "asiakkuuden ajan ja sen jälkeen", "and thereafter", "förvaras
 * ändå även därefter". Not where a deletion follows ("ja sen jälkeen ne poistetaan").
 */
const THEREAFTER =
  /(?<!\p{L})(?:ja (?:myös |vielä )?sen jälkeen|and (?:also )?(?:thereafter|after that|afterwards)|(?:och|även|också|ändå även) därefter)(?![^.]{0,40}?(?:poist|hävit|tuho|anonymi|delet|eras|destroy|remov|rader|gallr|förstör))(?!\p{L})/iu;

/** A figure of time: a number or a number word ("kaksi vuotta", "two years", "tre år"). */
const FIGURE = /\d|(?<!\p{L})(?:yksi|yhden|kaksi|kahden|kolme|kolmen|neljä|neljän|viisi|viiden|kuusi|kuuden|kymmenen|one|two|three|four|five|six|ten|twelve|ett|två|tre|fyra|fem|sex|tio|tolv)(?!\p{L})/iu;

/** Of a period's figure and unit in brackets right after: "lainsäädännön vaatiman ajan (kirjanpitoaineisto 6 vuotta)". */
const PERIOD_IN_BRACKETS = /^[^.!?()]{0,30}\([^()]{0,40}?(?:\d+|yksi|kaksi|kolme|neljä|viisi|kuusi|kymmenen|one|two|three|five|six|seven|ten|ett|två|tre|fem|sex|sju|tio)\s+(?:vuo\p{L}*|kuukau\p{L}*|years?|months?|år|månad\p{L}*)/iu;

/**
 * Rules referred to but not named, each as written: not one whose period follows in brackets ("sekä
 * lainsäädännön vaatiman ajan sen jälkeen (kirjanpitoaineisto 6 vuotta)"), which says how long.
 */
export function unnamedRules(text: string): string[] {
  if (STATUTE.test(text)) return [];
  const found: string[] = [];
  for (const m of text.matchAll(new RegExp(UNNAMED_RULES.source, 'giu'))) if (!PERIOD_IN_BRACKETS.test(text.slice(m.index + m[0].length))) found.push(m[0]);
  return found;
}

/** A request of the data subject: "pyynnön", "request", "begäran". */
const REQUEST = /(?<!\p{L})(?:pyyn\p{L}*|pyyntö\p{L}*|requests?|begäran|begäran\p{L}*)(?!\p{L})/iu;

/** A stated upper limit: "kuitenkin enintään", "at most", "som längst". */
const MAXIMUM = words(['enintään', 'korkeintaan', 'viimeistään', 'at most', 'at the latest', 'no longer than', 'maximum', 'högst', 'som längst', 'senast']);

/** An exception past the limit: "enintään 12 kuukautta, ellei pidempi säilytys ole tarpeen", "ellei lainsäädäntö velvoita säilyttämään tietoja pidempään", "unless longer retention is needed". */
const UNLESS_LONGER = /(?<!\p{L})(?:ellei|jollei|paitsi jos|unless|om inte|såvida inte)\s[^.!?]{0,60}?(?:pidemp\p{L}*|longer|längre)[^.!?]*/iu;

/** A limit stated with its figure: "kuitenkin enintään 24 kuukautta", "at most two years", "högst 12 månader". */
export function statesMaximum(text: string): boolean {
  return MAXIMUM_FIGURE.test(text);
}
const MAXIMUM_FIGURE =
  /(?<!\p{L})(?:enintään|korkeintaan|maksimissaan|viimeistään|at most|no longer than|not longer than|no more than|not more than|(?:a )?maximum of|up to|at the latest|högst|som längst|maximalt|senast)\s+(?:\p{L}+\s+)?(?:\d+|yksi|kaksi|kolme|neljä|viisi|kuusi|one|two|three|four|five|six|ett|en|två|tre|fyra|fem|sex)(?!\p{L})/iu;

/**
 * Some of the data excepted from the period given, with none of their own: "2 years, except those related
 * to claims or incidents", "paitsi reklamaatioihin liittyvät viestit", "förutom meddelanden om reklamationer".
 * Not an exception kept for a figure or a law of its own, nor one deleted sooner or on request.
 */
const EXCEPT_SOME = /(?<!\p{L})(?:except(?:ing)?(?: for)?|excluding|apart from|paitsi(?! jos)|lukuun ottamatta|utom|förutom|med undantag (?:av|för))\s[^.!?;]*/iu;
const SOONER = /poist|hävit|delet|eras|destroy|rader|gallr|sooner|earlier|aiemmin|aikaisemmin|tidigare|pyyn|request|begär/iu;

/** Abbreviations that end in a dot inside a sentence: "(esim. kirjanpito 6 vuotta)", "e.g.", "t.ex.". */
const ABBREVIATION = /(?<!\p{L})(esim|mm|ns|e\.g|i\.e|t\.ex|bl\.a)\./giu;

/** The words that show a retention text gives no maximum, or none. */
export function noMaximum(whole: string, hasPeriod: boolean): string[] {
  const found: string[] = [];
  const text = whole.replace(ABBREVIATION, '$1');
  const unless = UNLESS_LONGER.exec(text)?.[0];
  if (unless && !findWords(unless, MAXIMUM).length && !STATUTE.test(unless) && !FIGURE.test(unless)) found.push(unless.split(/\s+/u).slice(0, 5).join(' '));
  const except = hasPeriod ? EXCEPT_SOME.exec(text)?.[0] : undefined;
  if (except && !FIGURE.test(except) && !STATUTE.test(except) && !SOONER.test(except)) found.push(except.split(/\s+/u).slice(0, 5).join(' '));
  const limited = findWords(text, MAXIMUM).length > 0;
  if (!hasPeriod && !limited) found.push(...NO_MAXIMUM.map((re) => re.exec(text)?.[0]).filter((m): m is string => m !== undefined));
  if (!hasPeriod && !limited && !FIGURE.test(text)) found.push(...findWords(text, UNSTATED_LENGTH));
  const after = !hasPeriod && !limited && !FIGURE.test(text) && !STATUTE.test(text) ? THEREAFTER.exec(text) : null;
  if (after) found.push(after[0]);
  found.push(...findWords(text, AVERAGE));
  // "Poisto tehdään kohtuullisessa ajassa pyynnön vastaanottamisesta" is how soon a request is acted on, not how long data are kept.
  if (!limited && !REQUEST.test(text)) found.push(...findWords(text, NO_END));
  const exceptional = findWords(text, EXCEPTIONAL);
  if (exceptional.length && findWords(text, LONGER).length && !limited && !STATUTE.test(text)) found.push(...exceptional);
  const forBusiness = LONGER_FOR_BUSINESS.exec(text);
  // "not needed any longer for our business purposes", "ej längre behövs", "ei tarvita pidempään": sooner, not longer.
  const sooner = forBusiness !== null && NOT_NEEDED.test(text.slice(Math.max(0, forBusiness.index - 30), forBusiness.index));
  if (forBusiness && !sooner && !limited) found.push(forBusiness[0].split(/\s+/u).slice(0, 5).join(' '));
  return found;
}

/** A need denied just before "longer": "not needed any longer", "inte längre", "ei tarvita pidempään". */
const NOT_NEEDED = /(?<!\p{L})(?:no|not|any|inte|ej|ei|enää)(?:\s+\p{L}+){0,3}\s*$/iu;

/** Kept longer whenever the business wants: "may retain data for longer periods … if it is in Holvi's legitimate business interest", "pidempään, jos se on liiketoiminnallisesti tarpeen". */
const LONGER_FOR_BUSINESS =
  /(?<!\p{L})(?:longer|pidempään|pidemmän ajan|längre)(?!\p{L})[^.!?]{0,100}?(?:business (?:interests?|purposes?|needs?|reasons?)|liiketoiminnallis\p{L}*|liiketoiminnan (?:tarpe\p{L}*|kannalta)|affärsmässig\p{L}*|verksamhetens behov)/iu;

/** Words of time other than deleting: units, ends, "until", "after", "how long". */
const TIME_UNITS = String.raw`vuo[dts]\p{L}*|kuukau\p{L}*|viiko\p{L}*|päiv\p{L}*|vrk|tunn\p{L}*|kunnes|asti|saakka|jälkeen|kuluttua|päätty\p{L}*|kauan|ajan|aika\p{L}*|toistaiseksi|pysyvästi|år|året|åren|månad\p{L}*|veck\p{L}*|dag\p{L}*|timm\p{L}*|tills|efter|länge|years?|months?|weeks?|days?|hours?|until|after|long|longer|period\p{L}*|indefinitely|permanently|kauemmin|pidempään|längre`;
/** Words of deleting or anonymising data, which end the time they are kept. */
const DELETION_WORDS = String.raw`poist\p{L}*|hävit\p{L}*|anonymi\p{L}*|rader\p{L}*|gallr\p{L}*|delet\p{L}*|eras\p{L}*|anonymi[sz]\p{L}*`;

/** Words of time, an end or a deletion: a retention text without any says nothing of how long. */
export const TIME_WORDS = new RegExp(String.raw`\d|(?<!\p{L})(?:${TIME_UNITS}|${DELETION_WORDS})(?!\p{L})`, 'iu');

/** Words of keeping or deleting data: a word of time means how long only beside one ("näkyvät vastausten jälkeen" does not). */
export const KEEP_WORDS =
  /(?<!\p{L})(?:säily\p{L}*|säilö\p{L}*|poist\p{L}*|hävit\p{L}*|tallenn\p{L}*|käsitel\p{L}*|käsittely\p{L}*|behandl\p{L}*|processed|processing|arkistoi\p{L}*|anonymi\p{L}*|sparas|spara|lagr\p{L}*|rader\p{L}*|gallr\p{L}*|förstör\p{L}*|bevara\p{L}*|behåll\p{L}*|arkiver\p{L}*|kept|keep\p{L}*|stored|storing|store|storage|retain\p{L}*|retention|delet\p{L}*|eras\p{L}*|destroy\p{L}*|archiv\p{L}*)/iu;

/** Deleting data when the person asks: "pyynnöstä", "on request", "på begäran", "when you ask". */
const ON_REQUEST = /(?<!\p{L})(?:pyynnöstä\p{L}*|pyynnön perusteella|pyydettäessä|on request|upon request|at (?:your|the data subject['’]s) request|when you (?:ask|request)|på (?:din |er )?begäran|när du begär)(?!\p{L})/iu;

/** Words of time that are no deletion: a sentence that deletes data only on request has none of them. */
const TIME_NOT_DELETION = new RegExp(String.raw`\d|(?<!\p{L})(?:${TIME_UNITS})(?!\p{L})`, 'iu');

/**
 * A text that says how long data are kept: a word of time beside a word of keeping or deleting them, once the
 * sentences that only delete them on request are left out ("Pelaajan tiedot poistetaan pyynnöstä", "Data are
 * deleted on request": when the person asks is no time the controller keeps them for).
 */
export function speaksOfTime(text: string): boolean {
  const rest = text
    .split(/(?<=[.!?])\s+/u)
    .filter((s) => !(ON_REQUEST.test(s) && !TIME_NOT_DELETION.test(s.replace(ON_REQUEST, ' '))))
    .join(' ');
  return TIME_WORDS.test(rest) && KEEP_WORDS.test(rest);
}
