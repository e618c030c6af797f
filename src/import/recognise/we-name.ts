/**
 * The name a notice speaks as: "we at Sprucework", "vi på Granverkstan", "Kuusipaja ("we", "us")",
 * "Granverkstan (nedan "vi")", "Kuusipaja (jäljempänä "me")", the only one who processes the data, or the one
 * whose policy it is ("It is Sprucework's policy to respect your privacy"). A
 * notice that names no controller often still says who "we" are, with or without a company form; that is
 * the controller's name.
 */

import { isPersonName } from './contact-names.js';
import { SUPERVISORY_AUTHORITY } from './contacts.js';

/**
 * A name: one to five words, the first starting with a capital, the others with a capital or a digit,
 * and a company form written small; never the start of an e-mail address ("us at Info@…") or a number.
 * A full stop stands inside a word ("visiosto.fi", "r.y.") or ends the name: never the next sentence.
 */
const WORD = String.raw`[\p{L}\d&'’-]*(?:\.[\p{L}\d&'’-]+)*`;
const NAME = String.raw`(\p{Lu}${WORD}(?:[ \u00a0][\p{Lu}\d]${WORD}){0,4}\.?(?: (?:ry|rf|r\.y\.|oy|ab|tmi|ky|ay|ltd))?)(?![\p{L}\d.]*@)`;

/** "we at X", "here at X", "vi på X", "vi här på X", "oss på X". */
const WE_AT = new RegExp(String.raw`\b(?:[Ww]e|[Hh]ere|[Uu]s) at ${NAME}|\b(?:[Vv]i|[Oo]ss)(?: här)? på ${NAME}`, 'gu');

/** The words that give a name used from here on: "hereinafter", "nedan", "jäljempänä", "jatkossa". */
export const FROM_HERE_ON = String.raw`hereinafter(?: referred to as)?|later|below|nedan(?: kallad)?|härefter|jäljempänä|myöhemmin|jatkossa`;

/** "X ("we", "us")", "X (hereinafter "we")", "X (nedan "vi")", "X (jäljempänä "me")". */
const WE_DEFINED = new RegExp(
  String.raw`(?<![\p{L}\d&'’.-])${NAME},? \((?:${FROM_HERE_ON})?[ :]*["“”'‘’»«]?(?:we|us|our|vi|oss|me|meidän|meillä)\b`,
  'gu',
);

/** "In this Privacy Policy, "we," "us" and "our" refer to X", ""we" means X", "Med ”vi” och ”oss” avses X". */
const WE_REFER = new RegExp(
  String.raw`["“”'‘’](?:[Ww]e|[Vv]i),?["“”'‘’][^.]{0,60}?(?:\brefers? to|\bmeans?|(?<![\p{L}])(?:avser|avses|syftar på)) ${NAME}`,
  'gu',
);

/**
 * The owner of the site or service the notice is on: "This website (example.fi) is owned and
 * maintained by X", "Sivuston omistaa ja ylläpitää X", "Webbplatsen ägs och drivs av X". Maintained
 * or run alone is not enough: that is often a web agency, not the one the notice speaks for.
 */
const OWNED_BY = new RegExp(
  String.raw`\b(?:[Ww]eb ?site|[Ss]ite|[Ss]ervice|[Aa]pp|[Bb]log|[Pp]age)\b(?:[^.,;]|\.(?=\S)){0,60}?(?<!\b(?:which|that|who) )\bis owned(?: and (?:maintained|operated|run|managed))? by ${NAME}` +
    String.raw`|(?<![\p{L}])(?:[Ss]ivusto[nt]?|[Vv]erkkosivu(?:ston|t|jen)|[Pp]alvelu[nt]?|[Ss]ovellu(?:ksen|s))\s+(?:(?!(?:jonka|joka|mikä|minkä)\s)[^\s,;]+\s+){0,3}?omistaa(?: ja (?:ylläpitää|hallinnoi))? ${NAME}` +
    String.raw`|(?<![\p{L}])(?:[Ww]ebbplatsen|[Ss]ajten|[Hh]emsidan|[Tt]jänsten|[Aa]ppen)(?![\p{L}])(?:[^.,;]|\.(?=\S)){0,60}?(?<!(?:som|vilken|vilket) )(?<![\p{L}])ägs(?: och (?:drivs|underhålls|förvaltas))? av ${NAME}`,
  'gu',
);

