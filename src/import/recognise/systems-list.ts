/**
 * A list of the systems or services the data are kept or handled in, each item a name and what it does
 * ("Näihin tietokantoihin kuuluvat alla olevat järjestelmät:" / "Ropo – laskutus ja maksujen käsittely.",
 * "We use the following services:" / "Resend & EmailJS – sending e-mail."), or of the third parties whose cookies
 * the site uses ("Most important 3rd party cookies used:" / "New Relic https://…"): each name is a party the data go to.
 */
import { PARTY_NOUNS, THE_FOLLOWING } from '../party-words.js';

/** Words for systems, services, tools and their providers. */
const SYSTEMS = String.raw`(?:\p{L}*järjestelm\p{L}*|\p{L}*palvelu\p{L}*|\p{L}*palveluntarjoaj\p{L}*|\p{L}*ohjelm\p{L}*|työkalu\p{L}*|systems?|services|tools|providers|\p{L}*tjänster(?:na)?|system(?:en)?|verktyg(?:en)?|leverantörer(?:na)?)`;
/** The sentence before such a list: it says that what follows are systems, services or tools ("the following services", "the systems listed below"), and ends on a colon. */
const SYSTEMS_LEAD = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:seuraav\p{L}*|alla olev\p{L}*|alla mainit\p{L}*|following|below|listed below|följande|nedan|nedanstående)\s+(?:\p{L}+\s+){0,2}?${SYSTEMS}|(?<![\p{L}])${SYSTEMS}\s+(?:(?:listed|named|mentioned)\s+)?(?:below|nedan))\s*:\s*$`,
  'iu',
);

/** An item that opens on a name and a dash before what it does: "Cursor & GitHub – verkkosivujen toteutus". */
const NAME = String.raw`[\p{Lu}\d][\p{L}\d.'’-]*(?:\s+[\p{Lu}\d][\p{L}\d.'’-]*){0,2}`;
const NAMED_ITEM = new RegExp(String.raw`^(${NAME}(?:\s*&\s*${NAME})*)\s+[–—-]\s+\S`, 'u');

/** Words that say the data are kept or handled in the systems: "tietokantoihin", "tallennetaan", "lagras i", "are stored in". */
const KEPT_IN =
  /(?<![\p{L}])(?:\p{L}*tietokan\p{L}*|tallenne\p{L}*|tallenta\p{L}*|säilytetään|säilötään|käsitellään|databas\p{L}*|lagras|sparas|förvaras|behandlas|databases?|stored|kept|hosted|processed)(?![\p{L}])/iu;
/** Systems offered, internal, or used to protect: "Tarjoamme seuraavia palveluita", "sisäisiin järjestelmiin", "protected by the following systems". */
const NOT_KEPT_WITH_OTHERS =
  /(?<![\p{L}])(?:tarjoa\p{L}*|erbjud\p{L}*|offer\p{L}*|provide\p{L}*|sisäi\p{L}*|intern\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:suojataan|suojattu|suojaamme|skyddas|skyddar|protected|secured)\s+(?:\p{L}+\s+){0,2}?(?:by|with|av|med|seuraav\p{L}*|följande|the following)(?![\p{L}])/iu;

/** The lead-in of a list of the third parties whose cookies or services the site uses: "Most important 3rd party cookies used in HeiaHeia:", "Kolmansien osapuolten evästeet:". */
const THIRD_PARTY_LEAD =
  /(?:(?<![\p{L}])(?:3rd|third)[- ]party (?:cookies|services|tools)|kolmansien osapuolten (?:evästeet|palvelut|työkalut)|tredjepartscookies|tredjepartstjänster|tredje parts? (?:cookies|kakor|tjänster))[^:]{0,60}:\s*$/iu;

/** The lead-in says the cookies or services are used: "used in HeiaHeia", "käytössä", "sivustolla", "används". */
const USED = /(?<![\p{L}])(?:used|use|käytetään|käytämme|käytössä|sivustolla\p{L}*|verkkosivu\p{L}*|används|använder|på (?:webbplatsen|sajten))(?![\p{L}])/iu;
/** Not of cookies used: how to block them, a denial, those rejected. */
const NOT_USED_HERE = /(?<![\p{L}])(?:block\p{L}*|estä\p{L}*|blockera\p{L}*|how|hur|miten|kuinka|not|ei|emme|inte|rejected|hylä\p{L}*|avvisat\p{L}*)(?![\p{L}])/iu;

/** The lead-in of a list of systems the data are kept or handled in, or of the third parties whose cookies the site uses, from the paragraph before the list. */
export function leadsSystems(sentence: string, paragraph: string): boolean {
  if (THIRD_PARTY_LEAD.test(sentence.trim())) return USED.test(sentence) && !NOT_USED_HERE.test(sentence);
  return SYSTEMS_LEAD.test(sentence.trim()) && KEPT_IN.test(paragraph) && !NOT_KEPT_WITH_OTHERS.test(sentence);
}

/**
 * The paragraph before a list says the data go to the parties it lists: "Rekisterin tietoja voidaan siirtää
 * seuraaville kolmannen osapuolen tietojenkäsittelijöille", "We share data with the following processors",
 * "Uppgifterna lämnas till följande personuppgiftsbiträden".
 */
const RECIPIENTS_LEAD = new RegExp(
  String.raw`(?<![\p{L}])(?:siirr?\p{L}*|luovut\p{L}*|lähet\p{L}*|disclos\p{L}*|transferr?\p{L}*|shar\p{L}*|lämna\p{L}*|överför\p{L}*|dela\p{L}*)\s+(?:\p{L}+\s+){0,3}?${THE_FOLLOWING}${PARTY_NOUNS}`,
  'iu',
);

/** The lead-in of a list of the parties data go to, anywhere in the paragraph before the list. */
export function leadsRecipients(paragraph: string): boolean {
  return RECIPIENTS_LEAD.test(paragraph);
}

/** An item that is a name and the address of its policy: "New Relic https://docs.newrelic.com/…". */
const NAME_AND_ADDRESS = new RegExp(String.raw`^(${NAME})\s+\(?https?:\/\/\S+\)?$`, 'u');
/** An item that is a name and, in brackets, the data it gets: "Ukko.fi (laskutustiedot, nimi ja sähköpostiosoite)". */
const NAME_AND_DATA = new RegExp(String.raw`^(${NAME})\s+\([^()]+\)$`, 'u');

/** A kind of data, which an item that names data opens on ("Name (first and last)"), not a party. */
const DATA_WORD = /^(?:name|names|address|e-?mail|phone|nimi|nimet|osoite|sähköposti|puhelin\p{L}*|namn|adress|e-post|telefon\p{L}*)$/iu;

/** The names an item of such a list opens on: "Resend & EmailJS – …" names two, "New Relic https://…" and "Ukko.fi (…)" one. */
export function namesBeforeDash(item: string): string[] {
  const bracketed = NAME_AND_DATA.exec(item.trim());
  const m = NAMED_ITEM.exec(item.trim()) ?? NAME_AND_ADDRESS.exec(item.trim()) ?? (bracketed && !DATA_WORD.test(bracketed[1]!) ? bracketed : null);
  return m ? m[1]!.split(/\s*&\s*/u).map((n) => n.trim()).filter(Boolean) : [];
}
