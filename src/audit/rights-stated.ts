/**
 * The rights a notice states in its own words, and the passages where it says one of them does not
 * apply. Seloste writes the rights itself when it renders a register, so these are read from the
 * original only: what a published notice leaves out is reported, not silently filled in.
 */
import { browsersCookieSettings } from '../check/consent-words.js';
import type { Passage } from './passages.js';
import { CONSENT, COOKIE_SETTINGS, DENIED_HERE, NOT_APPLY, RIGHT_CUE, RIGHT_WORDS, type StatedRight } from './rights-words.js';

/** The person as the one who has a right or asks: "du har rätt", "you can", "sinulla on", "voit", "begär". */
const PERSON_HAS =
  /(?<!\p{L})(?:du (?:har|kan|får)|you (?:have|can|may|are entitled)|sinulla on|voit|rekisteröidyllä on|the data subject (?:has|may|can)|den registrerade (?:har|kan))(?!\p{L})|(?<!\p{L})(?:begär\p{L}*|request\p{L}*|pyyn\p{L}*|pyytä\p{L}*)/iu;

/** A right that needs no cue word: the words are specific enough on their own. */
const SELF_EVIDENT = new Set<StatedRight>(['withdraw_consent']);

/**
 * A complaint, or what the person can do with an authority: an authority named for something else
 * ("framställning av Europas dataskyddsmyndigheter", guidelines) states no right to complain.
 */
const COMPLAINT_ACT = /valitu|valitta|kantel|klag|anmäl|complain|lodge|turn to|vänd dig|käänty|saattaa asian|föra ärendet|bring (?:a|the|your)|refer (?:the|your)|contact|ota yhteyttä|kontakta|(?<!\p{L})(?:oikeus|rätt att|right to)(?!\p{L})/iu;

/** An objection to the processing as such, not only to direct marketing (Art. 21(1)): "a right to object for certain processing, such as profiling for marketing". */
const GENERAL_OBJECTION = /vastust\p{L}*\s+(?:\p{L}+\s+){0,2}käsittel|object\p{L}*\s+(?:to|for|against)\s+(?:\p{L}+\s+){0,3}processing|invänd\p{L}*\s+mot\s+(?:\p{L}+\s+){0,2}behandling|motsätt\p{L}*\s+(?:\p{L}+\s+){0,2}behandling|protest\p{L}*\s+(?:(?:mot|against)\s+)?(?:\p{L}+\s+){0,3}(?:use|processing|behandling|användning)/iu;

/** Marketing and newsletters, what the objection of Art. 21(2) is about. */
const MARKETING = /markkinoin|markkinointi|uutiskir|newsletter|marketing|marknadsför|nyhetsbrev|direktreklam/iu;

/**
 * What makes withdrawing a right the person has: can, may, a right, at any time. Without it a
 * withdrawal is only named, as a ground for erasure ("you withdraw consent") or a retention's end.
 */
const CAN = /(?<!\p{L})(?:oikeu\p{L}*|voi|voit|voitte|voidaan|voi\p{L}* peru\p{L}*|peruutettavi\p{L}*|milloin tahansa|rätt\p{L}*|kan|får|när som helst|right|rights|can|may|at any time)(?!\p{L})/iu;

/** An item of the rights section's list that opens on withdrawing ("Peruuttaa suostumuksensa", "Withdraw their consent"): its lead-in says it is a right, not a ground for erasure ("you withdraw consent"). */
function rightItem(p: Passage): boolean {
  return p.kind === 'rights' && p.item === true && /^(?:peru|återkall|återta|dra tillbaka|ta tillbaka|withdraw|revoke)/iu.test(p.text);
}

/**
 * A withdrawal said of "it", "them" or "both": "… ditt samtycke. Du lämnar det …, och du kan ta tillbaka det
 * när du vill", "voit peruuttaa sen", "Voit peruuttaa kummankin milloin tahansa", "Molemmat voi perua", "you can withdraw it".
 */
