/** How long the data are kept: periods, the event they count from, and criteria kept as text. */
import type { Block } from '../document/block.js';
import { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import type { Unit } from '../draft/units.js';
import type { Section } from '../outline.js';
import { itemText, listItems } from './nested.js';
import { statutes } from './bases.js';
import { isRightsText } from './rights-text.js';
import { periodIn, periodsIn, RANGE, VAGUE } from './periods.js';
import { walkUnits } from './section-units.js';
import { triggerNear } from './triggers.js';

/** An item that says the data are deleted: "jobbansökningar raderas …", "poistetaan", "are deleted". */
const DELETED = /(?<![\p{L}])(?:poistetaan|hävitetään|anonymisoidaan|raderas|tas bort|gallras|anonymiseras|deleted|erased|destroyed|anonymi[sz]ed)(?![\p{L}])/iu;

/**
 * A list whose lead-in is the rule itself, the items only what it holds for ("Henkilötietoja säilytetään vain niin kauan kuin on
 * tarpeen:" / "Sopimusvelvoitteiden täyttämiseksi" / …): one rule, the lead-in with its items; not a lead-in over items with a
 * time, a law or a deletion of their own.
 */
function ruleOverList(u: Unit): string | undefined {
  if (u.type !== 'list' || !u.leadIn || !VAGUE.test(u.leadIn.text) || periodIn(u.leadIn.text)) return undefined;
  const items = listItems(u).map(itemText);
  // Items with a time of their own ("asiakassuhteen ajan", "until you leave") are rules of their own.
  return items.some((i) => periodIn(i) || UNTIL.test(i) || statutes(i).length || DELETED.test(i)) ? undefined : `${u.leadIn.text.trim()} ${items.join('; ')}`;
}

export function retentionSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  const ruled = new Set<Unit>();
  const left = walkUnits(x, section, 'retention', units, {
    item: (item, u) => {
      const rule = ruleOverList(u);
      if (rule === undefined) addRetention(x, itemText(item));
      else if (!ruled.has(u)) addRetention(x, rule);
      ruled.add(u);
    },
    para: (u) => {
      for (const part of periodGroups(u.block.text)) addRetention(x, part);
      return undefined;
    },
  });
  x.leftover(section, 'retention', 'not mapped', left);
}

/**
 * A paragraph as one rule per period it states: each sentence with a period starts a rule, the
 * sentences without one go with the rule before them (the first rule, for those that come first).
 */
export function periodGroups(text: string): string[] {
  const all = sentences(text);
  const starts = (s: string): boolean => (periodIn(s) && !VAGUE.test(s)) || ownTime(s);
  if (all.filter(starts).length < 2) return [text];
  const groups: string[][] = [];
  for (const s of all) {
    if (starts(s) || !groups.length) groups.push([s]);
    else groups[groups.length - 1]!.push(s);
  }
  // Sentences before the first period go with it, unless they keep a kind of data for a time of its own and the period is another kind's.
  const apart = ownTime(groups[0]![0]!) && ownSubject(groups[1]?.[0] ?? '');
  if (groups.length > 1 && !periodIn(groups[0]!.join(' ')) && !apart) groups.splice(0, 2, [...groups[0]!, ...groups[1]!]);
  return groups.map((g) => g.join(' '));
}

/** Words that name the data in general, not a kind of them: "Henkilötietoja", "Your data", "Uppgifterna". */
const ANY_DATA =
  /^(?:henkilötie\p{L}*|tie\p{L}*|rekisteri\p{L}*|personuppgift\p{L}*|uppgift\p{L}*|personal|data|information|your|the|all|we|us|our|me|vi|dina|alla|kaikki\p{L}*|sinun|teidän|näitä|nämä|niitä|ne|de|dessa|these|them|they|it|are|is|be|will|shall|may|can|only|normally|also|ovat|on|vain|myös|är|kan|ska|endast|enbart|bara|också|även|tämän|sen|jälkeen|lisäksi|myöhemmin|sitten|after|that|thereafter|then|additionally|afterwards|därefter|dessutom|efter|sedan)$/iu;

/**
 * A sentence that keeps a kind of data of its own until an event or "as long as necessary", without a
 * period ("Yhteydenottojen ja tarjouspyyntöjen tietoja säilytetään niin kauan kuin asian hoitaminen
 * vaatii."): a rule of its own beside the periods of other data, not their lead-in.
 */
function ownTime(s: string): boolean {
  return !periodIn(s) && (UNTIL.test(s) || VAGUE.test(s)) && ownSubject(s);
}

/** The sentence opens on a kind of data of its own and what is done with it ("Työhakemuksia säilytetään …", "Job applications are kept …"). */
function ownSubject(s: string): boolean {
  const kept = KEPT.exec(s);
  if (!kept) return false;
  const subject = s.slice(0, kept.index).split(/[^\p{L}]+/u).filter(Boolean);
  return subject.length > 0 && subject.length <= 5 && subject.some((w) => w.length > 2 && !ANY_DATA.test(w));
}

