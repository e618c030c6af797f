/** How notices word consent that is not consent, and what needs consent: cookies and tracking. */
import { sentences } from './text.js';
import { findWords, words } from './words.js';

/** A sentence's words run on over the dot of a site's name ("Genom att använda raknalon.se godkänner du"), not over a full stop. */
function overSiteNames(re: RegExp): RegExp {
  return new RegExp(re.source.replaceAll('[^.!?\\n]', String.raw`(?:[^.!?\n]|\.(?=[\p{L}\d]))`), re.flags);
}

/** "By using this site you agree", "By participating in the event, you signify your acceptance": use of a service, or taking part, taken as consent (Art. 4(11): a clear affirmative act). */
export const BY_USE = [
  // The person accepts ("hyväksyt", "käyttäjä hyväksyy"), not what someone else approved ("käyttämällä komission hyväksymiä mallilausekkeita").
  /(?<!\p{L})(?:käyttämällä|jatkamalla|selaamalla|vierailemalla)(?!\p{L})(?! (?:\p{L}+ )?(?:evästeasetu|evästebann|suostumustyökalu|suostumusasetu))[^.!?\n]{0,80}?(?<!\p{L})(?:(?:hyväksyt(?:te)?|hyväksyy|hyväksytään|suostut(?:te)?|suostuu)(?!\p{L})|anna\p{L}* suostumu|(?:ilmaiset|osoitat|annat) (?:\p{L}+ )?(?:hyväksyn|hyväksyväsi|suostumu))/iu,
  /\bby (?:using|continuing to use|continuing to browse|browsing|visiting|accessing)\b(?! (?:\S+ ){0,2}(?:cookie|consent|privacy) (?:settings|banner|tool|preferences))(?![^.!?\n]{0,40}?\b(?:button|banner|checkbox|check box|switch|toggle)\b)[^.!?\n]{0,80}?\b(?:you (?:also )?(?:agree|consent|accept)|you are (?:therefore )?(?:agreeing|consenting|accepting)|you (?:are )?(?:express(?:ing)?|signify(?:ing)?|indicat(?:e|ing)|giv(?:e|ing)) (?:us )?(?:your )?(?:agreement|consent|acceptance)|you (?:acknowledge|confirm)\b[^.!?\n]{0,80}?\band (?:agree|consent) to (?:the |our )?(?:collection|use|processing|disclosure))/iu,
  // Taking part, taken as consent to the processing or acceptance of the notice (not of a contest's rules).
  /(?<!\p{L})osallistumalla(?!\p{L})[^.!?\n]{0,80}?(?<!\p{L})(?:hyväksyt|suostut)(?!\p{L})[^.!?\n]{0,30}?(?:tietosuoja\p{L}*|seloste\p{L}*|henkilötieto\p{L}*|käsittely\p{L}*)/iu,
  /\bby (?:participating in|attending|taking part in)\b[^.!?\n]{0,80}?\byou (?:(?:also )?(?:agree|consent|accept)|signify your (?:acceptance|agreement|consent)|indicate your (?:acceptance|agreement|consent))\b[^.!?\n]{0,30}?(?:polic\w*|notice|processing|personal data|consent|acceptance)/iu,
  /(?<!\p{L})genom att delta(?!\p{L})[^.!?\n]{0,80}?(?<!\p{L})(?:godkänner|samtycker)(?!\p{L})[^.!?\n]{0,30}?(?:integritetspolicy\p{L}*|dataskydd\p{L}*|behandling\p{L}*|personuppgift\p{L}*)/iu,
  /(?<!\p{L})genom att (?:använda|fortsätta|besöka|surfa)(?!\p{L})(?! (?:\p{L}+ )?(?:cookieinställning|cookiebanner|samtyckesverktyg|samtyckesinställning))[^.!?\n]{0,80}?(?<!\p{L})(?:godkänner|samtycker|accepterar|(?:ger|lämnar|uttrycker) du (?:oss )?(?:ditt )?(?:godkännande|samtycke|medgivande))/iu,
  // "Mikäli päätät käyttää sivustoa, hyväksyt tietojen keräämisen", "If you use this site, you accept", "Om du använder webbplatsen godkänner du".
  /(?<!\p{L})(?:jos|mikäli|kun)\s+(?:päätät\s+|jatkat\s+)?(?:käyttää|käytät|selaat|vierailet|jatkat)\s+(?:\p{L}+\s+){0,2}?(?:sivusto\p{L}*|sivuja|sivuilla|verkkosivu\p{L}*|palvelu\p{L}*)(?!\p{L})[^.!?\n]{0,60}?(?<!\p{L})(?:hyväksyt|suostut)(?!\p{L})/iu,
  /\b(?:if|when) you (?:choose to |decide to |continue to )?(?:use|browse|visit|access) (?:this|our|the) (?:web)?(?:site|service)\b[^.!?\n]{0,60}?\byou (?:also )?(?:agree|consent|accept)\b/iu,
  // "By accessing or using our website …, you acknowledge that you have read … and agree to be bound by the terms … of this policy".
  /\bby (?:accessing|using|continuing to use|browsing|visiting)\b[^.!?\n]{0,140}?\bagree to be bound by\b[^.!?\n]{0,50}?\b(?:this|our|the) (?:privacy )?(?:policy|notice|statement)\b/iu,
  /(?<!\p{L})(?:om|när) du (?:väljer att |fortsätter att )?(?:använder|använda|besöker|surfar på) (?:webbplatsen|sajten|tjänsten|vår webbplats|denna webbplats)(?!\p{L})[^.!?\n]{0,60}?(?<!\p{L})(?:godkänner|samtycker|accepterar)(?!\p{L})/iu,
  // Going on using a site deemed acceptance: "Your continued use of our website will be regarded as acceptance of our practices around privacy".
  /\b(?:your )?continued use of (?:this|our|the) (?:web ?)?(?:site|service|app)s?\b[^.!?\n]{0,40}?\b(?:regarded|deemed|considered|treated|taken) as (?:your )?(?:acceptance|consent|agreement)\b/iu,
  // "Continued use after notification constitutes acceptance of the updated policy".
  /\b(?:your )?continued use\b(?:(?!\b(?:not|never|no longer)\b)[^.!?\n]){0,60}?\b(?:constitutes|signifies|indicates|means) (?:your |(?:that )?you )?(?:acceptance|consent|agreement|accept|agree)(?![\p{L}-])(?! (?:of|to|with) (?:the |our |these )?(?:terms|conditions))/iu,
  /(?<!\p{L})(?:din )?fortsatta? användning(?!\p{L})(?:(?!(?<!\p{L})(?:inte|aldrig|ej)(?!\p{L}))[^.!?\n]){0,60}?(?<!\p{L})(?:innebär|utgör|betyder),? (?:att du (?:godkänner|accepterar|samtycker)|(?:ett |ditt )?(?:godkännande|samtycke|accepterande))(?![\p{L}-])(?! (?:av|till) (?:\p{L}+ )?(?:villkor|användarvillkor)\p{L}*)/iu,
  /(?<!\p{L})(?:sivuston|palvelun|verkkosivujen|sovelluksen) käytön jatkaminen(?!\p{L})(?:(?!(?<!\p{L})(?:ei|eikä)(?!\p{L}))[^.!?\n]){0,60}?(?<!\p{L})(?:tarkoittaa|merkitsee),? (?:että (?:hyväksyt|suostut)(?!\p{L})|(?:\p{L}+ ){0,2}?(?:hyväksymi\p{L}*|hyväksyntä\p{L}*|suostumu\p{L}*))(?! (?:\p{L}+ )?(?:käyttöehto|ehto)\p{L}*)/iu,
  /(?<!\p{L})(?:din )?fortsatta användning av (?:webbplatsen|sajten|tjänsten|appen|vår webbplats|denna webbplats)(?!\p{L})[^.!?\n]{0,40}?(?<!\p{L})(?:betraktas|anses|räknas|ses) som (?:ett |ditt )?(?:godkännande|samtycke|accepterande)(?!\p{L})/iu,
  /(?<!\p{L})(?:sivuston|palvelun|verkkosivujen|sovelluksen) käytön jatkaminen(?!\p{L})[^.!?\n]{0,40}?(?<!\p{L})(?:katsotaan|tulkitaan) (?:\p{L}+ )?(?:hyväksy\p{L}*|suostumu\p{L}*)/iu,
].map(overSiteNames);