const WITHDRAW_IT =
  /(?:(?:ta|dra) tillbaka|återkalla) (?:det|den|dem|båda|bägge)(?!\p{L})|(?:peruuttaa|perua|peruua) (?:sen|sitä|ne|niitä|kummankin|molemmat)(?!\p{L})|(?<!\p{L})(?:molemmat|kummankin|kumpikin) (?:\p{L}+ ){0,2}(?:peruuttaa|perua|peruttavissa|peruutettavissa)(?!\p{L})|(?:withdraw|revoke) (?:it|them|either|both)(?!\p{L})/iu;

/** The sentences that withdraw "it" right after a sentence of the same section on consent: the consent is what they withdraw. */
const consentBefore = new WeakMap<readonly Passage[], Set<Passage>>();

/** A newsletter's subscription ended: "avsluta prenumerationen", "unsubscribe", "peruuttaa uutiskirjeen tilauksen"; not an order or a paid subscription cancelled. */
const UNSUBSCRIBE = /(?<!\p{L})(?:avsluta|säga upp) (?:din |er )?prenumeration(?:en)?(?!\p{L})|(?<!\p{L})unsubscribe(?!\p{L})|(?<!\p{L})(?:peruuttaa|perua|lopettaa) (?:\p{L}+ )?tilauksen(?!\p{L})/iu;
const NEWSLETTER = /nyhetsbrev|newsletter|uutiskirje/iu;

/**
 * The passage withdraws the consent the one before it in its section states: "it" withdrawn, or the newsletter
 * the consent was for unsubscribed ("Skicka nyhetsbrev … Laglig grund: samtycke. Du kan när som helst avsluta prenumerationen").
 */
function withdrawsConsentBefore(passages: readonly Passage[], i: number): boolean {
  const [p, before] = [passages[i]!, passages[i - 1]!];
  if (before.sectionLine !== p.sectionLine || !CONSENT.test(before.text)) return false;
  // The newsletter named in the passage, the one before, or the one before that ("Skicka nyhetsbrev — … Laglig grund: samtycke.").
  const near = passages.slice(Math.max(0, i - 2), i + 1).filter((q) => q.sectionLine === p.sectionLine).map((q) => q.text).join(' ');
  return WITHDRAW_IT.test(p.text) || (UNSUBSCRIBE.test(p.text) && NEWSLETTER.test(near));
}

function withdrawingConsentBefore(passages: readonly Passage[]): Set<Passage> {
  let found = consentBefore.get(passages);
  if (!found) {
    found = new Set(passages.filter((_, i) => i > 0 && withdrawsConsentBefore(passages, i)));
    consentBefore.set(passages, found);
  }
  return found;
}

/** Words of access that portability says too, of the copy it gives: "få ut dina uppgifter", "tietojen saaminen", "a copy of your data". */
const AS_COPY = /(?<!\p{L})få ut (?:\p{L}+ ){0,2}(?:person)?uppgifter|(?<!\p{L})tietojen saaminen|(?<!\p{L})kopio(?:ta|n) (?:\p{L}+ )?(?:henkilö)?tiedoi?st\p{L}*|cop(?:y|ies) of (?:your|the|their) (?:personal )?(?:data|information)/giu;

/** What makes a copy the portable one: its format, or its moving elsewhere. */
const PORTABLE = /struktur|structured|machine[- ]readable|maskinläsbar|koneellisesti luettav|koneluettav|jäsennel|siirt|transfer|flytta|(?<!\p{L})move(?!\p{L})|portab/iu;

/**
 * A text with the copy words taken out of each clause that gives the copy as portability does, in a
 * structured format or moved elsewhere ("Att få ut dina uppgifter i ett strukturerat format", "Tietojen
 * saaminen ja siirto"): "a copy of your personal data, …, and to data portability" keeps its copy, access.
 */
function withoutPortableCopy(text: string): string {
  return text
    .split(/(?<=[,;])\s+|\s+(?=(?:och|and|samt|sekä|or|eller|tai)\s)/u)
    .map((clause) => (PORTABLE.test(clause) ? clause.replace(AS_COPY, ' ') : clause))
    .join(' ');
}

