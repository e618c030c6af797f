/**
 * What a sentence outside the recipients section says about recipients: a service it uses with the
 * data ("uutiskirjeet lähetetään Mailchimpillä", "we use the services of Example Cloud"), a company
 * named as a processor ("Example Ltd acts as a data processor"), providers the controller uses
 * ("Rekisterinpitäjä käyttää järjestelmätoimittajia"), an authority data are sent to ("luovutetaan
 * Kelalle"), a party or organisation data are handed over to ("lämnas ut till Skolverket"), a party
 * said to process or see the data ("Tilitoimisto käsittelee laskutustietoja").
 */
import type { Recipient } from '../../types.js';
import { DraftState } from '../draft/state.js';
import { providersNamed, withoutAccounts } from '../../check/providers.js';
import { companyNames } from './contact-details.js';
import { recipientRole } from './recipient-roles.js';
import { partyProcesses } from './party-processes.js';
import { namedParties, ungenitive } from './recipient-sentence.js';
import { DISCLOSES, disclosesToSomeone, ORGANISATION, PARTY, targetOf, THEIR_DATA } from './recipient-words.js';
import { isRightsText } from './rights-text.js';
import { serviceNames } from './service-names.js';
import { toolsIn } from './cookies.js';

/** Words that say a service is used with the data: it stores, sends or processes them. */
const USES =
  /(?<![\p{L}])(?:käytä\p{L}*|käyttä\p{L}*|tallenne\p{L}*|tallenta\p{L}*|säilö\p{L}*|lähete\p{L}*|käsitel\p{L}*|palvelu\p{L}*|använd\p{L}*|lagras|skickas|behandlas|via|use[sd]?|using|stored?|sen[dt]s?|process\p{L}*|through|hosted)(?![\p{L}])/iu;
const NEGATED = /(?<![\p{L}])(?:ei|emme|eikä|inte|aldrig|inga|inget|ingen|not|never|no)(?![\p{L}])/iu;

/** Nothing goes to or comes from the party: "nothing is loaded from Google", "ingenting hämtas från Google". */
const NOTHING_GOES = /(?<![\p{L}])(?:nothing|ingenting)\s+(?:\p{L}+\s+){0,2}?(?:loaded|sent|shared|fetched|passed|transferred|hämtas|skickas|delas|laddas|överförs)(?![\p{L}])/iu;

/**
 * Saying that the controller uses a party or a service: "käytämme", "anlitar", "we use", "the site uses", "hosted by".
 * Not "käytetään" or "används": what is used there is mostly the data.
 */
const USES_PARTY =
  /(?<![\p{L}])(?:käytämme|käytän|käyttää|hyödynnämme|hyödynnän|hyödyntää|ostamme|ostan|anlitar|anlitas|anlita|använder|köper)(?![\p{L}])|\b(?:we|I)\s+(?:\p{L}+\s+){0,2}(?:use|engage|employ|rely on|work with|buy)\b|\b(?:the|this|our)\s+(?:web\s?)?(?:site|website|service|app|application|platform)\s+(?:also\s+)?uses\b|\b(?:provided|hosted|operated|powered)\s+by\b/giu;

/** The controller says it uses a party or service, or that it is on its site: "Käytämme Google Analyticsia …", "The Service uses …", "På webbplatsen finns …". */
export function saysUse(sentence: string): boolean {
  return new RegExp(USES_PARTY.source, 'iu').test(sentence) || ON_SITE.test(sentence);
}

/** A service said to be on the site: "Sivustolla on lisäksi Facebook-pikseli", "På webbplatsen finns Meta-pixeln", "The site has a Meta pixel". */
const ON_SITE = /(?<![\p{L}])(?:sivusto(?:lla|llamme)|sivuilla(?:mme)?|verkkosivu(?:illa|illamme|stolla))\s+on(?![\p{L}])|(?<![\p{L}])(?:på (?:webbplatsen|sajten|vår webbplats) finns|webbplatsen har)(?![\p{L}])|\b(?:the|our) (?:web)?site(?: (?:also|additionally))? (?:has|contains|includes)\b/iu;

/** Words for the data themselves: "käyttää tietoja kumppaneiden kanssa" uses the data, not the partners. */
const DATA_WORD = /^(?:(?:henkilö)?tie(?:to|do)(?:ja|t|n|a|jen|jasi|tasi|janne)?|(?:person)?uppgift(?:er|erna|en|s)?|data|information|your|dina|era|ditt|ert)$/iu;

