/**
 * What a recipient does: the activity a category of recipients names, or the service it provides
 * ("palkanlaskennan palveluntarjoajat", "IT- och systemleverantörer", "courier companies"). WP260
 * asks for a category by the type of recipient, in reference to the activities it carries out; a
 * category that names one says more than "palveluntarjoajat" or "third parties". Finnish and Swedish
 * glue the activity to the kind ("sähköpostipalvelu", "lönetjänster"), so the words match inside
 * compounds.
 */
import { findWords, words } from './words.js';

const ACTIVITY = words([
  // fi
  '*palkanlask*', '*palkkahallin*', '*palkanmaks*', '*kirjanpi*', '*tilitoimis*', '*taloushallin*', '*tilintarkast*', '*laskutu*',
  '*perintä*', '*perinnä*', '*luottotie*', '*pankk*', '*pankit', '*maksunvälit*', '*maksupalvel*', '*maksuliiken*', '*maksujenkäsit*',
  '*verkkomaks*', '*vakuutu*', '*työterveys*', '*työterveyd*', '*terveydenhuol*', '*lääkär*', '*sairaal*', '*tietojärjestelm*',
  '*järjestelmä*', '*järjestelmi*', '*ohjelmisto*', '*tietotekn*', '*tietohallin*', '*tietoliiken*', '*pilvi*', '*konesali*',
  '*palvelin*', '*palvelim*', '*hosting*', '*ylläpito*', '*ylläpidon', '*webhotel*', '*verkkosivu*', '*verkkokaup*', '*sähköpost*',
  '*tiedosto*', '*varmuuskopi*', '*tunnistu*', '*kirjautu*', '*tietokan*', '*asennu*', '*asentaj*', '*huolto*', '*huollon',
  '*urakoi*', '*rakennu*', '*kuljetu*', '*kuljetta*', '*kuriiri*', '*logistiik*', '*postitu*', '*jakelu*', '*markkinoin*', '*mainon*',
  '*mainos*', '*analytiik*', '*uutiskirj*', '*tekstiviest*', '*painota*', '*kirjapain*', '*tulostu*', '*rekrytoin*', '*henkilöstöpalvel*',
  '*matkatoimis*', '*majoitu*', '*siivou*', '*vartioin*', '*asianajo*', '*lakipalvel*', '*käännös*', '*asiakaspalvel*',
  '*asiakkuudenhallin*', '*teleoperaat*', '*arkistoin*', '*personoin*', '*tuotesuosit*', '*suosittelu*',
  // en
  'payroll', 'accounting', 'accountan*', 'bookkeep*', 'auditor*', 'audit firm*', 'tax advis*', 'invoic*', 'billing', 'debt collect*',
  'credit rating*', 'credit reference*', 'payment*', 'insurance', 'insurer*', 'occupational health*', 'health care', 'healthcare',
  'medical', 'software', 'cloud', 'hosting', 'web host*', 'server*', 'data cent*', 'database*', 'storage', 'backup*', 'e-mail*', 'email*',
  'mail', 'mailing', 'newsletter*', 'messaging', 'sms', 'telecom*', 'login', 'log-in', 'authentication', 'courier*', 'delivery',
  'deliveries', 'shipping', 'logistic*', 'postal', 'transport*', 'maintenance', 'repair*', 'construction', 'marketing', 'advertis*',
  'analytic*', 'printing', 'printer*', 'recruit*', 'staffing', 'legal advi*', 'legal service*', 'legal counsel*', 'lawyer*', 'law firm*', 'translat*', 'cleaning', 'catering',
  'travel', 'customer service*', 'customer support', 'call cent*', 'spam', 'website*', 'web shop*', 'webshop*', 'e-commerce', 'archiv*',
  // sv (and compounds shared with en)
  'lön*', '*lönehant*', '*löneadmin*', '*lönetjänst*', '*löneutbet*', '*bokför*', '*redovisning*', '*revision*', '*revisor*',
  '*ekonomitjänst*', '*ekonomiförvalt*', '*inkasso*', '*kredit*', '*bank*', '*betalning*', '*försäkring*', '*hälsovård*', '*sjukvård*',
  '*system*', '*mjukvar*', '*programvar*', '*moln*', '*drift*', '*webbhotell*', '*databas*', 'e-post*', '*epost*', '*inloggning*',
  '*kurir*', '*frakt*', '*logistik*', '*install*', '*montör*', '*montering*', '*hantverk*', '*bygg*', '*elektriker*', '*underhåll*',
  '*marknadsför*', '*reklam*', '*annons*', '*analys*', '*tryckeri*', '*rekryter*', '*bemanning*', '*juridi*', '*advokat*', '*översätt*',
  '*kundtjänst*', '*kundservice*', '*nyhetsbrev*', '*webbplats*', '*webbutik*', '*arkiv*', '*personaliser*', '*produktrekommend*',
  // en: what product recommendations and personalisation partners do
  'personalisation*', 'personalization*', 'product recommendation*',
]);

/** Short names of activities, written in capitals: "IT-palvelut", "CRM", "HR-system". */
const ACRONYM = /(?<![\p{L}\p{N}])(?:IT|ICT|CRM|ERP|HR|SMS)(?![\p{L}\p{N}])/u;

function hasActivity(text: string): boolean {
  return ACRONYM.test(text) || findWords(text, ACTIVITY).length > 0;
}

/** "tai", "or", "eller" between the alternatives of a short category. */
const OR = /\s(?:tai|taikka|or|eller)\s/iu;

/**
 * Whether a category names what the recipient does. A short category of alternatives names it only
 * if each does: "palvelun- tai ohjelmistontarjoajat" (service or software providers) may be any
 * service provider.
 */
export function namesActivity(text: string): boolean {
  const alternatives = text.split(OR);
  if (alternatives.length > 1 && text.trim().split(/\s+/u).length <= 12) return alternatives.every(hasActivity);
  return hasActivity(text);
}