/**
 * The one who answers for the site: "Karanteeni vastaa https://karanteeni.net -sivuston toiminnasta",
 * "Granverkstan ansvarar för webbplatsen", "Sprucework is responsible for this website"; the one who runs it,
 * said to answer for it: "Birdy is built and operated by AlbIT AB (org. no. 559593-7607, Solna, Sweden), which is
 * responsible for the app", "Appen drivs av Exempel AB, som ansvarar för den".
 */
const RESPONSIBLE = new RegExp(
  String.raw`\b(?:operated|run|provided|developed|built and operated|developed and operated) by ${NAME}(?: \([^()]{0,80}\))?,? (?:which|who) is responsible for\b` +
    String.raw`|(?<![\p{L}])drivs av ${NAME}(?: \([^()]{0,80}\))?,? som ansvarar för(?![\p{L}])` +
    String.raw`|(?<![\p{L}\d&'’.-])${NAME} vastaa (?:[^\s,;]+ ){0,3}?-?(?:verkko)?(?:sivusto|sivu|palvelu|sovellu)\p{L}* (?:toiminnasta|ylläpidosta)` +
    String.raw`|(?<![\p{L}\d&'’.-])${NAME} ansvarar för (?:[^\s,;]+ ){0,2}?(?:webbplatsen|sajten|tjänsten|appen)(?![\p{L}])` +
    String.raw`|(?<![\p{L}\d&'’.-])${NAME} is responsible for (?:the |this |our )?(?:[^\s,;]+ ){0,2}?(?:web ?site|site|service|app)\b`,
  'gu',
);

/**
 * The only one who processes the data: "Tietoja käsittelee vain Psykoterapia Valonmieli",
 * "Uppgifterna behandlas endast av Granverkstan", "The data are processed only by Sprucework".
 */
const ONLY_PROCESSOR = new RegExp(
  String.raw`(?<![\p{L}])käsittelee (?:vain|ainoastaan|yksinomaan) ${NAME}` +
    String.raw`|(?<![\p{L}])behandlas (?:endast|bara|enbart|uteslutande) av ${NAME}` +
    String.raw`|\b(?:is|are) processed (?:only|solely|exclusively) by ${NAME}`,
  'gu',
);

/** A name of up to seven words, the first with a capital, the others as they come ("Suomen matemaattisen yhdistyksen valmennusjaos"). */
const LONG_NAME = String.raw`(\p{Lu}[\p{L}\d&'’-]*(?:[ \u00a0][\p{L}\d&'’-]+){0,6}?)`;

/**
 * The one who keeps the register, or processes the data as the notice describes: "Henkilörekisteriä
 * ylläpitää X.", "X ylläpitää jäsenrekisteriä", "Registret förs av X.", "The register is maintained by
 * X.", "X (HPP) maintains a personal data register of its members", "X för ett medlemsregister", "X käsittelee valmennettavien henkilötietoja tässä tietosuojalausekkeessa kuvatulla tavalla", "X
 * behandlar dina personuppgifter enligt denna policy", "X processes your personal data as described in
 * this notice".
 */
