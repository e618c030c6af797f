/** Where a register names a well-known service provider (data/providers.json), in any field a reader sees. */
import { isEea, providers, type Provider } from '../data/data.js';
import type { PathSegment } from '../load/yaml-ast.js';
import type { Register } from '../types.js';
import { allTexts, sentences } from './text.js';
import { findWords, languageVersions, mayMatch, names, words } from './words.js';
import { perRegister } from './per-register.js';

const PATTERNS = providers.providers.map((provider) => ({ provider, pattern: names(provider.names) }));

/** A link to the person's own profile ("LinkedIn-profiilin osoite", "link to your GitHub profile"): no data go there. */
const LINK = words(['linkki*', 'linkin', 'linkit*', 'osoite', 'osoitteen', 'url*', 'link', 'links', 'address', 'länk*', 'adress*']);
const PROFILE = words(['*profiili*', 'profile*', '*profil', '*profilen', '*profiler', 'portfolio*']);
/** Links that lead to another service's own site under its own policy ("Länkar till … Facebook leder till deras egna webbplatser"): no data go there. */
const OWN_SITE = words(['omille sivuilleen', 'omille verkkosivuilleen', 'egna webbplats*', 'egen webbplats*', 'own website*', 'own site*', 'own web site*']);

/** An e-mail address: "nimi@gmail.com" is a way to write to someone, not a service the register names. */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

/** A host name or app id written as an example ("com.linkedin.android", "google.com"): not a service the register uses. */
const HOST = /(?<![\p{L}\p{N}.-])(?:[\p{L}\p{N}-]+\.){1,}(?:com|net|org|fi|se|io|app|android|ios)(?![\p{L}\p{N}])/gu;

/**
 * A clause that says something is not used or not contained ("Sovellus ei käytä … analytiikkaa, Firebasea …",
 * "Sovellus ei sisällä analytiikka- tai seurantakoodia (kuten Firebase Analytics …)", "We do not
 * use Google Analytics", "Vi använder inte Facebook-pixeln", "Vi använder inga spårningscookies, inget Google Analytics"), not only for one end ("för marknadsföring",
 * "for advertising", "markkinointiin"), unless the services are examples of the tools denied ("använder för närvarande inga
 * cookies för spårning (såsom Google Analytics, Meta Pixel)"): a provider it names is one the register does not use. The clause
 * runs from the denial to the end of the sentence or to a turn ("…, mutta käytämme Google Analyticsia").
 */
const NOT_USED = /(?<!\p{L})(?:ei|emme|eikä|eivät|not|never|don['’]t|doesn['’]t)\s+(?:(?:tällä hetkellä|toistaiseksi|currently|at present|presently)\s+|\p{L}+\s+)?(?:käytä|käytetä|sisällä|use|used|contain|include)(?!\p{L})|(?<!\p{L})(?:contains|includes|uses?)\s+no(?!\p{L})|(?<!\p{L})(?:använder|används|innehåller)\s+(?:vi\s+)?(?:för närvarande\s+|i dag\s+|idag\s+|just nu\s+)?(?:inte|aldrig|inga|inget|ingen)(?!\p{L})/giu;
const CLAUSE_END = /[;!?\n]|(?<!(?<![\p{L}])(?:t\.ex|e\.g|i\.e|esim|ex|eg|ie))\.(?=\s|$)|,?\s+(?:mutta|vaan|but|men|utan|however|though|och vi|and we|ja)(?!\p{L})/iu;
const FOR_AN_END = /(?<!\p{L})(?:varten|for|för|till|purposes?|tarkoitu\p{L}*|\p{L}+(?:iin|seen|ksi))(?!\p{L})/iu;
/**
 * Tools in brackets as examples of the tools denied ("inga cookies för spårning (såsom Google Analytics, Meta
 * Pixel)"): the denial is of them, whatever its end; not examples of an end ("for marketing (such as Facebook)").
 */
