/**
 * What a published notice says, in its own words, of a part of the register its draft lacks: where
 * the data come from, whether they must be given, when the notice was updated, what data it processes,
 * how long they are kept, where they are, on what basis they are processed, who its data protection
 * officer is and how to reach them (to whom data go: `recipients-said.ts`). The draft holds what the
 * import's recognisers read; a part the notice states in words they did not read is not missing
 * from the notice, and the audit does not say it is.
 */
import { isEea, providers } from '../data/data.js';
import { findWords, names, words, wordsBefore } from '../check/words.js';
import { CONDITIONAL, EEA, NEGATION, OUTSIDE } from '../check/transfer-words.js';
import { statedBases, withoutOthersBasis } from '../import/recognise/bases.js';
import { cookieBasis } from '../import/recognise/cookie-basis.js';
import { isEeaPlace } from '../import/recognise/countries.js';
import { BETWEEN, DATE_LABEL, findDate, findMonth } from '../import/recognise/dates.js';
import { escape } from '../import/recognise/recipient-paragraph.js';
import { STAYS } from '../import/recognise/transfer-sentences.js';
import { namesAuthority } from './authority-names.js';
import type { SectionKind } from '../import/headings.js';
import type { LegalBasis } from '../types.js';
import type { Passage } from './passages.js';

/** The passages of sections about a part, headings left out. */
function inSection(passages: readonly Passage[], kind: SectionKind): Passage[] {
  return passages.filter((p) => !p.heading && p.kinds.includes(kind));
}

function anySays(passages: readonly Passage[], pattern: RegExp): boolean {
  return passages.some((p) => findWords(p.text, pattern).length > 0);
}

/** The data come from the person: "henkilöltä itseltään", "you give us", "du fyller själv i", "från din dator". */
const FROM_THE_PERSON = words([
  // fi
  'itseltään', 'itse tallentaa', 'tallentaa käyttäjä itse', 'annetaan meille', 'annat meille', 'antamasi tiedot', 'ilmoittamat tiedot',
  'jotka annat', 'jotka itse annat', 'itse antamat', 'itse antamasi', 'itse syöttämät', 'jotka syötät', 'syöttämäsi tiedot',
  'saamme nämä tiedot', 'saamme tiedot', 'olet saattanut antaa', 'peräisin rekisteröidyltä', 'saadaan rekisteröidyiltä',
  'suoraan käyttäjiltä', 'suoraan käyttäjältä', 'suoraan rekisteröidyltä', 'suoraan rekisteröidyiltä', 'suoraan asiakkaalta', 'suoraan asiakkailta', 'suoraan jäseniltä',
  'saadaan rekisteröidyltä', 'saadaan asiakkaalta', 'saadaan asiakkailta', 'saadaan henkilöiltä', 'saadaan henkilöltä', 'saadaan jäseniltä',
  // en
  'you give us', 'you may give us', 'you provide', 'you provide us', 'provided by you', 'given by you', 'directly from you', 'from you or',
  'directly from the user*', 'directly from users', 'directly from the data subject*', 'directly from the customer*', 'directly from customers',
  'directly from the member*', 'directly from members', 'obtained from the user', 'obtained from the users', 'obtained from the data subject*', 'received from the user', 'collected from the user',
  'information you give', 'data you give', 'details you give', 'you enter', 'you submit', 'entered by you', 'what you entered',
  'collect information about customers', 'collect information about visitors', 'collect information about users', 'collect data about visitors',
  // sv
  'du själv', 'själv fylla i', 'fyller du i', 'direkt från dig', 'från dig', 'direkt från användar*', 'direkt från den registrerade', 'direkt från kund*', 'direkt från medlem*', 'från din dator', 'från din webbläsare', 'som du lämnar', 'som du uppger',
  'uppgifter du lämnar', 'uppgifterna du lämnar', 'du lämnar till oss', 'som du anger', 'uppgifter du anger',
  'samlar in personuppgifter från', 'följande källor',
  // what the person does when the data are collected: the data are theirs ("when you sign up", "när du gör ett köp")
  'kun tilaat', 'kun rekisteröidyt', 'kun otat yhteyttä', 'kun täytät', 'kun lähetät', 'kun luot', 'kun ilmoittaudut', 'kun liityt',
  'käyttäjä syöttää', 'käyttäjän syöttämät',
  'when you sign up', 'when you register', 'when you create', 'when you contact us', 'when you make a purchase', 'when you buy',
  'when you order', 'when you fill in', 'when you subscribe', 'things you send us',
  'när du gör ett köp', 'när du handlar', 'när du skapar', 'när du kontaktar', 'när du prenumererar', 'när du registrerar',
  'när du anmäler', 'när du fyller i', 'i följande situationer',
  // what the site or app collects from the person's device as they use it
  'kerää automaattisesti', 'automaattisesti keräämät', 'automaattisesti kerätyt', 'kerätään automaattisesti',
  'collected automatically', 'automatically collect*', 'samlas in automatiskt', 'samlar automatiskt', 'samlar vi automatiskt',
]);