const KEEPS_REGISTER = new RegExp(
  String.raw`(?<![\p{L}])(?:\p{L}*rekisteri[äa]) ylläpitää ${LONG_NAME}(?=\.(?:\s|$)|$)` +
    String.raw`|(?:^|(?<=[.!?]\s))${LONG_NAME} ylläpitää (?:\p{L}*rekisteriä|\p{L}*rekisterin)(?![\p{L}])` +
    String.raw`|(?<![\p{L}])[Rr]egistret (?:förs|upprätthålls|hålls) av ${LONG_NAME}(?=\.(?:\s|$)|$)` +
    // The register in the genitive of an association or company named by its form: "Taivaannaula ry:n jäsenrekisterissä ylläpidetään …".
    String.raw`|(?:^|(?<=[.!?]\s))(\p{Lu}[\p{L}\d&'’-]*(?:[ \u00a0][\p{Lu}\d][\p{L}\d&'’-]*){0,4} (?:ry|rf|Oy|Oyj|Ab|osk)):n (?:\p{L}*rekisteri\p{L}*)(?![\p{L}])` +
    // So in Swedish, of an association by the word its name ends on: "Hur används Gotlands Botaniska Förenings medlemsregister?".
    String.raw`|(?<![\p{L}\d&'’-])(?!(?:Om|I|För|Av|Till|På|Från|Med|Hur|Vad|Vem|Så|Vi|Ur|Inom)[ \u00a0])(\p{Lu}[\p{L}\d&'’-]*(?:[ \u00a0]\p{Lu}[\p{L}\d&'’-]*){0,4} (?:Förening|Sällskap|Klubb|Förbund))s (?:\p{L}*register\p{L}*)(?![\p{L}])` +
    String.raw`|(?<![\p{L}])(?:[Tt]he )?(?:register|database) is (?:maintained|kept) by ${LONG_NAME}(?=\.(?:\s|$)|$)` +
    String.raw`|(?:^|(?<=[.!?]\s))${LONG_NAME}(?: \([\p{Lu}\d&-]{2,12}\))? (?:maintains|keeps) (?:a|the|its) (?:[\p{L}-]+ ){0,2}?register(?![\p{L}])(?![^.]*\bfrom which\b)` +
    String.raw`|(?:^|(?<=[.!?]\s))${LONG_NAME}(?: \([\p{Lu}\d&-]{2,12}\))? (?:för|upprätthåller) (?:ett|sitt) (?:[\p{L}-]+ ){0,2}?(?:\p{L}*register)(?![\p{L}])(?![^.]*(?:från vilke[nt]|varifrån))` +
    String.raw`|(?:^|(?<=[.!?]\s))${LONG_NAME} käsittelee (?:\p{L}+ ){0,3}henkilötietoja tässä (?:\p{L}+ ){0,2}kuvatulla tavalla` +
    String.raw`|(?:^|(?<=[.!?]\s))${LONG_NAME} behandlar (?:\p{L}+ ){0,3}personuppgifter (?:enligt|så som (?:beskrivs|anges) i) (?:denna|detta)` +
    String.raw`|(?:^|(?<=[.!?]\s))${LONG_NAME} processes (?:\p{L}+ ){0,3}personal data as (?:described|set out) in this`,
  'gu',
);

