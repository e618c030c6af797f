/**
 * How a notice names the rights of the data subject, in Finnish, Swedish and English: one pattern a
 * right, read on one sentence at a time. The patterns are wide on purpose: a right taken as stated
 * when it is not is a gap missed, a right taken as missing when it is stated is a false finding,
 * and the second costs the reader more.
 */
import type { RightId } from '../types.js';

export type StatedRight = RightId | 'object_direct_marketing';

/**
 * Access said as what the person can ask: which data are held ("pyytää tietoa siitä, mitä
 * henkilötietoja me käsittelemme", "få veta vilka personuppgifter vi behandlar", "ask what personal
 * information we hold"), or what the controller does when asked ("berättar vilka uppgifter som finns
 * om dig", "kerromme, mitä tietoja sinusta on", "tell you what data we hold"), or the information on the
 * data processed ("to get information on the data processed about you").
 */
const WHAT_IS_HELD =
  /\binformation (?:on|about) (?:the |your )?(?:personal )?(?:data|information) (?:we )?(?:process(?:ed)?|hold|held|stored?|keep|kept|have|collected)\b|(?:tieto\p{L}*|tietää|selvity\p{L}*|kysyä),?\s+(?:siitä,?\s+)?(?:mitä|mitkä|millaisia)\s+(?:\p{L}+\s+)?(?:henkilö)?tie(?:to|do)|(?:veta|information om|besked om|fråga)\s+(?:vilka|vad för)\s+(?:\p{L}+\s+)?(?:person)?uppgift|(?<!\p{L})(?:ask|know|find out|learn|be told|information (?:on|about))\s+(?:us\s+)?(?:what|which)\s+(?:\p{L}+\s+)?(?:data|information)|(?<!\p{L})(?:kerro\p{L}*|kertoisimme),?\s+(?:sinulle,?\s+)?(?:mitä|mitkä)\s+(?:\p{L}+\s+)?(?:henkilö)?tie(?:to|do)|(?<!\p{L})berätta\p{L}*\s+(?:för dig\s+)?(?:vilka|vad för)\s+(?:\p{L}+\s+)?(?:person)?uppgift|(?<!\p{L})tell\s+(?:you\s+)?(?:what|which)\s+(?:\p{L}+\s+)?(?:data|information)/iu;

function either(...patterns: RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => p.source).join('|'), 'iu');
}