const EXAMPLES_OF = /(?:eväst\p{L}*|cookie\p{L}*|kakor\p{L}*|seurant\p{L}*|tracking|spårning\p{L}*|analytii\p{L}*|analytics|\p{L}*analys\p{L}*|pi(?:xel|kseli)\p{L}*|koodi\p{L}*|code|kod|sdk\p{L}*|työkalu\p{L}*|tools?|verktyg\p{L}*)[^()]{0,40}\(\s*(?:såsom|som till exempel|t\.\s?ex\.?|till exempel|exempelvis|kuten|esim\.?|esimerkiksi|such as|like|e\.\s?g\.?|for example)\s/iu;

export function withoutNotUsed(value: string): string {
  NOT_USED.lastIndex = 0;
  if (!NOT_USED.test(value)) return value;
  NOT_USED.lastIndex = 0;
  let out = value;
  for (const m of value.matchAll(NOT_USED)) {
    const from = m.index ?? 0;
    const rest = value.slice(from + m[0].length, from + m[0].length + 300);
    const end = rest.search(CLAUSE_END);
    const clause = rest.slice(0, end < 0 ? rest.length : end);
    if (!FOR_AN_END.test(clause) || EXAMPLES_OF.test(clause)) out = out.slice(0, from) + ' '.repeat(m[0].length + clause.length) + out.slice(from + m[0].length + clause.length);
  }
  return out;
}

/**
 * An app store, where an app is offered and its age rating set ("Google Play Console", "App Store"):
 * its owner's own service, not a recipient; unless payments go through it ("Google Play Billing",
 * "maksut käsitellään App Storen kautta"), or it is the SDK of the same name that sends data to its
 * owner ("Google Play Services").
 */
const APP_STORE = words(['google play*', 'play store', 'app store', 'play console*']);
const PAYMENT = /(?<!\p{L})(?:maksu(?!ton|ttom)\p{L}*|maksa\p{L}*|osto\p{L}*|billing|payments?|purchases?|subscriptions?|betal\p{L}*|köp\p{L}*|prenumer\p{L}*|in-app)(?!\p{L})/iu;
const PLAY_SERVICES = /google play[- ]?(?:services|palvelu\p{L}*|tjänst\p{L}*)/iu;

function withoutAppStores(value: string): string {
  if (!mayMatch(value, APP_STORE)) return value;
  return sentences(value)
    .map((sentence) => (PAYMENT.test(sentence) || PLAY_SERVICES.test(sentence) ? sentence : sentence.replace(APP_STORE, ' ')))
    .join(' ');
}

/**
 * Where the source code is ("Palvelun lähdekoodi on avointa: GitHub", "Vi utvecklar med öppen källkod … Vi
 * finns på GitHub", "The source code is on GitHub"): a code host named there gets no one's data. A sentence is
 * read with the one before it; not one that hosts the site or its data there ("GitHub Pages", "hosted").
 */
const SOURCE_CODE = /lähdekoodi\p{L}*|källkod\p{L}*|source code|open source|(?<!\p{L})koodi\p{L}*|(?<!\p{L})koden(?!\p{L})|(?<!\p{L})repositor\p{L}*/iu;
const CODE_HOST = words(['github*', 'gitlab*', 'bitbucket*']);
const HOSTS_THERE = /pages|hosting|hosted|host|julkais\p{L}*|palvelim\p{L}*|server\p{L}*|servrar\p{L}*|driftas|lagras|tallenn\p{L}*|stored/iu;

function withoutCodeHosts(value: string): string {
  if (!mayMatch(value, CODE_HOST) || !SOURCE_CODE.test(value)) return value;
  const all = sentences(value);
  return all
    .map((s, i) => ((SOURCE_CODE.test(s) || SOURCE_CODE.test(all[i - 1] ?? '')) && !HOSTS_THERE.test(s) ? s.replace(CODE_HOST, ' ') : s))
    .join(' ');
}

/** A text's clauses: they end at a semicolon or a sentence's end, not at the dot of `esim.` or `e.g.`. */
function clausesOf(text: string): string[] {
  return text.replace(/\b(esim|mm|ns|e\.g|i\.e|t\.ex|bl\.a)\./giu, '$1').split(/[;!?\n]|\.(?=\s|$)/u);
}

/** A free text without its e-mail addresses, host names, app stores, code hosts where the source code is, clauses about profile links or links out to other sites, and sentences that say a thing is not used. */
function withoutProfileLinks(text: string): string {
  const value = withoutCodeHosts(withoutAppStores(withoutNotUsed(text.includes('.') ? text.replace(EMAIL, ' ').replace(HOST, ' ') : text)));
  if (!mayMatch(value, LINK) || (!mayMatch(value, PROFILE) && !mayMatch(value, OWN_SITE))) return value;
  return clausesOf(value)
    .filter((clause) => !linksTo(clause, PROFILE) && !linksTo(clause, OWN_SITE))
    .join('. ');
}

/** A text that speaks of a link to a profile or to another service's own site. */
function linksTo(text: string, where: RegExp): boolean {
  return mayMatch(text, where) && findWords(text, LINK).length > 0 && findWords(text, where).length > 0;
}

/**
 * A provider's account named as a data item ("Google-tunnuksen sisäinen tunniste", "Google -tunnus", "Apple ID",
 * "Microsoft-konto"), or a chat address the person may give ("AIM, Yahoo IM, Jabber / Google Talk"): an identifier the
 * person signs in or is reached with, not a party the data go to.
 */
const ACCOUNT = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}]+(?:\s?-\s?|\s)(?:tunnu\p{L}*|tili(?:n|ä|llä|lle|ltä)?|id|accounts?|konto(?:t|ts|n|na)?)|Google Talk|Yahoo!? (?:IM|Messenger)|MSN Messenger)(?![\p{L}\p{N}])/giu;