/** The first `count` words after `from`, found one at a time: the rest of a long sentence is never split. */
function wordsAfter(text: string, from: number, count: number): string[] {
  const word = /\S+/gu;
  word.lastIndex = from;
  const out: string[] = [];
  for (let m = word.exec(text); m && out.length < count; m = word.exec(text)) out.push(m[0]);
  return out;
}

/**
 * A party's word in the Finnish genitive right before the word for the data: "ulkopuolisen
 * palveluntarjoajan tietoja" are data that come from it. Not "a service provider's data platform", nor
 * "leverantörens data", where the party's system may hold the controller's data.
 */
const OWNER = /n$/u;
const FINNISH_DATA = /^(?:henkilö)?tie(?:to|do)\p{L}*$/iu;

/**
 * The controller says it uses a kind of party ("käyttää järjestelmätoimittajia", "we engage service
 * providers"): the party follows the verb within five words, with no word for the data before it. A
 * party whose data are used ("käyttää ulkopuolisen palveluntarjoajan tietoja") is where data come from.
 */
function usesParty(sentence: string): boolean {
  for (const m of sentence.matchAll(USES_PARTY)) {
    const gap: string[] = [];
    for (const word of wordsAfter(sentence, m.index + m[0].length, 5)) {
      const bare = word.replace(/[^\p{L}]/gu, '');
      if (DATA_WORD.test(bare)) {
        const owner = gap.at(-1);
        if (owner !== undefined && FINNISH_DATA.test(bare) && OWNER.test(owner) && PARTY.test(owner)) gap.length = 0;
        break;
      }
      gap.push(word);
    }
    if (PARTY.test(gap.join(' '))) return true;
  }
  return false;
}

/** A company said to run or supply the service, or to process the data: "ylläpitää Esimerkki Oy", "tillhandahålls av Exempel AB", "processed by Example Ltd". */
const RUNS = /(?<![\p{L}])(?:ylläpitä\p{L}*|toteuttaja\p{L}*|technical provider|ylläpidosta|toimittama\p{L}*|tuottama\p{L}*|tarjoama\p{L}*|tillhandahåll\p{L}*|levereras av|drivs av|behandlas av|hanteras av|käsittelee|käsittelevät|provided by|operated by|maintained by|supplied by|hosted by|processed by|handled by|provided (?:through|via)|kolmannen osapuolen (?:palvelun|työkalun|alustan) \S+ kautta)(?![\p{L}])/iu;

/** Data said to be stored, sent or hosted somewhere: "tallennetaan Wilma-järjestelmään", "toimitetaan … Lomake-palvelun kautta", "lagras hos", "hosted by". */
const STORES = /(?<![\p{L}])(?:tallenne\p{L}*|tallenta\p{L}*|säilö\p{L}*|lähetetään|toimitetaan|välitetään|kerätään|levereras|vidarebefordras|forwarded|delivered|lagras|sparas|skickas|samlas in|stored|hosted|uploaded|sent|collected)(?![\p{L}])/iu;

/** Data said to come to the controller rather than to go from it. */
const INCOMING = /(?<![\p{L}])(?:saadaan|saamme|kerätään|hankitaan|meille|från|oss|får vi)(?![\p{L}])|\b(?:from|receive[sd]?|obtain\p{L}*|us)\b/iu;

/** A request from someone, which brings no data in: "vid begäran från myndigheter", "at the request of the police". */
const ON_REQUEST = /(?<![\p{L}])(?:(?:vid|på|efter) begäran från|(?:at|upon|on) (?:the )?request (?:of|from))(?![\p{L}])/giu;

/** Verbs that say data are handed over, not merely sent ("uutiskirje lähetetään jäsenille" hands no data over). */
const HANDS_OVER =
  // "anmäla till kommunen" reports data to it; "anmäla dig till kursen" only signs up.
  /(?<![\p{L}])(?:luovute\p{L}*|luovutamme|luovuttaa|luovuttavat|ilmoitetaan|ilmoitamme|anmäl(?:a|er|de|an)(?![\p{L}])(?!\s+(?:dig|sig|er|mig|oss)(?![\p{L}]))|lämnas ut|lämnar ut|lämnas till|utlämnas|överlämnas|delas med|delar vi|rapporteras|disclose[sd]?|shared? with|passed (?:on|to)|handed over|reported to)(?![\p{L}])/iu;