function speaksOf(right: StatedRight, p: Passage, all: readonly Passage[]): boolean {
  // Changing the site's cookie settings withdraws consent; the browser's settings withdraw none, and the sentence is read as any other.
  if (right === 'withdraw_consent' && COOKIE_SETTINGS.test(p.text) && !browsersCookieSettings(p.text)) return true;
  if (right === 'withdraw_consent' && withdrawingConsentBefore(all).has(p)) return true;
  // Stopping the mailings among the rights ("Withdrawal — You can stop communications at any time") is objecting to them.
  if (right === 'object_direct_marketing' && p.kind === 'rights' && stopsMailings(p.text)) return true;
  if (!RIGHT_WORDS[right].test(p.text)) return false;
  // The part on security says who of the staff reaches the register ("För att komma åt registret krävs …, där tillgång till detta register krävs"); access there is the person's only where they have it.
  if (right === 'access' && p.kind === 'security' && !PERSON_HAS.test(p.text)) return false;
  // Getting one's data out in a structured format is portability; it states access only in words of its own.
  if (right === 'access' && !RIGHT_WORDS.access.test(withoutPortableCopy(p.text))) return false;
  // Refusing marketing is the objection of Art. 21(2); it does not state that of Art. 21(1).
  if (right === 'object' && MARKETING.test(p.text) && !GENERAL_OBJECTION.test(p.text)) return false;
  if (right === 'withdraw_consent') return CONSENT.test(p.text) && (CAN.test(p.text) || A_WAY.test(p.text) || rightItem(p));
  if (right === 'object_direct_marketing') return RIGHT_WORDS.object.test(p.text) || p.kind === 'rights';
  if (right === 'complaint') return p.kind === 'rights' || COMPLAINT_ACT.test(p.text);
  // The right named by its own name ("in machine readable format (“data portability”)") needs no other cue.
  if (right === 'portability' && NAMED_PORTABILITY.test(p.text) && !DENIED_HERE.test(p.text)) return true;
  // The data offered in a machine-readable format ("You can download the data in a machine-readable format") is portability offered.
  if (right === 'portability' && MACHINE_READABLE.test(p.text) && YOU_GET.test(p.text) && !DENIED_HERE.test(p.text)) return true;
  // Changing one's data by getting in touch ("För att ändra dina uppgifter, kontakta oss") is rectification offered.
  return SELF_EVIDENT.has(right) || p.kind === 'rights' || RIGHT_CUE.test(p.text) || (right === 'rectification' && A_WAY.test(p.text)) || rightHeading(right, p, all);
}

/** Words a right's name in a heading may have beside the right's own: "Right to …", "Rätt till …", "Oikeus …". */
const NAME_WORDS = /(?<!\p{L})(?:right|rights|to|the|of|your|rätt\p{L}*|till|att|din|dina|oikeu\p{L}*|tietojen|henkilötietojen|käsittelyn|data|uppgifter\p{L}*|behandling\p{L}*|processing)(?!\p{L})/giu;

/** A heading that is the right's name alone ("Begränsning", "Rajoittaminen", "Right to restriction"), not a title on more ("Licenses and restrictions"). */
function namesRightAlone(text: string, right: StatedRight): boolean {
  const rest = text.replace(new RegExp(RIGHT_WORDS[right].source, 'giu'), ' ').replace(NAME_WORDS, ' ');
  return !/\p{L}{4,}/u.test(rest);
}

/**
 * Text that speaks to the person of what they may have done ("du", "sinulla", "voit", "you", "your request") or says
 * what the right means ("Att uppgifterna begränsas betyder …", "tarkoittaa", "means").
 */
const TO_THE_PERSON = /(?<!\p{L})(?:du|dig|din|dina|ditt|ni|er|sinulla|sinun|sinä|voit|voitte|you|your|rekisteröi\p{L}*|registrerade\p{L}*|data subject\p{L}*|begär\p{L}*|pyyn\p{L}*|pyytä\p{L}*|request\p{L}*|betyder|innebär|tarkoittaa|means)(?!\p{L})/iu;

