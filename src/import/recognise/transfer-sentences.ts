/**
 * What one sentence of a notice says of transfers outside the EU/EEA, in Finnish, Swedish and English:
 * that data go there, that they do not, that they stay in the EU/EEA, or that only transfers without
 * safeguards are ruled out, which leaves the others open. The recognisers of a section on transfers
 * and of transfers said under any heading read sentences with these.
 */
import { AS_A_RULE } from './exceptions.js';

/** The area left or a third country: "EU:n ulkopuolelle", "utanför EES", "outside the EEA", "third countries". */
const OUTSIDE = String.raw`(?<![\p{L}])(?:EU|ETA|Euroopan (?:unionin|talousalueen))\p{L}*:?\p{L}*[^.]{0,40}ulkopuol|utanför (?:EU|EES|ESS|Europeiska)|outside (?:the )?(?:eu|eea|european)|third countr|tredje ?land|tredje ?länder|kolmansi(?:in|ssa) mai(?:hin|ssa)|kolman(?:teen|nessa) maa(?:han|ssa)`;

/** A sentence about transfers outside the EU/EEA: the area left, third countries, a safeguard named. */
export const TRANSFER_CUE = new RegExp(String.raw`${OUTSIDE}|privacy shield|vakiosopimuslausek|standardavtalsklausul|standard contractual`, 'iu');

/**
 * Words of data leaving or being transferred, not only a safeguard's name: "EU:n ulkopuolelle", "outside the EEA",
 * "third countries", "siirretään", "transferred", "överförs". Data said to stay in the EU beside only the name of a
 * safeguard ("EU:ssa sijaitsevalle palvelimelle (Supabase, Frankfurt — EU Standard Contractual Clauses)") are not said to leave.
 */
export const LEAVES = new RegExp(String.raw`${OUTSIDE}|(?<![\p{L}])(?:siirr\p{L}*|siirto\p{L}*|överför\p{L}*)|\btransfer\p{L}*`, 'iu');

/** Data kept in the EU/EEA only first or mainly: "Käsittelemme tietoja ensisijaisesti EU:n alueella", "primarily within the EEA", "i första hand inom EU". */
export const PRIMARILY = /(?<![\p{L}])(?:ensisijaisesti|pääasiassa|pääosin|primarily|mainly|principally|i första hand|främst|huvudsakligen|i huvudsak)(?![\p{L}])/iu;
/** Data kept in the EU/EEA only where it can be: "within the EEA where possible", "mahdollisuuksien mukaan EU:n alueella", "om möjligt inom EU/EES". */
export const WHERE_POSSIBLE = /(?<![\p{L}])(?:mahdollisuuksien mukaan|mikäli mahdollista|aina kun mahdollista|where(?:ver)? possible|whenever possible|if possible|as far as possible|om möjligt|när det är möjligt|i möjligaste mån|så långt det är möjligt)(?![\p{L}])/iu;

/** A denial that the data leave the EU/EEA: "ei siirretä EU:n ulkopuolelle", "överförs inte utanför", "not transferred outside". */
export const NOT_TRANSFERRED =
  /(?<![\p{L}])(?:ei|eikä|en|emmekä|eivätkä)\s+(?:\p{L}+\s+){0,4}(?:siirretä|siirrä|luovuteta|luovuta)\s[^.]*(?:(?<![\p{L}])(?:EU|ETA|Euroopan)[^.]{0,40}ulkopuol|kolmansiin maihin|kolmanteen maahan)|(?<![\p{L}])(?:ei|eikä|en)\s+(?:\p{L}+\s+){0,2}(?:käsitellä|käsittele|tallenneta|tallenna|säilytetä|säilytä|viedä|vie)\s[^.,;]{0,60}(?:(?<![\p{L}])(?:EU|ETA|Euroopan)[^.]{0,40}ulkopuol|kolmansiin maihin|kolmanteen maahan)|(?<![\p{L}])emme\s+(?:\p{L}+\s+){0,3}siirrä\s[^.]*(?<![\p{L}])(?:EU|ETA|Euroopan|Suomen)[^.]{0,40}ulkopuol|(?:överförs|överför|lämnas|delas)\s+(?:inte|aldrig|ej)\s[^.]*(?:utanför\s+(?:[\p{L}:/-]+\s+){0,2}?(?:EU|EES|ESS|Europ|Nord|Sverige|Finland|unionen)|tredje land)|(?:inga|inte några)\s+(?:person)?uppgifter\s+(?:\p{L}+\s+){0,4}?(?:överförs|lämnas ut)\s[^.]*utanför\s+(?:[\p{L}:/-]+\s+){0,2}?(?:EU|EES|ESS|Europ|Nord|Sverige|Finland|unionen)|(?:överför|lämnar ut|skickar)\s+(?:inga|inte några|aldrig några)\s[^.]*(?:utanför\s+(?:[\p{L}:/-]+\s+){0,2}?(?:EU|EES|ESS|Europ|Nord|Sverige|Finland|unionen)|tredje land)|\bnot\s+(?:be\s+)?transferred\s+outside|\b(?:do|does|will) not transfer[^.]*outside|\bnor\s+(?:\p{L}+\s+){0,2}?transfer\p{L}*[^.]*outside|\btransfers?\s+no\s+(?:personal\s+)?(?:data|information)\b[^.]*outside|\bno (?:personal )?(?:data|information) (?:is|are|will be) (?:\p{L}+\s+){0,4}?(?:transferred|disclosed)\s[^.]*outside|(?<![\p{L}])(?:siirretäänkö|luovutetaanko)\s[^?]*?(?:EU|ETA|Euroopan|kolmanteen maahan|kolmansiin maihin)[^?]*?[?:]\s*ei(?![\p{L}])|(?<![\p{L}])(?:överförs|lämnas)\s[^?]*?(?:utanför\s+(?:[\p{L}:/-]+\s+){0,2}?(?:EU|EES|ESS|Europ|Nord|Sverige|Finland|unionen)|tredje land)[^?]*?[?:]\s*nej(?![\p{L}])|\b(?:are|is|will)\s[^?]*?transferred\s[^?]*?outside[^?]*?[?:]\s*no\b|(?<![\p{L}])lämnar\s+(?:aldrig|inte)\s+(?:EU|EES|Europa)|\b(?:never|do not|does not|don't|doesn't)\s+leave\s+(?:the\s+)?(?:EU|EEA|Europe)|(?<![\p{L}])(?:eivät|ei)\s+(?:koskaan\s+)?poistu\s+(?:EU|ETA|Euroopa)/iu;