/** Giving the data said to be required, voluntary or a condition of something, with its consequence. */
const PROVISION = words([
  // fi
  'antaminen on * edellytys', 'antaminen on * * edellytys', 'antaminen on * * * edellytys', 'antaminen on edellytys',
  'henkilötietojen luovuttaminen on edellytys', 'tietojen luovuttaminen on edellytys', 'att lämna * är en förutsättning', 'att lämna * * är en förutsättning',
  'providing * is a condition', 'providing * * is a condition', 'providing * * * is a condition', 'providing * is a requirement', 'providing * * is a requirement',
  // "Handing in personal details is a prerequisite for a contract to be made"
  'handing in * is a prerequisite', 'handing in * * is a prerequisite', 'handing in * * * is a prerequisite', 'providing * is a prerequisite', 'providing * * is a prerequisite',
  'providing * * * is a prerequisite', 'giving * is a prerequisite', 'giving * * is a prerequisite', 'giving * * * is a prerequisite',
  // "Provision of such Personal Data is necessary to use and purchase our Services"; "If you do not want to give one or more of the mandatory consents, … we cannot offer you the service"
  'provision of * is necessary', 'provision of * * is necessary', 'provision of * * * is necessary', 'if you do not want to give', 'if you do not give', 'if you do not provide',
  'antaminen on vapaaehtoi*', 'antaminen on * vapaaehtoi*', 'antaminen on pakollis*', 'antaminen on * pakollis*',
  // keeping the data a condition of becoming a customer or a member: "asiakkaaksi tulon edellytyksenä on, että henkilöstä voidaan tallentaa tietoja"
  'edellytyksenä on, että * voidaan tallentaa', 'edellytyksenä on, että * tallennetaan', 'edellytyksenä on, että * voidaan kerätä',
  'et voi kieltäytyä antamasta', 'ei ole velvollinen antamaan', 'et ole velvollinen antamaan', 'pakollisista tiedoista',
  'pakolliset tiedot', 'pakollisia tietoja ei anneta', 'jos pakollisia tietoja',
  // membership or the service that the data are a condition of: "Jos yritystietoja ei toimiteta ei ole mahdollista olla jäsenenä",
  // "Tiedot joita keräämme ovat vaadittuja palvelun tarjoamiseksi"
  'jos *tietoja ei toimiteta', 'jos *tietoja ei anneta', 'jos *tietoja ei ilmoiteta', '*tiedot ovat vaadittuja', '*tiedot * ovat vaadittuja',
  '*tiedot * * ovat vaadittuja', 'on vaadittu tieto', 'ilman * ei ole mahdollista olla jäsen*', 'ilman * ja * ei ole mahdollista olla jäsen*',
  'ilman * ei voi olla jäsen*', 'ilman * ja * ei voi olla jäsen*', 'jos * ei anna nimeään', 'jos * ei anna *tietojaan', 'jos * ei anna *tietoja',
  // en
  'not obliged to provide', 'not obliged to share', 'not obliged to give', 'not legally obliged', 'not legally obligated',
  'not required to provide', 'must be provided', 'has to be provided', 'have to be provided', 'required information',
  'if the required', 'mandatory information', 'mandatory fields',
  // "Personal data that we request from you and indicated as mandatory is required to be provided"
  'indicated as mandatory', 'marked as mandatory', 'marked as required',
  // sv
  'du är inte skyldig', 'inte skyldig att lämna', 'frivilligt att lämna', 'uppgifterna är frivilliga', 'uppgifterna är obligatoriska',
  'obligatoriska uppgifter', 'obligatoriska uppgifterna', 'om de obligatoriska',
  // which data a service needs, or that some are optional: "Henkilötiedot tarvitaan, jotta …", "commenting requires a name"
  'tarvitsee henkilötiedot', 'henkilötiedot tarvitaan', 'tiedot tarvitaan', '*iin vaaditaan', '*seen vaaditaan', 'ilman näitä tietoja',
  'ovat vapaaehtoisia', 'on vapaaehtoista',
  // the fields marked required in the list of data: "Tilin perustiedot (pakolliset rekisteröitymisessä)", "Name (required)";
  // not one field marked optional ("Email (optional)"), which leaves the others unsaid
  '(pakollinen)', '(pakollinen tieto)', '(pakolliset *', '(required)', '(mandatory)', 'required fields', 'mandatory fields',
  '(obligatorisk)', '(obligatoriskt)', '(obligatoriska *', 'obligatoriska fält',
  'are optional', 'is optional', 'without it you cannot', 'without them you cannot', 'without this information', 'is required to create',
  'are required to create', 'is required to use', 'are required to use', 'is required to register', 'needed to provide', 'needed to create',
  // what an account needs, item by item: "A name is required in order to register an account", "must be specified in order to register"
  'is required in order to register', 'are required in order to register', 'is required in order to create', 'are required in order to create',
  'must be specified in order to register', 'must be given in order to register', 'must be provided in order to register',
  'is required in order to sign up', 'are required in order to sign up', 'is required in order to place an order', 'are required in order to place an order',
  'måste anges för att', 'krävs för att registrera', 'on pakollinen tieto', 'ovat pakollisia tietoja', 'vaaditaan rekisteröitymiseen', 'tarvitaan rekisteröitymiseen',
  'är frivilliga', 'är frivilligt', 'är valfria', 'är valfritt', 'utan dessa uppgifter', 'krävs för att skapa', 'krävs för att använda',
  'krävs för att kunna', 'behövs för att skapa', 'behövs för att använda', 'behövs för att kunna',
  // the data an order needs: "samlar vi in de uppgifter som krävs för att fullfölja din beställning"
  'krävs för att fullfölja', 'krävs för att genomföra', 'behövs för att fullfölja', 'required to complete', 'required to fulfil*', 'needed to complete',
  'tilauksen toimittamiseksi tarvittavat', 'tilauksen toteuttamiseksi tarvittavat', 'tilauksen toimittamiseen tarvittavat',
  // that the data must be given to take part, or what follows if they are not: "krävs ändå att du överlämnar dina personuppgifter"
  'krävs att du lämnar', 'krävs att du uppger', 'krävs att du överlämnar', 'krävs * att du lämnar', 'krävs * att du överlämnar',
  'inte överlämna dina personuppgifter', 'inte lämna dina personuppgifter', 'inte lämnar dina personuppgifter', 'inte kan utföras',
  'inte nödvändigtvis kan utföras', 'jos et anna', 'jos et halua antaa', 'emme voi tarjota', 'emme pysty tarjoamaan',
  'if you do not provide', 'if you choose not to provide', 'if you decide not to provide', 'not be able to provide',
  'väljer att inte lämna vissa personuppgifter', 'väljer att inte lämna dina personuppgifter', 'väljer att inte lämna personuppgifter',
  'väljer att inte lämna * uppgifter', 'väljer att inte lämna uppgifter', 'väljer att inte uppge', 'väljer du att inte lämna uppgifter',
  // the data joining needs, or that taking part needs none: "kirjaamme liittymiseen vaadittavat henkilötietosi", "is not required to take part"
  // taking part in a study is voluntary, and so is giving what it asks: "Participation in the study is voluntary"
  'participation is voluntary', 'participation in the study is voluntary', 'participation in this study is voluntary',
  'participation in the research is voluntary', 'taking part is voluntary', 'osallistuminen on vapaaehtoista',
  'osallistuminen tutkimukseen on vapaaehtoista', 'tutkimukseen osallistuminen on vapaaehtoista', 'deltagandet är frivilligt',
  'deltagande är frivilligt', 'deltagandet i studien är frivilligt', 'deltagande i studien är frivilligt',
  // an account the app needs, with what it asks: "To use the app, you will need to create an account … The profile requires the following information"
  'you will need to create an account', 'you need to create an account', 'you must create an account',
  'liittymiseen vaadittava*', 'jäsenyyteen vaadittava*', 'not required to take part', 'not strictly required to take part', 'not required to participate',
  // that nothing need be given: "Signing in is never required", "No account needed", "Kirjautuminen ei ole pakollista", "Inget konto krävs".
  'is never required', 'are never required', 'no account needed', 'no account is needed', 'without an account',
  'ei ole koskaan pakollista', 'ei ole pakollista', 'tiliä ei tarvita', 'ilman tiliä',
  'krävs aldrig', 'inget konto krävs', 'inget konto behövs', 'utan konto',
  'ei vaadi kirjautumista', 'ei vaadi rekisteröitymistä', 'ei edellytä kirjautumista', 'ei edellytä rekisteröitymistä',
  'does not require signing in', 'does not require an account', 'does not require registration', 'kräver ingen inloggning', 'kräver inget konto',
  // the least a contract needs: "För att kunna teckna avtal med oss måste du som minimum informera om namn …"
  'måste du som minimum', 'måste du minst', 'you must at least provide', 'at a minimum you must', 'sinun on vähintään annettava', 'on annettava vähintään',
  // data given only by the person's choice: "– endast om du ger tillåtelse"
  'endast om du ger tillåtelse', 'only if you give permission', 'vain jos annat luvan',
  // the site works without what the person may choose to allow: "Sivuston muu sisältö toimii ilman … hyväksymistä"
  'toimii ilman', 'works without', 'fungerar utan',
  // data that the law requires: "Uppgifterna … är de som krävs enligt lag"
  'som krävs enligt lag', 'jotka laki edellyttää', 'that the law requires',
  // that the service needs the data, or what follows without them: "Palvelun toteuttaminen edellyttää … henkilötietojen
  // antamista. Mikäli välttämättömiä henkilötietoja ei anneta, palvelua ei välttämättä voida toteuttaa", "Om du
  // motsätter dig denna typ av behandling kan vi tyvärr inte erbjuda Tjänsten"
  'toteuttaminen edellyttää henkilötietojen antamista', 'toteuttaminen edellyttää * henkilötietojen antamista', 'toteuttaminen edellyttää * * * henkilötietojen antamista',
  'mikäli välttämättömiä henkilötietoja ei anneta', 'jos välttämättömiä henkilötietoja ei anneta', 'mikäli tarvittavia tietoja ei anneta', 'jos tarvittavia tietoja ei anneta',
  'kan vi tyvärr inte erbjuda tjänsten', 'kan vi inte erbjuda tjänsten', 'kan vi inte erbjuda dig tjänsten', 'kan vi tyvärr inte erbjuda dig tjänsten',
  // that the person may refuse what is asked, and what follows: "You are free to refuse our request for your personal
  // information, with the understanding that we may be unable to provide you with some of your desired services",
  // "Vissa personuppgifter behöver vi för att kunna tillhandahålla våra tjänster till dig"
  'free to refuse our request for your personal', 'free to decline our request for your personal',
  'refuse to provide your personal', 'decline to provide your personal', 'kieltäytyä antamasta tieto*', 'kieltäytyä antamasta henkilötieto*',
  'vissa personuppgifter behöver vi för att kunna', 'vissa uppgifter behöver vi för att kunna', 'välja att inte lämna dina uppgifter',
]);

/** The data given by the person's own choice: "Vi samlar in uppgifter du lämnar frivilligt", "tiedot, jotka annat vapaaehtoisesti", "the message you choose to provide". */
const VOLUNTARILY = words([
  'lämnar frivilligt', 'lämnat frivilligt', 'annat vapaaehtoisesti', 'annat meille vapaaehtoisesti', 'antanut vapaaehtoisesti',
  'antanut meille vapaaehtoisesti', 'annettu vapaaehtoisesti', 'vapaaehtoisesti antama*',
  'provide voluntarily', 'provided voluntarily', 'voluntarily provide*', 'voluntarily given',
  // what the person chooses to give, or gives on their own initiative (not only that the data come from them:
  // "jotka itse annat", "som du själv anger" say where the data come from, not that giving them is free)
  'du väljer att lämna', 'du själv väljer att lämna', 'på eget initiativ', 'omasta aloitteestasi', 'omasta aloitteesta',
  'you choose to provide', 'you choose to give', 'you choose to share', 'you choose to send', 'you choose to submit', 'on your own initiative',
  'du väljer att skicka', 'valitset lähettää', 'päätät lähettää',
]);

/** "Any other information you voluntarily provide": some data are voluntary, so others are not, and what follows is unsaid. */
const OTHER = words(['other', 'muut', 'muita', 'muuta', 'övriga', 'andra', 'annan', 'annat']);

/**
 * All the data given said to be given by choice, not only some "other" data beside required ones, and
 * not in passing where the notice says how long they are kept ("Any data you voluntarily provide
 * through the form will be kept for 180 days").
 */
function allVoluntary(p: Passage): boolean {
  // "annat" is the Swedish "other" and the Finnish "you give": only words outside the phrase can be "other".
  const rest = p.text.replace(VOLUNTARILY, ' ');
  return findWords(p.text, VOLUNTARILY).length > 0 && !findWords(rest, OTHER).length && !findWords(p.text, KEEPS).length;
}

/** The words that mark an item as one to give or not. */
const MARK = String.raw`(?:osittain\s+|ei\s+|inte\s+|not\s+)?(?:pakollinen|valinnainen|vapaaehtoinen|mandatory|optional|required|obligatorisk\p{L}*|frivillig\p{L}*|valfri\p{L}*)`;

