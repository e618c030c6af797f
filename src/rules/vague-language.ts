// GDPR Art. 12(1) and WP260: purposes, recipients, transfers and sources are stated in clear, definite language.
import { defineRule } from '../check/rule.js';
import type { PathSegment } from '../load/yaml-ast.js';
import type { Register, Text, Transfer } from '../types.js';
import { isGenericRecipient } from './recipients.js';
import { NOT_PERSONAL } from '../check/anonymous-words.js';
import { namesSourceOrKind, unnamedKind, vagueSource } from '../check/source-words.js';
import { sentences, textValues } from '../check/text.js';
import { denialAsARule } from '../check/hedged-denial.js';
import { providersNamed } from '../check/providers.js';
import { mechanismsIn } from '../check/transfer-words.js';
import { findWords, languageVersions, listed, words } from '../check/words.js';

/**
 * Qualifiers WP260 names as poor practice ("may", "might", "often", "possible") and their Finnish and
 * Swedish kin, group by group: modal verbs, probability, "as a rule", "where necessary", "certain",
 * open-ended tails. The modal verbs are those that hedge what is done to the data: the passive
 * ("voidaan", "saatetaan", "kan lämnas ut", "may be shared") and "voimme", "saatamme", "may", "might".
 * Swedish "kan" alone, Finnish "voivat" and "voisimme", English "could" and "some" are left out: they
 * mostly say what someone can do ("du kan", "asiakkaat voivat"), and flagging them pushes authors
 * to stilted circumlocutions. Words that only introduce examples ("esimerkiksi", "such as", "till
 * exempel") are not here: an example list says more, not less.
 */
const HEDGING = words([
  // fi
  'voidaan', 'voitaisiin', 'voimme', 'saattaa', 'saattavat', 'saatamme', 'saatetaan', 'saattaisi', 'saattaisimme',
  'mahdollisesti', 'ehkä', 'usein', 'joskus', 'pääsääntöisesti', 'lähtökohtaisesti', 'yleensä', 'tarvittaessa', 'tarpeen mukaan', 'tarpeen vaatiessa',
  'soveltuvi* osin', 'tietty', 'tiettyä', 'tietyt', 'tietyn', 'tiettyjen', 'tiettyjä', 'tietyille', 'tiettyihin', 'tietyissä',
  'tietyistä', 'tietyiltä', 'jotkin', 'joitakin', 'jne', 'jne.', 'yms', 'yms.', 'ym.', 'tms', 'tms.', 'ja niin edelleen', 'rajoittumatta',
  // en
  'may', 'might', 'possibly', 'perhaps', 'often', 'sometimes', 'certain', 'as a rule', 'in principle', 'generally',
  'where necessary', 'if necessary', 'as necessary', 'when necessary', 'where applicable', 'etc', 'etc.', 'and so on', 'including but not limited to',
  'not limited to', 'without limitation',
  // sv: "kan" only with "komma att" or a passive verb ("kan lämnas ut", "kan sparas", "kan också delas")
  'kan komma att', 'kan * komma att', 'skulle kunna', 'kan *s', 'kan också *s', 'kan även *s', 'kanske', 'eventuellt',
  'möjligen', 'ofta', 'ibland', 'i regel', 'i princip', 'vanligtvis', 'vanligen', 'vid behov', 'om nödvändigt', 'när det är nödvändigt', 'när det behövs', 'i tillämpliga delar',
  'i förekommande fall',
  'vissa', 'viss', 'visst', 'osv', 'osv.', 'm.m.', 'med mera', 'inte begränsat till', 'inte begränsad till', 'inte begränsade till',
  // a period hedged: "normalt upp till 24 månader", "normally up to two years", "tavallisesti enintään vuoden"
  'normalt upp till', 'normally up to', 'usually up to', 'typically up to', 'tavallisesti enintään', 'normaalisti enintään',
  // purposes left open: "muihin vastaaviin tarkoituksiin", "därmed jämförliga ändamål", "similar purposes"
  'vastaaviin tarkoituksiin', 'vastaavia tarkoituksia', 'jämförliga ändamål', 'liknande ändamål', 'similar purposes', 'comparable purposes',
  // "käyttötarkoitukset" only after "muut" or a conjunction: "tietoryhmiä vastaavat käyttötarkoitukset" are the ones that correspond to them
  'muut vastaavat käyttötarkoitukset', 'muihin vastaaviin käyttötarkoituksiin', 'muita vastaavia käyttötarkoituksia', 'muut vastaavat tarkoitukset',
  'ja vastaaviin käyttötarkoituksiin', 'tai vastaaviin käyttötarkoituksiin', 'sekä vastaaviin käyttötarkoituksiin', 'ja vastaavia käyttötarkoituksia',
  'tai vastaavia käyttötarkoituksia',
]);

