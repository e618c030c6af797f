/** Data subjects and categories of personal data. */
import { DraftState } from '../draft/state.js';
import { isLeadIn, sentences } from '../draft/text.js';
import type { Unit } from '../draft/units.js';
import type { Section } from '../outline.js';
import { itemText, listItems, type ListItem } from './nested.js';
import { addPurpose } from './purposes.js';
import { CELL } from '../document/column-table.js';
import { tableColumns } from './purpose-table.js';
import { addRetention } from './retention.js';
import { withoutRights } from './rights-text.js';
import { SOURCE_LEAD_IN, sourceFromList, sourceSentences } from './sources.js';

export const HETU = /henkilötunnu|(?<![\p{L}])hetu(?![\p{L}])|personbeteckning|personnummer|personal identity code|social security number/iu;

const NEGATION = /(?<![\p{L}])(?:ei|eikä|emme|inte|ej|aldrig|ingen|inga|not|never|no)(?![\p{L}])/iu;

/** A sentence that says the personal identity code is processed (and not that it is not). */
export function statesHetu(text: string): boolean {
  return sentences(text).some((s) => HETU.test(s) && !NEGATION.test(s));
}

export function subjects(x: DraftState, section: Section, units: readonly Unit[]): void {
  const left: Unit[] = [];
  for (const u of units) {
    if (u.type === 'list') {
      x.dataSubjects.push(...u.items);
      x.leadIn('data_subjects', u.leadIn);
    } else if (u.type === 'para' && !isLeadIn(u.block.text)) x.dataSubjects.push(u.block.text);
    else left.push(u);
  }
  x.leftover(section, 'data_subjects', 'not mapped', left);
}

/** A lead-in that says the list after it is of data: "keräämme seuraavia tietoja:", "vi samlar in följande uppgifter:", "we collect the following data:". */
export const DATA_LEAD_IN =
  /seuraav\p{L}* (?:\p{L}+ )?tie(?:toja|dot)|seuraavat henkilötiedot|seuraavia henkilötietoja|följande (?:\p{L}+ )?(?:person)?uppgifter|following (?:\p{L}+ )?(?:personal )?(?:data|information)|tiedot,? joita keräämme|uppgifter(?:na)? (?:som )?vi samlar in|(?:data|information) (?:that )?we collect/iu;

/**
 * A table of data with a column of retention ("Tietoryhmä | Tiedot | Säilytysaika"): each row a data
 * category, and its period a retention rule for those data. False when the list is no such table.
 */
function dataTable(x: DraftState, u: Extract<Unit, { type: 'list' }>): boolean {
  const c = tableColumns(u);
  if (c?.retention === undefined) return false;
  for (const item of u.items) {
    const cells = item.split(CELL);
    const kept = cells.filter((_, i) => i !== c.retention);
    x.categories.push(cells.length === c.width ? kept.join(' – ') : item);
    if (cells.length === c.width) addRetention(x, `${kept[0]}: ${cells[c.retention]}`);
  }
  x.leadIn('data_categories', u.leadIn);
  return true;
}

/**
 * What a nested item says the data above it are for, from its first word: "To answer the inquiry.", "For
 * preparation of the workshop", "Jotta voimme vastata", "För att kunna svara", "För förberedelse av …". Not
 * "for example …", "For children under 15 …" or "For the duration …", and never an item that opens on a
 * datum ("Henkilötunnus, jota käytetään …", "Date of birth, used to check your age"): that stays data.
 */
const PURPOSE_OPENING =
  /^(?:to\s+\p{L}+|in order to|so as to|so that|jotta|för att|i syfte att|for\s+(?:the\s+)?(?!(?:example|instance|duration|retention|information|location|registration|attendance|residence|individual|personal)(?![\p{L}]))\p{L}+(?:ing|ion|ment|ance|ence|ure|al)|för\s+\p{L}+(?:ning|else|ande|ion))(?![\p{L}])[^:]*$/iu;

/** Whether a nested item says what the datum above it is for. */
function forWhatAbove(item: ListItem): boolean {
  return item.parents.length > 0 && PURPOSE_OPENING.test(item.text.trim());
}

/**
 * Each item of a list of data a category, with the lead-in kept as a remark. In a section on the data
 * and why (`why`), a nested item that says what the datum above it is for ("Registration form: - To
 * communicate with the user about the workshop") is a purpose of the section, and the datum a category
 * once (its other items, data, with it as before: "Registration form: Name and e-mail").
 */
export function dataList(x: DraftState, u: Extract<Unit, { type: 'list' }>, why = false): void {
  if (dataTable(x, u)) return;
  const items = listItems(u);
  const purposeOf = (item: ListItem): boolean => why && forWhatAbove(item);
  const withData = new Set(items.filter((i) => i.parents.length && !purposeOf(i)).map((i) => i.parents.join(': ')));
  const where = items.some(purposeOf) ? { section: x.place(), group: x.place() } : {};
  const said = new Set<string>();
  for (const item of items) {
    if (statesHetu(itemText(item))) x.hetu = true;
    if (!purposeOf(item)) {
      x.categories.push(itemText(item));
      continue;
    }
    addPurpose(x, item.text, where);
    const parent = item.parents.join(': ');
    if (withData.has(parent) || said.has(parent)) continue;
    said.add(parent);
    x.categories.push(parent);
  }
  x.leadIn('data_categories', u.leadIn);
}