/**
 * An item marked as one to give or not: in brackets ("Sukunimi (pakollinen)", "Telefon (valfritt)"),
 * after a comma at its end ("avatar, jos käyttäjä sellaisen asettaa, ei pakollinen"), or opening it
 * ("Vapaaehtoinen muistiinpano").
 */
const PROVISION_MARK = new RegExp(String.raw`\(${MARK}(?:\s+tieto)?\)|,\s*${MARK}\s*[.;]?\s*$|^\s*${MARK}\s+\p{L}`, 'iu');

/** The notice itself, named in a sentence that dates it. */
const THE_NOTICE = words(['seloste*', 'tietosuojaseloste*', 'tietosuojakäytäntö*', 'policy', 'policyn', 'integritetspolicy*', 'notice', 'statement', 'versio*', 'version*']);

/** How long data are kept: a verb of keeping or deleting, and a time or an event it counts to. */
const KEEPS = words([
  'säilytetään', 'säilytämme', 'säilyvät', 'poistetaan', 'poistamme', 'hävitetään', 'tuhotaan', 'anonymisoidaan',
  'kept', 'retained', 'stored', 'deleted', 'destroyed', 'erased', 'held',
  'sparas', 'lagras', 'raderas', 'gallras', 'rensas', 'förstörs', 'tas bort', 'finns kvar', 'behålls',
]);
/** A time, or an event the time counts from ("tapahtuman päätyttyä"): not "until you ask", which is no criterion. */
const UNTIL = words([
  'vuo*', 'kuukau*', 'viiko*', 'päivä*', 'vuorokau*', 'päätyttyä', 'päättymisestä', 'jälkeen',
  'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'after',
  'år', 'året', 'månad*', 'veck*', 'dag*', 'efter',
  // the end of a membership: "Yhdistyksestä eronneet henkilöt poistetaan rekisteristä", "members who resign are deleted"
  'eronnee*', 'eroamisen', 'erotessa', 'resigned', 'resign', 'utträtt', 'utträder', 'utträdande',
]);

/** For as long as a named thing lasts: "säilytetään asian käsittelyn ajan", "for the duration of the membership"; not "as long as necessary". */
const DURING =
  /(?<!\p{L})(?:käsittelyn|jäsenyyden|sopimuksen|asiakkuuden|asiakassuhteen|voimassaolon|tilauksen|palvelun käytön) ajan(?!\p{L})|(?<!\p{L})for the duration of (?:the|your) (?:membership|contract|customer relationship|account|subscription|handling|processing of your)(?!\p{L})|(?<!\p{L})under (?:den tid|tiden) (?:som )?(?:medlemskapet|avtalet|kundrelationen|ärendet)(?!\p{L})/iu;

/** Where the data are: in the EU or EEA, or in a country named. */
const INSIDE = words([
  'EU:n alueella', 'ETA:n alueella', 'EU-alueella', 'ETA-alueella', 'Euroopan talousalueella', 'Euroopan unionin alueella', 'EU:ssa', 'EU:ssä',
  'in the EU', 'in the EEA', 'within the EU', 'within the EEA', 'in the European Union', 'in the European Economic Area',
  'inom EU', 'inom EES', 'i EU', 'i EES',
]);
const COUNTRY_OUTSIDE = words([
  'Yhdysvalloissa', 'Yhdysvaltoihin', 'Yhdysvaltain', 'in the United States', 'in the US', 'in the USA', 'to the United States', 'to the US',
  'i USA', 'till USA', 'i Förenta staterna',
]);
/** A transfer outside that may happen: "saattavat säilyttää", "may be transferred", "om … måste dela". */
const MAYBE = words(['saattaa*', 'saattavat', 'voi', 'voivat', 'voidaan', 'may', 'might', 'can', 'could', 'kan', 'om', 'if', 'jos', 'mikäli']);

/** A basis under Art. 6(1), in words. */
export const BASIS = words([
  'suostumu*', 'sopimu*', 'oikeutettu* et*', 'oikeutetun edun', 'oikeutettuihin etuihin', 'lakisääteis* velvo*', 'lakiin perustuv* velvo*',
  'yleisen edun', 'julkisen vallan', 'elintärke*',
  'consent', 'contract*', 'agreement', 'legitimate interest*', 'legal obligation*', 'public task', 'public interest', 'vital interest*',
  'samtycke', 'avtal', 'intresseavvägning', 'berättigat intresse', 'berättigade intressen', 'rättslig förpliktelse', 'rättsligförpliktelse', 'allmänt intresse', 'myndighetsutövning',
]);
/**
 * What introduces a basis: "oikeusperusteena on", "the legal basis is", "grundar sig på"; and what
 * says that a use rests on consent, whatever the use is called ("analytics rely on your consent").
 * Only consent: "we rely on standard contractual clauses" names no contract of the data subject.
 */
const BASIS_CUE = words([
  'oikeusperust*', 'käsittelyn peruste*', 'käsittelyn perusteena', 'perusteena on', 'käsittely perustuu', 'käsittely perustuvat',
  'perustuu suostumu*', 'perustuvat suostumu*', 'perustuu antama* suostumu*', 'perustuvat antama* suostumu*',
  'legal basis', 'lawful basis', 'is based on', 'are based on', 'rel* on your consent', 'rel* on consent', 'rest* on your consent', 'rest* on consent',
  'rättslig grund', 'rättsliga grunden', 'laglig grund', 'lagliga grunden', 'grundar sig på', 'bygger på ditt samtycke', 'bygger på samtycke', 'vilar på ditt samtycke', 'vilar på samtycke',
]);
const PROCESSING = words(['käsittel*', 'käsitellä', 'käsitellään', 'process*', 'behandl*']);
const CONSENT = words(['suostumu*', 'consent', 'samtyck*']);

/** Data of the special categories, named as such or as health data. */
const SPECIAL = words([
  'arkaluonto*', 'arkaluonte*', 'erityis* henkilötietoryhm*', 'terveydentila*', 'terveystie*', 'special categor*', 'sensitive', 'health',
  'känslig*', 'särskild* kategori*', 'hälsa', 'hälsouppgift*',
]);
const EXPLICIT_CONSENT = words(['nimenomai* suostumu*', 'explicit consent', 'uttryckligt samtycke', 'uttryckliga samtycke']);

/** A condition of Art. 9(2) other than consent, named in its words: research, legal claims, data made public, employment law. */
const OTHER_CONDITION = words([
  'tieteellinen tai historiallinen tutkimus*', 'tieteellistä tai historiallista tutkimusta*', 'oikeusvaatee*', 'nimenomaisesti saattanut julkisiksi',
  'scientific or historical research*', 'legal claims', 'manifestly made public',
  'vetenskapliga eller historiska forskningsändamål', 'vetenskaplig eller historisk forskning', 'rättsliga anspråk', 'uppenbarligen offentliggjort*',
]);

/** The person's own account in a service: what is in it, the person entered ("käyttäjätili", "your account", "ditt konto"). */
const OWN_ACCOUNT = words([
  'käyttäjätili*', 'tilisi', 'tiliisi', 'tililtäsi', 'tililläsi', 'tilisivu*', 'tilin tiedot',
  'your account', 'user account*', 'account dashboard', 'account settings', 'account data', 'account information', 'account details',
  'ditt konto', 'kontot', 'konton', 'kontouppgift*', 'användarkonto*', 'kontoinställning*',
]);

/** Data said to come from elsewhere than the person: third parties, partners, public or other sources, data bought. */
const FROM_ELSEWHERE = words([
  'kolmansilta', 'kolmannelta', 'muista lähteistä', 'muualta', 'julkisista', 'viranomaisilta', '*kumppaneilta*', '*kumppanilta', 'ostamme',
  'ostetaan', 'ostetut', 'ostettu*',
  'saamme myös', 'saadaan myös', 'saamme * myös',
  'from third part*', 'third-party sources', 'other sources', 'public sources', 'external sources', 'publicly available', 'from our partners',
  'from partners', 'we obtain', 'we * obtain', 'obtained from', 'receive * from', 'received from', 'we buy', 'we * buy', 'bought', 'we purchase', 'we * purchase', 'purchased from',
  'data broker*',
  'från tredje part', 'andra källor', 'offentliga källor', 'externa källor', 'från våra partner*', 'från samarbetspartner*', 'inhämta*',
  'hämta* * från', 'hämtas från', 'vi köper', 'köper vi', 'köps', 'köpta', 'får vi även', 'får vi också',
]);

/**
 * The data are the person's own: the notice is about an account the person keeps in a service (its
 * account, listings, orders, messages) and says of no source other than the person. Art. 14 does
 * not apply, and a notice under Art. 13 need not name the person as the source.
 */
function ownAccountData(passages: readonly Passage[]): boolean {
  return anySays(passages, OWN_ACCOUNT) && !anySays(passages, FROM_ELSEWHERE);
}