/**
 * Accepting cookies made a condition of using the service, a cookie wall: "Edellytämme, että hyväksyt
 * evästeiden käytön voidaksesi käyttää palveluja", "Du måste godkänna cookies för att använda
 * webbplatsen", "You must accept cookies to use this site". Consent that cannot be refused without
 * losing the service is not freely given (Art. 4(11), 7(4)).
 */
export const CONDITION_OF_USE = [
  /(?<!\p{L})(?:edellytämme|edellytetään|vaadimme|vaaditaan),?\s+(?:että\s+)?(?:\p{L}+\s+){0,2}?hyväksy\p{L}*\s+(?:\p{L}+\s+){0,2}?\p{L}*eväste\p{L}*[^.!?\n]{0,60}?(?:voidaksesi|jotta voit|jotta voisit|käyttääksesi)\s+(?:käyttää\s+)?(?:\p{L}+:n\s+|\p{L}+\s+){0,3}?(?:palvelu\p{L}*|sivusto\p{L}*|verkkosivu\p{L}*|verkkopalvelu\p{L}*|verkkokaup\p{L}*)(?!\p{L})/iu,
  /(?<!\p{L})\p{L}*evästeiden hyväksyminen on (?:\p{L}+\s+)?edellytys (?:\p{L}+\s+)?(?:palvelun|sivuston|verkkosivujen|verkkopalvelun|verkkokaupan)\s+käyt\p{L}*/iu,
  /(?<!\p{L})(?:du måste|måste du|du behöver|krävs att du)\s+(?:\p{L}+\s+){0,2}?(?:godkänna|acceptera)\s+(?:\p{L}+\s+){0,2}?(?:cookies|kakor(?:na)?)[^.!?\n]{0,40}?för att (?:kunna )?(?:använda|besöka)\s+(?:webbplatsen|sajten|tjänsten|tjänsterna|vår webbplats|våra tjänster|denna webbplats|sidan)(?!\p{L})/iu,
  /\byou (?:must|have to|need to) accept (?:\S+ ){0,2}cookies (?:in order )?to (?:use|access|browse) (?:this|our|the) (?:web)?(?:site|service)s?\b/iu,
  /\bto (?:use|access|browse) (?:this|our|the) (?:web)?(?:site|service)s?,? you (?:must|have to|need to) accept (?:\S+ ){0,2}cookies\b/iu,
];

/** Cookies the law lets a site set without consent, named so: "välttämättömät evästeet", "essential cookies", "nödvändiga kakor". */
export const NECESSARY_COOKIES = /(?:välttämättöm|tarpeellis|essential|strictly necessary|necessary|nödvändig)\p{L}*\s+(?:\p{L}+\s+)?(?:\p{L}*eväst|cookie|kak)/iu;