export const RIGHT_WORDS: Readonly<Record<StatedRight, RegExp>> = {
  access: either(
    WHAT_IS_HELD,
    /(?<!\p{L})tietojen saaminen(?!\p{L})|kaikki tietosi (?:yhtenä|yhdeksi) tiedosto\p{L}*|download (?:a copy of )?(?:all )?your (?:personal )?(?:data|information)|ladda ner (?:alla )?dina (?:person)?uppgifter|tarkast|(?<!\p{L})otte(?:en|et)(?!\p{L})|tietopyyn\p{L}* (?:\p{L}+ ){0,2}(?:omi|häntä|itseä)|tarkistaa|tarkistus|tarkistaaksesi|tarkistamis|pääsy (?:omiin )?(?:henkilö)?tietoihin|pyytää pääsyä|pyytää tieto(?:a|ja) (?:\p{L}+ ){0,2}(?:kerätyistä|käsiteltävistä|käsitellyistä|tallennetuista|tiedoista\p{L}*)|request information (?:about|on) (?:the |your )?(?:personal )?(?:data|information) (?:\p{L}+ ){0,2}(?:collected|held|processed|stored)|exported file of (?:the )?(?:personal )?data we hold|saada (?:\p{L}+ )?(?:tieto|pääsy|jäljennö|kopio)(?!\p{L}* (?:\p{L}+ )?siirre)(?!\p{L}*,? siitä,? (?:miten|kuinka)(?! ja mitä))|jäljennö|käsitelläänkö|tillgång|registerutdrag|utdrag|(?:få|begära) (?:information|veta|besked) om(?! hur(?!uvida))|\baccess\b|(?<!\p{L})inspect|granska|granskning|cop(?:y|ies) of (?:your|the|their) (?:personal )?(?:data|information)|what (?:personal )?(?:data|information) we (?:hold|have)|(?<!\p{L})mitä (?:henkilö)?tietoja (?:meillä|meille|sinusta|rekisterissä) on(?!\p{L})|(?<!\p{L})vilka (?:person)?uppgifter (?:vi har|som finns) om dig|rätt(?:en)? till åtkomst|(?<!\p{L})åtkomst\s*(?:\(art|:)|(?<!\p{L})(?:få|begära) veta vilk|(?:rätt att|du kan|du får) kontrollera (?:\p{L}+ )?(?:dina|sina|de) (?:person)?uppgifter|(?<!\p{L})(?:see|view) (?:the|your|all) (?:personal )?(?:data|information)|(?<!\p{L})nähdä (?:\p{L}+ ){0,2}(?:henkilö)?tie(?:to|do)|(?<!\p{L})näkemi(?:nen|seen|stä)(?!\p{L})|(?<!\p{L})(?:se|ta del av) (?:de|dina|alla) (?:person)?uppgifter|(?<!\p{L})(?:hämta|få) ut (?:\p{L}+ ){0,2}(?:person)?uppgifter|(?<!\p{L})(?:kräva|begära|få|beställa) (?:en )?kopia (?:p[åa]\p{M}*|av) (?:den |de |dina |alla |sina )?(?:data|uppgifter\p{L}*|personuppgifter\p{L}*)|(?<!\p{L})review (?:your |their )(?:personal )?(?:data|information)(?!\p{L})|(?<!\p{L})review (?:the |all )?(?:personal )?(?:data|information) (?:[\p{L}-]+ ){0,3}?(?:held|we hold|we have|about you)(?!\p{L})/iu,
  ),
  rectification: /oikai|korja|muuttaa (?:\p{L}+ )?tieto|(?<!\p{L})muokkaami(?:nen|seen|sta)(?!\p{L})|muokata (?:\p{L}+ )?tieto|(?<!\p{L})redigera (?:dina |era )?(?:person)?uppgifter|(?<!\p{L})edit (?:your|their) (?:personal )?(?:data|details|information)(?!\p{L})|(?<!\p{L})ändra (?:dina|era|sina) (?:person)?uppgifter|(?<!\p{L})(?:change|update)(?: or (?:remove|delete|erase))? (?:your|their) (?:personal )?(?:data|details|information)(?!\p{L})|(?<!\p{L})(?:du\s+(?:\p{L}+\s+)?|att\s+)uppdatera (?:eller (?:ta bort|radera) )?(?:dina|era|sina) (?:person)?uppgifter|päivit\p{L}* (?:tai|ja) (?:poista\p{L}*|muutta\p{L}*|korja\p{L}*) (?:\p{L}+ )?\p{L}*tieto|päivittää (?:\p{L}+ )?tieto|felaktig\p{L}* (?:\p{L}+ ){0,2}ändr|ändra\p{L}* (?:\p{L}+ ){0,2}felaktig|rättels|(?<!\p{L})rätta(?:s|de|d|t|r)?(?!\p{L})|korriger|rectif|\bcorrect|(?<!\p{L})amend/iu,
  erasure: /poist|hävittä|unohdetu|raderin|radera|bortglömd|ta bort|borttag|avlägsna|erasure|\berase|delet|forgotten|(?<!\p{L})remov(?:e|al|ing)(?!\p{L})/iu,
  // Restriction also as what the controller does when asked: "tills vidare inte använder en uppgift", "emme toistaiseksi käytä", "stop using it for now".
  restriction: /käsittely\p{L}* (?:tai|ja) rajoittaa sitä|käsittely\p{L}* (?:\p{L}+ ){0,4}?(?:rajoittama\p{L}*|rajoitetaan|rajoitettaisiin)|processing (?:or|and) (?:to )?restrict it|behandling\p{L}* (?:eller|och) begränsa den|käsittelyn rajoit|(?<!\p{L})rajoit\p{L}* (?!pääsy|access|åtkomst|tillgång|käyttöoikeu)(?:\p{L}+ ){0,3}(?:käsittel|käyttö|käyttä|käytön|tieto|tiedo|henkilötie)|(?<!\p{L})rajoittami|(?<!\p{L})rajoitus(?:ta|ten)?(?!\p{L})|rajoitusoikeu|begränsning|(?<!\p{L})begränsa\p{L}* (?!pääsy|access|åtkomst|tillgång|käyttöoikeu)(?:\p{L}+ ){0,3}(?:behandling|användning|uppgift|personuppgift)|(?<!\p{L})(?:behandling|användning)\p{L}* (?:\p{L}+ )?begränsa\p{L}*|(?<!\p{L})(?:begära|kräva|få)(?: att)? (?:behandlingen|användningen) (?:\p{L}+ ){0,4}?begränsa\p{L}*|(?:endast|bara|uteslutande) (?:lagras|sparas) (?:och|men) inte (?:används|behandlas)|(?<!\p{L})vain (?:säilytetään|säilytettäisiin) (?:eikä|mutta ei) (?:käytetä|käsitellä)|(?<!\p{L})only (?:be )?(?:stored|kept) (?:and|but) not (?:used|processed)|(?:tills vidare|tillfälligt) (?:inte |sluta )?använd|toistaiseksi (?:\p{L}+ )?(?:käytä|käyttämättä|käytetä)|(?:temporarily|for now) (?:stop|not) us\p{L}*|stop using (?:\p{L}+ ){1,5}?for now|(?<!\p{L})inskränk\p{L}*\s+(?:\p{L}+\s+){0,2}(?:behandling|användning)|restriction|(?<!\p{L})restrict\p{L}* (?!pääsy|access|åtkomst|tillgång|käyttöoikeu)(?:\p{L}+ ){0,3}(?:processing|use|usage|data|information)|(?<!\p{L})(?:processing|use)\p{L}* (?:\p{L}+ ){0,5}restricted|(?<!\p{L})limit\p{L}*\s+(?:\p{L}+\s+){0,2}(?:use|usage|processing)(?!\p{L})/iu,
  portability:
    /(?<!\p{L})saaminen ja siirto(?!\p{L})|siirrettävyy|siirto-oikeu|(?:tiedot|tietonsa|tietosi|henkilötiedot|ne) siirrety(?:iks|ks)i|saada (?:\p{L}+ ){0,5}siirrety(?:iks|ks)i|siirtää\p{L}* .*(?:järjestelmä|toiselle|toiseen)|(?:siirtää|siirtämi|välittää|välittämi)\p{L}* (?:\p{L}+ ){0,3}(?:muualle|toiselle rekisterinpitäjälle)|järjestelmästä toiseen|koneellisesti luettava|koneluettava|dataportabilitet|portabilitet|flytta|maskinläsbar|portab|transmit (?:your|the|them)|(?<!\p{L})(?:transfer|move|transmit)\p{L}* (?:[\p{L}-]+ ){1,6}?to another (?:keeper|controller|data controller|service|service provider|register)|(?<!\p{L})move (?:your|the) data|machine[- ]readable|(?<!\p{L})take (?:it|them|(?:your|the) (?:personal )?(?:data|information)) with you|(?<!\p{L})ta med (?:dig )?(?:dem|(?:dina )?(?:person)?uppgifter)|(?<!\p{L})ottaa (?:ne|(?:\p{L}+ )?tiedot) muka\p{L}+/iu,
  object: /vastust|kielto-?oikeu|kieltä|invänd|invända|motsätt|protest|förbjud|\bobject|(?<!\p{L})prohibit|(?<!\p{L})ban(?!\p{L})/iu,
  object_direct_marketing: /suoramarkkinoin|direktmarknadsföring|direkt marknadsföring|direct marketing|markkinoinnin|marknadsföring|marketing/iu,
  // Withdrawal also as taking back the permission to use the data: "poistaa palvelulta oikeuden käyttää tietojasi", "remove our permission to use your data".
  withdraw_consent:
    /peru(?:uttaa|ttaa|a|m[ai]|uttami|ttami|utus|utettav|utetaan|ttav|taan|ttu|nut|u(?!\p{L}))\p{L}*|återkall|återta|(?:dra|ta) tillbaka|withdraw|revoke|revoca|(?<!\p{L})cancel|(?<!\p{L})ändra (?:ditt |sitt |ert )?(?:medgivande|samtycke)(?! så att)|(?<!\p{L})change (?:your |their )?consent(?! so that| to (?:also )?(?:cover|include))|poista\p{L}* (?:[\p{L}-]+ ){0,3}oikeu\p{L}* käyttää|(?:ta bort|dra in) (?:[\p{L}-]+ ){0,3}(?:tillstånd\p{L}*|samtycke\p{L}*|rätt\p{L}* att använda)|remove (?:[\p{L}'’]+ ){0,3}(?:permission|right to use)/iu,
  // "Anmälan" is a complaint only beside an authority or the data ("anmälan till IMY", "göra en anmälan om personuppgifterna"), not a sign-up ("anmälan till körprov").
  complaint: /valitus|valituks|valitta(?!e)|kantelu|tietosuojavaltuut|valvontaviranomai|tietosuojaviranomai|klagomål|klaga|(?:anmäla|anmälan)(?=[^.!?]*?(?:myndighet|(?<!\p{L})imy(?!\p{L})|ombudsman|dataskydd|personuppgift|integritet))|tillsynsmyndighet|integritetsskyddsmyndighet|dataskyddsmyndighet|(?<!\p{L})imy(?!\p{L})|dataombudsman|dataskyddsombudsman|complain|supervisory authorit|data protection (?:authorit|ombudsman)|(?<!\p{L})ico(?!\p{L})|information commissioner/iu,
};

/**
 * A sentence that speaks of a right at all: outside a section about the rights, only these count; not the
 * controller's own rights ("Supercell reserves the right", "enforce our rights", "pidätämme oikeuden").
 */
export const RIGHT_CUE = /(?<!\p{L})(?<!pidättää (?:itsellään |itselleen )?|pidätämme (?:itsellämme |itsellemme )?)oikeu(?!ksiemme|temme)|(?<!förbehåller (?:sig|oss|vi oss) (?:\p{L}+ )?|(?<!\p{L})våra |(?<!\p{L})vår )rätt(?!\p{L}*slig)|(?<!access |reserve[sd]? the |reserving the |retains? the |(?<!\p{L})our |(?<!\p{L})its |protect the )right|pyyn|pyytä|vaati|halut|begär|kräv|request|ask (?:us|for)|if you (?:wish|want)|om du (?:vill|önskar)|contact us to|kontakta oss för att/iu;

/** What withdrawing must be about, in the same sentence: consent, or the permission to use the data it gave. */
export const CONSENT = /suostum|medgivande|(?<!\p{L})(?:suora)?(?:markkinointi|yhteydenotto|julkaisu|kuvaus|valokuvaus)lu(?:pa|van|vat|pien)(?:si|nne|mme)?(?!\p{L})|samtycke|consent|oikeu\p{L}* käyttää|tillstånd\p{L}* att använda|permission to use/iu;

/** Changing one's cookie settings, or declining the cookies at any time: withdrawing the consent a cookie banner asked for. */
export const COOKIE_SETTINGS = /(?:change|manage|adjust|update|muuttaa|muokata|hallita|ändra|hantera|justera)\s+(?:\p{L}+\s+)?(?:cookie settings|evästeasetuk\p{L}*|cookie-?inställning\p{L}*|kakinställning\p{L}*)|\b(?:decline|refuse|reject|opt out of) (?:\p{L}+ ){0,3}(?:cookies|tracking|analytics) (?:\p{L}+ ){0,2}at any time|(?<!\p{L})(?:kieltäytyä|hylätä) (?:\p{L}+ ){0,3}\p{L}*eväste\p{L}* (?:\p{L}+ ){0,2}milloin tahansa|(?<!\p{L})(?:avböja|neka|tacka nej till) (?:\p{L}+ ){0,3}\p{L}*(?:kakor|cookies) (?:\p{L}+ ){0,2}när som helst/iu;

/** A right said not to apply. */
export const NOT_APPLY =
  /ei (?:koske|sovelleta|ole käytettävissä|ole voimassa|päde)|eivät (?:koske|päde)|gäller inte|tillämpas inte|är inte tillämplig|does not apply|do not apply|doesn't apply|is not applicable|are not applicable|is not available|cannot be exercised|(?<!\p{L})ei (?:myöskään )?(?:ole )?oikeutta(?!\p{L})|(?<!\p{L})ei (?:myöskään )?voi (?:pyytää|vaatia)(?!\p{L})|(?<!\p{L})har (?:inte|ingen) rätt(?!\p{L})|(?<!\p{L})kan inte (?:begära|kräva)(?!\p{L})|(?<!\p{L})(?:has|have) no right(?!\p{L})|(?<!\p{L})(?:does|do) not have (?:the|a|any) right(?!\p{L})|(?<!\p{L})(?:cannot|can ?not) (?:request|ask for|demand)(?!\p{L})/iu;
