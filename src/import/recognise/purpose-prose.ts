/**
 * Purposes written as sentences rather than listed: "Tietoja käsitellään jäsenrekisterin
 * ylläpitämiseksi", "Vi behandlar uppgifterna för att kunna svara", "i syfte att förhindra missbruk",
 * "We use the data to resolve technical issues", "Personal data is processed for managing membership".
 */
import { mechanismsIn } from '../../check/transfer-words.js';

/** Words that say what the data are used for, on their own. */
const USED_FOR = [
  // Finnish: "jotta", "tarkoitukseen", "käytetään", "… varten", "Käsittelyn tarkoitus on …".
  /(?<![\p{L}])(?:jotta|tarkoitukse(?:en|ssa)|käytetään|käytämme|hyödynnetään|hyödynnämme|varten)(?![\p{L}])/iu,
  /(?:tarkoitus|tarkoituksena)\s+(?:on|ovat)(?![\p{L}])/iu,
  // A lead-in to the purposes listed after it: "vain seuraaviin tarkoituksiin:", "for the following specific purposes:", "för följande ändamål:".
  /(?<![\p{L}])seuraaviin\s+(?:\p{L}+\s+)?(?:käyttö)?tarkoituksiin(?![\p{L}])|\bfor the following (?:\p{L}+ )?purposes\b|(?<![\p{L}])för följande (?:\p{L}+ )?(?:ändamål|syften)(?![\p{L}])/iu,
  // "Jäsenrekisteri palvelee yhdistyksen sisäistä viestintää", "Registret tjänar …", "The register serves …".
  /(?:rekisteri|luettelo)\p{L}{0,4} palvele(?:e|vat)(?![\p{L}])|(?:registret|förteckningen) tjänar(?![\p{L}])|\b(?:register|list) serves\b/iu,
  // Swedish: "för att", "i syfte att", "används för", "Syftet med … är", "Ändamålet … är".
  /(?<![\p{L}])(?:för att|i syfte att|används (?:för|till)|använder vi (?:\p{L}+ ){0,3}(?:för|till))(?![\p{L}])/iu,
  /(?<![\p{L}])(?:syfte|ändamål)\p{L}*\s+(?:[\p{L}-]+\s+){0,6}är(?![\p{L}])(?!\s+(?:följande|listade|angivna|beskrivna|uppräknade)(?!\p{L}))/iu,
  // English: "used to …", "in order to", "for the purpose of", "The purpose of … is".
  /\b(?:used (?:to|for) (?=\p{L})|in order to|for the purposes? of|so that we can|we use (?:it|them|this|your [\p{L}-]+(?: [\p{L}-]+)?) (?:to|for) (?=\p{L}))\b/iu,
  // Not a lead-in to where they are set out: "The purposes of processing and the legal bases are listed in the table below".
  /\bpurposes?\s+(?:[\p{L}-]+\s+){0,6}(?:is|are)\b(?!\s+(?:(?:as\s+)?follows|listed|described|set out|shown|given|explained|found|the following|below)\b)/iu,
  // The aim said first, what is done for it after the comma: "To ensure safety in the event of an evacuation, we register visitors".
  /^\s*To (?:ensure|provide|improve|protect|comply|answer|respond|send|manage|keep|prevent|handle|offer|deliver|support|measure|analy[sz]e|understand|fulfil+|meet|maintain|secure|verify|detect|develop)\b[^,.]{3,150},\s+(?!(?:please|open|click|go|see|visit|contact|you)\b)/u,
];

/**
 * A verb of processing with a purpose after it: "käsitellään … hoitamiseksi", "käsittelemme … vastataksemme",
 * "behandlas för …",
 * "We process the data to …", "is processed for managing …". A period ("for two years") is no purpose.
 */
const PROCESSED_FOR = [
  /(?<![\p{L}])(?:käsitellään|käsittelemme|kerätään|keräämme|tallennetaan|tallennamme|säilytetään)(?![\p{L}])[^.]{0,300}?(?<![\p{L}])\p{L}{2,}(?:miseksi|miseen|ukseen|ykseen|aksemme|äksemme)(?![\p{L}])/iu,
  // A tool used for an end: "Sovellus käyttää Firebase Analyticsia sovelluksen kehittämiseksi".
  /(?<![\p{L}])(?:käyttää|käytämme|hyödyntää|hyödynnämme)(?![\p{L}])[^.]{0,200}?(?<![\p{L}])\p{L}{2,}miseksi(?![\p{L}])/iu,
  /(?<![\p{L}])\p{L}{2,}(?:miseksi|miseen)(?![\p{L}])[^.]{0,300}?(?<![\p{L}])(?:käsitellään|käsittelemme|kerätään|keräämme|tallennetaan|tallennamme)(?![\p{L}])/iu,
  // "… kan även komma att använda lagrade personuppgifter för statistik, marknadsundersökningar …": a use after "kan", for an end named by a noun.
  /(?<![\p{L}])(?:behandla[rs]?|samla[rs]? in|använd(?:er|s|a)(?! (?:din|sin|er|era|dina|sina) rätt)|sparar|lagrar) (?:vi )?(?:\p{L}+ ){0,3}?(?:för|till) (?!\d|\p{L}+ (?:år|månader|dagar|veckor)\b)(?=\p{L}+(?:ing|ande|ende|het|else|tion|tik|ys)(?![\p{L}]))/iu,
  /\b(?:we (?:use|process|collect|store|keep)|(?:is|are) (?:used|processed|collected))(?: [\p{L}-]+){0,3}? (?:to (?=\p{L})|for (?=\p{L}+ing\b))/iu,
  // What is used listed before the aim: "we use your name, email address and message to answer you"; the aim a verb, not a party ("to third parties").
  /\bwe (?:use|process)\s+(?:your|the|these|this)\s+[^.;:!?]{3,100}?,[^.;:!?]{1,100}?\s(?<!(?:according|due|up|prior|subject|next|relating|related|similar|access|addition|compared|sent|transferred|disclosed|given) )to (?!(?:the|a|an|our|your|their|us|you|them|third|other|any|its|his|her)\b)(?=\p{Ll})/iu,
  // "… so that you can log in and see your orders", "so that we can reply".
  /\bso that (?:you|we) (?:can|could|are able to)\b/iu,
];