/**
 * A heading that is the right's name alone, over text of its own that speaks to the person (*Begränsning* ⏎ *Att
 * uppgifterna begränsas betyder … på din begäran*), in no part on something else: not *Access to data* over who of the
 * staff sees it.
 */
function rightHeading(right: StatedRight, p: Passage, all: readonly Passage[]): boolean {
  const next = all[all.indexOf(p) + 1];
  if (p.heading !== true || p.kind !== 'other' || !namesRightAlone(p.text, right) || next === undefined || next.heading || next.sectionLine !== p.sectionLine) return false;
  return TO_THE_PERSON.test(next.text);
}

/** Stopping the mailings a notice sends: "stop communications", "unsubscribe from the newsletter", "lopettaa uutiskirjeen tilauksen", "avsluta utskicken". */
const STOP_MAILINGS =
  /(?<!\p{L})(?:stop|opt out of|unsubscribe from)\s+(?:receiving\s+)?(?:\p{L}+\s+)?(?:communications|newsletters?|e-?mails|mailings|messages)(?!\p{L})|(?<!\p{L})(?:kieltäytyä|lopettaa|perua|peruuttaa)\s+(?:\p{L}+\s+)?(?:viest|uutiskirje|tiedotte|sähköpost)\p{L}*|(?<!\p{L})(?:avsluta|avbeställa|sluta få|avstå från)\s+(?:\p{L}+\s+)?(?:utskick|nyhetsbrev|e-post|meddelanden)\p{L}*/iu;