/** A body of the organisation, or the organisation, by a common noun alone: "Hallitus", "Styrelsen", "Board"; or as its organisation's ("Yhdistyksen hallitus", "Föreningens styrelse"). */
const BODY_ALONE =
  /^(?:(?:yhdistyksen|seuran|yrityksen|yhtiön|killan|föreningens|klubbens|företagets|bolagets|the association's|the club's|the company's) )?(?:hallitus|johtokunta|yhdistys|yritys|seura|toimisto|styrelsen?|föreningen|företaget|bolaget|kansliet|board|management|company|association|office)$/iu;
/** Who is no one's name: a pronoun, a determiner, a party that is not the speaker ("Each user", "Asiakas", "Kunden", "Vi", "It"). */
const NOT_A_NAME =
  /^(?:kukin|jokainen|kaikki|each|every|all|any|asiakas|asiakkaat|käyttäjä|käyttäjät|customer|customers|user|users|client|clients|kunden|kunderna|användaren|användarna|vi|we|it|they|he|she|hän|ne|de|den|det|han|hon|jäsen|member|medlem)(?!\p{L})/iu;

/**
 * The one said to answer for the processing: "Kommunstyrelsen i Oskarshamns kommun är ytterst ansvarig för Novas
 * hantering av personuppgifter", "Bygglov24 är personuppgiftsansvarig för behandlingen av dina personuppgifter"; not a
 * body of the organisation named by a common noun alone ("Hallitus vastaa henkilötietojen käsittelystä"), which is none.
 */
const ANSWERS_FOR = new RegExp(
  String.raw`(?:^|(?<=[.!?]\s))${LONG_NAME} är (?:ytterst |juridiskt )?(?:personuppgifts)?ansvarig för (?:[\p{L}-]+ ){0,3}?(?:hantering|behandling)(?:en)? av (?:dina |era )?personuppgifter` +
    String.raw`|(?:^|(?<=[.!?]\s))${LONG_NAME} is (?:ultimately |legally )?responsible for (?:[\p{L}'’-]+ ){0,3}?(?:handling|processing) of (?:your )?personal data` +
    String.raw`|(?:^|(?<=[.!?]\s))${LONG_NAME} vastaa (?:viime kädessä |lopullisesti )?(?:[\p{L}-]+ ){0,2}?henkilötietojen käsittelystä`,
  'gu',
);

/**
 * The one whose policy the notice says it is: "It is Example Club's policy to respect your privacy", "Det är
 * Exempelföreningens policy att respektera din integritet", as a generator's text opens.
 */
const POLICY_OF = new RegExp(
  String.raw`\bIt is ${NAME}['’]s? policy to respect your privacy` + String.raw`|\bDet är ${NAME}s policy att respektera din (?:personliga )?integritet`,
  'gu',
);

/**
 * The name a notice opens a sentence by, as its speaker: "At POLIFA, we are committed …", "At Mullvad, we do not store
 * activity logs", "På Exempel AB värnar vi …";
 * the one it says answers for what the notice is about: "Ansvarig för kameraövervakningen är Skärholmen Retail AB";
 * the one whose contact details it gives: "Kontaktuppgifter till IKSU: …", "Contact details of POLIFA: …".
 */
const SPEAKS_AS = new RegExp(
  String.raw`(?:^|(?<=[.!?]\s|\n))(?:At ${NAME}, we(?: are| care| value| respect| take| believe| protect| do| don['’]t| never| only| store| collect| process| use| keep)|(?:På|Hos) ${NAME},? (?:värnar|tar|bryr|respekterar|skyddar) vi)(?![\p{L}])` +
    String.raw`|(?:^|(?<=[.!?]\s|\n))(?:Personuppgiftsa|A)nsvarig för (?:[\p{Ll}/-]+ ){0,2}?[\p{Ll}/-]+ är ${NAME}` +
    String.raw`|(?:^|(?<=[.!?]\s|\n))(?:Kontaktuppgifter till|Contact details (?:of|for)) ${NAME}:`,
  'gu',
);

/** A word in the genitive ("Yhdistyksen", "Killan"): the start of what belongs to someone, not a name. */
const GENITIVE_ALONE = /^\p{Lu}\p{L}+n$/u;

/**
 * The ways a text names who "we" are in so many words: "we at X", ""we" refers to X"; not "X (our database provider)",
 * which the brackets of a definition also match.
 */
const WE_SAID = [WE_AT, WE_REFER];

/**
 * The names the text speaks as, each once, in the order they come; with `said`, only those it names as "we" in so
 * many words.
 */
export function weNames(text: string, said = false): string[] {
  const names: string[] = [];
  for (const re of said ? WE_SAID : [WE_AT, WE_DEFINED, WE_REFER, OWNED_BY, RESPONSIBLE, ONLY_PROCESSOR, KEEPS_REGISTER, ANSWERS_FOR, POLICY_OF, SPEAKS_AS]) {
    for (const m of text.matchAll(re)) {
      const name = (m.slice(1).find((g) => g !== undefined) ?? '').replace(/[.,]+$/u, '').replace(/^(?:The|Den|Det) /u, '').trim();
      if (re === ONLY_PROCESSOR && GENITIVE_ALONE.test(name)) continue;
      // Who answers for the processing in their own services ("vastaa itse …"), or is no name at all, is not the controller.
      if ((re === ANSWERS_FOR || re === KEEPS_REGISTER) && (NOT_A_NAME.test(name) || (re === ANSWERS_FOR && (BODY_ALONE.test(name) || /(?<!\p{L})itse(?!\p{L})/u.test(m[0]))))) continue;
      // The authority whose contacts a notice gives, or a person answering for a register, is not who the notice speaks as.
      if (re === SPEAKS_AS && (SUPERVISORY_AUTHORITY.test(name) || isPersonName(name))) continue;
      if (name && !names.includes(name)) names.push(name);
    }
  }
  return names;
}