/** Keeping, not deleting: a law a deletion deadline follows ("poistetaan 30 päivän kuluttua … tietosuojalain mukaisesti") sets no duty to keep. */
const KEPT_BY_LAW = /säily\p{L}*|säilö\p{L}*|arkistoi\p{L}*|sparas|bevaras|lagras|arkiveras|(?<!\p{L})(?:kept|retained|stored|archived)(?!\p{L})/iu;
const DELETED_BY = /poist\p{L}*|hävit\p{L}*|viimeistään|rader\p{L}*|gallr\p{L}*|senast|delet\p{L}*|eras\p{L}*|destroy\p{L}*|at the latest/iu;

/** One retention rule: its period and trigger when the text states exactly one, the text itself; the ids of the purposes it is for. */
export function addRetention(x: DraftState, text: string, appliesTo?: string[]): void {
  // A period in a sentence that also says "as long as necessary" is not a period.
  const firm = sentences(text).filter((s) => !VAGUE.test(s)).join(' ');
  const found = periodIn(firm);
  const trigger = found ? triggerNear(firm, found.index) : undefined;
  // "Bokföringsmaterial sparas i 7 år enligt bokföringslagen": the one law that sets the period.
  const laws = statutes(text);
  const law = laws.length === 1 && KEPT_BY_LAW.test(text) && !DELETED_BY.test(text) ? laws[0]! : undefined;
  x.retention.push({
    ...(appliesTo ? { applies_to: appliesTo } : {}),
    ...(found ? { period: found.period } : {}),
    ...(trigger ? { trigger: x.t(trigger) } : {}),
    ...(law ? { law: x.t(law) } : {}),
    description: x.t(text),
  });
}

/** Words that say data are kept or deleted: a period stated with them is a retention period. */
const KEPT =
  /säily\p{L}*|arkistoi\p{L}*|anonymisoi\p{L}*|arkivera\p{L}*|anonymiser\p{L}*|archived|anonymi[sz]ed|säilö\p{L}*|poist\p{L}*|hävit\p{L}*|tuhota\p{L}*|tuhotaan|tuhoamme|förstörs|käsitte\p{L}*|käsitel\p{L}*|tallenne\p{L}*|sparas|spara\p{L}*|förvara\p{L}*|lagra\p{L}*|behåll\p{L}*|behandlas|logga\p{L}*|raderas|gallras|bevaras|tas bort|tar (?:vi |de )?bort|destruer\p{L}*|kept|keep|retain\p{L}*|stored|storing|(?:we|to|will|shall|must|may) (?:\p{L}+ )?store(?![\p{L}])|processed|logged|delete[sd]?|erased|removed|destroyed/iu;

/**
 * Words that say until when data are kept, without a period: "kunnes jäsenyys päättyy", "as long as
 * you are a member", "så länge kampanjen pågår", "kun niitä ei enää tarvita", "once they are no longer
 * needed", "kalenterivuoden loppuun mennessä", "fram till årets slut", "by the end of the year", for the time
 * of a relationship: "asiakkuuden ajan", "during the customer relationship", "under kundförhållandet".
 */
