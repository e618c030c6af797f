// GDPR Art. 13(1)(e), 14(1)(e): the recipients or categories of recipients, or explicitly none.
import { defineRule } from '../check/rule.js';
import { textValues } from '../check/text.js';
import type { Recipient, Register, Text } from '../types.js';
import { NOT_PERSONAL } from '../check/anonymous-words.js';
import { namesActivity } from '../check/recipient-activities.js';
import { namesProvider, providersIn } from '../check/providers.js';
import { oneParty } from '../check/one-party.js';
import { findWords, listed, onlyWords, tokens, wordSet, words } from '../check/words.js';

/** Words that say nothing about who the recipient is: "yhteistyökumppanit jne", "third parties". */
const isGeneric = wordSet([
  // fi
  'yhteistyökumppan*', 'kumppan*', 'ulkoistuskumppan*', 'ulkoituskumppan*', 'alihankkij*', 'palveluntarjoaj*', 'toimittaj*',
  'kolman*', 'osapuol*', 'taho', 'tahoj*', 'tahoi*', 'tahol*', 'muu', 'muut', 'mui*', 'muill*', 'ulkopuoli*', 'ja', 'sekä', 'tai',
  'jne', 'yms', 'ym', 'eri', 'valitu*', 'luotettav*',
  // en
  'partner*', 'third', 'parties', 'party', 'service', 'providers', 'provider', 'subcontractor*', 'supplier*', 'vendor*',
  'other', 'others', 'selected', 'trusted', 'external', 'companies', 'and', 'or', 'etc', 'our',
  // sv
  'samarbetspartner*', 'tredje', 'part', 'parter', 'parterna', 'leverantör*', 'underleverantör*', 'tjänsteleverantör*',
  'andra', 'övriga', 'och', 'eller', 'osv', 'externa', 'utvalda',
]);

/** A recipient given only as a category of generic words. */
export function isGenericRecipient(recipient: Recipient): boolean {
  if (recipient.name || !recipient.category) return false;
  return textValues(recipient.category).some((t) => onlyWords(t, isGeneric));
}

/** Words that name a recipient by its kind of party alone: a provider, a service, a partner, a third party. */
const isKindWord = wordSet([
  '*tarjoaj*', '*toimittaj*', '*kumppan*', 'alihankkij*', 'kolman*', 'osapuol*', 'taho*', '*palvelu', '*palvelut', '*palvelun',
  'service', 'services', '*provider', '*providers', 'supplier*', 'vendor*', 'partner*', 'third', 'party', 'parties',
  '*tjänst', '*tjänster', '*leverantör*', 'tredje', 'part', 'parter', 'samarbetspartner*',
]);

/** Where a recipient is: a country or the EU/EEA named in the category (WP260: type, sector and location). */
const LOCATION = words([
  'suome*', 'finland*', 'ruotsi*', 'sverige', 'sweden', 'euroop*', 'europe*', 'EU', 'EU:n', 'ETA', 'ETA:n', 'EEA', 'EES',
  'saksa*', 'germany', 'tyskland', 'irlanni*', 'ireland', 'irland', 'norja*', 'norway', 'norge', 'tanska*', 'denmark', 'danmark',
  'alanko*', 'netherlands', 'nederländerna', 'yhdysval*', 'united states', 'USA', 'kotimai*', 'domestic', 'inhemsk*',
]);

/**
 * A party named by its own name after the first word of the category's first sentence: "This site
 * uses Linode LLC as a web host". Not a name in the genitive, which names whom the party works for
 * ("Sofor Oy:n puolesta toimivat alihankkijat", "the club's suppliers").
 */