/** What may be collected or kept: a hedge on the data themselves ("saatamme kerätä", "we may collect", "vi kan komma att samla in"). */
const MAY_COLLECT = words([
  'saatamme kerätä', 'voimme kerätä', 'saatetaan kerätä', 'voidaan kerätä', 'saatamme käsitellä', 'saatetaan käsitellä',
  'voidaan tallentaa', 'saatetaan tallentaa', 'voidaan tallettaa', 'saatetaan tallettaa',
  // a host or a provider the notice does not name as the one that "may store" ("Mahdollinen webhotelli voi tallentaa lokitietoja")
  'webhotelli voi tallentaa', 'palvelin voi tallentaa', 'palveluntarjoaja voi tallentaa', 'isännöintipalvelu voi tallentaa',
  'may collect', 'might collect', 'may also collect', 'may be collected', 'might be collected', 'may process', 'may be processed',
  'may be stored', 'might be stored', 'may include', 'may also include', 'might include', 'saattaa sisältää', 'saattavat sisältää',
  // with an adverb between: "saatamme myös kerätä", "we may also automatically collect", "kan vi komma att automatiskt samla in"
  'saatamme * kerätä', 'saatamme * * kerätä', 'voimme * kerätä', 'voimme * * kerätä', 'may * collect', 'may * * collect', 'might * collect',
  'kan komma att * samla*', 'kan vi komma att * samla*',
  'kan vi komma att * behandla*',
  'kan komma att samla*', 'kan komma att innehålla', 'kan vi komma att samla*', 'kan samla in', 'kan vi samla in', 'kan samlas in', 'kan komma att behandla*',
  'kan komma att lagras',
  // the controller itself as the one that "kan lagra" (Swedish "kan" alone is no hedge in HEDGING): "Vi kan även lagra KTH-användarnamn"
  'vi kan lagra', 'vi kan även lagra', 'vi kan också lagra', 'vi kan spara', 'vi kan även spara', 'vi kan också spara',
  'kan sparas', 'kan även sparas', 'kan också sparas', 'kan lagras', 'kan även lagras', 'kan också lagras',
  // the site or service itself as the one that "may process" (not a provider doing so on its own account)
  'vi kan behandla', 'sidan kan behandla', 'webbplatsen kan behandla', 'tjänsten kan behandla', 'appen kan behandla',
  'palvelu voi käsitellä', 'sivusto voi käsitellä', 'sovellus voi käsitellä',
]);

/** What may be given out or published: a hedge on who gets the data ("voidaan luovuttaa", "may be shared", "kan lämnas ut"). */
const MAY_GIVE_OUT = words([
  'voidaan luovuttaa', 'voidaan * luovuttaa', 'saatetaan luovuttaa', 'saatetaan * luovuttaa', 'voidaan julkaista', 'saatetaan julkaista',
  'may be disclosed', 'might be disclosed', 'may be shared', 'might be shared', 'may be published',
  'kan lämnas ut', 'kan komma att lämnas ut', 'kan publiceras', 'kan komma att publiceras',
  'vi kan lämna ut', 'vi kan även lämna ut', 'vi kan också lämna ut',
]);

/**
 * "Where needed" on collecting or storing data ("Tarvittaessa keräämme myös …", "Vid behov samlas även …",
 * "if necessary, the phone number is also stored"): which data are collected, and when, is left open.
 */