/** Consent bundled with terms: "hyväksymällä käyttöehdot suostut", "by accepting our terms you consent". */
export const BUNDLED = [
  /(?<!\p{L})hyväksymällä (?:\p{L}+ )?(?:käyttö|sopimus|tilaus|toimitus)?ehdot(?!\p{L})[^.!?\n]{0,80}?(?<!\p{L})(?:suostu|hyväksyt myös)/iu,
  /\bby accepting (?:the|our|these) (?:terms|conditions|terms and conditions)\b[^.!?\n]{0,80}?\byou (?:also )?(?:consent|agree)/iu,
  /(?<!\p{L})genom att godkänna (?:villkoren|användarvillkoren|köpvillkoren)(?!\p{L})[^.!?\n]{0,80}?(?<!\p{L})samtycker/iu,
  // The consent first, the terms after: "Käyttäjä antaa hyväksynnän tälle luovutukselle hyväksymällä Käyttöehdot", "you consent … by accepting the terms".
  /(?<!(?:ei|eikä|emme|not|never|inte|aldrig)\s[^.!?\n]{0,60})(?<!\p{L})(?:antaa|annat|antavat)\s+(?:\p{L}+\s+){0,2}?(?:hyväksynnän (?:\p{L}+ )?(?:luovutukselle|käsittelylle|siirrolle|käytölle)|suostumu\p{L}*)[^.!?\n]{0,60}?(?<!\p{L})hyväksymällä (?:\p{L}+ )?(?:käyttö|sopimus|tilaus|toimitus)?ehdo?t(?!\p{L})/iu,
  /(?<!(?:not|never)\s[^.!?\n]{0,60})\byou (?:\p{L}+ )?(?<!never )(?:consent|agree)\b[^.!?\n]{0,60}?\bby accepting (?:the|our|these) (?:terms|conditions|terms and conditions|terms of (?:use|service))\b/iu,
  /(?<!(?:inte|aldrig|ej)\s[^.!?\n]{0,60})(?<!\p{L})(?:samtycker|ger (?:du )?(?:\p{L}+ )?samtycke)(?![^.!?\n]{0,60}(?:inte|aldrig) genom)[^.!?\n]{0,60}?(?<!\p{L})genom att godkänna (?:villkoren|användarvillkoren|köpvillkoren)(?!\p{L})/iu,
];

/**
 * Accepting the notice said to be consent: "Your acceptance of this privacy policy constitutes consent",
 * "Hyväksymällä tämän tietosuojaselosteen annat suostumuksesi", "Genom att godkänna denna
 * integritetspolicy samtycker du". A notice informs; consent is an act of its own (Art. 4(11), 7(2)).
 */
export const NOTICE_AS_CONSENT = [
  /\b(?:your )?acceptance of (?:this|our|the) (?:privacy )?(?:policy|notice|statement)\b[^.!?\n]{0,60}?\b(?:constitutes|is|means|counts as|serves as|shall be deemed)\b[^.!?\n]{0,20}?\bconsent/iu,
  /\bby accepting (?:this|our|the) (?:privacy )?(?:policy|notice|statement)\b[^.!?\n]{0,80}?\byou (?:also |hereby )?(?:consent|give (?:us )?(?:your )?consent)/iu,
  /(?<!\p{L})hyväksymällä (?:tämän |nämä |tietosuoja)?(?:tietosuojaselostee|tietosuojakäytännö|tietosuojakäytäntö|tietosuojaehdo|tietosuojaehto|selostee)\p{L}*[^.!?\n]{0,80}?(?<!\p{L})(?:suostut|annat (?:\p{L}+ )?suostumu\p{L}*)/iu,
  /(?<!\p{L})genom att (?:godkänna|acceptera) (?:denna |vår |den här )?(?:integritetspolicy|dataskyddspolicy|dataskyddsbeskrivning)\p{L}*[^.!?\n]{0,80}?(?<!\p{L})(?:samtycker|ger du (?:\p{L}+ ){0,2}samtycke)/iu,
  /(?<!\p{L})(?:ditt )?godkännande av (?:denna |vår |den här )?(?:integritetspolicy|dataskyddspolicy|dataskyddsbeskrivning)\p{L}*[^.!?\n]{0,40}?(?<!\p{L})(?:utgör|är|innebär) (?:\p{L}+ )?samtycke/iu,
  // When the reader accepts the notice, they consent: "När du godkänner policyn … samtycker du till behandling", "Kun hyväksyt
  // tietosuojaselosteen, annat suostumuksesi", "When you accept this policy, you consent to …".
  /(?<!\p{L})(?:när|då|om) du godkänner (?:denna |vår |den här )?(?:policy|integritetspolicy|dataskyddspolicy|dataskyddsbeskrivning)\p{L}*[^.!?\n]{0,100}?(?<!\p{L})(?:samtycker|ger du (?:\p{L}+ ){0,2}samtycke)/iu,
  /(?<!\p{L})kun hyväksyt (?:tämän |meidän )?(?:tietosuojaselostee|tietosuojakäytännö|tietosuojakäytäntö|selostee)\p{L}*[^.!?\n]{0,100}?(?<!\p{L})(?:suostut|annat (?:\p{L}+ )?suostumu\p{L}*)/iu,
  /\b(?:when|if|once) you accept (?:this|our|the) (?:privacy )?(?:policy|notice|statement)\b[^.!?\n]{0,100}?\byou (?:also |hereby )?(?:consent|give (?:us )?(?:your )?consent)/iu,
  // The notice read as the reader's grant: "Trustly reserves the right (and you hereby authorize Trustly) to share …".
  /\byou hereby authori[sz]e\b/iu,
];