/** An organisation the text names as the one data go to: "Tilastokeskukselle", "lajiliitolle", "till Skolverket", "with Eventbrite", "to the federation". */
function namedOrganisation(sentence: string): boolean {
  // "Kiinteistönvälitysalan Keskusliitto (KVKL) ry:lle", "Esimerkki Oy:lle": a name inflected after its legal form.
  if (/(?<=\S\s+)\p{Lu}[\p{L}-]+lle(?![\p{L}])|(?<![\p{L}])(?:Oyj?|ry|Ab|Ky|Tmi|rf|OY|RY):lle(?![\p{L}])/u.test(sentence)) return true;
  const target = targetOf(sentence);
  if (target === undefined) return /(?<![\p{L}])\p{L}+(?:lle|rekisteriin)(?![\p{L}])/iu.test(sentence) && ORGANISATION.test(sentence);
  // The word for whom, and the two after it: "the national federation", "the incomes register".
  const words = sentence.slice(sentence.indexOf(target)).split(/\s+/u).slice(0, 3).join(' ');
  return /^\p{Lu}/u.test(target) || ORGANISATION.test(words);
}

/** The supervisory authority: where complaints go, not a recipient. */
const SUPERVISORY = /tietosuojavaltuutet\p{L}*|valvontaviranomai\p{L}*|tillsynsmyndighet\p{L}*|integritetsskyddsmyndighet\p{L}*|datainspektion\p{L}*|supervisory authorit\p{L}*|data protection (?:ombudsman|authority)/giu;

export const askRole = (name: string): string =>
  `the original names ${name} as a service it uses: check that it receives personal data, and set \`role\` (\`processor\` when it processes them on the controller's behalf)`;

export interface Found {
  recipient: Recipient;
  /** A TODO to put on it. */
  ask?: string;
}

/** Services and companies a sentence names as used with the data, or as running the service: each asks for its role. */
/** A web address: a provider named only in a link's address ("https://github.com/…") is no service the sentence says is used. */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)\S+/giu;

function services(x: DraftState, s: string, named: readonly string[]): Found[] {
  const words = withoutAccounts(s.replace(WEB_ADDRESS, ' '));
  const providers = USES.test(words) || ON_SITE.test(words) ? providersNamed(words).map(ungenitive) : [];
  const known = [...providers, ...toolsIn(words).filter((t) => !providersNamed(t).length)];
  const pointed = new RegExp(USES_PARTY.source, 'iu').test(s) || STORES.test(s) ? serviceNames(s) : [];
  const serving = RUNS.test(s) ? named.filter((n) => !known.includes(n)) : named.filter((n) => pointed.some((m) => n.toLowerCase().includes(m.toLowerCase())));
  // A service and the company that runs it ("Example Pay Oy:n ylläpitämä Maksuri-palvelu") are one recipient: the company.
  const companies = serving.filter((n) => companyNames(s).includes(n));
  return [...known, ...(companies.length ? companies : serving)].map((name) => ({ recipient: { name, category: x.t(s) }, ask: askRole(name) }));
}

/** Kinds of party the controller uses, an authority data are sent to, a party or organisation data are handed over to, a party that processes them. */
function parties(x: DraftState, s: string, text: string, role: Recipient['role']): Found[] {
  // The data shared with those named before ("The information we share with these third parties is as follows:"): no one new.
  const rest = s.trim().replace(THEIR_DATA, ' ');
  if (rest !== s.trim() && !disclosesToSomeone(rest) && !PARTY.test(rest) && !namedOrganisation(rest) && !recipientRole(rest).role) return [];
  if (usesParty(s)) return [{ recipient: { category: x.t(text), ...recipientRole(text) } }];
  if (INCOMING.test(s.replace(ON_REQUEST, ' '))) return [];
  if (role === 'authority' && DISCLOSES.test(s)) return [{ recipient: { category: x.t(s), role } }];
  if (HANDS_OVER.test(s) && (PARTY.test(s) || namedOrganisation(s))) return [{ recipient: { category: x.t(text), ...recipientRole(text) } }];
  if (partyProcesses(s)) return [{ recipient: { category: x.t(text), ...recipientRole(text) } }];
  return [];
}

/**
 * What one sentence outside the recipients section names as recipients, with the sentences after it
 * that go on about them (`more`). With `onlyProcessors` (among the cookies, and where the notice says
 * data are not disclosed) only a company named as a processor counts: it is a recipient all the same.
 */