/** A data item of links or user names ("Instagram-, Spotify- ja verkkosivulinkit", "Twitter handle"): the person's own accounts, no party data go to. */
const OWN_ACCOUNTS = words(['*linkit', '*linkki', '*linkin', '*linkkejä', '*länk', '*länkar', '*länkarna', 'link', 'links', 'handle', 'handles', 'username*', '*käyttäjänimi*', '*användarnamn*']);

/** A text without the providers' accounts it names as data ("Käyttäjän Google -tunnus", "your Apple ID"). */
export function withoutAccounts(value: string): string {
  return value.replace(ACCOUNT, ' ');
}

/** A data category's text without the clauses that name the person's own accounts. */
function ownAccountsOut(value: string): string {
  const clauses = mayMatch(value, OWN_ACCOUNTS) ? clausesOf(value).filter((c) => !findWords(c, OWN_ACCOUNTS).length) : [value];
  return clauses.join('. ').replace(ACCOUNT, ' ');
}

export interface ProviderMention {
  provider: Provider;
  /** The name as written. */
  name: string;
  path: PathSegment[];
}

/** Plain-string fields that name a party: recipients, sources, cookie tools, group members. */
function namedStrings(register: Register): { path: PathSegment[]; value: string }[] {
  const out: { path: PathSegment[]; value: string }[] = [];
  if (Array.isArray(register.recipients)) {
    register.recipients.forEach((r, i) => r.name && out.push({ path: ['recipients', i, 'name'], value: r.name }));
  }
  register.sources?.forEach((s, i) => s.name && out.push({ path: ['sources', i, 'name'], value: s.name }));
  register.cookies?.tools?.forEach((t, i) => {
    if (t.name) out.push({ path: ['cookies', 'tools', i, 'name'], value: t.name });
    if (t.provider) out.push({ path: ['cookies', 'tools', i, 'provider'], value: t.provider });
  });
  return out;
}