/** Stopping the mailings, not said to be impossible ("you cannot opt out of service e-mails"). */
function stopsMailings(text: string): boolean {
  const at = STOP_MAILINGS.exec(text);
  return at !== null && !/(?<!\p{L})(?:cannot|can't|not|no|never|ei|et|eivät|inte|ej|kan inte|går inte)(?!\p{L})/iu.test(text.slice(Math.max(0, at.index - 30), at.index));
}

/** Portability by its name: "data portability", "tietojen siirrettävyys", "dataportabilitet". */
const NAMED_PORTABILITY = /data portability|tietojen siirrettävyy|(?<!\p{L})dataportabilitet/iu;
/** A format only portability asks for. */
const MACHINE_READABLE = /machine[- ]readable|maskinläsbar|koneellisesti luettav|koneluettav/iu;
/** The person as the one who gets the data: "You can download", "voit ladata", "du kan få", "saat tiedot". */
const YOU_GET =
  /(?<!\p{L})(?:you|du|ni)\s+(?:\p{L}+\s+){0,2}?(?:download|receive|get|obtain|export|ladda ner|ladda ned|få|hämta|exportera)|(?<!\p{L})(?:voit|voitte|saat)\s+(?:\p{L}+\s+){0,2}?(?:ladata|saada|viedä|tiedot|tietosi)|(?<!\p{L})saat(?!\p{L})/iu;

/** A short paragraph that says it does not apply: "Ei sovellu.", "Ei sovellu tähän rekisteriin.", "Gäller inte.", "Not applicable." */
const DENIAL = /^(?:(?:tämä oikeus|oikeus|this right|the right|denna rätt(?:ighet)?)\s+)?(?:ei sovellu|ei sovelleta|ei koske|ei käytössä|gäller inte|ej tillämpligt|inte tillämpligt|tillämpas inte|not applicable|does not apply|n\/a)(?![\p{L}])/iu;

/** A right named alone, in a heading or a line of its own, over a short paragraph that only says it does not apply. */
function deniedNext(p: Passage, next: Passage | undefined): boolean {
  if (next === undefined || next.sectionLine !== p.sectionLine || p.text.split(/\s+/u).length > 12) return false;
  const text = next.text.trim();
  return text.split(/\s+/u).length <= 8 && DENIAL.test(text) && !QUALIFIED.test(text);
}

/** A denial that holds only in some cases ("ei koske suostumukseen perustuvaa käsittelyä", "does not apply to processing based on consent"). */
const QUALIFIED = /(?<![\p{L}])(?:to|where|if|when|except|unless|jos|kun|joka|jossa|joissa|paitsi|perustuvaa|perustuviin|som|när|om|utom|för)(?![\p{L}])/iu;

export interface RightsStated {
  /** The first passage that states each right. */
  stated: Map<StatedRight, Passage>;
  /** Passages that say a right does not apply. */
  denied: { right: StatedRight; passage: Passage }[];
  /**
   * Where the rights are spoken of: the first line of the section headed so, or else the first right
   * stated in the section that states the most of them (a heading such as "Personal data" is not theirs).
   */
  rightsLine?: number;
  /** Whether the notice has a section headed as being about the rights. */
  rightsHeaded: boolean;
}

/**
 * Of the passages that state a right, one in the section that states the most rights, and of those that state as
 * many, the one that speaks of them most often ("Deleting data" over how to ask for it, not the retention sentence that
 * names the request first); the first such section on a tie.
 */
function mostRights(stating: readonly { passage: Passage; right: StatedRight }[]): Passage | undefined {
  const rights = new Map<number, Set<StatedRight>>();
  const times = new Map<number, number>();
  for (const { passage, right } of stating) {
    rights.set(passage.sectionLine, (rights.get(passage.sectionLine) ?? new Set()).add(right));
    times.set(passage.sectionLine, (times.get(passage.sectionLine) ?? 0) + 1);
  }
  const best = [...rights.keys()].sort((a, b) => rights.get(b)!.size - rights.get(a)!.size || times.get(b)! - times.get(a)! || a - b)[0];
  // In that section, the sentence that states the most of them ("… the right to request access …, correction or deletion"),
  // not one that names a right in passing before it ("Data are deleted immediately upon the individual's request").
  const here = stating.filter((s) => s.passage.sectionLine === best).map((s) => s.passage);
  const count = (p: Passage): number => here.filter((q) => q.line === p.line).length;
  return here.reduce<Passage | undefined>((most, p) => (most === undefined || count(p) > count(most) ? p : most), undefined);
}

/**
 * The rights named as such, with none of them stated ("Undrar du över vilka rättigheter du har … finns det en bra
 * sammanställning hos Integritetsskyddsmyndigheten"): where the notice speaks of them; not a copyright line.
 */
const RIGHTS_NAMED = /(?<!\p{L})(?:oikeudet|oikeuksi\p{L}*|oikeuks\p{L}*|rättigheter\p{L}*|rights)(?!\p{L})/iu;
const RESERVED = /reserved|förbehåll\p{L}*|pidätetään|pidätämme|copyright|tekijänoikeu\p{L}*|upphovsrätt\p{L}*/iu;

function namingRights(passages: readonly Passage[]): Passage | undefined {
  return passages.find((p) => !p.heading && RIGHTS_NAMED.test(p.text) && !RESERVED.test(p.text));
}

export function rightsStated(passages: readonly Passage[]): RightsStated {
  const stated = new Map<StatedRight, Passage>();
  const stating: { passage: Passage; right: StatedRight }[] = [];
  const denied: RightsStated['denied'] = [];
  passages.forEach((p, i) => {
    for (const right of Object.keys(RIGHT_WORDS) as StatedRight[]) {
      if (!speaksOf(right, p, passages)) continue;
      if (NOT_APPLY.test(p.text) || deniedNext(p, passages[i + 1])) denied.push({ right, passage: p });
      else {
        if (!stated.has(right)) stated.set(right, p);
        stating.push({ passage: p, right });
      }
    }
  });
  // The section about the rights: one headed so, or else the one that states the most of them, or else the first sentence that names them.
  const headed = passages.find((p) => p.kind === 'rights');
  const rightsLine = headed ? headed.sectionLine : (mostRights(stating) ?? namingRights(passages))?.line;
  return { stated, denied, rightsHeaded: headed !== undefined, ...(rightsLine !== undefined ? { rightsLine } : {}) };
}

/** A way to do something the sentence names: an address, a form, a setting, a link, getting in touch. */
const A_WAY = /@|sähköpost|e-?post|e-?mail|lomak|formulär|\bform\b|asetuks|inställning|settings|linki|länk|\blink|yhteyttä|kontakta|contact|peruuta tilaus|unsubscribe|avsluta|avregistrer|ilmoitta|meddela|notify|\bby\b|genom att|banner/iu;

/**
 * A sentence on how the rights are used: "Voitte käyttää oikeuksianne ottamalla meihin yhteyttä", "To
 * exercise your rights, contact us", or where requests go: "Pyyntö osoitetaan sähköpostitse", "Pyynnöt tulee
 * lähettää sähköpostitse", "Requests are sent by e-mail", "Begäran ska skickas per e-post".
 */
const USING_RIGHTS =
  /(?:käyttää|käyttämiseksi|käyttämisessä|harjoitta\p{L}*|utöva|exercis\p{L}*)\s+(?:\p{L}+\s+)?(?:oikeuksi\p{L}*|rättigheter\p{L}*|(?:your |these |the )?rights)|oikeuksien (?:käyttämi|harjoittami)\p{L}*|^(?:pyynnöt|pyyntö|begäran|begäranden|requests?)\s+(?:\p{L}+\s+){0,2}(?:osoitetaan|lähetetään|toimitetaan|tehdään|(?:tulee|pitää|voi) (?:lähettää|toimittaa|osoittaa|tehdä)|(?:on|ovat) (?:lähetettävä|osoitettava|toimitettava|tehtävä)|skickas|lämnas|görs|(?:are|is|can be|should be|must be) (?:sent|made|addressed))|^pyynnö(?:n|t)\s+(?:voi|voit|voidaan)\s+(?:lähettää|toimittaa|osoittaa)/iu;

/**
 * The notice says how consent is withdrawn: a sentence about withdrawing consent that names a way to
 * do it, or the right to withdraw stated beside a sentence that says how every right is used ("by
 * contacting us at the address above"). A register says it in `consent.how_to_withdraw`.
 */
export function saysHowToWithdraw(passages: readonly Passage[]): boolean {
  const withdrawing = passages.filter((p) => speaksOf('withdraw_consent', p, passages));
  if (withdrawing.some((p) => A_WAY.test(p.text))) return true;
  return withdrawing.length > 0 && passages.some((p) => USING_RIGHTS.test(p.text) && A_WAY.test(p.text));
}

/** "At any time", or later whenever the person wishes ("vid ett senare tillfälle", "later on"), of withdrawing consent. */
const ANY_TIME = /milloin tahansa|koska tahansa|när som helst|när du vill|at any time|any time|anytime|whenever you/iu;

/**
 * Later, whenever the person chooses ("vid ett senare tillfälle", "later on", "myöhemmin"), when nothing
 * limits it: no denial ("not", "inte", "et"), no "only" ("först", "vasta") and no time limit ("within 14
 * days", "senast", "kuluessa", "until"); Art. 7(3)'s own words that withdrawal does not affect what was
 * done before are no limit.
 */
const LATER = /(?<!\p{L})(?:myöhemmin|vid ett senare tillfälle|later on|at a later (?:time|date))(?!\p{L})/iu;
const LIMITED =
  /(?<!\p{L})(?:ei|et|emme|eivät|eikä|vasta|vain|inte|ej|först|endast|bara|not|cannot|only|never|aldrig|within|until|by|inom|senast|tills|kuluessa|mennessä|viimeistään|asti|saakka)(?!\p{L})/iu;
const BEFORE_UNAFFECTED =
  /[,;]?\s*(?:this |which |that |it |withdrawal )?(?:does|will|shall) not affect the lawfulness[^.;]*|[,;]?\s*(?:mikä |joka )?(?:eikä|ei)\s+(?:\p{L}+\s+){0,2}?vaikuta\s[^.;]*|[,;]?\s*(?:vilket |det )?(?:påverkar|inverkar) inte\s[^.;]*|[,;]?\s*(?:vilket|som|det) (?:inte|ej) (?:påverkar|inverkar)[^.;]*/giu;

function atAnyTime(text: string): boolean {
  return ANY_TIME.test(text) || (LATER.test(text) && !LIMITED.test(text.replace(BEFORE_UNAFFECTED, ' ')));
}

/**
 * The notice states the right to withdraw consent at any time (Art. 13(2)(c)): what a notice must say
 * of it. How to withdraw is the register's `consent.how_to_withdraw`, not asked of a published notice.
 */
export function saysWithdrawalAtAnyTime(passages: readonly Passage[]): boolean {
  return passages.some((p) => speaksOf('withdraw_consent', p, passages) && !COOKIE_SETTINGS.test(p.text) && atAnyTime(p.text) && !NOT_APPLY.test(p.text));
}

/**
 * Changing one's mind about the marketing itself: "You can change your mind later on in respect of direct
 * marketing", "muuttaa mielesi suoramarkkinoinnin suhteen", "ändra dig när det gäller direktmarknadsföring",
 * "Du har alltid rätt att tacka nej till direkt marknadsföring", "opt out of marketing".
 */
const CHANGE_MIND =
  /(?<!\p{L})(?:change (?:your|their) mind|muuttaa mielesi|muutat mielesi|ändra dig|ändrar dig|tacka nej till|opt(?:-| )out (?:of|from))(?:\s+(?:later on|later|at any time|milloin tahansa|myöhemmin|när som helst|senare))?\s+(?:(?:in respect of|regarding|about|concerning|as to|with regard to|when it comes to|när det gäller|angående|gällande|beträffande|om)\s+)?(?:(?:the|your|our|any|all)\s+)?(?:direct marketing|marketing|newsletters?|suoramarkkinoin\p{L}*|markkinoin\p{L}*|uutiskirje\p{L}*|direktmarknadsföring\p{L}*|direkt marknadsföring\p{L}*|marknadsföring\p{L}*|nyhetsbrev\p{L}*)/iu;

/** Not so: "Members cannot opt out of the newsletter", "det går inte att tacka nej till nyhetsbrevet", and marketing cookies refused, not marketing. */
const NOT_BEFORE = /(?<!\p{L})(?:cannot|can't|can ?not|not|no|inte|ej|ei|eivät)\s+(?:[\p{L}']+\s+){0,2}$/iu;