/** A transfer denied in so many words, wherever to: "ei siirretä", "överförs inte", "we never transfer". */
export const DENIED =
  /(?<![\p{L}])(?:ei|emme|eikä|emmekä|eivätkä|never|not|no|nor)\s+(?:\p{L}+\s+){0,3}?(?:siirr\p{L}*|luovut\p{L}*|transfer\p{L}*|sen[dt](?![\p{L}])|shar\p{L}*|disclos\p{L}*)|(?:överför\p{L}*|lämnas|delas)\s+(?:\p{L}+\s+){0,2}?(?:inte|aldrig|ej)(?![\p{L}])/iu;

/** The EEA countries where data centres commonly stand, in Finnish, Swedish and English: a server there keeps the data in the EEA. */
const EEA_FI = 'Suomessa|Ruotsissa|Irlannissa|Saksassa|Alankomaissa|Tanskassa|Norjassa|Ranskassa|Belgiassa|Virossa|Puolassa|Espanjassa|Italiassa|Itävallassa';
const EEA_SV = 'Finland|Sverige|Irland|Tyskland|Nederländerna|Danmark|Norge|Frankrike|Belgien|Estland|Polen|Spanien|Italien|Österrike';
const EEA_EN = 'Finland|Sweden|Ireland|Germany|the Netherlands|Denmark|Norway|France|Belgium|Estonia|Poland|Spain|Italy|Austria';

/** The EU/EEA as a place in Finnish: "EU:ssa", "ETA-alueella", "EU ja ETA-maiden alueella", "EU/ETA-alueen sisällä", or a country in it. */
const IN_AREA_FI = new RegExp(
  String.raw`(?:EU|ETA)(?:[-:/]\p{L}*)*(?:\s+(?:ja|tai)\s+(?:EU|ETA)(?:[-:/]\p{L}*)*)?(?:\s+(?:alueella|alueen sisällä|sisällä)|(?<=ssa|ssä|lla|llä))(?![\p{L}])|Euroopan (?:unionin|talousalueen) (?:alueella|sisällä)|(?:${EEA_FI})(?![\p{L}])`,
  'u',
);

/** A place in the EU/EEA named in running text, whatever is there: "in Ireland", "i Sverige", "EU-alueella", "Suomessa". */
export const IN_EEA_PLACE = new RegExp(
  String.raw`(?<![\p{L}])(?:in|within|inom|i)\s+(?:the\s+)?(?:EU|EEA|EES|European Union|European Economic Area|${EEA_EN}|${EEA_SV})(?![\p{L}])|${IN_AREA_FI.source}`,
  'iu',
);