/**
 * The first mention of each provider, in document order of the named fields, then of the free texts.
 * Texts under `transfers` are left out: a provider named there is a declared transfer.
 */
export const providerMentions: (register: Register) => readonly ProviderMention[] = perRegister(findMentions);

function findMentions(register: Register): ProviderMention[] {
  // A named field is reported whole (`Google Analytics`), a free text by the words that matched.
  const candidates: { path: PathSegment[]; value: string; whole?: boolean }[] = namedStrings(register).map((c) => ({ ...c, whole: true }));
  for (const { path, text } of allTexts(register)) {
    if (path[0] === 'transfers') continue;
    for (const { path: at, value } of languageVersions(path, text)) {
      candidates.push({ path: at, value: withoutProfileLinks(path[0] === 'data_categories' ? ownAccountsOut(value) : value) });
    }
  }
  // Text by text, each tried against the providers not yet found: a text is lower-cased once.
  const first = new Map<Provider, ProviderMention>();
  for (const { path, value, whole } of candidates) {
    for (const { provider, pattern } of PATTERNS) {
      if (first.has(provider) || !mayMatch(value, pattern)) continue;
      const [name] = findWords(value, pattern);
      if (name) first.set(provider, { provider, name: whole ? value : name, path });
    }
  }
  // In the order of the provider table, as before.
  return PATTERNS.flatMap(({ provider }) => first.get(provider) ?? []);
}

/** A sentence on links out to other services' own sites ("Länkar till … Facebook leder till deras egna webbplatser"): it names no party data go to. */
export function linksOut(text: string): boolean {
  return linksTo(text, OWN_SITE);
}

/** The providers a text names, each with the words that matched. */
export function providersIn(text: string): { provider: Provider; name: string }[] {
  const value = withoutProfileLinks(text);
  return PATTERNS.flatMap(({ provider, pattern }) => {
    const [name] = mayMatch(value, pattern) ? findWords(value, pattern) : [];
    return name ? [{ provider, name }] : [];
  });
}

/**
 * The first way a text writes a provider as a name is written ("Google" of "GOOGLE ANALYTICS … Google Analytics"),
 * else in capitals ("AWS" of "AWS (aws.amazon.com)"), else as it stands.
 */
function asWritten(found: readonly string[]): string[] {
  const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w) && w !== w.toUpperCase();
  const written = found.find(capitalised) ?? found.find((w) => /^\p{Lu}/u.test(w)) ?? found[0];
  return written === undefined ? [] : [written];
}

/** The providers a text names, each by the words that matched ("Mailchimp", "Google Driveen"); not the host of an e-mail address ("nimi@gmail.com"). */
export function providersNamed(text: string): string[] {
  const value = text.includes('@') ? text.replace(EMAIL, ' ') : text;
  return PATTERNS.flatMap(({ pattern }) => (mayMatch(value, pattern) ? asWritten([...value.matchAll(pattern)].map((m) => m[0].replace(/\s+/gu, ' '))) : []));
}

/** True when a text names the provider (a transfer's `recipient`, say). */
export function namesProvider(text: string | undefined, provider: Provider): boolean {
  const entry = PATTERNS.find((p) => p.provider === provider);
  return text !== undefined && entry !== undefined && findWords(text, entry.pattern).length > 0;
}

/**
 * Where the register itself places the provider: a recipient or cookie tool that names it with a
 * country. `FI` for "Microsoft Azure, Finland Central" is the author's answer to the question.
 */
export function placedInEea(register: Register, provider: Provider): boolean {
  const recipients = Array.isArray(register.recipients) ? register.recipients : [];
  const placed = [
    ...recipients.map((r) => ({ name: r.name, country: r.country })),
    ...(register.cookies?.tools ?? []).map((t) => ({ name: `${t.name} ${t.provider ?? ''}`, country: t.country })),
  ];
  return placed.some((p) => p.country !== undefined && isEea(p.country) && namesProvider(p.name, provider));
}