/**
 * Processing said with its basis and then what it is for: "Visitor IP addresses are processed on the basis of
 * legitimate interest, among other things, to ensure data security". A purpose with that basis.
 */
export const BASIS_THEN_AIM =
  /\b(?:is|are) (?:used|processed|collected|stored)(?: [\p{L}-]+){0,2}? (?:on the basis of|based on) (?:[\p{L}-]+ ){0,3}?(?:consent|interests?|contract|obligations?|task)\b,?(?: (?:among other things|inter alia|for example|e\.g\.|mainly),?)? (?:to (?!(?:the |this |your )?(?:processing|which|whom|that)\b)(?=\p{L})|for (?=\p{L}+ing\b))/iu;

/** A denial: "we do not use your data for …" states no purpose. */
/** Nothing used, said by the object: "Webbplatsen använder inga egna kakor för analys", "Vi behandlar inga uppgifter för …". */
const NOTHING_USED = /(?<![\p{L}])(?:använd(?:er|s)|behandla[rs]|samla[rs] in|sparar|lagrar)\s+(?:vi\s+)?(?:inga|inget|ingen)(?![\p{L}])/iu;
const NEGATION = /(?<![\p{L}])(?:ei|emme|eikä|inte|aldrig|ej|not|never|no)(?![\p{L}])/iu;

/** A sentence about the notice itself ("The purpose of this statement is to inform you …"), or about who answers for the processing. */
const ABOUT_NOTICE =
  /ansvar\p{L}* för att|vastaa\p{L}* siitä, että|responsib\p{L}* for ensuring|\bthis (?:privacy )?(?:statement|notice|policy|document)\b|tämän (?:\p{L}+ )?(?:selosteen|ilmoituksen|asiakirjan)|(?:denna|detta) (?:\p{L}+)?(?:policy|meddelande|dokument)/iu;

/** The sentence says what data are processed for; not what safeguard a transfer uses ("Tällöin käytetään vakiosopimuslausekkeita"). */
/**
 * A denial that names what the data are used for by its exception: "Emme käytä tietoja muihin
 * tarkoituksiin kuin tilausten toimittamiseen", "Uppgifterna används inte för andra ändamål än …",
 * "We do not use the data for any purpose other than …". The purpose is said.
 */
const OTHER_THAN = /(?<![\p{L}])muihin (?:\p{L}+ )?(?:tarkoituksiin|käyttötarkoituksiin) kuin(?![\p{L}])|(?<![\p{L}])(?:andra|annat) (?:ändamål|syften?|syfte) än(?![\p{L}])|\b(?:any |an )?(?:other )?purposes? other than\b/iu;

/** Where a sentence's clauses part: ", och sparar dem inte …", ", and we do not …", " – eller …". */
const CLAUSE = /,\s+(?=(?:ja|sekä|mutta|eikä|och|men|samt|and|but|nor|so that|jotta|för att|in order to)\s)|\s+[–—]\s+/iu;

/** A purpose pointed back to: "tähän tarkoitukseen", "näihin tarkoituksiin", "för detta ändamål", "for these purposes". */
const POINTER =
  /(?<![\p{L}])(?:tähän|näihin|tuohon|siihen|samaan|tässä|näissä)\s+(?:\p{L}+\s+)?tarkoitu\p{L}*|(?<![\p{L}])(?:detta|dessa|samma)\s+ändamål\p{L}*|\b(?:this|these|that|those|the same)\s+purposes?\b/iu;

export function isPurposeSentence(sentence: string): boolean {
  if (OTHER_THAN.test(sentence) && !mechanismsIn(sentence).length) return true;
  // "Käsittely rajoittuu tähän tarkoitukseen": a purpose said before, pointed back to, is no purpose of its own.
  if (POINTER.test(sentence)) return isPurposeSentence(sentence.replace(new RegExp(POINTER.source, 'giu'), ' '));
  if (ABOUT_NOTICE.test(sentence) || mechanismsIn(sentence).length) return false;
  // A denial in a clause of its own ("…, och sparar dem inte längre än …") leaves the purpose before it said.
  return sentence.split(CLAUSE).some((clause) => !NEGATION.test(clause) && !NOTHING_USED.test(clause) && (USED_FOR.some((re) => re.test(clause)) || PROCESSED_FOR.some((re) => re.test(clause)) || BASIS_THEN_AIM.test(clause)));
}

/**
 * A sentence that opens on the case it covers: "Jos tilaat uutiskirjeen, …", "Om du lämnar …",
 * "When you contact us, …". Its basis holds for that case: the sentence is a purpose with its basis.
 */
export const CONDITIONAL = /^(?:jos|mikäli|kun|om|ifall|när|if|when|where|in case)(?![\p{L}])/iu;