const WHEN_NEEDED =
  /(?<![\p{L}])(tarvittaessa|tarpeen mukaan|when needed|if needed|where needed|when necessary|if necessary|where necessary|vid behov|om det behövs),?\s+(?:[\p{L}'’-]+,?\s+){0,6}?(?:kerä|tallen|collect|stor|record|samla|spara|lagra|registrera)/giu;

function whenNeeded(sentence: string): string[] {
  return [...sentence.matchAll(WHEN_NEEDED)].map((m) => m[1]!);
}


/** A disclosure a list of exactly what follows completes: "luovuttaa … seuraavasti:", "shared … as follows:". */
const AS_FOLLOWS = /:\s*$|seuraavasti|as follows|enligt följande/iu;

/** "May include", said of something other than data ("The portal may also include links to other courses"): no hedge on the data. */
const MAY_CONTAIN = /^(?:may|might|saattaa|saattavat|kan komma att)\b.*(?:include|sisältää|innehålla)$/iu;
/** Words of personal data: what a sentence that "may include" hedges when it hedges the data. */
const DATA_WORDS = /tieto|tiedo|data|information|uppgift|(?<![\p{L}])(?:nimi|nimen|name|namn|osoite\p{L}*|address\p{L}*|adress\p{L}*|sähköpost\p{L}*|e-?mail|e-post|puhelin\p{L}*|phone|telefon\p{L}*)(?![\p{L}])/iu;

/** A prohibition ("We may not collect"), not a hedge. */
const NOT_HEDGE = /(?<!\p{L})(?:not|never|ei|inte|aldrig)(?!\p{L})/iu;
/** A purpose clause the hedge stands in ("jotta voimme jatkossa kerätä palautetta", "so that we may later collect"). */
const AIM_BEFORE_HEDGE = /(?<!\p{L})(?:jotta|so that|in order that|för att)\s+(?:\p{L}+\s+)?$/iu;

/** The list a hedge leads into, in its own sentence after a colon: "Rekisteriin voidaan tallettaa seuraavia tietoja: nimi, …". */
const LIST_AFTER = /^[^:.;]{0,60}?(?<![\p{L}])(?:seuraav\p{L}*|the following|följande)(?:\s+[\p{L}-]+){0,2}\s*:\s*(\S.*)$/iu;
/** The same list named before the hedge: "The following data may be stored: name, …". */
const LIST_NAMED_BEFORE = /(?<![\p{L}])(?:the following|följande|seuraavat)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** An item that leaves a list open, or a list of examples. */
const OPEN_ITEM = /(?<![\p{L}])(?:muu\p{L}*|mui\p{L}*|other|others|andra|annan|annat|övriga|such as|like|similar|including|for example|for instance|any (?:other )?information|esim\p{L}*|e\.g|t\.ex|bland annat|bl\.a|till exempel|exempelvis|mm|m\.m|med mera|muun muassa|etc|jne|yms|ym|tms|osv|vastaav\p{L}*|liknande)(?![\p{L}])/iu;
/** Data collected of themselves: no list of what the person gives closes them. */
const AUTOMATIC = /(?<![\p{L}])(?:automaatti\p{L}*|automatic\p{L}*|automatisk\p{L}*)(?![\p{L}])/iu;

/**
 * A hedge on collecting that a closed list in the same sentence settles: two or more items after the colon, none
 * that leaves the list open ("Rekisteriin voidaan tallettaa seuraavia tietoja: nimi, postiosoite ja sähköpostiosoite",
 * "The following data may be stored: name, postal address and e-mail address"). A list in a block of its own is read
 * where the notice is audited.
 */
function closedInline(s: string, hedge: string): boolean {
  const at = s.indexOf(hedge);
  const after = s.slice(at + hedge.length);
  const list = LIST_AFTER.exec(after)?.[1] ?? (LIST_NAMED_BEFORE.test(s.slice(0, at)) ? /^\s*:\s*(\S.*)$/u.exec(after)?.[1] : undefined);
  if (list === undefined || !/,|\s(?:ja|sekä|and|och)\s/u.test(list) || AUTOMATIC.test(s)) return false;
  // The list and what leads into it from the hedge: "tallettaa mm. seuraavia tietoja: …", "…: nimi ja muita tietoja".
  return !OPEN_ITEM.test(after.slice(0, after.length - list.length)) && !OPEN_ITEM.test(list);
}

/** The hedges on collecting data in one sentence. */
function mayCollect(s: string): string[] {
  return findWords(s, MAY_COLLECT).filter((h) => {
    if (NOT_HEDGE.test(h) || AIM_BEFORE_HEDGE.test(s.slice(0, s.indexOf(h)))) return false;
    if (closedInline(s, h)) return false;
    return !MAY_CONTAIN.test(h) || DATA_WORDS.test(s);
  });
}

/** A question, or a heading put as one ("Why we may process your data", "Miksi voimme käsitellä tietojasi", "8. Kenelle henkilötietoja voidaan luovuttaa"): it asks, it states nothing. */
const ASKS = /^(?:\d+[.)]?\s*)?(?:why|how|what|who|to whom|miksi|miten|mitä|milloin|kenelle|keille|kuka|ketkä|varför|hur|vad|vem|vilka|till vem)(?![\p{L}])|\?$/iu;

/** How long, said as what is typical: "tyypillisesti 30–90 päivässä", "typically within 30 days", "typiskt inom 30 dagar". */
const TYPICALLY = words(['tyypillisesti', 'typically', 'typiskt']);

/** The hedges on collecting, keeping and giving out data in a text, sentence by sentence; giving out to a party named is said. */
function collectingHedges(value: string, own: readonly string[]): string[] {
  return sentences(value)
    .filter((s) => !aboutAnonymousData(s) && !LAW_CONDITION.test(s) && !ASKS.test(s))
    .flatMap((s) => [
      ...mayCollect(s),
      ...whenNeeded(s),
      ...(findWords(s, KEEPING).length ? findWords(s, TYPICALLY) : []),
      ...(AS_FOLLOWS.test(s) || namesParty(s, own) ? [] : findWords(s, MAY_GIVE_OUT)),
      ...denialAsARule(s),
    ]);
}

/**
 * A sentence about data that identify no one ("Anonymised statistics may be shared"): not one whose list
 * of data, after a colon, has an anonymised item among others ("Log data may include: …, your anonymised
 * IP address, …, and more").
 */
function aboutAnonymousData(sentence: string): boolean {
  const colon = listColon(sentence);
  return findWords(colon < 0 ? sentence : sentence.slice(0, colon), NOT_PERSONAL).length > 0;
}

/** Where a colon leads into a list of two or more items ("include: a, b and c"); not a label's ("Tilastointi: …"), a web address's or a time's. */
function listColon(sentence: string): number {
  for (const m of sentence.matchAll(/:(?!\/\/|\d)/gu)) {
    const after = sentence.slice(m.index + 1);
    if ((after.match(/,/gu) ?? []).length >= 2) return m.index;
  }
  return -1;
}

/** "Where needed": in a purpose clause ("jotta voimme tarvittaessa kysyä lisätietoa") it says when the purpose arises, not whether data are processed. */
const WHEN_NEEDED_WORD = /^(?:tarvittaessa|tarpeen mukaan|tarpeen vaatiessa|where necessary|if necessary|when necessary|vid behov|om nödvändigt|när det är nödvändigt|när det behövs)$/iu;

/** An aim the "where needed" qualifies, further back in its sentence: "för att … kunna kontakta dem vid behov", "in order to contact them if necessary", "voidaksemme ottaa yhteyttä tarvittaessa". */
const AIM_BEFORE = /(?:^|[^\p{L}])(?:för att|in order to|to be able to|\p{L}+(?:aksemme|äksemme))(?![\p{L}])[^.;:!?]*$/iu;

/**
 * Data fallen into the wrong hands told to those concerned and, "where necessary", to the authority ("Henkilötietojen
 * joutumisesta vääriin käsiin ilmoitamme … ja tarvittaessa myös tietosuojaviranomaisille"): the condition of Art. 33(1).
 */
const BREACH_TOLD =
  /(?:vääriin käsiin|wrong hands|(?:orätta|fel) händer)[^.]*?(?:ilmoit|notif|inform|tell|meddela|underrätta)|(?:ilmoit|notif|inform|tell|meddela|underrätta)\p{L}*[^.]*?(?:vääriin käsiin|wrong hands|(?:orätta|fel) händer)/iu;

/** Modal verbs: a hedge only where they make the processing uncertain ("Voimme luovuttaa", "voidaan luovuttaa", "may be shared"). */
const MODAL = /^(?:voimme|voidaan|may|might)$/iu;

/**
 * What turns a modal verb into a plain statement: a purpose clause ("jotta voimme", "so that we may"),
 * a question word ("miten voimme parantaa"), the data subject as the one who can ("you may"), the
 * person's own wish ("halutessasi voimme"), a restriction ("voimme vain", "may only", "voidaan Skholessa
 * käyttää ainoastaan", "may be used only"), or a way to delete data the person takes ("voidaan poistaa
 * myös poistamalla sovellus", "can be deleted by uninstalling the app").
 */
const PLAIN_BEFORE = /(?:^|[^\p{L}])(?:jotta|miten|kuinka|että|jos|you|halutessasi|pyynnöstäsi|so that we|in order that we|if you (?:so )?wish,? we|at your request,? we)\s+$/iu;
/**
 * A purpose clause the modal verb stands in, further back in its sentence: "jotta asiakas voi käyttää
 * palveluita ja asiakasta voidaan laskuttaa", "so that you can order and we can bill you". It says what
 * the data are for, not whether they are processed.
 */
const PURPOSE_CLAUSE = /(?:^|[^\p{L}])(?:jotta|so that|in order that|så att)(?![\p{L}])[^.;:!?]*$/iu;

function inPurposeClause(value: string, at: number): boolean {
  return PURPOSE_CLAUSE.test(value.slice(Math.max(0, at - 160), at));
}

const PLAIN_AFTER =
  /^\s+(?:(?!(?:not|ei|inte)\s)\p{L}+\s+){0,2}(?<!(?:not|ei|inte)\s+)(?:vain|ainoastaan|only)(?![\p{L}])|^\s+(?:be\s+|myös\s+)?(?:poist\p{L}*|delet\p{L}*|remov\p{L}*|raderas?|tas bort)\s+[^.;]{0,60}?(?:(?<!\p{L})(?:poistamalla|asentamalla pois)(?!\p{L})|by (?:deleting|uninstalling|removing)|genom att (?:radera|avinstallera|ta bort))|^\s+(?:\p{L}+\s+){0,2}(?:lain(?:säädännön)?\s+(?:rajoissa|puitteissa|sallimissa)|within the limits of (?:the )?law|as (?:permitted|allowed) by law|inom lagens ramar|i den mån lagen tillåter)/iu;

/**
 * A sentence that gives out data on the condition the law sets ("voidaan luovuttaa viranomaiselle
 * lainsäädäntöön perustuvalla tavalla", "may be disclosed where required by law", "kan lämnas ut när
 * lagen kräver det"): a contingency stated, not a hedge on what is done.
 */
const LAW_CONDITION =
  /lainsäädäntöön perustuv|lain (?:edellyttämä|vaatima|nojalla)|med stöd av lag|pursuant to (?:the )?law|(?:as|when|where|if) required by law|when the law requires|(?:när|om) lagen kräver|enligt lag(?:en)? (?:krävs|kräver)|tietoturvaloukkau|tietosuojaloukkau|(?:personal )?data breach|personuppgiftsincident/iu;

/**
 * A party named in a sentence: a service provider Seloste knows, or an organisation by its company
 * form ("Posti Oy", "Mailgun Technologies, Inc.", "Svenska Bostäder AB").
 */
const COMPANY_FORM = /(?<![\p{L}\d&.'’-])\p{Lu}[\p{L}\d&.'’-]*(?:,?\s+\p{Lu}?[\p{L}\d&.'’-]*){0,4},?\s+(?:Oy|Oyj|Ab|AB|Ltd|Inc|LLC|GmbH|ry|rf|Corporation|Limited|S\.A\.|B\.V\.)(?![\p{L}])/u;

/** Where data may go or be: "outside the EU/EEA", "Yhdysvalloissa". A hedge there leaves open whether they leave, whoever is named. */
const ABROAD = /ulkopuol|outside|utanför|third countr|kolmansi|tredje ?land|yhdysval|united states|sijait|located|belägen/iu;
/** The United States by its letters, in capitals ("us" is a word). */
const US_LETTERS = /\b(?:US|USA|U\.S\.)(?![\p{L}])/u;

/** The controller's own names: a hedge that names the controller names no one it gives data to. */
function ownNames(register: Register): string[] {
  const name = register.controller?.name;
  return (typeof name === 'string' ? [name] : []).map((n) => n.replace(/\s+(?:Oy|Oyj|Ab|AB|ry|rf|Ltd)$/u, ''));
}

/** The modal verbs a condition of their own sentence makes plain: the case is said, not left open. */
const CONDITIONAL_MODAL = /^(?:voimme|voidaan|saatamme|saatetaan|saattaa|may|might|kan komma att)$/iu;
/** A condition in the sentence: "jos", "mikäli", "if", "in case", "ifall", "i det fall"; not "if necessary", which is a hedge of its own. */
const CONDITION = /(?<!\p{L})(?<!(?:check|see|ask|know|whether|determine|verify) )(?:jos|mikäli|siinä tapauksessa|if|in (?:the )?case|ifall|i det fall|för det fall)(?!\p{L})/iu;
/** A case that is only the need or fitness of the act ("jos se on tarpeen", "if it is necessary", "ifall det behövs"): a hedge of its own. */
const NEED_CASE =
  /(?<!\p{L})(?:jos|mikäli|if|in (?:the )?case|ifall|i det fall|för det fall)\s+(?:\p{L}+\s+){0,4}?(?:tarpee\p{L}*|tarvit\p{L}*|välttämätön\p{L}*|necessary|needed|appropriate|required|deemed|useful|relevant|behövs|behövligt|nödvändig\p{L}*|lämplig\p{L}*|krävs)(?!\p{L})/iu;

/** What the need is for, said after it: "jos se on tarpeellista lakisääteisen velvoitteen täyttämiseksi", "if necessary to comply with the law". */
const NEED_FOR = /^\s*(?:\p{L}+\s+){0,3}?(?:\p{L}+(?:miseksi|mäksi)|to comply|to establish|to defend|for the (?:establishment|exercise|defence)|för att (?:uppfylla|fullgöra|fastställa|försvara))(?!\p{L})/iu;

/** A sentence that says in which case the modal's act is done; not where data may go abroad, nor the controller's own judgement or bare need. */
function conditioned(sentence: string): boolean {
  const need = NEED_CASE.exec(sentence);
  const bareNeed = need !== null && !NEED_FOR.test(sentence.slice(need.index + need[0].length));
  return CONDITION.test(sentence) && !bareNeed && !ABROAD.test(sentence) && !US_LETTERS.test(sentence) && !DISCRETION.test(sentence);
}

/** The controller's own judgement on whether to give data out ("kun katsomme pyynnön perustelluksi", "where we consider it justified"): the hedge stands. */
const DISCRETION = /(?<![\p{L}])(?:katsomme|katsoo|harkin\p{L}*|arvioimme|bedömer|anser vi|efter eget gottfinnande|we consider|we deem|we believe|at our discretion|in our judgement)(?![\p{L}])/iu;

/** The authorities, as who gets the data: "voidaan luovuttaa viranomaisille", "may be disclosed to the police". */
const AUTHORITIES = words(['viranomai*', 'poliisi*', 'tuomioistuim*', 'myndighet*', 'polis*', 'domstol*', 'authorities', 'authority', 'police', 'court*']);

function namesParty(sentence: string, own: readonly string[] = []): boolean {
  if (ABROAD.test(sentence) || US_LETTERS.test(sentence)) return false;
  const isOwn = (name: string): boolean => own.some((o) => o && name.toLowerCase().includes(o.toLowerCase()));
  const companies = [...sentence.matchAll(new RegExp(COMPANY_FORM.source, 'gu'))].map((m) => m[0]);
  return providersNamed(sentence).length > 0 || companies.some((c) => !isOwn(c)) || (findWords(sentence, AUTHORITIES).length > 0 && !DISCRETION.test(sentence));
}

/** Words that leave a list open: "jne", "etc.", "osv.". */
const OPEN_LIST = /^(?:jne\.?|yms\.?|ym\.|tms\.?|etc\.?|osv\.?|m\.m\.|med mera|and so on)$/iu;

/** A match at `at` inside brackets that give examples ("(utskick med tävlingsinformation etc.)"): the thing named before them is said in full. */
function inBrackets(value: string, at: number): boolean {
  const before = value.slice(0, at);
  const open = before.lastIndexOf('(');
  return open > before.lastIndexOf(')') && /^[^()]*\)/u.test(value.slice(at));
}

/** How far a sentence is read on each side of a match: a text with no end of sentence is not read whole at every match. */
const SENTENCE_REACH = 600;

/** The sentence of a text a match at `at` stands in. */
function sentenceAt(value: string, at: number): string {
  const from = Math.max(0, at - SENTENCE_REACH);
  const before = value.slice(from, at);
  const start = from + Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1;
  const end = value.slice(at, at + SENTENCE_REACH).search(/[.!?](?:\s|$)/u);
  return value.slice(start, end < 0 ? at + SENTENCE_REACH : at + end);
}

/** A restriction before the modal verb: "Only specific employees may process them", "Vain hallitus voi …", "Endast styrelsen kan …". */
const ONLY_BEFORE = /(?:^|[^\p{L}])(?:only|vain|ainoastaan|endast|bara|enbart)\s+(?:[\p{L}-]+\s+){0,5}$/iu;

/**
 * "Voimme säilyttää tietoja asiakassuhteen keston ajan", "we may keep them for up to a year": a time to
 * keep data said as its longest. Not "may be kept longer", which sets no limit.
 */
const KEEP_AFTER =
  /^\s+(?:\p{L}+\s+)?(?:säilyttää|keep|retain|behålla|spara|lagra)(?![\p{L}])[^.;]*?(?<![\p{L}])(?:ajan|saakka|asti|kunnes|vuo\p{L}*|kuukau\p{L}*|until|for up to|years?|months?|tills|år|månad\p{L}*)(?![\p{L}])/iu;

/**
 * What a modal verb hedges when it hedges processing: a verb of using, giving out, keeping or
 * collecting data within the next words ("voidaan myös luovuttaa", "may be shared"). A modal before
 * any other verb ("vaade voidaan esittää", "we may change this notice") hedges nothing about the data.
 */
const PROCESSING_AFTER =
  /^\s+(?:\p{L}+\s+){0,2}?(?:käyt|käsit|luovut|siirt|säilyt|tallen|kerä|yhdist|julkai|poist|jaka|jae|jaa|anta|annet|lähet|hyödyn|tarkast|tarkist|tutki|päivit|profil|ulkoist|välit|toimit|myy|analys|seura|kohdist|markkinoi|yhteyt|saa|saad|ott|vie|use|used|process|shar|disclos|transfer|stor|kept|keep|retain|collect|combin|publish|sell|sold|send|sent|pass|giv|provid|delet|analy|track|monitor|contact|outsourc|obtain|receiv|gather|inspect|check|examin|scan|access|export|match|link)/iu;

/** Quantifiers: "some", "certain". A hedge where they leave open which data, parties, purposes or cases. */
const QUANTIFIER = /^(?:tietty|tiettyä|tietyt|tietyn|tiettyjen|tiettyjä|tietyille|tiettyihin|tietyissä|tietyistä|tietyiltä|jotkin|joitakin|certain|vissa|viss|visst)$/iu;
/** What a quantifier hedges when it hedges the processing: data, parties, purposes, cases, places (within the next words). */
const QUANTIFIED =
  /^\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:tieto|tiedo|tietoj|henkilö|data|informat|detail|uppgift|taho|osapuol|part|kumppan|vastaanott|recipient|mottag|tarkoitu|purpose|ändamål|tapau|case|fall|tilante|situation|palvelu|service|tjänst|leverant|tarjoaj|provider|yhteisty|partner|maa|countr|land|viranom|authorit|myndighet|rekister|register|eväste|cookie|kak)/iu;

/** "voidaan katsoa" is "is deemed": a definition, not a hedge. */
const DEEMED = /^\s+katso(?:a|taan)(?![\p{L}])/iu;

/** Modal verbs, on getting data from a source: "voidaan saada", "saatamme saada", "may obtain", "kan hämtas". */
const SOURCE_MODAL = /^(?:voidaan|voimme|saatetaan|saatamme|saattaa|saattavat|may|might|kan .+|skulle kunna)$/iu;

/**
 * The hedges of a source's text. A source it names, by name or by kind ("voidaan saada myös
 * viranomaisilta ja julkisista rekistereistä", "we may obtain data from credit agencies"), says where
 * data come from: the modal verb says only that not every person's data come from there.
 */
function sourceHedges(value: string, othersListed: boolean): string[] {
  const named = namesSourceOrKind(value);
  return [...hedges(value).filter((h) => !named || !SOURCE_MODAL.test(h)), ...(named || othersListed ? [] : findWords(value, MAINLY))];
}

/** "Mainly" of a source ("pääasiassa rekisteröidyltä itseltään", "främst från dig"): other sources are implied, and not named where the register lists none. */
const MAINLY = words(['pääasiassa', 'pääosin', 'pääsääntöisesti', 'mainly', 'primarily', 'mostly', 'främst', 'huvudsakligen', 'i huvudsak', 'i första hand']);

/** A transfer said as a condition: "Jos tietoja siirretään", "If personal data is transferred", "Om uppgifter överförs". */
const IF_TRANSFERRED = words([
  'jos * siirretään', 'jos * * siirretään', 'mikäli * siirretään', 'mikäli * * siirretään', 'siinä tapauksessa, että * siirretään',
  'if * is transferred', 'if * are transferred', 'if * * is transferred', 'if * * are transferred', 'where * is transferred', 'where * are transferred', 'should * be transferred',
  'om * överförs', 'om * * överförs', 'ifall * överförs', 'om * skulle överföras',
]);

/** A transfer that names where the data go and on what ground says what happens: "may be transferred" hedges nothing more. */
function statedTransfer(t: Transfer): boolean {
  return Boolean(t.country) && (Boolean(t.mechanism) || textValues(t.description).some((v) => mechanismsIn(v).length > 0));
}

/** A plain statement and its hedged form, in the language of the text reported. */
const EXAMPLES: Readonly<Record<string, { plain: string; hedged: string }>> = {
  fi: { plain: 'Tietoja käytetään', hedged: 'Tietoja voidaan käyttää' },
  en: { plain: 'We use the data', hedged: 'The data may be used' },
  sv: { plain: 'Uppgifterna används', hedged: 'Uppgifterna kan komma att användas' },
};

function hedgingParams(hedged: readonly string[], lang: string): Record<string, string> {
  return { found: listed(hedged), ...(EXAMPLES[lang] ?? EXAMPLES['en']!) };
}

/** A sentence of a retention text that says how data are kept, deleted or copied: the hedges that matter there. */
const KEEPING = words([
  'säily*', 'poist*', 'hävit*', 'tuhot*', 'tuhoa*', 'anonymisoi*', 'kopio*', 'tallenn*',
  'kept', 'keep', 'keeps', 'retain*', 'store*', 'delet*', 'destroy*', 'eras*', 'held', 'hold', 'cop*', 'archiv*',
  'spara*', 'sparas', 'lagra*', 'lagras', 'rader*', 'gallr*', 'behåll*', 'förstör*', 'kopi*', 'arkiv*',
]);

/** A sentence's clauses parted by "but" or a semicolon ("raderas inom 30 dagar, men anonymiserade data kan sparas längre"). */
const CLAUSE_BREAK = /;\s*|,\s*(?=(?:men|mutta|but|whereas|while|medan|kun taas)\s)/iu;

/** The clauses of a sentence about personal data: a hedge on keeping anonymised or aggregate data hides nothing of anyone's. */
function personalClauses(sentence: string): string {
  return sentence
    .split(CLAUSE_BREAK)
    .filter((c) => !findWords(c, NOT_PERSONAL).length)
    .join('; ');
}

/** The clause of a sentence that holds a hedge speaks only of data that identify no one. */
function aboutNoOne(sentence: string, word: string): boolean {
  const clause = sentence.split(CLAUSE_BREAK).find((c) => c.toLowerCase().includes(word.toLowerCase()));
  return clause !== undefined && findWords(clause, NOT_PERSONAL).length > 0;
}

/**
 * What the text is: a retention text (`keeping`), a purpose (whose examples in brackets may close on
 * "etc."), and the controller's own names (a party a hedge names must be someone else).
 */
export interface HedgeContext {
  keeping?: boolean;
  purpose?: boolean;
  own?: readonly string[];
}

/**
 * The hedges of a text, as written, without modal verbs used in plain statements; `keeping` for a
 * retention text, where only the sentences about keeping, deleting or copying data count and "may
 * keep" gives the longest time.
 */
const FREQUENCY = /^(?:usein|joskus|often|sometimes|ofta|ibland)$/iu;
/** Purposes left open: "muihin vastaaviin tarkoituksiin", "liknande ändamål", "similar purposes". */
const OPEN_PURPOSES = /^(?:(?:muut|muihin|muita|ja|tai|sekä)\s+)?vastaav\p{L}*\s+(?:käyttö)?tarkoitu\p{L}*$|^(?:jämförliga ändamål|liknande ändamål|similar purposes|comparable purposes)$/iu;
/** A denial earlier in the same sentence, with no turn after it: "emme käytä …", "vi använder inga …", "we do not use …" (not "we do not sell your data, but …"). */
const DENIED_BEFORE = /(?<!\p{L})(?:ei|emme|eikä|eivät|inte|inga|inget|ingen|aldrig|not|never|no)(?!\p{L})(?:(?!(?<!\p{L})(?:but|however|mutta|vaan|kuitenkin|men|utan|dock)(?!\p{L}))[^.;!?])*$/iu;
const ASKS_HOW = /(?<![\p{L}])(?:kuinka|miten|how|hur)\s+$/iu;
/** A Swedish "kan …s" or "kan komma att" with a denial right before it ("inte kan ändras"): no hedge. */
const NEGATED_MODAL = /^kan\s/iu;
const NOT_JUST_BEFORE = /(?<!\p{L})(?:inte|ej|aldrig)\s+$/iu;

export function hedges(value: string, context: HedgeContext = {}): string[] {
  // How long, said as what is typical ("poistetaan tyypillisesti 30–90 päivässä"), is a hedge of a time kept only.
  if (context.keeping) return [...new Set(sentences(value).filter((s) => findWords(s, KEEPING).length).flatMap((s) => [...hedgesOf(personalClauses(s), context), ...findWords(s, TYPICALLY)]))];
  return hedgesOf(value, context);
}

function hedgesOf(value: string, context: HedgeContext): string[] {
  const keeping = context.keeping === true;
  const out: string[] = [];
  const seen = new Set<string>();
  HEDGING.lastIndex = 0;
  for (const m of value.matchAll(HEDGING)) {
    const word = m[0].replace(/\s+/g, ' ');
    const at = m.index ?? 0;
    const after = value.slice(at + m[0].length);
    if (LAW_CONDITION.test(sentenceAt(value, at))) continue;
    // A clause about data that identify no one ("vain tunnisteettomalla aineistolla") hides nothing of anyone's.
    if (aboutNoOne(sentenceAt(value, at), word)) continue;
    // "as long as necessary" is how long data are kept: the rule on retention reads it.
    if (/^as necessary$/iu.test(word) && /\blong\s+$/iu.test(value.slice(Math.max(0, at - 6), at))) continue;
    if (WHEN_NEEDED_WORD.test(word) && (inPurposeClause(value, at) || AIM_BEFORE.test(value.slice(Math.max(0, at - 160), at)) || BREACH_TOLD.test(sentenceAt(value, at)))) continue;
    if (MODAL.test(word) && (PLAIN_BEFORE.test(value.slice(Math.max(0, at - 30), at)) || ONLY_BEFORE.test(value.slice(Math.max(0, at - 80), at)) || inPurposeClause(value, at) || PLAIN_AFTER.test(after))) continue;
    if (MODAL.test(word) && !PROCESSING_AFTER.test(after)) continue;
    // A purpose that opens on the verb in lower case ("voimme tarjota palvelun") is an item of a list led by its purpose clause ("Käsittelemme tietoja, jotta:").
    if (context.purpose && at === 0 && /^voimme$/u.test(m[0])) continue;
    // "Voimme luovuttaa tietoja Postille", "we may share them with Google": who gets them is said.
    if (MODAL.test(word) && namesParty(sentenceAt(value, at), context.own)) continue;
    // "… voidaan luovuttaa perintätoimistolle, mikäli se on tarpeen laskun maksun saamiseksi": what is done, and when.
    if (CONDITIONAL_MODAL.test(word) && conditioned(sentenceAt(value, at))) continue;
    if (context.purpose && OPEN_LIST.test(word) && inBrackets(value, at)) continue;
    if (QUANTIFIER.test(word) && !QUANTIFIED.test(after)) continue;
    if (keeping && MODAL.test(word) && KEEP_AFTER.test(after)) continue;
    if (/^voidaan$/iu.test(word) && DEEMED.test(after)) continue;
    // "kuinka usein", "how often", "hur ofta": a question of frequency, not a hedge.
    if (FREQUENCY.test(word) && ASKS_HOW.test(value.slice(Math.max(0, at - 12), at))) continue;
    // "vi använder inga cookies för inloggning eller liknande ändamål": purposes denied, not left open.
    if (OPEN_PURPOSES.test(word) && DENIED_BEFORE.test(value.slice(Math.max(0, at - 120), at))) continue;
    // "ett stängt resultat inte kan ändras": what cannot be done is said, not hedged.
    if (NEGATED_MODAL.test(word) && NOT_JUST_BEFORE.test(value.slice(Math.max(0, at - 12), at))) continue;
    if (seen.has(word.toLowerCase())) continue;
    seen.add(word.toLowerCase());
    out.push(word);
  }
  return out;
}

export default defineRule(
  {
    id: 'vague-language',
    articles: ['Art. 12(1)', 'Art. 13(1)(c)', 'Art. 13(1)(e)', 'Art. 14(2)(f)'],
    severity: 'warn',
    description: 'Purposes, recipients, transfers and sources avoid hedging ("saattaa", "voidaan", "may be", "kan komma att", "jne") and name their sources.',
    messages: {
      hedging: {
        en: 'Vague wording {found}: state exactly what is done and with whom, without qualifiers or open-ended lists, e.g. `{plain}` rather than `{hedged}` (Art. 12(1))',
        fi: 'Epämääräinen ilmaus {found}: kerro täsmällisesti, mitä tehdään ja kenen kanssa, ilman varauksia ja avoimia luetteloita, esim. `{plain}` eikä `{hedged}` (12 art. 1)',
        sv: 'Vag formulering {found}: ange exakt vad som görs och med vem, utan förbehåll eller öppna uppräkningar, t.ex. `{plain}` i stället för `{hedged}` (artikel 12.1)',
      },
      genericSource: {
        en: 'Source `{text}` does not say where the data come from: name the source, e.g. `name: Fonecta Oy`, or say what kind of source it is (Art. 14(2)(f))',
        fi: 'Tietolähde `{text}` ei kerro, mistä tiedot saadaan: nimeä lähde, esim. `name: Fonecta Oy`, tai kerro, millainen lähde on (14 art. 2 f)',
        sv: 'Källan `{text}` anger inte varifrån uppgifterna kommer: namnge källan, t.ex. `name: Fonecta Oy`, eller ange vilket slags källa det är (artikel 14.2 f)',
      },
    },
  },
  ({ register, report }) => {
    const own = ownNames(register);
    const hedging = (path: PathSegment[], text: Text | undefined, context: HedgeContext = {}): void => {
      if (!text) return;
      for (const { path: at, lang, value } of languageVersions(path, text)) {
        const hedged = hedges(value, { ...context, own });
        if (hedged.length) report(at, 'hedging', hedgingParams(hedged, lang));
      }
    };
    register.purposes?.forEach((p, i) => {
      hedging(['purposes', i, 'description'], p.description, { purpose: true });
      hedging(['purposes', i, 'legitimate_interest'], p.legitimate_interest);
    });
    if (Array.isArray(register.recipients)) {
      register.recipients.forEach((r, i) => {
        // A category of nothing but generic words is `recipients`' to report, as an error.
        if (!isGenericRecipient(r)) hedging(['recipients', i, 'category'], r.category);
        hedging(['recipients', i, 'purpose'], r.purpose);
      });
    }
    if (Array.isArray(register.transfers)) {
      register.transfers.forEach((t, i) => {
        const stated = statedTransfer(t);
        for (const { path: at, lang, value } of t.description ? languageVersions(['transfers', i, 'description'], t.description) : []) {
          // A transfer with no country said only as "mainly" within the EEA or "if" it happens: whether data leave is left open.
          const open = t.country ? [] : [...findWords(value, MAINLY), ...findWords(value, IF_TRANSFERRED)];
          const hedged = [...new Set([...hedges(value, { own }).filter((h) => !stated || !SOURCE_MODAL.test(h)), ...open])];
          if (hedged.length) report(at, 'hedging', hedgingParams(hedged, lang));
        }
      });
    }
    register.retention?.forEach((r, i) => hedging(['retention', i, 'description'], r.description, { keeping: true }));
    const collecting = (path: PathSegment[], text: Text | undefined): void => {
      for (const { path: at, lang, value } of text ? languageVersions(path, text) : []) {
        const hedged = [...new Set(collectingHedges(value, own))];
        if (hedged.length) report(at, 'hedging', hedgingParams(hedged, lang));
      }
    };
    collecting(['description'], register.description);
    register.data_categories?.forEach((c, i) => collecting(['data_categories', i, 'description'], c.description));
    const othersListed = (register.sources ?? []).some((s) => s.type !== 'data_subject');
    register.sources?.forEach((s, i) => {
      const at: PathSegment[] = ['sources', i, 'description'];
      // A source named only by its kind is `data-sources`' to report, as an error.
      const named = s.type === 'data_subject' || s.type === 'observation' || s.name !== undefined || unnamedKind(s) !== undefined;
      for (const version of s.description ? languageVersions(at, s.description) : []) {
        const generic = named ? undefined : vagueSource(version.value);
        const hedged = generic ? [] : sourceHedges(version.value, othersListed);
        if (generic) report(version.path, 'genericSource', { text: generic });
        else if (hedged.length) report(version.path, 'hedging', hedgingParams(hedged, version.lang));
      }
    });
  },
);