function changesMind(text: string): boolean {
  const m = CHANGE_MIND.exec(text);
  return m !== null && !NOT_BEFORE.test(text.slice(0, m.index)) && !/^\s*(?:cookies|kakor|evästeet)/iu.test(text.slice(m.index + m[0].length));
}

/** Words that point back to what the sentence before spoke of: "näistä tiedotteista", "these messages", "dessa utskick". */
const THESE = /(?<!\p{L})(?:näistä|niistä|näitä|niitä|these|them|dessa|dem)(?!\p{L})/iu;

/**
 * The notice states the right to object to direct marketing: among the rights it states, or in a
 * sentence that objects to or forbids marketing or newsletters ("oikeus kieltää meitä lähettämästä
 * sinulle uutiskirjeitä", "you can change your mind in respect of direct marketing"), or those the sentence before speaks of ("… markkinointi- ja muita
 * tiedotusviestejä … Asiakas voi kieltäytyä näistä tiedotteista").
 */
export function statesMarketingObjection(passages: readonly Passage[]): boolean {
  const objects = (p: Passage, i: number): boolean =>
    (RIGHT_WORDS.object.test(p.text) || changesMind(p.text)) && !NOT_APPLY.test(p.text) && (MARKETING.test(p.text) || (THESE.test(p.text) && MARKETING.test(passages[i - 1]?.text ?? '')));
  return rightsStated(passages).stated.has('object_direct_marketing') || passages.some(objects);
}