/**
 * Accepting the notice made a condition of the service: "Asiakkaan on hyväksyttävä tämän tietosuojaselosteen ehdot
 * käyttääkseen palveluita", "You must accept this privacy policy to use the service", "Du måste godkänna denna
 * integritetspolicy för att använda tjänsten". A notice informs; it is not accepted (Art. 4(11), 7(2), 7(4)).
 */
export const NOTICE_REQUIRED = [
  /(?<!\p{L})(?:on|olet|tulee|täytyy|pitää) hyväksy(?:ttävä|ä) (?:tämä |tämän |nämä |meidän )?(?:tietosuojaselos\p{L}*|tietosuojakäytän\p{L}*|tietosuojaehdo?\p{L}*|selostee?\p{L}*)(?: ehdot)?[^.!?\n]{0,60}?(?<!\p{L})(?:käyttääkseen|käyttääksesi|voidakseen|voidaksesi|jotta (?:hän |voit |voisit )?voi)/iu,
  /\byou (?:must|have to|need to) (?:read and )?(?:accept|agree to) (?:this|our|the) (?:privacy )?(?:policy|notice|statement)\b[^.!?\n]{0,40}?\bto (?:use|access)\b/iu,
  /(?<!\p{L})(?:du måste|måste du) (?:läsa och )?(?:godkänna|acceptera) (?:denna |vår |den här )?\p{L}*(?:policy|beskrivning)\p{L}*[^.!?\n]{0,40}?för att (?:kunna )?(?:använda|handla|beställa)(?!\p{L})/iu,
  // Accepting it asked before the service: "asking a new user to read and accept this policy before they can use the app".
  /\b(?:read and )?accept (?:this|our|the) (?:privacy )?(?:policy|notice|statement)\b[^.!?\n]{0,20}?\bbefore (?:they|you|the user|users) can (?:use|access)\b/iu,
  // Membership or the service on condition of accepting it: "Du kan anhålla om medlemsskap om du godkänner denna policy".
  /(?<!\p{L})(?:kan|får)(?!\p{L})[^.!?\n]{0,40}?(?<!\p{L})(?:medlem\p{L}*|bli medlem|använda|registrera\p{L}*|ansluta\p{L}*)(?!\p{L})[^.!?\n]{0,20}?(?<!\p{L})om du godkänner (?:denna |vår |den här )?(?:integritetspolicy|dataskyddspolicy|policy|dataskyddsbeskrivning|registerbeskrivning)\p{L}*/iu,
  /(?<!\p{L})voit (?:liittyä|käyttää|rekisteröityä|tulla jäseneksi)(?!\p{L})[^.!?\n]{0,40}?(?<!\p{L})(?:vain )?(?:jos|kun|mikäli) hyväksyt (?:tämän |nämä )?(?:tietosuojaselostee|tietosuojakäytännö|tietosuojakäytäntö|selostee)\p{L}*/iu,
  /\byou (?:can|may) (?:only )?(?:use|join|become|access|register)\b[^.!?\n]{0,40}?\b(?<!even )if you (?:accept|agree to) (?:this|our|the) (?:privacy )?(?:policy|notice|statement)\b/iu,
];

/**
 * Consent said to be given by handing over the data: "Luovuttaessaan tiedot … rekisteröity suostuu siihen, että …",
 * "I och med att du lämnar uppgifter till oss så ger du din tillåtelse till att vi registrerar …", "by providing your
 * personal data you consent to …". Giving the data the service needs is no separate, specific consent to what is done with them.
 */
export const BY_GIVING = [
  /(?<!\p{L})(?:luovuttaessaan|luovuttaessasi|antaessaan|antaessasi|luovuttamalla|antamalla)\s+(?:\p{L}+\s+){0,3}?tiedo\p{L}*(?!\p{L})[^.!?;\n]{0,60}?(?<!\p{L})(?:suostuu|suostut|hyväksyy|hyväksyt|antaa suostumuksensa|annat suostumuksesi)(?!\p{L})/iu,
  /(?<!\p{L})(?:i och med att|genom att|när) du (?:lämnar|uppger|ger oss)\s+(?:\p{L}+\s+){0,3}?(?:person)?uppgifter(?:na)?(?!\p{L})[^.!?;\n]{0,60}?(?<!\p{L})(?:ger du (?:\p{L}+ ){0,2}(?:tillåtelse|samtycke|medgivande)|samtycker|godkänner)(?!\p{L})/iu,
  /\bby (?:providing|submitting|giving)(?: us)?(?: with)? (?:your |any )?(?:personal )?(?:data|information|details)\b[^.!?;\n]{0,60}?\byou (?:also |hereby )?(?:consent to (?:the|our|its|their) (?:processing|use|collection|storage)|agree to (?:the|our|its|their) (?:processing|use|collection|storage)|give (?:us )?(?:your )?consent to (?:the|our|its|their) (?:processing|use|collection|storage))\b/iu,
];

/**
 * Consent said to be given by signing up, registering or buying: "genom att du registrerar dig … ger du
 * ditt samtycke", "rekisteröitymällä annat suostumuksesi", "by registering you consent". The act is one
 * of taking the service; consent to the processing it comes with is neither separate nor free to refuse.
 * Subscribing to a newsletter is not among the acts: it is consent to that newsletter.
 */