/**
 * A company said to be a controller itself: "Lindorff Invest Oy toimii rekisterinpitäjänä maksuhakemusten
 * käsittelyssä", "Vipps MobilePay AS toimii näiden tietojen osalta itsenäisenä rekisterinpitäjänä", "Exempel AB
 * är självständigt personuppgiftsansvarig", "Example Ltd acts as an independent controller".
 */
const IS_CONTROLLER =
  /^\s*(?:toimii (?:(?!(?:ja|sekä|tai|käsittelijä\p{L}*)\s)\p{L}+ ){0,4}rekisterinpitäjänä|on (?:\p{L}+ )?rekisterinpitäjä|är (?:(?!(?:och|samt|eller|personuppgiftsbiträde\p{L}*)\s)\p{L}+ ){0,4}personuppgiftsansvarig|is (?:an? |the )?(?:independent |separate )?(?:data )?controller|acts as (?:an? )?(?:independent |separate )?(?:data )?controller)(?![\p{L}])/iu;

/** Another company the sentence names as a controller in its own right: a recipient, never the draft's controller. */
function otherControllers(x: DraftState, s: string): Found[] {
  const own = x.controller.name?.toLowerCase();
  return companyNames(s)
    .filter((name) => name.toLowerCase() !== own && IS_CONTROLLER.test(s.slice(s.indexOf(name) + name.length)))
    .map((name) => ({ recipient: { name, category: x.t(s), role: 'controller' } }));
}

/** A tool the controller runs itself: "omalla palvelimellamme", "kaupungin oma Matomo", "self-hosted", "operated solely by", "på våra egna servrar". */
const SELF_HOSTED =
  /(?<![\p{L}])(?:oma\p{L}*\s+(?:\p{L}+\s+)?palvelim\p{L}*|omilla palvelimilla|itse ylläpitä\p{L}*|(?:kaupungin|kunnan|yliopiston|oma\p{L}*)\s+(?:oma\p{L}*\s+)?\p{L}+-?ratkaisu\p{L}*|self-hosted|(?:our|its) own (?:servers?|instance|installation)|operated solely by|hosted by us|(?:vår|våra|sin|sina)?\s*eg(?:en|et|na)\s+server\p{L}*)(?![\p{L}])/iu;

/**
 * The sentence without a relative clause on what the tool it names does not do: "Sivustolla on GoatCounter-kävijätilastointi,
 * joka ei käytä evästeitä" says the tool is there; not a clause that names a provider ("which is not hosted by Google").
 */
const mainClause = (s: string): string =>
  s.replace(/,\s+(?:joka|jotka|mikä|som|which)(?![\p{L}])[^,.;]*/giu, (clause) => (WHAT_IT_DOES_NOT.test(clause) && !providersNamed(clause).length && !toolsIn(clause).length ? ' ' : clause));

/** What a tool does not do, said in a clause after it: set cookies, tell visitors apart, track them. */
const WHAT_IT_DOES_NOT = /eväst\p{L}*|yksilö\p{L}*|tunnista\p{L}*|cookie\p{L}*|kak(?:or|a)\p{L}*|spår\p{L}*|identif\p{L}*|track\p{L}*|personuppgift\p{L}*|henkilötie\p{L}*|personal data/iu;

export function recipientsSaid(x: DraftState, s: string, more: readonly string[], onlyProcessors: boolean, cookies = false): Found[] {
  if (NEGATED.test(mainClause(s)) || NOTHING_GOES.test(s) || isRightsText(s)) return [];
  const controllers = otherControllers(x, s);
  if (controllers.length) return controllers;
  const role = recipientRole(s.replace(SUPERVISORY, ' ')).role;
  const named = namedParties(x, s);
  if (role === 'processor' && named.length) return named.map((name) => ({ recipient: { name, category: x.t(s), role } }));
  // Among the cookies, a known provider the controller says it uses ("We use Google Analytics to …", "Käytän …") or has on its site is one.
  // An analytics or other tool named there (`TOOLS`) is one the site uses, however the sentence says so ("kävijämäärät mitataan Plausible-analytiikalla").
  if (cookies && SELF_HOSTED.test(s)) return [];
  if (cookies && (new RegExp(USES_PARTY.source, 'iu').test(s) || ON_SITE.test(s) || toolsIn(s).length)) {
    return services(x, s, named).filter((f) => f.recipient.name && (providersNamed(f.recipient.name).length || toolsIn(f.recipient.name).length));
  }
  if (onlyProcessors) return [];
  const used = services(x, s, named);
  return used.length ? used : parties(x, s, [s, ...more].join(' '), role);
}