const PROPER_NAME = /\s\p{Lu}\p{Ll}+(?:\s+(?:LLC|Ltd|Inc|Oy|Oyj|Ab|AB|GmbH))?(?![\p{L}:'’])/u;

/** "Klarna – betalleverantör", "Postmark: sähköpostipalvelu": a lead of a word or a few, set before a dash or a colon. */
const LEAD = /^(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+[\p{L}\p{N}.&'’()/-]+){0,3}?)\s*(?:\s[–—-]\s|:\s)/u;

/**
 * The category starts with the party's own name before a dash or a colon: a lead in capitals that is
 * neither a kind of party nor an activity ("Klarna – betalleverantör", "Acme: hosting provider"; not
 * "Kirjanpito – tilitoimisto" or "Service provider: e-mail").
 */
function ledByName(text: string): boolean {
  const lead = LEAD.exec(text)?.[1];
  return lead !== undefined && !tokens(lead).some((w) => isKindWord(w) || isGeneric(w)) && !namesActivity(lead);
}

function namesParty(text: string): boolean {
  return ledByName(text) || PROPER_NAME.test(text.split(/(?<=[.!?])\s/u)[0] ?? '');
}

/**
 * A sentence about the controller's own doings, not a category: six words or more ending in a full
 * stop, in the first person ("Voimme ulkoistaa …", "we make agreements …", "vi ingår …") or with a
 * modal verb ("partners may process …").
 */
const PROSE_WORD = /\p{L}+mme(?!\p{L})|(?<!\p{L})(?:we|vi|may|might|will|voi|voivat|saattaa|saattavat)(?!\p{L})/iu;

function prose(text: string): boolean {
  return PROSE_WORD.test(text) && tokens(text).length >= 6 && /[.!]\s*$/u.test(text);
}

/** A category that says too little of who the recipient is, and the message that says so. */
interface KindOnly {
  text: string;
  message: 'kindOnly' | 'oneUnnamed';
}

/**
 * A category that says only what kind of party the recipient is, not what it does, with no country;
 * or one party, described by what it does but not named. "palkanlaskennan palveluntarjoajat" and
 * "installers" say what they do, and are a group.
 */
function kindOnly(recipient: Recipient): KindOnly | undefined {
  if (recipient.name || recipient.country || recipient.role === 'authority' || !recipient.category) return undefined;
  // A party that gets only data that identify no one ("vain tunnisteettomalla aineistolla") is no recipient of anyone's data.
  if (Object.values(recipient.category).some((t) => typeof t === 'string' && findWords(t, NOT_PERSONAL).length)) return undefined;
  for (const [lang, text] of Object.entries(recipient.category)) {
    if (typeof text !== 'string') continue;
    const kinds = tokens(text).filter(isKindWord);
    if (!kinds.length || findWords(text, LOCATION).length || onlyWords(text, isGeneric) || namesParty(text) || prose(text)) continue;
    if (!namesActivity(text)) return { text, message: 'kindOnly' };
    if (oneParty(kinds, lang)) return { text, message: 'oneUnnamed' };
  }
  return undefined;
}

/** A storage place run by someone else: a cloud or hosting service is a processor, and so a recipient (Art. 4(9)). */
const SERVICE_STORAGE = words([
  'pilvipalvel*', 'pilvessä', 'pilveen', 'palveluntarjoaj*', 'ulkoistet*', 'konesali*', 'webhotelli*', 'verkkolevy*',
  'cloud', 'cloud service*', 'hosting provider*', 'hosted by', 'service provider*', 'third-party server*', 'data centre*', 'data center*',
  'molntjänst*', 'molnet', 'tjänsteleverantör*', 'webbhotell*', 'extern* server*',
]);

/** Every text of the register that names a party which receives the data: recipients, transfers, cookie tools. */
function listedParties(register: Register): string {
  const recipients = Array.isArray(register.recipients) ? register.recipients : [];
  const transfers = Array.isArray(register.transfers) ? register.transfers : [];
  return [
    ...recipients.flatMap((r) => [r.name ?? '', ...textValues(r.names), ...textValues(r.category), ...textValues(r.purpose)]),
    ...transfers.map((t) => t.recipient ?? ''),
    ...(register.cookies?.tools ?? []).map((t) => `${t.name} ${t.provider ?? ''}`),
  ].join('\n');
}

/** Providers the register keeps its data with (data/providers.json) that no recipient, transfer or cookie tool names. */
function storedUnlisted(register: Register): string[] {
  const listedText = listedParties(register);
  const found = storageTexts(register).flatMap((t) => providersIn(t)).filter(({ provider }) => !namesProvider(listedText, provider));
  return [...new Set(found.map((f) => f.name))];
}

/** Where a register says where its data are kept: `storage_location`, the security measures, the retention texts. */
function storageTexts(register: Register): string[] {
  const texts: (Text | undefined)[] = [register.storage_location, register.security?.electronic, register.security?.manual, ...(register.retention ?? []).map((r) => r.description)];
  return texts.flatMap((t) => (t ? textValues(t) : []));
}

export default defineRule(
  {
    id: 'recipients',
    articles: ['Art. 13(1)(e)', 'Art. 14(1)(e)', 'Art. 4(9)'],
    severity: 'error',
    description: 'The register names its recipients or specific categories of them, or says `recipients: none`.',
    messages: {
      missing: {
        en: 'Missing `recipients`: list who receives the data, processors included, or say `recipients: none` when data are not disclosed (Art. 13(1)(e))',
        fi: 'Puuttuu `recipients`: luettele, kenelle tietoja luovutetaan (myös henkilötietojen käsittelijät), tai kirjoita `recipients: none`, jos tietoja ei luovuteta (13 art. 1 e)',
        sv: '`recipients` saknas: ange vem som tar emot uppgifterna, personuppgiftsbiträden inräknade, eller skriv `recipients: none` när inga uppgifter lämnas ut (artikel 13.1 e)',
      },
      kindOnly: {
        en: 'Recipient category `{text}` names only the kind of party, not what it does: name the recipient, or say what it does or provides, e.g. `payroll service provider in Finland`, or give its `country` (Art. 13(1)(e))',
        fi: 'Vastaanottajaryhmä `{text}` kertoo vain vastaanottajan lajin, ei sitä, mitä se tekee: nimeä vastaanottaja tai kerro sen toimiala tai palvelu, esim. `palkanlaskennan palveluntarjoaja Suomessa`, tai anna maa `country` (13 art. 1 e)',
        sv: 'Mottagarkategorin `{text}` anger bara vilket slags part det är, inte vad den gör: namnge mottagaren, eller ange dess verksamhet eller tjänst, t.ex. `leverantör av lönetjänster i Finland`, eller ange dess `country` (artikel 13.1 e)',
        severity: 'warn',
      },
      oneUnnamed: {
        en: 'Recipient `{text}` is one party, described by what it does but not named: name it, e.g. `Example Ltd (spam filtering)`, or say where it is, e.g. `… in Finland`, or give its `country` (Art. 13(1)(e))',
        fi: 'Vastaanottaja `{text}` on yksi taho, jota kuvataan vain sen tehtävän mukaan: nimeä se, esim. `Esimerkki Oy (roskapostin suodatus)`, tai kerro sen sijainti, esim. `… Suomessa`, tai anna maa `country` (13 art. 1 e)',
        sv: 'Mottagaren `{text}` är en enda part som bara beskrivs efter vad den gör: namnge den, t.ex. `Exempel AB (skräppostfiltrering)`, eller ange var den finns, t.ex. `… i Finland`, eller ange dess `country` (artikel 13.1 e)',
        severity: 'warn',
      },
      noneButStored: {
        en: '`recipients` says `none`, but the register keeps the data with {found}, run by someone else: the provider is a processor and a recipient, so name it (Art. 13(1)(e), Art. 4(9))',
        fi: '`recipients` on `none`, mutta rekisterin mukaan tiedot ovat palvelussa {found}, jota ylläpitää joku muu: palveluntarjoaja on henkilötietojen käsittelijä ja vastaanottaja, joten nimeä se (13 art. 1 e, 4 art. 9)',
        sv: '`recipients` är `none`, men enligt registret förvaras uppgifterna hos {found}, som drivs av någon annan: leverantören är ett personuppgiftsbiträde och en mottagare, så namnge den (artikel 13.1 e och 4.9)',
      },
      storedUnlisted: {
        en: 'The register keeps data with {found}, but no recipient names it: a provider that keeps or handles data for the controller is a processor and a recipient, so list it (Art. 13(1)(e), Art. 4(9))',
        fi: 'Rekisterin mukaan tietoja säilytetään palvelussa {found}, mutta vastaanottajissa sitä ei mainita: palveluntarjoaja, joka säilyttää tai käsittelee tietoja rekisterinpitäjän puolesta, on henkilötietojen käsittelijä ja vastaanottaja, joten lisää se (13 art. 1 e, 4 art. 9)',
        sv: 'Enligt registret förvaras uppgifter hos {found}, men ingen mottagare nämner den: en leverantör som förvarar eller behandlar uppgifter för den personuppgiftsansvariges räkning är ett personuppgiftsbiträde och en mottagare, så ta med den (artikel 13.1 e och 4.9)',
        severity: 'warn',
      },
      generic: {
        en: 'Recipient category `{text}` does not say who receives the data: name the recipient, or give its type of business, sector and location, e.g. `payroll service provider in Finland` (Art. 13(1)(e))',
        fi: 'Vastaanottajaryhmä `{text}` ei kerro, kuka tiedot saa: nimeä vastaanottaja tai kerro sen toimiala ja sijainti, esim. `palkanlaskennan palveluntarjoaja Suomessa` (13 art. 1 e)',
        sv: 'Mottagarkategorin `{text}` anger inte vem som tar emot uppgifterna: namnge mottagaren, eller ange dess verksamhet, bransch och plats, t.ex. `leverantör av lönetjänster i Finland` (artikel 13.1 e)',
      },
    },
  },
  ({ register, report }) => {
    const recipients = register.recipients;
    if (recipients === undefined) {
      report([], 'missing');
      return;
    }
    if (recipients === 'none') {
      const found = storageTexts(register).flatMap((value) => findWords(value, SERVICE_STORAGE));
      if (found.length) report(['recipients'], 'noneButStored', { found: listed([...new Set(found)]) });
    }
    if (!Array.isArray(recipients)) return;
    const unlisted = storedUnlisted(register);
    if (unlisted.length) report(['recipients'], 'storedUnlisted', { found: listed(unlisted) }, 'key');
    recipients.forEach((r, i) => {
      const kind = kindOnly(r);
      if (kind) report(['recipients', i, 'category'], kind.message, { text: kind.text });
      if (!isGenericRecipient(r)) return;
      const text = textValues(r.category).find((t) => onlyWords(t, isGeneric)) ?? '';
      report(['recipients', i, 'category'], 'generic', { text });
    });
  },
);