export const BY_SIGN_UP = [
  /(?<!\p{L})(?:rekisteröitymällä|rekisteröityessäsi|liittymällä|liittyessäsi|ilmoittautumalla|ostamalla|tilaamalla tuotte\p{L}*|luomalla (?:\p{L}+ )?tili\p{L}*)(?!\p{L})[^.!?;\n]{0,100}?(?<!\p{L})(?:suostut(?:te)?|annat(?:te)? (?:samalla |myös )?suostumu\p{L}*)(?!\p{L})/iu,
  /(?<!\p{L})genom att (?:du )?(?:registrera(?:r)?(?: dig)?|anmäla(?:r)?(?: dig)?|skapa(?:r)? (?:ett )?konto|köpa|köper|handla(?:r)?|beställa|beställer)(?!\p{L})[^.!?;\n]{0,120}?(?<!\p{L})(?:samtycker|ger du (?:\p{L}+ ){0,2}samtycke)(?!\p{L})/iu,
  /\bby (?:registering|signing up|creating an account|placing an order|purchasing|booking)\b[^.!?;\n]{0,100}?\byou (?:also |hereby )?(?:consent|give (?:us )?(?:your )?consent|agree to (?:the|our) (?:processing|collection|use))\b/iu,
  // When signing up or taking part, the person accepts the use of the data: "Ilmoittautuessaan … käyttäjä hyväksyy tietojensa käytön".
  /(?<!\p{L})(?:rekisteröity|ilmoittautu|liitty|osallistu)\p{L}*?(?:essa|essä)\p{L}*(?!\p{L})[^.!?;\n]{0,100}?(?<!\p{L})(?:hyväksy(?:t|y|tte|vät)|suostu(?:t|u|tte|vat))(?!\p{L})[^.!?;\n]{0,30}?(?:tiedo\p{L}*|tieto(?:ja|jen|jensa|jesi|jasi|t|a)(?!\p{L})|käsittely\p{L}*|käytö\p{L}*)/iu,
  // Also consent asked as the price of signing up: "När Du registrerar Ditt CV … behöver du samtycka till att vi kommer att behandla …".
  /(?<!\p{L})(?:när|då) du (?:registrerar(?: dig)?|anmäler dig|skapar ett konto|deltar)(?!\p{L})[^.!?;\n]{0,100}?(?<!\p{L})(?<!(?:välja|bestämma) om du (?:vill )?)(?:godkänner|samtycker|(?:behöver|måste) du samtycka)(?!\p{L})[^.!?;\n]{0,40}?(?:uppgift\p{L}*|behandl\p{L}*)/iu,
  /\bwhen (?:you )?(?:register|sign up|take part|registering|signing up|taking part)\b[^.!?;\n]{0,100}?(?<!(?:choose|decide) whether you )\b(?:accepts?|agrees? to|consents? to)\b[^.!?;\n]{0,30}?(?:data(?! protection)|processing)/iu,
  // Taking a service into use said to be consent: "When taking any of our services into use, you have actively given consent to …",
  // "Ottamalla palvelun käyttöön annat suostumuksesi", "Genom att ta tjänsten i bruk samtycker du".
  /\b(?:when|by|on) (?:taking|you take) (?:[\p{L}'’-]+ ){0,4}?into use\b[^.!?;\n]{0,60}?\byou (?:have )?(?:\p{L}+ )?(?:given|give|provided) (?:us )?(?:your )?consent\b/iu,
  /(?<!\p{L})(?:ottamalla|kun otat)\s+(?:\p{L}+\s+){0,3}?käyttöön(?!\p{L})[^.!?;\n]{0,60}?(?<!\p{L})(?:suostut(?!\p{L})|(?:annat|olet antanut) (?:\p{L}+ )?suostumu\p{L}*)/iu,
  /(?<!\p{L})genom att ta (?:\p{L}+\s+){0,3}?i (?:bruk|användning)(?!\p{L})[^.!?;\n]{0,60}?(?<!\p{L})(?:samtycker|(?:ger|lämnar) du (?:\p{L}+ )?samtycke)(?!\p{L})/iu,
];

/**
 * Consent said to be given by sending a message or a form: "suostumus, jonka annat viestin lähettämällä",
 * "Lähettämällä lomakkeen annat suostumuksesi", "samtycke som du ger genom att skicka meddelandet", "By submitting
 * the form you consent to …". Sending a question is the request itself, not a separate and specific consent.
 */
export const BY_SENDING = [
  /(?<!\p{L})suostumu\p{L}*,?\s+(?:jonka|minkä)\s+(?:\p{L}+\s+){0,2}?(?:annat|antaa|annatte)\s+(?:\p{L}+\s+){0,2}?(?:lähettämällä|täyttämällä)(?!\p{L})/iu,
  /(?<!\p{L})(?:lähettämällä|täyttämällä)\s+(?:\p{L}+\s+){0,2}?(?:viesti\p{L}*|lomak\p{L}*|yhteydenot\p{L}*|tarjouspyyn\p{L}*)(?!\p{L})[^.!?;\n]{0,40}?(?<!\p{L})(?:suostut(?:te)?|(?:annat|ilmaiset)(?:te)? (?:\p{L}+ )?suostumu\p{L}*)(?!\p{L})/iu,
  /(?<!\p{L})samtycke\p{L}*,?\s+som\s+(?:du|ni)\s+(?:ger|lämnar)\s+(?:\p{L}+\s+){0,2}?genom att\s+(?:skicka|fylla i|lämna)(?!\p{L})/iu,
  /(?<!\p{L})genom att (?:du )?(?:skicka(?:r)?(?: in)?|fylla(?:r)? i)\s+(?:\p{L}+\s+){0,2}?(?:meddelande\p{L}*|formulär\p{L}*|förfrågan|förfrågningar|kontaktformulär\p{L}*)(?!\p{L})[^.!?;\n]{0,40}?(?<!\p{L})(?:samtycker|ger (?:du )?(?:\p{L}+ )?samtycke)(?!\p{L})/iu,
  /\bconsent (?:that |which )?you give by (?:sending|submitting|filling in|filling out)\b/iu,
  // "When you contact us, you consent and acknowledge that we will be processing …", "När du kontaktar oss samtycker du …".
  /\b(?:when|if) you (?:contact|e-?mail|write to|message) us\b[^.!?;\n]{0,40}?\byou (?:also |hereby )?(?:consent|give (?:us )?(?:your )?consent)\b/iu,
  /\bby (?:contacting|e-?mailing|writing to|messaging) us\b[^.!?;\n]{0,40}?\byou (?:also |hereby )?(?:consent|give (?:us )?(?:your )?consent)\b/iu,
  /(?<!\p{L})(?:när|om) du (?:kontaktar|mejlar|skriver till) oss(?!\p{L})[^.!?;\n]{0,40}?(?<!\p{L})(?:samtycker|ger (?:du )?(?:\p{L}+ )?samtycke)(?!\p{L})/iu,
  /(?<!\p{L})(?:ottaessasi|ottamalla|kun otat) (?:meihin )?yhteyttä(?!\p{L})[^.!?;\n]{0,40}?(?<!\p{L})(?:suostut(?:te)?|annat(?:te)? (?:\p{L}+ )?suostumu\p{L}*)(?!\p{L})/iu,
  /\bby (?:sending|submitting|filling in|filling out) (?:[\p{L}-]+ ){0,2}?(?:message|form|enquiry|inquiry|request)\b[^.!?;\n]{0,40}?\byou (?:also |hereby )?(?:consent|give (?:us )?(?:your )?consent)\b/iu,
];

/** Pre-ticked boxes are not consent (CJEU C-673/17 Planet49). */
export const PRE_TICKED = words([
  'valmiiksi rastit*', 'valmiiksi valit*', 'valmiiksi merkit*', 'esivalit*', 'oletuksena valit*',
  'pre-ticked', 'pre-checked', 'pre-selected', 'preselected', 'ticked by default', 'checked by default',
  'förkryssad*', 'förvald*',
  // "Förifyllda uppgifter" are details filled in for the reader, not a box ticked for them.
  'förifylld* ruta', 'förifylld* rutan', 'förifylld* rutor', 'förifylld* kryssrut*', 'förifylld* checkbox*',
]);

/** Browser settings offered as the way to refuse cookies. */
export const BROWSER_SETTINGS = words([
  'selaime* asetuk*', 'selaimen asetuksi*', 'selainasetuk*', 'selaimesi asetuk*', 'verkkoselaime* asetuk*', 'nettiselaime* asetuk*', 'verkkoselainasetuk*',
  'browser settings', 'browser setting', 'settings of your browser', "browser's settings", 'browser’s settings', 'settings in your browser',
  'webbläsare* inställning*', 'inställningarna i din webbläsare',
]);

/** The browser named alone: the way to refuse cookies only in a sentence where the reader can block or remove cookies with it ("you can block cookies in your browser"). */
export const BROWSER = words([
  'your browser', 'your web browser', 'web browsers', 'most browsers', 'din webbläsare', 'webbläsare', 'webbläsarna', 'selaimesi', 'selaimellasi', 'selaimessasi', 'selaimet', 'useimmat selaimet',
]);
/** Blocking or removing, the reader's own act on the cookies. */
export const BLOCKS = words([
  'block*', 'disabl*', 'refus*', 'delet*', 'reject*', 'turn off', 'switch off', 'remov*',
  'estää', 'estämällä', 'estä', 'poistaa', 'poistamalla', 'poista', 'kieltää', 'kieltäytyä', 'tyhjentää', 'tyhjentämällä',
  'blockera*', 'spärra*', 'radera*', 'ta bort', 'neka*', 'inaktivera*', 'avaktivera*', 'stänga av',
]);
/** What the reader can do: "voit", "you can", "du kan". */
export const READER_CAN = words(['voit', 'voitte', 'you can', 'you may', 'du kan', 'ni kan']);

/**
 * Browsers said to let the reader block cookies: "Most web browsers allow you to turn off cookies", "allow
 * you to control, block or delete cookies", "antavat sinun hallita ja estää", "låter dig hantera och blockera".
 */
export const LETS_READER_BLOCK =
  /(?<!\p{L})(?:allows?|lets?|enables?|antaa|antavat|låter|gör det möjligt för)\s+(?:you|dig|sinun|er)\s+(?:to\s+|att\s+)?(?:[\p{L},]+\s+){0,4}?(?:block|disable|refuse|delete|reject|turn off|switch off|remove|blockera|radera|ta bort|neka|inaktivera|stänga av|estää|estämään|poistaa|poistamaan|kieltäytyä|hylätä)/iu;
/** The cookies themselves. */
export const COOKIE_WORD = words(['*eväste*', 'cookie*', 'kaka', 'kakan', '*kakor*']);

/**
 * A real consent tool: a banner or a settings dialog of the site itself, or tracking that starts only
 * once the person has accepted it ("käynnistyy vasta, kun olet hyväksynyt", "only after you accept",
 * "först när du godkänner").
 */
export const CONSENT_TOOL = words([
  'evästeikkun*', 'evästebann*', 'evästeilmoitu*', 'evästeasetu*', 'suostumustyökalu*', 'suostumuksenhallin*', 'hyväksy* evästee*',
  'vasta kun olet hyväksy*', 'vasta, kun olet hyväksy*', 'vasta kun hyväksyt', 'vasta, kun hyväksyt', 'vasta hyväksyttyäsi',
  'vasta kun olet antanut suostumuksesi', 'vasta, kun olet antanut suostumuksesi', 'vasta suostumuksesi jälkeen',
  'cookie banner', 'cookie window', 'cookie settings', 'cookie preferences', 'consent tool', 'consent banner', 'consent management*',
  'accept cookies', 'only after you accept*', 'only after you have accepted', 'only once you accept*', 'only once you have accepted',
  'only after you consent*', 'only after you have consented', 'only after you have given your consent',
  'kakbanner*', 'kakfönst*', 'kakinställning*', 'cookie-inställning*', 'cookieinställning*', 'samtyckesverktyg*', 'samtyckeshanter*', 'godkänn* kakor*',
  'först när du godkänn*', 'först när du har godkänt', 'först efter att du godkänt', 'först efter att du har godkänt',
  'först när du samtyck*', 'först när du har samtyckt', 'först efter att du har samtyckt',
]);

/** Settings of the cookies, which may be the site's or the browser's. */
const COOKIE_SETTINGS_WORDS = words(['evästeasetu*', 'cookie settings', 'cookie preferences', 'kakinställning*', 'cookie-inställning*', 'cookieinställning*']);

/** The browser a few words after the settings ("evästeasetuksia selaimesi kautta", "cookie settings in your browser"), or its own before them ("selaimen evästeasetukset", "your browser's cookie settings"). */
const BROWSER_AFTER = /^[\p{L}-]*(?:\s+(?!(?:tai|ja|sekä|or|and|eller|och|samt)(?![\p{L}]))[\p{L}-]+){0,3}?\s+(?:selaim\p{L}*|(?:web )?browsers?|webbläsar\p{L}*)(?![\p{L}])/iu;
const BROWSER_BEFORE = /(?:selaimen|selaimesi|browser['’]s|webbläsarens)\s+(?:[\p{L}-]+\s+)?$/iu;

/** A tool of the site named in the sentence: its link, button, banner or window. */
const SITE_CONTROL = /link|linki|länk|button|painik|knapp|banner|bann|ikkun|fönst|window|dialog|valikko|meny|menu/iu;

/**
 * Cookie settings said to be the browser's: the settings words with the browser right by them, in a
 * sentence that names no link, button or banner of the site ("Voit hallita evästeasetuksia selaimesi
 * kautta", "manage your cookie settings in your browser"); not the site's settings beside a word on
 * deleting cookies in the browser ("… Evästeasetukset-linkistä tai poistaa evästeet selaimesi asetuksista").
 */
export function browsersCookieSettings(sentence: string): boolean {
  if (SITE_CONTROL.test(sentence)) return false;
  for (const m of sentence.matchAll(new RegExp(COOKIE_SETTINGS_WORDS.source, 'giu'))) {
    const at = m.index;
    if (BROWSER_AFTER.test(sentence.slice(at + m[0].length)) || BROWSER_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}

/**
 * The words of a text that name a consent tool of the site: cookie settings that are the browser's
 * (`browsersCookieSettings`) are none.
 */
export function siteConsentTool(text: string): string[] {
  return sentences(text).flatMap((s) => {
    const found = findWords(s, CONSENT_TOOL);
    return browsersCookieSettings(s) ? found.filter((w) => findWords(w, COOKIE_SETTINGS_WORDS).length === 0) : found;
  });
}

/** Cookies that need consent: analytics, marketing, targeting (not those strictly necessary). */
export const NON_ESSENTIAL = words([
  'analytiik*', 'analysoi*', 'markkinoin*', 'mainon*', 'mainos*', 'kohdenn*', 'kohdent*', 'kohdista*', 'seuran*', 'tilasto*',
  'yhdistelmätie*', 'koontitie*', 'kävijämäär*',
  'analytics', 'analytic', 'marketing', 'advertis*', 'targeting', 'targeted', 'tracking', 'statistics', 'aggregate*',
  'analys*', 'marknadsföring*', 'reklam*', 'riktad*', 'spårning*', 'statistik*', 'aggregerad*', 'sammanställ*',
]);

/** Purposes of targeting or profiling, which track the person (205 §: consent for the cookies they use). */
export const TRACKING_PURPOSE = words([
  'kohdenne*', 'kohdenna*', 'kohdenta*', 'kohdista*', 'profiloi*', 'profilointi*', 'uudelleenkohdent*',
  'targeted', 'targeting', 'retargeting', 'profiling', 'behavioural advertis*', 'behavioral advertis*', 'interest-based',
  'riktad* reklam*', 'riktad* marknadsföring*', 'profilering*', 'retargeting',
]);

/** What tracks a person online: cookies, pixels, browsing data. Targeting by purchase history alone does not. */
export const TRACKING_TECH = words([
  'eväste*', 'pikseli*', 'seurantakoodi*', 'verkkoanalytiik*', 'webanalytiik*', 'selaushistoria*', 'selaamis*', 'verkkosivu*', 'sivusto*', 'verkkopalvelu*',
  'cookie*', 'pixel*', 'tracking', 'browsing', 'web analytics', 'website*', 'online',
  'kakor*', 'kaka', 'pixl*', 'spårning*', 'webbanalys*', 'webbplats*', 'surfbeteende*',
]);


/** Consent by conduct: silence or entering an area is not a clear affirmative act (Art. 4(11), Recital 32). */
export const BY_CONDUCT = [
  /(?<!\p{L})hiljai\p{L}* suostumu\p{L}*/iu,
  /(?<!\p{L})(?:saapumalla|astumalla|tulemalla|kulkemalla|oleskelemalla)(?!\p{L})[^.!?\n]{0,60}?(?<!\p{L})(?:hyväksy|suostu)/iu,
  /\b(?:implied|implicit|tacit) consent\b/iu,
  /\bby (?:entering|staying in|walking into)\b[^.!?\n]{0,60}?\byou (?:also )?(?:agree|consent|accept)/iu,
  /(?<!\p{L})(?:tyst|underförstått|konkludent)\p{L}* samtycke/iu,
  /(?<!\p{L})genom att (?:beträda|gå in i|vistas i|komma in i)(?!\p{L})[^.!?\n]{0,60}?(?<!\p{L})(?:samtycker|godkänner)/iu,
];

/**
 * Consent the controller presumes of the person: "oletamme, että suostut kommentin julkaisemiseen", "katsotaan
 * hyväksyneen", "we assume that you agree", "you are deemed to have consented", "vi utgår från att du samtycker",
 * "du anses ha godkänt". Read sentence by sentence: a denial in another sentence leaves it standing.
 */
export const PRESUMED = [
  /(?<!\p{L})(?:oletamme|oletetaan),?\s+että\s+(?:sinä\s+|käyttäjä\s+|asiakas\s+|kävijä\s+)?(?:suostut|suostuu|hyväksyt|hyväksyy|olet hyväksynyt|on hyväksynyt|annat suostumuksesi|antaa suostumuksensa)(?!\p{L})/iu,
  /(?<!\p{L})(?:katsotaan|katsomme)\s+(?:sinun\s+|käyttäjän\s+|asiakkaan\s+)?(?:hyväksyneen|suostuneen|antaneen suostumuksen\p{L}*)(?!\p{L})/iu,
  /\bwe (?:will )?(?:assume|presume) (?:that )?you (?:agree|consent|accept)\b|\byou (?:are|will be|shall be) deemed to (?:have )?(?:agreed|consented|accepted|agree|consent|accept)\b/iu,
  /(?<!\p{L})vi (?:utgår från|förutsätter|antar) att du (?:samtycker|godkänner|accepterar)(?!\p{L})|(?<!\p{L})du anses (?:ha )?(?:samtyckt|godkänt|accepterat)(?!\p{L})/iu,
  // "Your consent may … be implied or express", "such actions will be construed as you granting your consent".
  /\bconsent (?:may|can|might|will)\b[^.!?\n]{0,40}?\bbe implied\b|\b(?:construed|regarded|treated) as (?:you )?(?:granting|giving) (?:us )?(?:your )?consent\b/iu,
];

/** The literal words of those sentences: a text without any of them is not read by the expressions. */
export const CONDUCT_HINT = words([
  'hiljai*', 'saapumalla', 'astumalla', 'tulemalla', 'kulkemalla', 'oleskelemalla', 'implied', 'implicit', 'tacit',
  'entering', 'staying in', 'walking into', 'tyst*', 'underförstått', 'konkludent*', 'beträda', 'gå in i', 'vistas i', 'komma in i',
]);

/** The literal words of the presumed consents: a text without any of them is not read by the expressions. */
export const PRESUMED_HINT = words(['oletamme', 'oletetaan', 'katsomme', 'katsotaan', 'assume', 'presume', 'deemed', 'utgår från', 'förutsätter', 'antar', 'anses', 'implied', 'construed', 'regarded', 'treated']);

/** Filling in or sending a form, as the act said to accept the notice. */
export const FORM_ACT = words([
  'täyttä*', 'lähettämällä', 'lähettäessäsi', 'rekisteröitymällä', 'liittymällä',
  'filling in', 'filling out', 'fill in', 'fill out', 'submitting', 'submit', 'signing up', 'sign up',
  'fyller i', 'fylla i', 'skickar in', 'skicka in', 'registrerar dig',
]);
export const ACCEPT = words(['hyväksy*', 'suostu*', 'agree*', 'accept*', 'consent*', 'godkänn*', 'accepterar', 'samtyck*']);
/** The notice itself, which informs and is not accepted. */
export const POLICY = words([
  'tietosuojaselost*', 'tietosuojakäytän*', 'tietosuojaehdo*', 'tietosuojalauseke*', 'seloste*', 'selostee*',
  'privacy policy', 'privacy notice', 'privacy statement', 'this policy', 'our policy',
  'policy', 'policyn', 'integritetspolicy*', 'dataskyddspolicy*',
]);

/** Without cookies: "Visitor statistics are anonymous and cookie-free", "evästeetön", "utan kakor". */
export const COOKIELESS = /cookie-?free|cookieless|without (?:any )?cookies|eväst(?:eetön|eettöm)\p{L}*|ilman evästei\p{L}*|cookiefri\p{L}*|utan (?:cookies|kakor)/iu;

/** Save for: "Emme käytä muita kuin analytiikkaevästeitä", "cookie-free except for analytics cookies". */
export const SAVE_FOR = /(?<!\p{L})(?:muita kuin|muuta kuin|paitsi|lukuun ottamatta|other than|except|apart from|andra än|utom|förutom)(?!\p{L})/iu;
