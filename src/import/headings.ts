/**
 * The part of a register a heading of an old notice names. Finnish legacy headings (HetiL-era
 * "rekisteriseloste", see LEGAL.md §3) and their Swedish and English counterparts.
 */

export type SectionKind =
  | 'rights'
  | 'date'
  | 'controller'
  | 'contact_person'
  | 'dpo'
  | 'name'
  | 'data_subjects'
  | 'purposes'
  | 'legitimate_interest'
  | 'legal_basis'
  | 'consent'
  | 'provision'
  | 'data_categories'
  | 'sources'
  | 'recipients'
  | 'transfers'
  | 'retention'
  | 'security'
  | 'cookies'
  | 'automated_decisions'
  | 'changes'
  | 'contact'
  | 'title'
  /** A heading that maps to nothing. */
  | 'other';

/** The parts of a notice on who the controller is and how to reach it and its people. */
export const CONTACT_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['controller', 'contact_person', 'dpo', 'contact']);

/**
 * Keywords per kind, in priority order: the first kind that matches a heading is its main kind, the
 * others say what else the section may hold ("Rekisterinpitäjä ja rekisterin nimi").
 */
const KEYWORDS: readonly (readonly [SectionKind, RegExp])[] = [
  ['date', /^(?:laatimispäivä|laadittu|päivitetty|päiväys|päivämäärä|viimeksi päivitetty|versio|uppdaterad|senast uppdaterad|upprättad|datum|version|last updated|updated(?: on)?|date|effective date)$/u],
  ['controller', /rekisterinpitäjä(?!n (?:edustaja|yhteyshenkilö|tietosuojavastaava))|^rekisterin ylläpitäjä$|(?<![\p{L}])registrar(?![\p{L}])|\bregister ?keeper\b|\bregist(?:ry|er) (?:administrator|holder)\b|\bkeeper of the register\b|vilka vi är|vem vi är|keitä olemme|rekisterin ?pitäjä(?!n (?:edustaja|yhteyshenkilö|tietosuojavastaava))|personuppgiftsansvarig(?!\p{L}*s (?:kontaktperson|dataskyddsombud|personuppgiftsombud|företrädare))|registeransvarig|(?<![\p{L}])registerförare(?:n|ns(?! (?:kontaktperson|dataskyddsombud|personuppgiftsombud|företrädare)))?(?![\p{L}])|(?<![\p{L}])personuppgiftsansvar(?:et)?(?![\p{L}])|(?<!')\bcontrollers?\b(?!'s (?:representative|contact person|data protection officer))|\bwho we are\b|\babout us\b|who is responsible|vem (?:som )?ansvarar|vem (?:som )?är ansvarig|kuka vastaa|kuka on vastuussa|^registret (?:upprätthålls|förs|hålls) av$|^rekisteriä (?:ylläpitää|pitää)$|^the regist(?:er|ry) is (?:maintained|kept) by$/u],
  ['contact_person', /rekisterinpitäjän edustaja|rekisteriasio\p{L}* (?:hoitava|hoitaa|vastaava|vastaa)(?![\p{L}])|rekisteristä vastaava (?:henkilö|yhteyshenkilö)|(?:hoitaa|vastaa) rekisteriasio|controller's representative|yhteys ?henkilö|vastuu ?henkilö|kontaktperson|contact person|person (?:responsible for|in charge of) (?:the )?(?:register|registry|register matters|data controlling|data processing|personal data)(?![\p{L}])|^responsible person|ansvarsperson|ansvarig person/u],
  ['dpo', /tietosuojavastaava|dataskyddsombud|personuppgiftsombud|data protection officer|\bdpo\b|person (?:in charge of|responsible for) data protection/u],
  ['name', /rekisterin nimi|name of (?:the )?data file|registre?ts namn|namn på registret|name of the (?:register|filing system|processing)|register name/u],
  ['data_subjects', /(?<![\p{L}])rekisteröidyt(?![\p{L}])|rekisteröityjen (?:ryhmät|piiri)|(?<![\p{L}])(?:de )?registrerade(?: personer)?$|kategorier av registrerade|vems (?:person)?uppgifter|\bdata subjects?\b|whose (?:personal )?data/u],
  ['purposes', /^reasons? for (?:the )?(?:collection|collecting|processing)\b|^(?:missä|millaisissa) (?:tilanteissa|tapauksissa) (?:\p{L}+ ){0,2}(?:käsittelemme|käsitellään|keräämme|kerätään|käytämme)|^in (?:which|what) (?:situations|cases) (?:do )?we (?:process|collect|use)|^i vilka (?:situationer|fall) (?:behandlar|samlar|använder) vi|tarkoitu|hur använder vi|varför (?:samlar|sparar) vi|mihin käytämme|miten käytämme|reason for maintaining|data file usage|use of (?:the )?data file|ändamål|(?<![\p{L}])syfte|varför (?:behandlar vi|vi behandlar|använder vi|vi använder|vi (?:får|kan|behöver) (?:behandla|använda|samla in))|varför vi behöver (?:dina |era )?(?:person)?uppgifter|^miksi (?:\p{L}+ ){0,2}tarvitaan|\bpurposes?\b|why (?:do |will |would |shall )?we (?:may |might |can )?(?:process|collect|use)|how (?:do |will |would |shall |can |may )?we use|hur kommer (?:vi|ni) (?:att )?använda|how will you use my|mihin (?:\p{L}+ ){0,2}käyt|(?<![\p{L}])(?:henkilö)?tietojen käyttö(?![\p{L}])|miksi (?!\p{L}*eväst)(?:\p{L}+ ){0,2}(?:käsittelemme|keräämme|käytämme|tarvitsemme|käsitellä|kerätä|käyttää|käsitellään|kerätään|käytetään)|varför (?!kakor|cookies)(?:\p{L}+ ){1,2}(?:behandlas|används|samlas in)|why (?!cookies)(?:\p{L}+ ){1,3}(?:is|are) (?:processed|collected|used)|hur vi använder|hur används (?!cookies|kakor)|hur (?!kakor|cookies)(?:\p{L}+ ){1,2}används|användning av (?:\p{L}+ )?(?:person)?uppgift|vad använder vi|till vad använd|varför behöver vi|\buse of (?:your |the )?(?:personal )?(?:data|information)\b|what (?:do )?we use (?:\p{L}+ ){0,3}for|why (?:do )?we need|how (?:your|the) (?:personal )?(?:data|information) (?:is|are) used|^käytämme (?:\p{L}+ )?tieto|^vi använder (?:\p{L}+ )?uppgift|^we use (?:\p{L}+ )?(?:data|information)\b|miten (?:\p{L}+ )?käytetään|vad används (?:\p{L}+ )?till|\bwhy we (?:hold|keep|have|store|need|process|collect|use)\b|\b(?:how|why) (?:is|are) (?:my|your|the) (?:personal )?(?:data|information) used|\breasons? for (?:using|processing|holding|collecting)|\bintended use|\buse of the (?:register|database)\b|(?<![\p{L}])rekisterin käyttö(?![\p{L}])|registrets användning|användning av registret|^(?:varför|miksi|why)\??$|^(?:varför|miksi|why) (?:och|ja|and) (?:millä perusteella|på vilken grund|on what (?:legal )?(?:basis|grounds?))|^what (?:do |will )?we do with (?:it|them|(?:your |the )?(?:personal )?(?:data|information))\??$|^mitä teemme (?:\p{L}+ )?(?:henkilö)?tiedoilla(?:si|nne)?\??$|^vad gör vi med (?:\p{L}+ )?(?:uppgifterna|dina uppgifter|personuppgifterna|dina personuppgifter|dem)\??$/u],
  ['legitimate_interest', /oikeutet\p{L}* e(?:tu|dun|dut)|berättiga\p{L}* intress|legitimate interest/u],
  ['legal_basis', /oikeusperust|käsittelyn peruste|(?<![\p{L}])käsittelyperuste(?:et|en|ista|ina)?(?![\p{L}])|behandlingsgrund(?:en|er|erna)?(?![\p{L}])|(?<![\p{L}])peruste$|rättslig\p{L}* grund|laglig grund|grund(?:en)? för behandling(?:en)?|legal bas[ei]s|lawful bas[ei]s|legal grounds?|millä perusteella|på vilken grund|on what (?:legal )?(?:basis|grounds?)/u],
  ['consent', /^suostumu|suostumuksen peruuttami|^samtycke|återkalla\p{L}* (?:ditt )?samtycke|^consent\b|withdraw\p{L}* (?:your )?consent/u],
  ['provision', /velvoittavuu|onko tietojen antaminen|skyldighet att lämna|lagstadgat eller avtalsenligt|statutory or contractual|obliged to (?:give|provide)/u],
  [
    'data_categories',
    /^(?:the )?personal data (?:that|which) (?:is|are|we) (?:collected|collect)$|tietosisältö|(?:registrets |registerts )?(?:informations|uppgifts)innehåll|^rekisterin (?:henkilö)?tiedot$|^rekisteriin (?:tallennettavat|talletettavat|kerättävät) (?:henkilö)?tiedot$|^(?:person)?uppgifter(?:na)? (?:som (?:finns|lagras|sparas) )?i registret$|^(?:personal )?data (?:stored |held |kept )?in the regist(?:er|ry)$|^regist(?:er|ry) data$|rekisteri\p{L}* (?:pitää sisällään|sisältää|sisältämät (?:henkilö)?tie(?:dot|totyypit)$)|^(?:rekisterin )?(?:henkilö)?tietotyypit$|registret (?:innehåller|omfattar)|(?:register|database) (?:contains|holds)|(?:henkilön|jäsenen|asiakkaan|osallistujan|hakijan|käyttäjän|rekisteröidyn|potilaan) yhteystiedot|(?:your|members?'?|customers?'?|users?'?|participants?'?) contact (?:details|information)|(?:dina|medlemmens|kundens|deltagarens) kontaktuppgifter|hur samlar vi in|mitä tietoja keräämme|what (?:data|information) (?:do )?we collect|what (?:kind|kinds|types?|sorts?) of (?:personal )?(?:data|information)|(?:vilka|hurdana|vad för) (?:slags |typer av )?(?:person)?uppgifter|millaisia (?:henkilö)?tietoja|data types|(?:information|data) content|contents? of the (?:data file|register)|tietokentät|henkilötietoryhm|tietoryhm|mitä (?:henkilö)?tietoja|käsiteltävät (?:henkilö)?tiedot|kerättävät (?:henkilö)?tiedot|vilka (?:person)?uppgifter|^(?:vilken|vilka|vad för) (?:information|data)(?: (?:samlar|behandlar|sparar|lagrar) vi| (?:samlas in|behandlas|sparas))|^(?:information|data|uppgifter) (?:som )?vi (?:samlar in|behandlar)$|^insamlad (?:information|data)$|^(?:insamling av|collection of) (?:person)?(?:uppgifter|personal data|data|information)(?: (?:och|and) (?:användning|use|usage))?(?:$| (?:into|to|for|in|till|i|för) )|^(?:insamling och användning av|collection and use of) (?:person)?(?:uppgifter|personal data|data|information)$|^(?:uppgifts|data)insamling (?:och|and) (?:användning|use|usage)$|(?:person)?uppgifter som (?:behandlas|samlas in|vi behandlar)|kategorier av personuppgifter|registrets (?:data)?innehåll|datainnehåll|categories of (?:personal )?data|personal data (?:we|that we) (?:collect|process)|what (?:personal )?(?:data|information)|(?:data|information) we (?:collect|process)|^vad (?:jag|vi) samlar in(?: och varför)?$|^mitä (?:keräämme|kerään)(?: ja miksi)?$|^what (?:i|we) collect(?: and why)?$|^(?:personal )?(?:information|data) collection(?: and (?:use|usage))?$|^(?:henkilö)?tietojen (?:kerääminen|keruu)(?: ja (?:niiden )?käyttö)?$|^tiedonkeruu$|^(?:data|uppgifts)insamling$|(?<![\p{L}])rekisteri\p{L}* sisältämät (?:henkilö)?tiedot|^(?:submitted|provided) (?:personal )?(?:data|information)$|(?:data|information) (?:that )?you (?:provide|give|submit)|(?:tiedot,? jotka annat|antamasi (?:henkilö)?tiedot)|uppgifter (?:som )?du (?:lämnar|ger|uppger)|^registrets (?:person)?uppgifter$|^(?:personal )?(?:data|information) (?:stored|kept|recorded|held) (?:in|on) (?:the|our) (?:regist(?:ry|er)|database)$|^(?:personal )?(?:data|information) we (?:store|keep|record|hold)$/u,
  ],
  ['sources', /tietolähte|lähteet|(?<![\p{L}])mistä(?![\p{L}])|miten (?:\p{L}+ )?saamme(?! (?:käyttää|käsitellä|kerätä|luovuttaa))|uppgiftskäll|(?<![\p{L}])källor|varifrån|hur får vi(?! (?:använda|behandla|samla|lämna|spara))|\bsources?\b|where (?:do )?(?:we get|we obtain|the data come|does the data come)|how (?:do )?we (?:get|obtain|receive) (?:your|the)/u],
  ['recipients', /^(?:the )?(?:personal )?(?:data|information) (?:is|are) shared with$|luovut|vastaanottaj|vastaanottavat|kenelle|jaamme|vem vi delar|delar vi|delning av|käsittelijä|käsittelijöi|alihankkij|personuppgiftsbiträd|^(?:\d+\.?\s+)?biträden$|\bprocessors?\b|sub-?processors?|utlämn|mottagare|lämnas ut|vem delar|recipient|disclos|\bsharing\b|\bshare\b|who (?:we share|receives)|receiving (?:your |the )?(?:personal )?(?:data|details|information)(?! (?:from|about))|palveluntarjoaj|kolmannet osapuolet|^kolmannet tahot$|^tredje parter?$|^third parties$|kolmansille osapuolille|(?:till|med) tredje part|(?:tjänste)?leverantörer|(?:to|with) (?:third|3rd) parties|\bshared with (?!us\b|me\b)|service providers|\bvendors\b|(?<![\p{L}])dela(?:s|r)?(?![\p{L}])|pass(?:ed|ing)? on\b|\bhand(?:ed|ing)? over\b|\bhandover\b|lämna\p{L}* (?:\p{L}+ ){0,2}ut\b|ta del av|who (?:will|can|may) see|näkee tieto/u],
  ['transfers', /^(?:data location|tietojen sijainti|uppgifternas placering)$|(?<![\p{L}])siirto(?![\p{L}])|(?<![\p{L}])siirrot(?![\p{L}])|siirtäminen|ulkopuolelle|överföring|tredje ?land|utanför (?:eu|ees)|\btransfer(?:s|red|ring)?\b|outside (?:of )?(?:the )?(?:eu|eea|european)|international/u],
  ['retention', /^(?:the )?period (?:the )?(?:personal )?data (?:is|are) (?:saved|stored|kept)$|säilyt|archiving period|storage time|vanhenemi|poistaminen|lagringstid|lagringsperiod|hur länge|(?<![\p{L}])sparas|(?<![\p{L}])bevarande|(?<![\p{L}])lagring av|^lagring(?:en)?$|(?<![\p{L}])poistetaan\??$|(?<![\p{L}])när raderas|when (?:is|are|do we|will we) (?:\p{L}+ ){0,2}(?:deleted|delete|erased|erase)(?![\p{L}])|(?:storage|storing|keeping) (?:of )?(?:your )?(?:personal )?(?:data|information)|gallring|\bretention\b|how long|storage period|keep your|\bretain(?:s|ed)?\b/u],
  ['security', /suojau|suojataan|suojaamme|(?<![\p{L}])skydda(?:s|r|r vi)?(?![\p{L}])|tietoturva|skydd av (?:person)?uppgifter|skydd(?:et)? av registret|registerskydd|dataskydd(?!s?(?:ombud|beskrivning|policy|meddelande|redogörelse|förordning|lag))|informationssäkerhet|säkerhet|\bsecurity\b|protect/u],
  ['cookies', /eväste|cookie|(?<![\p{L}])kakor|analytiik|analytics/u],
  ['automated_decisions', /automaattinen (?:päätöksenteko|käsittely)|automatisoi\p{L}* (?:yksittäis)?päätö|profilointi|automatiserat? beslut|profilering|automated|profiling/u],
  ['changes', /^(?:\p{L}+ )?muutok|(?:seloste|ilmoitukse|käytännö|käytäntö|ehdo|ehtoje)\p{L}* (?:\p{L}+ )?muutok|muutoshistoria|(?:versio|päivitys)historia|(?:revisions|versions|ändrings)historik|(?:revision|version|change) history|(?<![\p{L}])ändringar|changes to|^changes$|updates to (?:this|the)/u],
  ['contact', /yhteydenot|yhteystiedot|kontaktuppgifter|kontaktinformation|kontakta oss|(?<![\p{L}])kontakt(?![\p{L}])|contact us|contacting us|how to contact|\bcontact\b/u],
  ['title', /tietosuojaseloste|rekisteriseloste|henkilö\p{L}*seloste|(?<![\p{L}])seloste(?![\p{L}])|dataskydds(?:beskrivning|policy|meddelande|redogörelse)|registerbeskrivning|integritetspolicy|integritetsmeddelande|privacy (?:notice|policy|statement)|data protection (?:notice|policy)/u],
];

/** Headings about the data subject's rights, also a right said as what the person may do ("Invänd mot behandling baserad på vårt berättigade intresse", "Object to processing"): Seloste writes that text itself. */
const RIGHTS = /(?<![\p{L}])oikeu(?:s|det|tesi|teni|temme|tenne|ksien|tta|ksiaan|ksiasi|ksia|ksista|ksistasi)(?![\p{L}])|tarkastusoikeu|tarkistusoikeu|tietojen (?:oikaisu|korjaaminen|korjaus|tarkastaminen|tarkistaminen)|tiedon (?:oikaisu|korjaaminen|korjaus)|virheellisten tietojen|rättelse|radering|registerutdrag|(?<![\p{L}])utdrag(?![\p{L}])|(?<![\p{L}])rätta(?![\p{L}])|rectification|correction of|access to (?:your|personal) data|kielto-?oikeu|korjausoikeu|rajoittamisoikeu|vastustamisoikeu|oikaisuoikeu|rättighet|(?<![\p{L}])rätt (?:att|till)(?![\p{L}])|klagomål|\brights?\b|(?<![\p{L}])valitu|complain|inverka på|påverka hur|vaikuttaa (?:\p{L}+ ){0,2}(?:käsittely|käsittelemiseen)|how (?:can )?you (?:can )?influence|^invänd(?:ning(?:ar)?)? mot|^begränsa (?:behandlingen|behandling)|^(?:rätt till )?dataportabilitet|^object(?:ing)? to |^restrict (?:the )?processing|^(?:right to )?data portability|^vastusta |^rajoita (?:\p{L}+ )?käsittely|^(?:oikeus )?(?:tietojen )?siirrettävyy/u;

function normalise(heading: string): string {
  return heading
    // A soft hyphen ("Personuppgifts&shy;behandlingar") only says where a word may break.
    .replace(/\u00ad/gu, '')
    .toLowerCase()
    .replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\)|[ivx]+\.)\s+/u, '')
    .replace(/[\s\u00a0]+/gu, ' ')
    .replace(/[.:;]+$/u, '')
    .trim();
}