/** A source named by its name: "obtained from Kielipankki", "hämtas från SPAR", "saadaan Helsingin kaupungilta". */
const NAMED_SOURCE =
  /(?<!\p{L})(?:[Oo]btained|[Rr]eceived|[Cc]ollected|[Aa]cquired|[Ss]ourced) from (?:the )?\p{Lu}|(?<!\p{L})(?:[Hh]ämtas|[Ii]nhämtas|[Ee]rhålls|[Ff]ås|hämtar vi|inhämtar vi|får vi) (?:\p{Ll}+ ){0,3}från \p{Lu}|(?<!\p{L})[Ss]aa(?:daan|mme) (?:\p{Ll}+ ){0,2}\p{Lu}\p{L}*(?: \p{L}+)?(?:lta|ltä)(?!\p{L})/u;

/**
 * The notice says where the data come from: a section on the sources, a sentence that says so or
 * names a source, or the data are the person's own; or nothing in it says they come from anyone else,
 * so that they are collected from the person, whom Art. 13 does not oblige the notice to name as a source.
 */
export function saysSources(passages: readonly Passage[]): boolean {
  if (inSection(passages, 'sources').length > 0 || anySays(passages, FROM_THE_PERSON) || ownAccountData(passages)) return true;
  return passages.some((p) => NAMED_SOURCE.test(p.text)) || !anySays(passages, FROM_ELSEWHERE);
}

/**
 * What the law requires done with data, or how long it requires them kept, not given: "tiedot viedään
 * Kanta-arkistoon, jotka laki edellyttää vietäväksi", "så länge som krävs enligt lag".
 */
const LAW_REQUIRES_DONE = /jotka laki edellyttää\s+(?!annett|ilmoitett)\p{L}+(?:vaksi|väksi)|(?<!\p{L})(?:så länge|så lång tid|(?:under )?den (?:tid|period|perioden)|as long as|for the (?:time|period))\s+(?:som krävs enligt lag|the law requires|that the law requires)/giu;

/**
 * What follows when the data are not had, said of the controller: "Mikäli rekisterinpitäjä ei saa kohdissa 3.2
 * tarkoitettuja tietoja, ei asiakassuhdetta voida aloittaa", "If we do not receive the data, we cannot …",
 * "Om vi inte får uppgifterna kan vi inte …".
 */
const NOT_RECEIVED =
  /(?<!\p{L})(?:jos|mikäli)\s+(?:\p{L}+\s+){0,3}?(?:ei|emme)\s+(?:saa|saada)\s+(?:[^.]|\.(?=\d))*?(?:tieto|tiedo)\p{L}*[^.]*?(?:ei\s+(?:\p{L}+\s+){0,2}?voida|emme voi|ei ole mahdollista)|(?<!\p{L})if (?:we|the controller) (?:do|does) not (?:receive|get|obtain)[^.]*?(?:data|information)[^.]*?(?:cannot|can ?not|will not be able|is not possible)|(?<!\p{L})om (?:vi|den personuppgiftsansvarige) inte (?:får|erhåller)[^.]*?uppgift\p{L}*[^.]*?(?:kan (?:vi )?inte|inte kan|inte möjligt)/iu;

/**
 * No data asked at all: "we do not ask for any personal information – no username, no password"; not "… beyond what the
 * order needs"; the data said to be required of the person ("are required to be provided so that we can deliver"), not
 * to an authority.
 */