const UNTIL =
  /(?<![\p{L}])(?:kunnes|niin (?:kauan|pitkään),? ku(?:in|n)|until|(?:as|so) long as|så länge|tills)(?![\p{L}])|(?<![\p{L}])\p{L}+(?:n|en) (?:loppuun|päättymiseen) (?:saakka|asti|mennessä)(?![\p{L}])|(?<![\p{L}])(?:fram till|till utgången av)(?![\p{L}])|\bby the end of\b|(?<![\p{L}])(?:kun|jos)\s+(?:\p{L}+\s+){0,3}?(?:ei|eivät) enää(?![\p{L}])|(?<![\p{L}])(?:när|då|om)\s+(?:\p{L}+\s+){0,3}?inte längre(?![\p{L}])|\b(?:when|once|if)\s+(?:[\p{L}']+\s+){0,3}?no longer\b|(?<![\p{L}])\p{L}+(?:suhteen|uuden|yyden|misen|ksen|sen) (?:voimassaolon )?ajan(?![\p{L}])|\bfor the duration of\b|\bduring (?:the|your) (?:customer )?(?:relationship|membership|contract|subscription)\b|(?<![\p{L}])under (?:kundförhållandet|kundrelationen|medlemskapet|avtalstiden|avtalets löptid|anställningen)(?![\p{L}])/iu;

/** A sentence anywhere that says data are kept for a period, until an event, or only "as long as necessary" ("Viestejä säilytetään vain tarvittavan ajan"). */
function statesRetention(s: string): boolean {
  return statesPeriod(s) || (KEPT.test(s) && (UNTIL.test(s) || VAGUE.test(s))) || goneWhenDone(s);
}

/** Data kept or deleted by an event or a time of year (not processed, not a right to ask for deletion). */
function goneWhenDone(s: string): boolean {
  return WHEN_DONE.test(s) && KEPT_OR_GONE.test(s) && !ASKED.test(s);
}

/** Verbs of keeping or deleting, not of using: "raderas", "tas bort", "poistetaan", "säilytetään", "deleted", "kept". */
const KEPT_OR_GONE =
  /(?<![\p{L}])(?:säilytetään|säilytämme|säilyttää|poist\p{L}*|hävit\p{L}*|tuhota\p{L}*|tuhotaan|anonymisoi\p{L}*|raderas|rader\p{L}*|tas bort|tar (?:vi |de )?bort|gallr\p{L}*|destruer\p{L}*|förstör\p{L}*|anonymiser\p{L}*|sparas|sparar|bevaras|delete[ds]?|erase[ds]?|remove[ds]?|destroy(?:s|ed)?|anonymi[sz]ed|retained)(?![\p{L}])/iu;

/** A deletion the person asks for, or a right to it: "Du kan begära att … tas bort", "You may ask us to delete …". */
const ASKED = /(?<![\p{L}])(?:begär\p{L}*|kan kräva|pyy(?:tää|dä|dät|detään|tämällä)|vaati\p{L}*|ask|asks|request\p{L}*|oikeus|oikeutta|rätt att|rätten|right to|your right)(?![\p{L}])/iu;

/**
 * When the data go, said by the event or the time of year rather than a period: "Efter avslutat event
 * raderas …", "… tas bort när eventet har genomförts", "tapahtuman päätyttyä", "after the event", "Den
 * 1:e april varje år tar vi bort …", "sparas under aktuellt kalenderår", "Det år junioren fyller 19".
 */
const WHEN_DONE =
  /(?<![\p{L}])(?:efter (?:avslutad|avslutat|avslutade|genomförd|genomfört|genomförda) |när (?:\p{L}+ ){1,3}(?:har )?(?:genomförts|avslutats|upphört|slutförts)|after (?:the |your )?(?:event|course|meeting|membership|contract|project) (?:has )?(?:ended|ends|is over|took place)|after (?:the |your )?(?:event|course)(?![\p{L}])|(?:varje år|årligen|vuosittain|joka vuosi|every year|annually)(?![\p{L}])|under (?:aktuellt|innevarande|pågående) (?:kalender|räkenskaps)?år|during the current (?:calendar )?year|det år (?:\p{L}+ ){1,3}fyller|the year (?:\p{L}+ ){1,3}turns)|(?<![\p{L}])\p{L}+(?:n|en) (?:päätyttyä|päättymisen jälkeen|jälkeen poistetaan)(?![\p{L}])/iu;

/** A sentence that states a period, or a range of them ("for 6–10 years"), for which data are kept. */
function statesPeriod(s: string): boolean {
  return KEPT.test(s) && (periodsIn(s).length > 0 || RANGE.test(s)) && !VAGUE.test(s);
}

/**
 * A notice may state how long data are kept under any heading (a service, a table) or before its
 * first heading: such a sentence anywhere is a retention rule; one that states several periods is
 * kept without one, for the author to split. Where a section on retention says how long, only
 * periods stated elsewhere are added, and none from the cookies' own lifetimes.
 */
export function retentionElsewhere(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  const found = x.retention.length > 0;
  // A section that names keeping data after another part ("Säilytys ja luovutus", read as one on recipients) is read here too.
  const others = sections.filter((s) => s.kinds[0] !== 'retention' && !(found && s.kinds[0] === 'cookies'));
  for (const [blocks, rights] of [[front, false] as const, ...others.map((s) => [s.blocks, s.kinds[0] === 'rights'] as const)]) {
    for (const b of blocks) {
      const texts = b.kind === 'list' ? (b.items ?? []) : b.kind === 'paragraph' ? sentences(b.text) : [];
      // Under a heading on the rights ("Muut oikeudet"), a sentence on deleting data that gives no right is how long they are kept.
      const kept = (s: string): boolean => (found ? statesPeriod(s) : statesRetention(s)) && !(rights && (found || isRightsText(s)));
      texts.forEach((s, i) => {
        if (kept(s) || (i > 0 && kept(texts[i - 1]!) && continuesPeriod(s))) addRetention(x, s);
      });
    }
  }
}

/** How many words a sentence that only adds a period to the one before it has at most ("Yhteystietorekisterin osalta 3 kk."). */
const CONTINUATION_WORDS = 6;

/**
 * A short sentence with a period and no verb of keeping, right after one that says how long data are
 * kept ("… niin kauan kuin asiakassuhde säilyy. Yhteystietorekisterin osalta 3 kk.", "For the contact
 * register, 3 months."): the same keeping, said of other data.
 */
function continuesPeriod(s: string): boolean {
  return !KEPT.test(s) && periodsIn(s).length === 1 && !VAGUE.test(s) && s.split(/\s+/u).length <= CONTINUATION_WORDS;
}