/** The controller's right to process, which is its basis: "The controller's right to process personal data is based on", "Oikeus käsitellä tietoja perustuu". */
const RIGHT_TO_PROCESS = /right to process|why (?:we are|we're|are we) (?:allowed|permitted|entitled)|(?:what|which) (?:allows|entitles|permits) us|varför (?:vi )?får (?:vi )?(?:behandla|göra|använda)|miksi (?:saamme|voimme) käsitellä|millä oikeudella|oikeus käsitellä|rätt att behandla|käsittelyoikeu|(?:is|are) (?:\p{L}+ ){0,3}based on\??$|perustuu\??$|grundar sig på\??$|baseras på\??$|^vad (?:grundar sig|baseras|bygger) (?:\p{L}+ ){1,2}på\??$/u;

/** Whom to contact in matters of data protection: "Tietosuojaa koskevissa asioissa ota yhteyttä", "I frågor om dataskydd, kontakta oss", "In matters regarding data protection, please contact us". */
const CONTACT_ABOUT = /koskevissa (?:asioissa|kysymyksissä) (?:voit olla yhteydessä|voit ottaa yhteyttä|ota yhteyttä)|i (?:frågor|ärenden) (?:om|som (?:gäller|rör)) \p{L}+,? (?:kan du )?kontakta|(?:matters|questions) (?:regarding|concerning|about|on) (?:data protection|privacy|personal data),? (?:please |you can )?contact/u;

/** How or why the site uses cookies: the part on cookies, not on the purposes of the register ("How do we use Cookies?", "Miten käytämme evästeitä?"). */
const USE_OF_COOKIES =
  /^(?:what are cookies|what is a cookie) and (?:how|why) (?:do )?we use (?:them|it|cookies)\??$|^mitä evästeet ovat ja (?:miten|miksi) käytämme (?:niitä|evästeitä)\??$|^vad är (?:kakor|cookies) och (?:hur|varför) använder vi (?:dem|kakor|cookies)\??$|^(?:how|why) (?:do )?we use (?:the )?cookies\??$|^(?:miten|miksi) käytämme evästeitä\??$|^(?:hur|varför) använder vi (?:cookies|kakor)\??$/u;

/** A heading of the contact form, whose section tells what the form collects and why, not how to reach anyone: "Use of contact forms on our website", "Yhteydenottolomake". */
const CONTACT_FORM = /^(?:(?:the )?use of )?(?:(?:our|the) )?(?:contact ?forms?|yhteydenottolomak\p{L}*|kontaktformulär\p{L}*)(?: on (?:our|the) (?:web ?site|site|pages?))?$/u;

/** The DPO named as the one to contact: the heading is the DPO's. */
const OFFICER = /tietosuojavastaa|dataskyddsombud|personuppgiftsombud|data protection officer|\bdpo\b/u;

/** Headings that ask who sees the data ("Vilka kan se uppgifterna?"), or who else processes it ("Kuka muu käsittelee tietojasi?"): about recipients, though "access to your data" is also a right. */
const WHO_SEES = /who (?:has|have|can|may|will) (?:have )?access|^(?:vem|vilka) (?:som )?(?:får|kan få|kan ta|tar) del av (?:\p{L}+ )?(?:person)?uppgift\p{L}*|^(?:vem|vilka)(?: andra| mer)? (?:kan|får) (?:se|ta del av) (?:\p{L}+ )?(?:person)?uppgift\p{L}*|^ketkä (?:muut )?(?:näkevät|voivat nähdä) (?:\p{L}+ )?(?:henkilö)?tie(?:to|do)\p{L}*|(?:vem|vilka)(?: andra| mer)? (?:har|får|kan (?:komma (?:att )?)?få) tillgång|kenellä on pääsy|ketkä (?:muut )?(?:käsittelevät|pääsevät)|kuka (?:muu )?käsittelee|(?:vem|vilka) (?:mer|annars|andra) (?:behandlar|hanterar)|who else (?:processes|handles|sees)|(?:vem|vilka) har rätt att (?:behandla|se|använda)|kenellä on oikeus (?:käsitellä|nähdä|käyttää)|who (?:has|have) the right to (?:process|see|access|use)|^who helps us(?![\p{L}])|^(?:vem|vilka) hjälper oss(?![\p{L}])|^(?:ketkä auttavat|kuka auttaa) meitä(?![\p{L}])|^tillgång till lagrade (?:person)?uppgifter$/u;

/** The services the site uses: "Kolmannen osapuolen palvelut", "Kolmansien osapuolten palvelut", "Vilka andra tjänster sidan använder", "Third-party services", "Services we use". */
const SERVICES_USED =
  /^(?:kolmannen osapuolen|kolmansien osapuolten|ulkopuoliset|käyttämämme) palvelut$|^(?:vilka )?(?:andra |externa )?tjänster (?:som )?(?:vi|sidan|webbplatsen|appen) använder$|^tredjepartstjänster$|^(?:third[- ]party|external) services$|^(?:other )?services (?:we|the site) uses?$/u;

/** Where the data are kept: "Missä tietoja säilytetään", "Var uppgifterna sparas", "Where the data are stored": where they go, not how long. */
const WHERE_KEPT = /^(?:missä|var|where) (?!tilante|tapauks|tarkoitu|syyst|situation|case|circumstance|fall|ändamål|syfte)/u;
/** What such a heading says of the data, where nothing else names a part: "Var uppgifterna finns", "Var behandlas uppgifterna?", "Missä tiedot ovat", "Where the data are", "Where we store your data". */
const WHERE_VERB = /(?<!\p{L})(?:stored|kept|held|hosted|processed|located|store|keep|process|are|is|finns|är|lagras|sparas|förvaras|behandlas|behandlar|lagrar|sparar|förvarar|ovat|on|sijaitsevat|sijaitsee|pidetään|säilytetään|käsitellään|käsittelemme|säilytämme|tallennamme)(?!\p{L})/u;
/** The data such a heading is about: "Where is the office" is not. */
const WHERE_DATA = /(?<!\p{L})(?:data|information|tiedot|tietoja|tietosi|henkilötiedot|uppgifter\p{L}*|personuppgifter\p{L}*)(?!\p{L})/u;

/** "… ja miksi", "… och varför", "… and why": a heading on the data that speaks of their purposes too. */
const AND_WHY = /(?:ja|och|and) (?:niiden )?(?:miksi|varför|why|käyttö|användning|use|usage)$|^(?:insamling och användning|collection and use) of |(?:ja|och|and) (?:miksi|varför|why)(?![\p{L}])/u;

/** "Användning av personuppgiftsbiträden", "Use of processors", "Käsittelijöiden käyttö": who is used, not what for. */
const USE_OF = /^(?:användning(?:en)? av|(?:the )?use of) |(?:jöiden|jien|jan) käyttö$/u;

/** Rights that are not the data subject's: "Intellectual property rights", "Immateriella rättigheter", "Upphovsrätt", "Copyright". */
const OTHER_RIGHTS = /intellectual property|immateriel\p{L}* rättighet|immateriaalioikeu|(?<!\p{L})upphovsrätt|tekijänoikeu|copyright|trademark|varumärke|tavaramerk|rights reserved/u;

/**
 * A case of the organisation's role, not the role's part: "När Norrplex är personuppgiftsansvarig", "Kun
 * Esimerkki toimii henkilötietojen käsittelijänä", "When we act as a processor"; what it heads is a part of the
 * section above it.
 */
const ROLE_CASE = new RegExp(
  String.raw`^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:när|då|om)\s+(?:\S+\s+){0,3}(?:är|agerar(?:\s+som)?|fungerar som)|(?:kun|silloin kun|jos)\s+(?:\S+\s+){0,3}(?:on|olemme|toimii|toimimme)|(?:when|where|if)\s+(?:\S+\s+){0,3}(?:is|are|(?:is\s+|are\s+)?acting as|acts? as))\s+(?:(?:the|a|an|data|joint|gemensamt|henkilötietojen)\s+)*(?:personuppgiftsansvarig\p{L}*|personuppgiftsbiträde\p{L}*|(?:yhteis)?rekisterinpitäjä\p{L}*|(?:henkilötietojen\s+)?käsittelijä\p{L}*|controller|processor)$`,
  'u',
);

/**
 * The two roles set against each other, a heading on which one the organisation has: "Henkilötietojen käsittelijä
 * vai rekisterinpitäjä", "Controller or processor?", "Personuppgiftsansvarig eller personuppgiftsbiträde": not the
 * part that says who the controller is.
 */
const ROLES_SET_APART =
  /(?:käsittelijä|rekisterinpitäjä)(?!\p{L})\s+(?:vai|tai)\s+(?:henkilötietojen\s+)?(?:rekisterinpitäjä|käsittelijä)(?!\p{L})|(?:controller|processor)s?\s+(?:or|vs\.?|versus)\s+(?:data\s+)?(?:processor|controller)s?(?!\p{L})|(?:personuppgiftsansvarig|personuppgiftsbiträde)\s+eller\s+(?:personuppgiftsbiträde|personuppgiftsansvarig)(?!\p{L})/u;

/**
 * Keeping the data safe, which is their security, not how long they are kept: "How do we keep your Personal Data safe?",
 * "Hur håller vi dina uppgifter säkra?", "Miten pidämme tietosi turvassa?"; and the parts of the old register
 * description's section on security, lettered "A Manuaalinen aineisto", "B ATK:lla käsiteltävät tiedot" (unlettered, the
 * same words head the data themselves).
 */
const KEEP_SAFE =
  /^[ab][.:]?\s+(?:manuaalinen aineisto|atk:lla käsiteltävät tiedot|sähköisesti (?:käsiteltävät|tallennetut) tiedot)$|(?<!\p{L})(?:keep|keeping|kept)\s+(?:\p{L}+\s+){0,4}?(?:safe|secure)(?!\p{L})|(?<!\p{L})(?:håll(?:a|er)?|hålls)\s+(?:\p{L}+\s+){0,4}?(?:säkr\p{L}*|trygg\p{L}*)|(?<!\p{L})(?:pidä|pidämme|pidetään|säilytä|säilytämme|säilytetään)\s+(?:\p{L}+\s+){0,3}?(?:turvassa|turvallisesti|suojattuina)(?!\p{L})/u;

/**
 * People who are contacts at another organisation, as a group the notice has data of: "Contact persons at
 * a vendor or another business partner", "Asiakasyritysten yhteyshenkilöt", "Kontaktpersoner hos våra
 * leverantörer". Not the controller's contact person: what the section holds is that group's processing.
 */
const OTHERS = String.raw`(?:vendors?|suppliers?|customers?|clients?|(?:business )?partners?|companies|organi[sz]ations)`;
const PARTNER_CONTACTS = new RegExp(
  [
    String.raw`contact persons (?:at|of|for|with) (?:a |an |the |our |other |another )?${OTHERS}(?![\p{L}])(?! (?:matters|enquiries|inquiries|questions))`,
    String.raw`contact person (?:at|of|with) (?:a|an|another) (?:\p{L}+ )?${OTHERS}(?![\p{L}])`,
    String.raw`(?:customers?|clients?|vendors?|suppliers?|partners?)['’]?s? contact persons`,
    String.raw`(?:asiakkaiden|asiakasyritysten|asiakasorganisaatioiden|yritysasiakkaiden|yhteistyökumppanien|yhteistyökumppaneiden|kumppanien|kumppaneiden|toimittajien|alihankkijoiden|sidosryhmien) yhteyshenkilö(?:t|iden|itä)`,
    String.raw`kontaktpersoner (?:hos|för|på|vid) (?:våra |andra )?(?:leverantör|kund|samarbetspartner|partner|affärspartner|företag|organisation)`,
    String.raw`kontaktperson hos (?:en|ett|annan|annat) (?:\p{L}+ )?(?:leverantör|kund|samarbetspartner|partner|affärspartner|företag|organisation)`,
    String.raw`(?:kunders|leverantörers|samarbetspartners|partners) kontaktpersoner`,
  ].join('|'),
  'u',
);

/** A heading on keeping the data and deleting them: "Lagring och radering", "Säilytys ja poistaminen", "Storage and deletion". */
const KEPT_FIRST = /^(?:lagring|säilytys|storage|retention)\s+(?:och|ja|and|&)\s+(?:radering|gallring|poistaminen|poisto|deletion|erasure)$/u;

const HOW_LONG = /how long|kuinka kauan|kuinka pitkään|miten kauan|miten pitkään|hur länge|för hur lång tid/u;

/** The kinds a heading maps to, main kind first; empty when it maps to nothing. */
export function classifyHeading(heading: string): SectionKind[] {
  const text = normalise(heading);
  if (!text) return [];
  if (WHO_SEES.test(text) || SERVICES_USED.test(text)) return ['recipients'];
  if (PARTNER_CONTACTS.test(text)) return [];
  if (CONTACT_ABOUT.test(text) && !OFFICER.test(text)) return ['contact'];
  if (CONTACT_FORM.test(text)) return [];
  if (USE_OF_COOKIES.test(text)) return ['cookies'];
  if (RIGHT_TO_PROCESS.test(text)) return ['legal_basis'];
  if (OTHER_RIGHTS.test(text)) return [];
  // "Lagring och radering", "Storage and deletion": how long data are kept and when they go, not the right to erasure.
  if (RIGHTS.test(text)) return KEPT_FIRST.test(text) ? ['retention'] : ['rights'];
  if (KEEP_SAFE.test(text) && !HOW_LONG.test(text)) return ['security'];
  const kinds: SectionKind[] = [];
  for (const [kind, re] of KEYWORDS) if (re.test(text)) kinds.push(kind);
  if (USE_OF.test(text) && kinds.includes('recipients')) return ['recipients'];
  if ((ROLE_CASE.test(text) || ROLES_SET_APART.test(text)) && (kinds[0] === 'controller' || kinds[0] === 'recipients')) return [];
  if (WHERE_KEPT.test(text) && (kinds[0] === 'retention' || (!kinds.length && WHERE_VERB.test(text) && WHERE_DATA.test(text)))) return ['transfers'];
  // "Mitä tietoja käsitellään ja miksi", "… och varför", "… and why": the data and their purposes.
  if (kinds[0] === 'data_categories' && AND_WHY.test(text) && !kinds.includes('purposes')) kinds.push('purposes');
  // A bare "yhteystiedot" / "contact" next to something more specific adds nothing.
  if (kinds.length > 1) return kinds.filter((k) => k !== 'contact' && k !== 'title');
  return kinds;
}

/** The heading names a part of a register (not only a title). */
export function isKnownHeading(heading: string): boolean {
  return classifyHeading(heading).length > 0;
}