/**
 * A heading that says what is not collected: "Data we do NOT collect", "Tiedot, joita emme kerää", "Uppgifter vi inte
 * samlar in". What it heads is no data of the register.
 */
const NOT_COLLECTED =
  /(?<!\p{L})(?:do not|don't|never|not)\s+(?:\p{L}+\s+)?(?:collect|gather|process|store|ask for)|(?<!\p{L})(?:ei|emme|eikä)\s+(?:\p{L}+\s+)?(?:kerää|kerätä|käsittele|käsitellä|tallenna|tallenneta|pyydä)(?!\p{L})|(?<!\p{L})(?:samlar|behandlar|lagrar|sparar|samlas|behandlas|lagras|sparas)\s+(?:\p{L}+\s+)?(?:inte|aldrig|ej)(?!\p{L})|(?<!\p{L})(?:inte|aldrig|ej)\s+(?:samlar|behandlar|lagrar|sparar)(?!\p{L})/iu;

/** The units of a section on the data, those under a heading that says they are not collected set apart. */
function notCollected(section: Section, units: readonly Unit[]): { kept: Unit[]; denied: Unit[] } {
  let denying = NOT_COLLECTED.test(section.heading.text);
  const kept: Unit[] = [];
  const denied: Unit[] = [];
  for (const u of units) {
    if (u.type === 'sub') denying = NOT_COLLECTED.test(u.block.text);
    (denying ? denied : kept).push(u);
  }
  return { kept, denied };
}

export function dataSection(x: DraftState, section: Section, all: readonly Unit[]): void {
  const { kept: units, denied } = notCollected(section, all);
  x.leftover(section, 'data_categories', 'the original says these data are not collected: they are no `data_categories`', denied);
  const left: Unit[] = [];
  for (const u of withoutRights(x, section, units)) {
    if (u.type === 'list') {
      if (section.kinds.includes('sources') && u.leadIn && SOURCE_LEAD_IN.test(u.leadIn.text)) sourceFromList(x, u);
      else dataList(x, u, section.kinds.includes('purposes'));
      continue;
    }
    if (u.type === 'para' && section.kinds.includes('sources')) {
      const found = sourceSentences(u.block.text);
      if (found.sources.length && !found.rest.length) {
        for (const s of found.sources) x.sources.push({ type: s.type, description: x.t(s.text) });
        continue;
      }
    }
    if (u.type === 'para' && statesHetu(u.block.text)) x.hetu = true;
    if (u.type === 'para' && enumerates(u.block.text)) {
      x.categories.push(u.block.text);
      continue;
    }
    left.push(u);
  }
  x.leftover(section, 'data_categories', 'not turned into data categories: add what is missing to `data_categories`', left);
}

/** Words that deny: "Emme kerää erityisiä tietoja, kuten terveystietoja, …" lists what is not collected. */
const DENIES = /(?<![\p{L}])(?:ei|emme|eikä|älä|inte|aldrig|ej|not|never|no|don't|do not)(?![\p{L}])/iu;

/** Where data come from or how long they are kept: a sentence of sources or of retention, not a list of data. */
const NOT_A_LIST = /(?<![\p{L}])(?:saadaan|saamme|hankitaan|säilytetään|säilytämme|poistetaan|hävitetään|hämtas|får vi|raderas|gallras|obtained|received from|collected from|deleted)(?![\p{L}])/iu;

/** Kinds of personal data a list of them names. */
const DATA_ITEM =
  /(?<![\p{L}])\p{L}*(?:nimi|nimen|nimeä|namn|names?|sähköposti\p{L}*|e-post\p{L}*|e-?mail\p{L}*|puhelin\p{L}*|telefon\p{L}*|phone\p{L}*|numero\p{L}*|nummer|osoite\p{L}*|osoitteen|adress\p{L}*|address\p{L}*|syntymä\p{L}*|födelse\p{L}*|birth\p{L}*|henkilötunnu\p{L}*|personnummer|ip|tilinumero\p{L}*|kontonummer|användar\p{L}*|käyttäjä\p{L}*|user\p{L}*|plats\p{L}*|sijainti\p{L}*|location)(?![\p{L}])/giu;

/** The items a sentence lists: parted by commas and the last by "ja", "och", "and" or "sekä". */
function items(sentence: string): number {
  return sentence.split(/,\s+|\s+(?:ja|sekä|och|samt|and)\s+/iu).length;
}

/**
 * A paragraph that lists the data in running text: a sentence of three or more items, two of them kinds
 * of personal data ("… namn, e-postadress, telefonnummer och …"), that neither denies, nor says where
 * the data come from or how long they are kept.
 */
export function enumerates(text: string): boolean {
  // "inklusive, men inte begränsat till, …", "including but not limited to": the list stays open, nothing is denied.
  const plain = text.replace(/(?:men |but )?(?:inte begränsa\p{L}* till|not limited to)|(?:siihen )?(?:kuitenkaan )?rajoittumatta/giu, ' ');
  if (DENIES.test(plain)) return false;
  return sentences(text).some((s) => !NOT_A_LIST.test(s) && items(s) >= 3 && new Set((s.match(DATA_ITEM) ?? []).map((w) => w.toLowerCase())).size >= 2);
}
