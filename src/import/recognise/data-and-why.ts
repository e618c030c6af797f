/**
 * A section on the data "and why" ("Mitä tietoja käsitellään ja miksi", "Vilka uppgifter behandlar vi
 * och varför", "What data we process and why"): a paragraph whose every sentence says what the data
 * are for or what the processing rests on is read as purposes and bases, and so is a list under a
 * lead-in that says what the data are used for ("Näitä tietoja käytetään:"), with a list of bases
 * after it item for item ("Tietojenkäsittelyn perusteena on: 1. Sopimus 2. …"); the rest is the data.
 */
import type { DraftState, PurposeDraft } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import { unitLines, type Unit } from '../draft/units.js';
import { isBasisOnly, statedBases } from './bases.js';
import { isPurposeSentence } from './purpose-prose.js';
import { addPurpose, basisList, isBasisListOf, isBasisSentence, proseSentences } from './purposes.js';

type ListUnit = Extract<Unit, { type: 'list' }>;

/** A lead-in that says the items are what the data are used for: "Näitä tietoja käytetään:", "Uppgifterna används för:", "The data are used for:". */
const USE_LEAD_IN = new RegExp(
  String.raw`^(?:(?:näitä|nämä|kerättyjä|henkilö)\s*)?(?:tietoja|tiedot|henkilötietoja|henkilötiedot)\s+käytetään(?:\s+(?:vain|ainoastaan|pääasiassa|yksinomaan))?(?:\s+seuraaviin\s+tarkoituksiin)?\s*:$` +
    String.raw`|^(?:uppgifterna|personuppgifterna|dessa uppgifter)\s+används(?:\s+(?:endast|enbart|bara|främst|uteslutande))?\s+(?:till|för)(?:\s+följande(?:\s+ändamål)?)?\s*:$` +
    String.raw`|^(?:the|this|these|your)\s+(?:personal\s+)?(?:data|information)\s+(?:is|are)\s+used(?:\s+(?:specifically|only|solely|mainly|exclusively|primarily))?\s+(?:to|for)(?:\s+the\s+following(?:\s+purposes)?)?\s*:$` +
    String.raw`|^we\s+use\s+(?:the|this|these|your)\s+(?:personal\s+)?(?:data|information)(?:\s+(?:specifically|only|solely|mainly|exclusively|primarily))?\s+(?:to|for)(?:\s+the\s+following(?:\s+purposes)?)?\s*:$`,
  'iu',
);

/** What the basis list pairs with: the purposes of the list just before it, in their order. */
interface Listed {
  purposes: PurposeDraft[];
  group: number;
}

function usesList(u: Unit): ListUnit | undefined {
  return u.type === 'list' && u.leadIn !== undefined && USE_LEAD_IN.test(u.leadIn.text.trim()) ? u : undefined;
}

/** The purposes of a list of uses, each with its place. */
function usesPurposes(x: DraftState, u: ListUnit): Listed {
  const where = { section: x.place(), group: x.place() };
  const from = x.purposes.length;
  for (const item of u.items) addPurpose(x, item, where);
  x.leadIn('purposes', u.leadIn);
  return { purposes: x.purposes.slice(from), group: where.group };
}

/** A list of bases, one basis an item and as many items as the purposes before it: each purpose its basis. Whether it was. */
function pairedBases(x: DraftState, u: Unit, listed: Listed | undefined): boolean {
  if (!listed || u.type !== 'list' || !isBasisListOf(u) || u.items.length !== listed.purposes.length) return false;
  // An item that names what it covers ("Tilausten osalta sopimus", "Consent, for the newsletter") is paired by what it names, not by its place.
  if (!u.items.every(bareBasis)) return false;
  const found = u.items.map((i) => statedBases(i));
  if (found.some((f) => f.bases.length !== 1)) return false;
  listed.purposes.forEach((p, i) => {
    if (p.bases.length && !p.implied) return;
    p.bases = [...found[i]!.bases];
    delete p.implied;
  });
  x.todo(['purposes'], 'the original lists the legal bases apart from the uses, one for each in the same order: each purpose was given the basis in its place; check that the order pairs them', unitLines(u));
  return true;
}

/** A basis and nothing else, whosever it is: "Sopimus", "Rekisterinpitäjän oikeutettu etu", "Vårt berättigade intresse", "Our legitimate interest". */
function bareBasis(item: string): boolean {
  return isBasisOnly(item.replace(/(?<!\p{L})(?:our|vår|vårt|våra|meidän|yrityksen|yhdistyksen)(?!\p{L})/giu, ' '));
}

/** The units of the section that are about the data; its paragraphs and lists of purposes and bases read as such. */
export function dataAndWhy(x: DraftState, units: readonly Unit[]): Unit[] {
  const where = { section: x.place(), group: x.place() };
  let listed: Listed | undefined;
  return units.filter((u) => {
    const before = listed;
    listed = undefined;
    const uses = usesList(u);
    if (uses) {
      listed = usesPurposes(x, uses);
      return false;
    }
    if (pairedBases(x, u, before)) return false;
    // Bases listed after the uses but not item for item: what they say is said of those purposes.
    if (before && u.type === 'list' && isBasisListOf(u)) {
      basisList(x, u, { group: before.group });
      return false;
    }
    if (u.type !== 'para') return true;
    const said = sentences(u.block.text);
    if (said.every((s) => isBasisSentence(s) || isPurposeSentence(s))) {
      proseSentences(x, said, u.block.lines, where);
      return false;
    }
    return !dataUsedAndBased(x, u, said);
  });
}

/**
 * A paragraph that says what data are collected, what they are used for and on what basis ("We collect your name … We
 * use them to deliver your order. Legal basis: performance of our contract with you."): its sentences of purposes and
 * bases read as a group of their own, so that its basis holds for its purposes alone; the whole paragraph is kept
 * beside them. Whether it was read so.
 */
function dataUsedAndBased(x: DraftState, u: Extract<Unit, { type: 'para' }>, said: readonly string[]): boolean {
  const about = said.filter((s) => isBasisSentence(s) || isPurposeSentence(s));
  if (!about.some(isBasisSentence) || !about.some((s) => !isBasisSentence(s) && isPurposeSentence(s))) return false;
  proseSentences(x, about, u.block.lines, { section: x.place(), group: x.place() });
  x.remark(['data_categories'], 'The original says:', u.block.lines);
  return true;
}