const NOTHING_ASKED =
  /\bwe (?:do not|don['’]t|never) (?:ask for|require|request) any personal (?:data|information)(?!,? (?:beyond|other than|except|apart from|besides|but|than))\b|\b(?:is|are) required to be provided\b(?! to (?:the |a |an )?(?:tax|authorit|police|court|auditor|\p{Lu}))|(?<!\p{L})(?:emme|me emme) (?:pyydä|kysy|vaadi) (?:sinulta )?(?:mitään )?henkilötietoja(?!,? (?:paitsi|muuta kuin|enempää kuin|kuin))(?!\p{L})|(?<!\p{L})vi (?:ber|frågar) (?:inte|aldrig) (?:efter|om) några personuppgifter(?!,? (?:utöver|förutom|utom|än))(?!\p{L})/iu;

/** The notice says whether the data must be given: in a sentence, or by marking items one by one. */
export function saysProvision(passages: readonly Passage[]): boolean {
  const says = (p: Passage): boolean =>
    findWords(p.text.replace(LAW_REQUIRES_DONE, ' '), PROVISION).length > 0 || NOT_RECEIVED.test(p.text) || NOTHING_ASKED.test(p.text);
  return passages.some(says) || passages.some(allVoluntary) || passages.filter((p) => PROVISION_MARK.test(p.text)).length >= 2;
}

/**
 * A month with its year, right after the label of an update ("senast uppdaterad januari 2026", "Updated:
 * May 2025"); not a month the text speaks of otherwise ("in September 2018 … This notice will be updated").
 */
function labelledMonth(text: string): boolean {
  const month = findMonth(text);
  if (!month) return false;
  return [...text.matchAll(new RegExp(DATE_LABEL.source, 'giu'))].some((m) => m.index + m[0].length <= month.index && BETWEEN.test(text.slice(m.index + m[0].length, month.index)));
}

/**
 * The notice is dated: a date labelled as the notice's, a date in a sentence about the notice itself,
 * or a date the page opens with before its first section.
 */
/** A web archive's date of its copy ("privacy policy that was archived on 2018-12-26", "arkistoitu 5.3.2019"): not the notice's. */
const ARCHIVED_ON = /(?<!\p{L})(?:archived|arkistoitu|arkiverad|arkiverades)(?: on| den)?\s*$/iu;

/** The text without a web archive's date of its copy, which it may say beside the notice's own ("archived on 2018-12-26 … (version of 2018-05-24)"). */
function withoutArchiveDate(text: string): string {
  const date = findDate(text);
  return date && ARCHIVED_ON.test(text.slice(0, date.index)) ? `${text.slice(0, date.index)} ${text.slice(date.index + date.length)}` : text;
}

export function saysDate(passages: readonly Passage[]): boolean {
  return passages.some((p) => {
    const text = withoutArchiveDate(p.text);
    const date = findDate(text);
    if (!date) return labelledMonth(text);
    return DATE_LABEL.test(text) || findWords(text, THE_NOTICE).length > 0 || (p.kind === 'front' && date.index <= 2);
  });
}

function negated(text: string): boolean {
  return findWords(text, NEGATION).length > 0;
}

/** A cookie's lifetime is not how long the register keeps its data. */
const COOKIE = words(['eväste*', 'cookie*', 'kaka', 'kakan', 'kakor*']);

/**
 * Deleted when the person asks ("tiedot poistetaan pyyntösi jälkeen", "kuukauden kuluessa pyynnöstä",
 * "within 30 days of your request", "inom en månad efter att du har begärt det"): the right to erasure and
 * the time to answer it, no time the data are kept.
 */
const ON_REQUEST = /(?<!\p{L})(?:\p{L}*pyyn(?:nö|tö)\p{L}*|requests?|requested|begär\p{L}*)(?!\p{L})/iu;

/** The notice says how long data are kept, or until when: not of cookies, nor in a sentence on deleting them when the person asks. */
export function saysRetention(passages: readonly Passage[]): boolean {
  return passages.some((p) => findWords(p.text, KEEPS).length > 0 && keptUntil(p) && !findWords(p.text, COOKIE).length && !ON_REQUEST.test(p.text));
}

/** An event's word alone, with no time: "after", "efter", "jälkeen". */
const AFTER = /^(?:after|efter|jälkeen)$/iu;

/**
 * The passage names a time or an event the keeping lasts to; in the part on sources, an event alone says when data
 * are recorded, not how long they are kept ("Övrig information sparas efter kunden gjort en beställning").
 */
function keptUntil(p: Passage): boolean {
  const until = findWords(p.text, UNTIL);
  if (DURING.test(p.text)) return true;
  const recorded = p.kind === 'sources' && !p.kinds.includes('retention') && STORING.test(p.text) && !DELETED.test(p.text);
  return until.length > 0 && !(recorded && until.every((w) => AFTER.test(w)));
}

/** Data recorded, not deleted: "sparas", "lagras", "tallennetaan", "stored"; "poistetaan", "raderas", "deleted" end the keeping. */
const STORING = /(?<!\p{L})(?:sparas|lagras|tallennetaan|säilytetään|stored|saved|kept)(?!\p{L})/iu;
const DELETED = /(?<!\p{L})(?:poistetaan|hävitetään|raderas|gallras|rensas|deleted|erased|destroyed)(?!\p{L})/iu;

/** The notice places data in a country outside the EEA: the transfer is stated, if not its safeguards. */
export function placesDataOutside(passages: readonly Passage[]): boolean {
  return passages.some((p) => !negated(p.text) && findWords(p.text, COUNTRY_OUTSIDE).length > 0);
}

const PROVIDERS_DATA = words(['palveluntarjoaj*', 'providers', "provider's", "providers'", 'leverantör*']);

/** The notice says its providers keep the data in the EU or EEA ("Näiden palveluntarjoajien tietojen tallennus sijaitsee EU:ssa"). */
export function placesProvidersInEea(passages: readonly Passage[]): boolean {
  return passages.some((p) => !negated(p.text) && findWords(p.text, PROVIDERS_DATA).length > 0 && findWords(p.text, INSIDE).length > 0);
}

/**
 * A data centre or server in a city of the EEA where the large ones stand: "tiedot sijaitsevat Amsterdamissa
 * Microsoft Azuren datakeskuksessa", "servrarna finns i Frankfurt", "hosted on servers in Dublin". Not an
 * office or an event in the city.
 */
const IN_EEA_DATA_CENTRE = new RegExp(
  String.raw`(?=.*(?:datakesku|konesali|palvelim|datacent|datacenter|data cent|server|servrar|servern|hosting|hosted))(?=.*(?<!\p{L})(?:Amsterdam|Frankfurt|Dublin|Helsin(?:ki|gissä|gfors)|Stockholm|Tukholmassa|Pari(?:s|isissa)|Amsterdamissa|Frankfurtissa|Dublinissa)(?!\p{L}))`,
  'isu',
);

/**
 * A cloud region in the EEA by its code: AWS's in Ireland, Paris, Frankfurt, Stockholm, Milan and Spain, Google
 * Cloud's in Belgium, Frankfurt, the Netherlands, Milan, Paris, Berlin, Turin, Finland, Stockholm, Warsaw and Madrid,
 * Azure's in the Netherlands, Ireland, Sweden, Germany and France. London and Zurich (eu-west-2, eu-central-2,
 * europe-west2, europe-west6) are outside the EEA.
 */
const EEA_REGION =
  /(?<![\p{L}\d-])(?:eu-west-[13]|eu-central-1|eu-north-1|eu-south-[12]|europe-west(?:1|3|4|8|9|10|12)|europe-north[12]|europe-central2|europe-southwest1|westeurope|northeurope|swedencentral|germanywestcentral|francecentral)(?![\p{L}\d-])/iu;
/** A cloud region outside the EEA by its code: "us-east-1", "eu-west-2" (London), "europe-west6" (Zurich), "asia-…". */
const OTHER_REGION = /(?<![\p{L}\d-])(?:(?:us|ca|sa|ap|me|af|il)-[a-z]+-\d|eu-west-2|eu-central-2|europe-west[26]|(?:us|asia|australia|southamerica|northamerica|me|africa)-[a-z]+\d)(?![\p{L}\d-])/iu;

/**
 * The notice places a provider it names in the EU or EEA ("Palvelun palvelininfrastruktuuri sijaitsee EU-alueella (Amazon
 * Web Services)", "sijaitsevat Amsterdamissa Microsoft Azuren datakeskuksessa", "Supabase (AWS eu-central-1, Frankfurt)":
 * an EEA region's code just after its name, "Vercel EU": the area right after it), and nowhere outside it.
 */
export function placesProviderInEea(passages: readonly Passage[], name: string): boolean {
  if (!name) return false;
  const named = new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, 'iu');
  const nameThenArea = new RegExp(`(?<![\\p{L}])${escape(name)}\\s+(?:EU|EEA|ETA|EES|Europe)(?![\\p{L}:-])`, 'u');
  const nameThenRegion = new RegExp(`(?<![\\p{L}])${escape(name)}[^.;]{0,40}?${EEA_REGION.source}`, 'iu');
  // A name read with its area ("Vercel EU") places itself.
  const areaInName = /\s(?:EU|EEA|ETA|EES|Europe)$/u.test(name);
  // Its place in brackets right after the name ("Microsoft Azure OpenAI (Sweden/EU):").
  const nameThenPlace = new RegExp(`(?<![\\p{L}])${escape(name)}\\s*\\(([^()]{2,40})\\)`, 'iu');
  const bracketed = (text: string): boolean => isEeaPlace(nameThenPlace.exec(text)?.[1] ?? '');
  const placed = (text: string): boolean =>
    areaInName || findWords(text, INSIDE).length > 0 || STAYS.test(text) || IN_EEA_DATA_CENTRE.test(text) || nameThenRegion.test(text) || nameThenArea.test(text) || bracketed(text);
  const elsewhere = (text: string): boolean => OTHER_REGION.test(text) || findWords(text, COUNTRY_OUTSIDE).length > 0 || (findWords(text, OUTSIDE).length > 0 && !negated(text));
  const naming = passages.filter((p) => named.test(p.text));
  return !naming.some((p) => elsewhere(p.text)) && naming.some((p) => !negated(p.text) && placed(p.text));
}

/** Providers the notice names that are established outside the EEA. */
export function namesProviderOutside(passages: readonly Passage[]): boolean {
  const outside = providers.providers.filter((p) => !isEea(p.country)).map((p) => names(p.names));
  return passages.some((p) => outside.some((pattern) => findWords(p.text, pattern).length > 0));
}

/** Data kept in Finland or Sweden, said of where they are stored: "lagras på servrar som fysiskt finns inom Sveriges gränser", "säilytetään Suomessa". */
const STORED_AT_HOME =
  /(?<!\p{L})(?:lagras|sparas|förvaras|säilytetään|tallennetaan|stored|kept|hosted)(?!\p{L})[^.;]{0,80}?(?<!\p{L})(?:inom Sveriges gränser|inom Finlands gränser|i Sverige|i Finland|Suomessa|Ruotsissa|Suomen rajojen sisällä|in Finland|in Sweden)(?!\p{L})/iu;

/** A sentence that keeps data at home and denies nothing ("not stored in Finland", "lagras inte", "ei säilytetä"). */
const storedAtHome = (text: string): boolean => STORED_AT_HOME.test(text) && !negated(text);

/**
 * A sentence that denies keeping data at home, the denial on the keeping ("The recordings are not stored in
 * Finland", "lagras inte i Sverige", "ei säilytetä Suomessa"): they are kept elsewhere. Not a denial of
 * something else beside it ("kept on the secretary's computer in Finland and not disclosed").
 */
const NOT_STORED_AT_HOME =
  /(?<!\p{L})(?:(?:not|never|inte|ej|aldrig|ei|eivät)\s+(?:be\s+|been\s+)?(?:lagras|sparas|förvaras|säilytetä|tallenneta|stored|kept|hosted)|(?:lagras|sparas|förvaras|stored|kept|hosted)\s+(?:inte|ej|aldrig|not))(?!\p{L})[^.;]{0,60}?(?<!\p{L})(?:i Sverige|i Finland|Suomessa|Ruotsissa|in Finland|in Sweden)(?!\p{L})/iu;
export const deniesStoringAtHome = (text: string): boolean => NOT_STORED_AT_HOME.test(text);

/**
 * The notice says plainly where the data are: none leave the EEA, they are kept in it, or they are in
 * a country named outside it. A transfer it only hedges ("saattavat säilyttää … ulkopuolella", "if we
 * must share … with a third country") leaves the question open, and so does keeping data in the EU
 * beside a provider outside the EEA it does not place.
 */
export function saysWhereDataAre(passages: readonly Passage[]): boolean {
  // What the right of access tells of a transfer ("om personuppgifterna överförs till ett tredjeland …") says nothing of this notice's.
  const out = passages.filter((p) => !p.kinds.includes('rights') && (findWords(p.text, OUTSIDE).length > 0 || findWords(p.text, COUNTRY_OUTSIDE).length > 0));
  const open = (p: Passage): boolean => findWords(p.text, CONDITIONAL).length > 0 || (!negated(p.text) && findWords(p.text, MAYBE).length > 0);
  if (out.some(open)) return false;
  if (out.some((p) => negated(p.text) || findWords(p.text, COUNTRY_OUTSIDE).length > 0)) return true;
  const inside = passages.some((p) => findWords(p.text, INSIDE).length > 0 || (findWords(p.text, EEA).length > 0 && /alueella|within|inom/iu.test(p.text)) || storedAtHome(p.text));
  return inside && !namesProviderOutside(passages);
}

/**
 * The notice states a basis under Art. 6(1): in a section on the bases, in a sentence that introduces
 * one ("oikeusperusteena on sopimus"), or as consent the processing needs ("jotta voimme käsitellä
 * tietojasi, tarvitsemme suostumuksesi"); not in what the rights say of consent.
 */
/** Withdrawing consent: "återkalla ditt samtycke", "withdraw your consent", "peruuttaa suostumuksesi". */
const WITHDRAWS = /(?<!\p{L})(?:återkalla\p{L}*|dra tillbaka|withdraw\p{L}*|peruut\p{L}*|perua)(?!\p{L})/iu;

/**
 * Consent said of the cookies alone ("För cookies och externa tjänster … används samtycke som rättslig grund"), or
 * only as what may be withdrawn ("Du kan när som helst återkalla ditt samtycke"): no basis of the purposes.
 */
function consentAside(text: string): boolean {
  const { bases } = statedBases(text);
  if (bases.length !== 1 || bases[0] !== 'consent') return false;
  return cookieBasis(text) === 'consent' || WITHDRAWS.test(text);
}

export function saysBasis(passages: readonly Passage[]): boolean {
  return passages.some((p) => {
    const text = withoutNotDone(p.text);
    if (!findWords(text, BASIS).length || consentAside(text)) return false;
    if (p.kinds.includes('legal_basis')) return true;
    // The rights speak of consent as what may be withdrawn ("dra tillbaka ett samtycke du har gett oss"), not as a basis.
    if (p.kinds.includes('rights')) return false;
    return findWords(text, BASIS_CUE).length > 0 || consentForProcessing(text);
  });
}

/**
 * What is given out or sent abroad on consent ("voidaan siirtää käyttäjän suostumuksella", "shared with
 * partners only with your consent"): a condition on a disclosure, not the basis of the register's purposes.
 */
const DISCLOSED = words(['luovut*', 'siirre*', 'siirt*', 'ulkopuoli* tahoi*', 'disclos*', 'shar*', 'transfer*', 'lämna* ut', 'lämnas ut', 'dela*', 'delas', 'överför*']);

/** Consent the processing needs, said of the processing itself ("jotta voimme käsitellä tietojasi, tarvitsemme suostumuksesi"). */
function consentForProcessing(text: string): boolean {
  return findWords(text, PROCESSING).length > 0 && findWords(text, CONSENT).length > 0 && !findWords(text, DISCLOSED).length;
}

/**
 * Consent as the condition of some processing, cookies and analytics most often: "käyttö edellyttää
 * käyttäjän suostumusta", "Suostumuksen jälkeen sivustolla voidaan käyttää …", "kräver ditt samtycke",
 * "only after you consent". Not a disclosure's condition ("shared only with your consent").
 */
const CONSENT_NEEDED = words([
  'edellyttää * suostumusta', 'edellyttää suostumusta', 'edellyttävät * suostumusta', 'suostumuksen jälkeen', 'vain * suostumuksella', 'vain suostumuksella',
  'kräver * samtycke', 'kräver samtycke', 'efter * samtycke', 'endast med * samtycke',
  'requires * consent', 'require * consent', 'requires consent', 'after * consent', 'only with * consent', 'once you consent', 'after you consent',
  // Consent asked for: "Työpajojen tallentamiseen pyydetään erikseen osallistujien suostumus".
  'pyydetään suostumus*', 'pyydetään * suostumus*', 'pyydetään * * suostumus*', 'pyydämme suostumu*', 'pyydämme * suostumu*', 'kysytään suostumu*',
  'ber vi om * samtycke', 'ber vi om samtycke', 'ber om * samtycke', 'inhämtas * samtycke', 'samtycke inhämtas',
  'ask for * consent', 'ask for * * consent', 'ask for consent', 'asks for * consent', 'consent is asked', 'consent is requested', 'request * consent',
]);

/** Consent said not to be needed: "kräver inget samtycke", "does not require consent", "ei vaadi suostumusta". */
const NOT_NEEDED = /(?<!\p{L})(?:inget|ingen|inte|ej|no|not|never|ei|eivät)(?!\p{L})/iu;

/** Consent said to be needed or asked for, with no denial in its words or in the three before them ("we do not ask for cookie consent" asks none). */
function consentRequired(text: string): boolean {
  const lower = text.toLowerCase();
  const denied = (said: string): boolean => {
    const before = wordsBefore(text, lower.indexOf(said.toLowerCase()));
    return NOT_NEEDED.test(said) || NOT_NEEDED.test(before) || /n['’]t(?!\p{L})/iu.test(before);
  };
  return findWords(text, CONSENT_NEEDED).some((said) => !denied(said)) && !findWords(text, DISCLOSED).length;
}

/** A consent kept as data ("Suostumus sähköpostilistalle lisäämisestä", "Marknadsföringstillstånd", "Consent to marketing"): something rests on it. */
const CONSENT_KEPT = /^(?:suostumu\p{L}*|samtyck\p{L}*|consent|markkinointilup\p{L}*|marknadsföringstillstånd\p{L}*|marketing (?:consent|permission)\p{L}*)(?!\p{L})/iu;

/** The person's choice kept either way ("Consent to / prohibition of direct marketing", "Suostumus tai kielto"): an opt-out recorded, no basis. */
const EITHER_WAY = /(?:\/|(?<!\p{L})(?:or|tai|eller)(?!\p{L}))\s*(?:prohibition|refusal|opt-?out|objection|kielto|kiell\p{L}*|kieltäyty\p{L}*|förbud|avböj\p{L}*|nej)(?!\p{L})/iu;

function consentKept(p: Passage): boolean {
  return p.kind === 'data_categories' && CONSENT_KEPT.test(p.text) && !EITHER_WAY.test(p.text);
}

/** Each basis under Art. 6(1) in words, as the register names it. */
export const BASIS_OF: readonly [LegalBasis, RegExp][] = [
  ['consent', words(['suostumu*', 'consent', 'samtycke'])],
  ['contract', words(['sopimu*', 'contract*', 'agreement', 'avtal'])],
  ['legal_obligation', words(['lakisääteis* velvo*', 'lakiin perustuv* velvo*', 'legal obligation*', 'rättslig förpliktelse', 'rättsligförpliktelse'])],
  ['vital_interests', words(['elintärke*', 'vital interest*', 'grundläggande intresse'])],
  ['public_task', words(['yleisen edun', 'julkisen vallan', 'public task', 'public interest', 'allmänt intresse', 'myndighetsutövning'])],
  ['legitimate_interests', words(['oikeutettu* et*', 'oikeutetun edun', 'oikeutettuihin etuihin', 'legitimate interest*', 'intresseavvägning', 'berättigat intresse', 'berättigade intresse', 'berättigade intressen'])],
];

/**
 * The withdrawal of a consent named as a thing ("ennen suostumuksen peruuttamista suoritettuun käsittelyyn", "the
 * withdrawal of consent does not affect …"): it names no consent the processing rests on, and is taken out before the
 * sentence is read for one; a consent said with its withdrawal ("with your consent, which you may withdraw") stays.
 */
const WITHDRAWAL_OF =
  /(?<!\p{L})suostumu\p{L}* (?:peruutta\p{L}*|perumi\p{L}*|peruutu\p{L}*|peruutus\p{L}*)|(?<!\p{L})(?:withdrawal|withdrawing|revocation|revoking) (?:of )?(?:your |the |a )?consent(?!\p{L})|(?<!\p{L})(?:återkall\p{L}*|återtagande) (?:av )?(?:ditt |ert |ett )?samtycke\p{L}*/giu;

/** Bases the processing of a sentence rests on without a cue word: consent asked for it, legitimate interests named as its ground. */
const BARE: ReadonlySet<LegalBasis> = new Set(['consent', 'legitimate_interests']);

/** The basis's own word, in a section on it: "consent" under "Samtycke"; accepting the policy by using the site is none. */
const OWN_WORD: Partial<Record<SectionKind, RegExp>> = {
  consent: /suostum|samtyck|consent/iu,
  legitimate_interest: /oikeutet\p{L}* e[dt]|berättigat\p{L}* intresse|intresseavvägning|legitimate interest/iu,
};

/** A sentence of a section on consent or legitimate interests themselves ("Samtycke" under the bases) that names its basis. */
function ownSection(p: Passage): boolean {
  return !p.heading && p.kinds.some((k) => k !== 'front' && OWN_WORD[k]?.test(p.text) === true);
}

/**
 * The bases under Art. 6(1) the notice states in its own words: in a section on the bases, in a
 * sentence that introduces one, or, for consent and legitimate interests, in a sentence about the
 * processing ("käsitellään oikeutetun edun perusteella", "tarvitsemme suostumuksesi").
 */
export function basesNamed(passages: readonly Passage[]): LegalBasis[] {
  const out = new Set<LegalBasis>();
  for (const p of passages) {
    if (consentRequired(p.text) || consentKept(p)) out.add('consent');
    const text = withoutNotDone(p.text);
    const cued = p.kinds.includes('legal_basis') || ownSection(p) || findWords(text, BASIS_CUE).length > 0;
    const processing = findWords(text, PROCESSING).length > 0;
    for (const [basis, pattern] of BASIS_OF) {
      const read = basis === 'consent' && !cued ? text.replace(WITHDRAWAL_OF, ' ') : text;
      if (findWords(read, pattern).length && (cued || (processing && BARE.has(basis)))) out.add(basis);
    }
  }
  return [...out];
}

/**
 * A sentence that says what is not done without a basis ("We do not use it for unrelated marketing
 * without a lawful basis or your consent", "Tietoja ei käytetä markkinointiin ilman suostumustasi"):
 * it names no basis the processing rests on.
 */
const DENIES = /(?<!\p{L})(?:ei|emme|eikä|eivät|inte|aldrig|not|never)(?!\p{L})/iu;
const WITHOUT = /(?<!\p{L})(?:ilman|utan|without)(?!\p{L})/iu;

/**
 * A sentence that says the processing does not rest on a basis: "Henkilötietojen käsittely ei perustu
 * suostumukseen", "Behandlingen grundar sig inte på samtycke", "The processing is not based on consent".
 */
const NOT_BASED = /(?<!\p{L})(?:ei|eivät) (?:myöskään )?perustu|(?:grundar|baserar) sig inte|(?:grundas|baseras) inte|(?:is|are) not based|(?:does|do) not (?:rest|rely)/iu;

/**
 * A basis named only in a condition: "jos käsittely perustuu erilliseen suostumukseen, …", "where processing
 * is based on consent, …", "om behandlingen grundar sig på samtycke, …" says what follows if it does, not that it does.
 * Swedish "om" is a condition only where it opens a clause ("uppgifter om dig grundar sig på …" is "about you").
 */
const IF_BASED =
  /(?<!\p{L})(?:jos|mikäli|if|where|(?<=(?:^|[,;:.]\s*))(?:om|ifall|i den mån))\s+(?:\p{L}+\s+){0,3}?(?:perustuu|perustuvat|on perusteena|is based|are based|relies|rely|grundar sig|grundas|baseras|bygger)(?!\p{L})[^,.;!?]*[,;]?/giu;

/**
 * The text without its clauses that name a basis only as a condition, its sentences that say what is not done without
 * something or what the processing does not rest on, and a basis another party must hold; in one pass over each sentence.
 */
function withoutNotDone(text: string): string {
  return withoutOthersBasis(text)
    .replace(IF_BASED, ' ')
    .split(/(?<=[.!?])\s+/u)
    .filter((sentence) => {
      const denial = DENIES.exec(sentence);
      return (!denial || !WITHOUT.test(sentence.slice(denial.index))) && !NOT_BASED.test(sentence);
    })
    .join(' ');
}

/** Apps named for health that are no health data of their own ("koppla bort Apple Health"). */
const HEALTH_APPS = /(?<!\p{L})(?:apple|samsung|google|huawei)\s+health|health connect(?!\p{L})/giu;

/** Consent said of the special categories, outside the rights part (where withdrawing a consent is the right, not the condition). */
function consentForSpecial(p: Passage): boolean {
  const text = p.text.replace(HEALTH_APPS, ' ');
  return !p.kinds.includes('rights') && findWords(text, CONSENT).length > 0 && findWords(text, SPECIAL).length > 0;
}

/** A point of Art. 9(2) cited: "GDPR 9 art. 2 h", "9 artiklan 2 kohdan h alakohta", "Art. 9(2)(h)", "artikel 9.2 h". */
const ART_9_2_POINT =
  /(?<![\d.])9\s*(?:art\.?|artiklan?)\s*2\s*(?:kohdan?\s*)?\(?[a-j]\)?(?![\p{L}])|(?<!\p{L})(?:art\.?|article|artikla|artikel)\s*9\s*(?:\(2\)|\.2|\s2)\s*\(?[a-j]\)?(?![\p{L}])/iu;

/** The notice names explicit consent, consent for the special categories, or another condition of Art. 9(2) for them (research, legal claims, a point of 9(2) cited), as the condition. */
export function saysSpecialCondition(passages: readonly Passage[]): boolean {
  // A section on the special categories ("Arkaluonteiset henkilötiedot") speaks of them in each of its sentences.
  const specialSections = new Set(passages.filter((p) => p.heading && findWords(p.text, SPECIAL).length).map((p) => p.sectionLine));
  const special = (p: Passage): boolean => findWords(p.text, SPECIAL).length > 0 || specialSections.has(p.sectionLine);
  return passages.some(
    (p) => ART_9_2_POINT.test(p.text) || findWords(p.text, EXPLICIT_CONSENT).length > 0 || consentForSpecial(p) || (findWords(p.text, OTHER_CONDITION).length > 0 && special(p)),
  );
}

/** Who the controller is: "rekisterinpitäjä", "personuppgiftsansvarig", "data controller". */
const CONTROLLER = words(['rekisterinpitäj*', 'rekisterin pitäj*', 'rekisterin ylläpitäj*', 'personuppgiftsansvarig*', 'controller', 'registrar']);
/** A way to reach someone in writing: an e-mail address, a street address or a PO box. */
const REACH = /@|(?<!\p{L})(?:PL|PO Box|P\.O\. Box|Box)\s*\d+|(?<!\p{L})\p{L}+(?:katu|tie|kuja|polku|väylä|gatan|vägen|väg|torget|road|street|avenue)\s+\d+/iu;
/** A company or association with its business ID: "Skole Oy (3165553-6)". */
const WITH_ID = /(?<!\p{L})(?:Oy|Oyj|Ab|Ltd|ry|r\.y\.|AB)(?!\p{L})[^\n]{0,12}\d{7}-\d/u;
const NAME_LABEL = /(?<!\p{L})(?:nimi|name|namn)\s*:/iu;

/**
 * The notice names its controller with a way to reach it in writing: in one sentence ("X, Street 2,
 * Town, is the controller"), under a heading or label that names the controller ("Rekisterinpitäjä" and
 * "Nimi: …, Osoite: …" after it), or as a company with its business ID and address.
 */
export function namesController(passages: readonly Passage[]): boolean {
  return passages.some((p, i) => {
    if (!REACH.test(p.text)) return false;
    const before = passages[i - 1];
    const labelled = before !== undefined && findWords(before.text, CONTROLLER).length > 0 && (before.heading === true || NAME_LABEL.test(p.text));
    return findWords(p.text, CONTROLLER).length > 0 || labelled || WITH_ID.test(p.text);
  });
}

/** A sentence that says something is not done: "ei tehdä", "doesn't handle", "används inte". */
const NOT_DONE = words([
  'ei tehdä', 'ei tee', 'emme tee', 'ei käytetä', 'emme käytä', 'ei suoriteta', "doesn't", 'does not', 'do not', "don't", 'not used',
  'no automated', 'never', 'används inte', 'fattas inte', 'förekommer inte', 'inga automatiserade', 'ingen automatiserad', 'inte används',
]);
const A_RIGHT = words(['oikeus', 'oikeutta', 'right', 'rätt', 'rätten']);

/**
 * The notice has a section on automated decisions that says what they are ("The automatic assessment
 * of assignments … is assessed automatically based on …"): the part is there, whatever the draft made of it.
 */
export function describesAutomatedDecisions(passages: readonly Passage[]): boolean {
  return inSection(passages, 'automated_decisions').some((p) => !findWords(p.text, A_RIGHT).length);
}

/** Automated decisions or profiling named: what a denial outside their own section must speak of. */
const AUTOMATED = /automa\p{L}*\s+(?:\p{L}+\s+)?(?:päätö\p{L}*|beslut\p{L}*|decision\p{L}*)|profiloi\p{L}*|profilering\p{L}*|profiling/iu;

const denies = (p: Passage): boolean => findWords(p.text, NOT_DONE).length > 0 && !findWords(p.text, A_RIGHT).length;

/**
 * The notice denies automated decisions (not that the person has a right about them): in a section on
 * them, or in a sentence of any part that names them ("Tietoja ei käytetä automatisoituun
 * päätöksentekoon tai profilointiin").
 */
export function deniesAutomatedDecisions(passages: readonly Passage[]): boolean {
  return inSection(passages, 'automated_decisions').some(denies) || passages.some((p) => (!p.kinds.includes('rights') || WE_DO_NOT.test(p.text)) && AUTOMATED.test(p.text) && denies(p));
}

/** The controller saying what it does not do, not the person's right not to be subject to it: "We also do not make any automated decisions", "emme tee", "vi fattar inga". */
const WE_DO_NOT =
  /^(?!(?:if|jos|mikäli|om)(?!\p{L})).*(?<!\p{L})(?:we (?:also )?(?:do not|don't|never|will not|won't) (?:make|use|carry out|engage in|perform|do)|emme (?:myöskään )?(?:tee|käytä)|vi (?:gör|fattar|använder|tillämpar) (?:inte|inga|ingen|aldrig))(?!\p{L})/iu;

/**
 * A street with its number, a PO box, or a rural address of a farm or house and its village before
 * the postal code ("Skäggetorp, Taxinge, 155 93 Nykvarn"), which has no street.
 */
const STREET_OR_BOX =
  /(?<!\p{L})(?:PL|PO Box|P\.O\. Box|Box)\s*\d+|(?<!\p{L})\p{L}+(?:katu|tie|kuja|polku|väylä|gatan|vägen|väg|torget|road|street|avenue)\s+\d+|(?<![\p{L}&])(?!(?:Oyj?|Ab|Abp|Ltd|Inc|Kb|Hb|AB|Oy)(?!\p{L}))\p{Lu}\p{Ll}{2,},\s+\p{Lu}\p{Ll}{2,},\s+(?:\d{5}|\d{3} \d{2})\s+\p{Lu}\p{Ll}+/u;
/** A postal address: a street with its number, a PO box, or a postal code before a town ("00100 Helsinki", "114 55 Stockholm"). */
const POSTAL = new RegExp(`${STREET_OR_BOX.source}|(?<!\\d)(?:\\d{5}|\\d{3} \\d{2})\\s+\\p{Lu}\\p{Ll}+`, 'u');
/** A postal code before its town: "00100 Helsinki", "114 55 Stockholm". */
const CODE_AND_TOWN = /(?<!\d)(?:\d{5}|\d{3} \d{2})\s+\p{Lu}\p{Ll}+/u;
/** How many passages after the controller is named its address may stand. */
const ADDRESS_WINDOW = 6;

/**
 * The notice gives the controller's postal address: where the controller is named, in that passage or
 * the few after it, before any supervisory authority (whose address is not the controller's). With
 * `needs`, the part a letter needs that the address must have: its street or PO box (a postal code and
 * a town are not enough), or its postal code and town (a street alone is not).
 */
export function givesControllerAddress(passages: readonly Passage[], needs?: 'street' | 'code'): boolean {
  const address = needs === 'street' ? STREET_OR_BOX : needs === 'code' ? CODE_AND_TOWN : POSTAL;
  return passages.some((p, i) => {
    if (!findWords(p.text, CONTROLLER).length) return false;
    for (const q of passages.slice(i, i + ADDRESS_WINDOW)) {
      if (namesAuthority(q.text)) return false;
      if (address.test(q.text)) return true;
    }
    return false;
  });
}

/** The data protection officer, named as such. */
const DPO = words(['tietosuojavastaa*', 'dataskyddsombud*', 'data protection officer*', 'DPO']);
/** A way to reach someone directly: an e-mail address or a phone number. */
const DIRECT = /@|\+?\d[\d ]{6,}\d/u;
/** Another role whose details follow: the controller, a contact person. */
const OTHER_ROLE = words(['rekisterinpitäj*', 'yhteyshenkilö*', 'personuppgiftsansvarig*', 'kontaktperson*', 'controller', 'contact person']);

/**
 * The notice gives the officer's e-mail or phone: in the sentence that names the officer, or on the
 * next lines of the block the officer heads ("Duunify Tietosuojavastaava" and "Sähköposti: …" below it),
 * before a heading or another role.
 */
export function givesDpoContact(passages: readonly Passage[]): boolean {
  return passages.some((p, i) => {
    if (p.heading || !findWords(p.text, DPO).length) return false;
    if (DIRECT.test(p.text)) return true;
    for (const next of passages.slice(i + 1, i + 3)) {
      if (next.heading || next.sectionLine !== p.sectionLine || findWords(next.text, OTHER_ROLE).length) return false;
      if (DIRECT.test(next.text)) return true;
    }
    return false;
  });
}

/**
 * The passages under a heading: up to the next heading as high as it, so that its subheadings (one
 * for each group of people, each with its list of data) are part of it.
 */
function underHeading(passages: readonly Passage[], at: number): Passage[] {
  const heading = passages[at]!;
  const out: Passage[] = [];
  for (const p of passages.slice(at + 1)) {
    if (p.heading && (heading.level === undefined || p.level === undefined || p.level <= heading.level)) break;
    out.push(p);
  }
  return out;
}

/** Data recorded of a person rather than given by them: logs, cookies, a browser's or a device's details, page views, camera recordings. */
const OBSERVED = words([
  'ip-osoit*', 'ip osoit*', 'loki*', 'eväste*', 'selain*', 'selaime*', 'laite*', 'laitte*', 'käyttöjärjestelmä*', 'sivulataus*', 'sivunlataus*',
  'vierail*', 'käyntikerr*', 'istun*', 'kamera*', 'valvontakamer*', 'kameravalvon*', 'tallenne', 'tallente*' /* a recording, not "tallennetaan" (is stored) */, 'videotallen*', 'kuvatallen*', 'aikaleima*', 'analytiik*',
  'ip-adress*', 'ip adress*', 'logg*', 'kakor*', 'kaka', 'webbläsar*', 'enhet*', 'operativsystem*', 'sidvisning*', 'besök*', 'kamerabevakning*',
  'inspelning*', 'tidsstämp*', 'ip address*', 'ip-address*', 'log', 'logs', 'log data', 'logged', 'cookie*', 'browser*', 'device*', 'operating system*',
  'page view*', 'pages visited', 'visit*', 'session*', 'camera*', 'cctv', 'recording*', 'footage', 'timestamp*', 'referrer*', 'user agent*',
]);

/** Data a person gives: a name, contact details, a message, what a form, an order, an account or a membership asks. */
const GIVEN = words([
  'nimi*', 'nimen', 'etunim*', 'sukunim*', 'sähköpost*', 'puhelin*', 'postiosoi*', 'kotiosoi*', 'viesti*', 'lomak*', 'tili*', 'tunnu*', 'henkilötunnu*',
  'syntymä*', 'tilau*', 'maksu*', 'palaut*', 'kommen*', 'hakemu*', 'jäsen*', 'ilmoittautu*', 'kuva*',
  'name*', 'e-mail*', 'email*', 'phone*', 'telephone*', 'postal address*', 'home address*', 'message*', 'form', 'forms', 'account*', 'birth*',
  'order*', 'payment*', 'feedback', 'comment*', 'application*', 'member*', 'registration*', 'photo*',
  'namn*', 'e-post*', 'telefon*', 'postadress*', 'hemadress*', 'meddelande*', 'formulär*', 'konto*', 'personnummer*', 'födelse*', 'beställning*',
  'betal*', 'kommentar*', 'ansökan*', 'medlem*', 'anmälan*', 'bild*', 'foto*',
]);

/**
 * The data a notice lists are all recorded of the person, none given by them ("IP-adress (anonymiserad)",
 * "Webbläsartyp", "valvontakameroiden tallentamaa kuva- ja videomateriaalia"): nothing is asked of anyone,
 * so whether one must give the data does not arise (Art. 13(2)(e)).
 */
export function onlyObservedData(passages: readonly Passage[]): boolean {
  if (cameraNotice(passages)) return true;
  const data = passages.filter((p) => !p.heading && p.kinds.includes('data_categories'));
  const observed = data.filter((p) => findWords(p.text, OBSERVED).length > 0);
  return observed.length > 0 && data.every((p) => !findWords(p.text.replace(/ip[- ]?(?:osoit|adress|address)\p{L}*/giu, ' '), GIVEN).length);
}

/** What a notice of camera surveillance is titled: "Kameravalvonta", "Kameror", "Kameraövervakning", "CCTV". */
const CAMERA_TITLE = /(?<!\p{L})(?:kamera\p{L}*|valvontakamer\p{L}*|tallentava\p{L}* valvon\p{L}*|camera\p{L}*|cctv|video surveillance|kamerabevakning\p{L}*|kameror)(?!\p{L})/iu;
/** What camera surveillance keeps: recordings ("tallenteet", "inspelningar", "spelar in", "bevakningsbilder", "materialet", "recordings", "footage"). */
const RECORDED = /(?<!\p{L})(?:tallenn?e\p{L}*|tallenta\p{L}*|videokuva\p{L}*|valvontakuv\p{L}*|kuvamateriaal\p{L}*|inspelning\p{L}*|inspelat|spelar in|filmer|bevakningsbild\p{L}*|kamerabild\p{L}*|materialet|recording\p{L}*|recorded|footage|video)(?!\p{L})/iu;

/** Where a person gives data: a form, a sign-up, an account, an order. */
const ASKED = words([
  'lomak*', 'ilmoittautu*', 'rekisteröity*', 'tili', 'tilin', 'tilil*', 'tilaus*', 'tilau*', 'hakemu*',
  'contact form*', 'web form*', 'online form*', 'the form', 'a form', 'this form', 'sign up', 'sign-up', 'register', 'registration*',
  'your account*', 'an account', 'user account*', 'your order*', 'an order', 'orders', 'application form*', 'membership*', 'register of its members',
  'member register*', 'join', 'joins', 'joining', 'jäsenyy*', 'jäsenrekister*', 'jäsenluettelo*', 'liittyess*', 'medlemskap*', 'medlemsregist*', 'blir medlem',
  'formulär*', 'registrer*', 'konto*', 'beställ*', 'ansök*',
]);

/**
 * A notice of camera surveillance alone, titled so in its first line, that asks nothing of anyone: the recordings
 * are made of people, not given by them, so whether one must give the data does not arise (Art. 13(2)(e)).
 */
export function cameraNotice(passages: readonly Passage[]): boolean {
  const [title] = passages;
  if (title === undefined || !CAMERA_TITLE.test(title.text) || title.text.length > 80) return false;
  return passages.some((p) => RECORDED.test(p.text)) && !passages.some((p) => findWords(p.text, ASKED).length > 0);
}

/** A line that names a kind of data and says nothing more: "Etu- ja sukunimi", "Sähköpostiosoite", no sentence's end. */
const DATA_LINE = (p: Passage): boolean => !p.heading && p.text.length <= 80 && !/[.!?:]$/u.test(p.text.trim());

/**
 * The notice lists the data it processes: items of lists under its heading on the data, also per group of
 * people, or lines of their own there, each a kind of data ("Etu- ja sukunimi", "Sähköpostiosoite").
 */
export function listsDataCategories(passages: readonly Passage[]): boolean {
  return passages.some((p, i) => {
    if (p.heading !== true || !p.kinds.includes('data_categories')) return false;
    const under = underHeading(passages, i);
    return under.filter((q) => q.item).length >= 2 || under.filter(DATA_LINE).length >= 3;
  });
}