/** Data said to stay where they are: in the EU/EEA, or in Finland or Sweden. */
export const STAYS = new RegExp(
  [
    String.raw`\b(?:stored|kept|located|hosted|processed|held|takes place|remain|remains|stay|stays)\s+(?:only\s+|exclusively\s+|solely\s+)?(?:in|within)\s+(?:the\s+)?(?:EU|EEA|European Union|European Economic Area|${EEA_EN})\b`,
    // Processing said to take place there: "all of which activities will take place within the European Union" (the EU, not a country an event is held in).
    String.raw`\b(?:take|takes|taking) place\s+(?:only\s+|exclusively\s+|solely\s+)?(?:in|within)\s+(?:the\s+)?(?:EU|EEA|European Union|European Economic Area)\b`,
    String.raw`(?<![\p{L}])(?:tallenne|säilyte|sijaits|käsitel|käsittel)\p{L}*\s+(?:\p{L}+\s+){0,2}(?:${IN_AREA_FI.source})`,
    String.raw`(?<![\p{L}])(?:lagras|sparas|finns|behandlas|förvaras|sker)\s+(?:\p{L}+\s+){0,2}(?:inom EU|i EU|inom EES|i EES|i (?:${EEA_SV})(?![\p{L}]))`,
    // The controller as the one who keeps them there: "Vi behandlar alltid dina personuppgifter inom EU/EES".
    String.raw`(?<![\p{L}])vi\s+(?:behandlar|lagrar|sparar|förvarar)\s+(?:\p{L}+\s+){0,3}(?:inom EU|i EU|inom EES|i EES)`,
  ].join('|'),
  'iu',
);

/** Words that say data go somewhere: a country named with them is a destination. */
export const TRANSFERRED =
  /siir[rt]\p{L}*|luovut\p{L}*|tallenne\p{L}*|tallent\p{L}*|säilyte\p{L}*|säilytä\p{L}*|palvelim\p{L}*|överför\p{L}*|flytta\p{L}*|lagra\p{L}*|server\p{L}*|transfer\p{L}*|sent to|stored|hosted|\bmov(?:e|ed|es|ing)\b/iu;

/** Without safeguards: "ilman asianmukaisia suojatoimia", "utan lämpliga skyddsåtgärder", "without appropriate safeguards". */
const WITHOUT_SAFEGUARDS =
  /(?<![\p{L}])(?:ilman|vailla|utan|without)\s+(?:\p{L}+\s+){0,4}?(?:\p{L}*suoja\p{L}*|takee\p{L}*|takui\p{L}*|\p{L}*skydd\p{L}*|garanti\p{L}*|safeguard\p{L}*|protection|guarantee\p{L}*)/iu;

/**
 * Countries named by what they lack: "maihin, joiden tietosuojalainsäädäntöä EU:n komissio ei ole
 * hyväksynyt", "länder som saknar adekvat skyddsnivå", "countries that do not ensure an adequate level of protection".
 */
const UNSAFE_COUNTRIES =
  /(?<![\p{L}])(?:mai(?:hin|ssa|sta|den|ta|lle)|maahan|maassa|maata|länder|land|countr(?:y|ies))(?![\p{L}])[^.]{0,40}?(?<![\p{L}])(?:jo(?:i\p{L}*|nka|ssa|lla|ta)|som|där|vars|that|which|where|whose|without|utan|vailla)\s[^.]{0,80}?(?:tietosuoj\p{L}*|riittäv\p{L}*|komissi\p{L}*|adekvat\p{L}*|skyddsnivå\p{L}*|kommission\p{L}*|adequa\p{L}*|commission|level of (?:data )?protection)/iu;

/**
 * A denial of transfers without safeguards, or to countries that lack adequate protection: "Vi
 * överför inte personuppgifter utanför EU/EES utan lämpliga skyddsåtgärder". Transfers with
 * safeguards, or to countries with an adequacy decision, are left open.
 */
export function deniesOnlyUnsafe(sentence: string): boolean {
  if (!DENIED.test(sentence) && !NOT_TRANSFERRED.test(sentence)) return false;
  return (TRANSFER_CUE.test(sentence) && WITHOUT_SAFEGUARDS.test(sentence)) || UNSAFE_COUNTRIES.test(sentence);
}

/** "However": a sentence that makes an exception to the one before it. */
const HOWEVER = /(?<![\p{L}])(?:kuitenkin|however|dock)(?![\p{L}])/iu;

/**
 * Denials that hold only as a rule ("Tietoja ei säännönmukaisesti siirretä … ulkopuolelle"), with a sentence that makes
 * the exception ("Tietoja voidaan kuitenkin siirtää EU:n ulkopuolelle lain sallimin tavoin"): no denial of transfers.
 */
export function exceptedAsARule(denials: readonly string[], sentences: readonly string[]): boolean {
  return denials.length > 0 && denials.every((s) => AS_A_RULE.test(s)) && sentences.some((s) => TRANSFER_CUE.test(s) && HOWEVER.test(s) && !DENIED.test(s));
}
