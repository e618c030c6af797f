/**
 * Purposes a notice without a section on them says elsewhere, in sentences ("Vi behöver dina
 * kontaktuppgifter för att kunna svara"), topic by topic: a basis stated under the same heading
 * holds for the purposes stated there when it is the only one.
 */
import type { Block } from '../document/block.js';
import type { DraftState } from '../draft/state.js';
import { flatten } from '../document/block.js';
import { isLeadIn, sentences } from '../draft/text.js';
import type { Section } from '../outline.js';
import { purposePairs } from './purpose-pairs.js';
import { isPurposeSentence } from './purpose-prose.js';
import { basisLabel, basisPair, hasPoint, statedBases } from './bases.js';
import { addPurpose, BASIS_STATEMENT, pairsAsPurposes, proseSentences, statement } from './purposes.js';
import { speaksOfTime } from '../../check/retention-words.js';

/** Parts that say how data are kept, protected or moved, or what the data subject may do: no purposes. */
const NOT_PURPOSES = new Set(['rights', 'transfers', 'retention', 'security']);

/** The blocks under each heading, a heading starting a new topic. */
function topics(blocks: readonly Block[]): Block[][] {
  const out: Block[][] = [[]];
  for (const b of blocks) {
    if (b.kind === 'heading') out.push([]);
    else out[out.length - 1]!.push(b);
  }
  return out.filter((t) => t.length);
}

/** The text of a paragraph that leads into the list after it, without its colon. */
function leadInOf(topic: readonly Block[], i: number): string | undefined {
  const b = topic[i];
  return b?.kind === 'paragraph' && isLeadIn(b.text) && topic[i + 1]?.kind === 'list' ? b.text.replace(/[:：]\s*$/u, '') : undefined;
}

/**
 * A list that goes through the bases of Art. 6(1), four or more, one an item ("Utifrån samtycke.",
 * "Skydda den registrerades vitala intressen.", "Fullgöra arbetsuppgift av allmänt intresse …"),
 * with no purpose paired to any: the bases of the register as a whole, not purposes.
 */
function basisCatalogue(b: Block): boolean {
  const items = b.items ?? [];
  // A pair names a purpose beside its basis, unless its "purpose" is the basis again ("berättigat intresse (intresseavvägning)").
  const paired = (i: string): boolean => {
    const pair = basisPair(i) ?? basisLabel(i);
    return pair !== undefined && !statedBases(pair.purpose).bases.length;
  };
  if (items.some(paired)) return false;
  const named = items.map((i) => statedBases(i).bases).filter((bases) => bases.length);
  return named.length * 2 >= items.length && new Set(named.flat()).size >= 4;
}

/** A list through the bases: those that name one are the register's; an item that names none is a purpose when it says one, read with the lead-in. */
function catalogue(x: DraftState, b: Block, leadIn: string | undefined, where: { section: number; group: number }): void {
  const items = b.items ?? [];
  const bases = items.filter((item) => statedBases(item).bases.length);
  statement(x, bases.join('\n'), b.lines, undefined, where);
  for (const item of items.filter((i) => !bases.includes(i) && isPurposeSentence(leadIn ? `${leadIn} ${i}` : i))) addPurpose(x, item, { section: where.section });
}

/** The items of a list that are purposes: read with the lead-in, "We use your data to" + "send invitations", as one sentence. */
function ledItems(topic: readonly Block[], i: number): string[] {
  const leadIn = leadInOf(topic, i - 1);
  return leadIn && !basisCatalogue(topic[i]!) ? (topic[i]!.items ?? []).filter((item) => isPurposeSentence(`${leadIn} ${item}`)) : [];
}

/**
 * The items nested under items that lead into them ("Anställdas personuppgifter används till att:"),
 * each read with its own lead-in: those that say a purpose so. None when no item leads into others.
 */
function nestedLed(b: Block): string[] | undefined {
  const leads = (b.tree ?? []).filter((t) => t.items.length && isLeadIn(t.text));
  if (!leads.length) return undefined;
  return leads.flatMap((t) => {
    const leadIn = t.text.replace(/[:：]\s*$/u, '');
    return flatten(t.items).filter((item) => isPurposeSentence(`${leadIn} ${item}`));
  });
}

/**
 * The purposes and basis sentences of one topic: a paragraph that says each purpose with its basis; the
 * sentences of its other paragraphs; the items of a list
 * whose lead-in says what the data are used for ("Vi använder uppgifterna för att:", "We use your data
 * to:"), the lead-in left out; and, in a notice that states no basis anywhere, the items of another
 * list that say a purpose themselves ("E-post – för att kunna svara dig"), the data they are for with them.
 */
function topicPurposes(x: DraftState, topic: readonly Block[], perItem: boolean): void {
  const where = { section: x.place(), group: x.place() };
  const texts: string[] = [];
  topic.forEach((b, i) => {
    if (b.kind === 'paragraph' && purposePairs(x, b.text, where)) return;
    if (b.kind === 'paragraph' && !(topic[i + 1]?.kind === 'list' && ledItems(topic, i + 1).length)) texts.push(...sentences(b.text).filter(notARight));
    if (b.kind !== 'list') return;
    if (basisCatalogue(b)) return catalogue(x, b, leadInOf(topic, i - 1), where);
    const led = (nestedLed(b) ?? ledItems(topic, i)).filter(notARight);
    for (const item of led) addPurpose(x, item, where);
    // Each kind of data with its own purpose: a basis the topic states is not said to hold for it. An item on how long
    // data are kept ("Lagringstid är 30 dagar för att …") is no purpose; one that opens on the grounds is said of the processing.
    if (led.length) return;
    const grounds = (b.items ?? []).filter((item) => GROUNDS_FIRST.test(sentences(item)[0] ?? '') && statedBases(item).bases.length > 0);
    for (const item of grounds) statement(x, item, [item], undefined, where);
    if (perItem) for (const item of (b.items ?? []).filter((i) => isPurposeSentence(i) && !speaksOfTime(i) && !grounds.includes(i) && notARight(i))) addPurpose(x, item, { section: where.section });
  });
  proseSentences(x, texts, undefined, where);
}

/**
 * A sentence that says what the person may do ("En person har rätt att dra tillbaka sitt samtycke för att hantera
 * hens e-post", "Rekisteröidyllä on oikeus …", "You have the right to …"): a right, in a notice whose rights stand
 * among the rest of its text, not a purpose, whatever aim it names.
 */
const A_RIGHT = /(?<!\p{L})(?:har rätt(?:en)? att|(?:on|ovat) oikeus|oikeus (?:tarkastaa|vaatia|pyytää|peruuttaa|vastustaa|saada|siirtää)|ha(?:s|ve) the right to)(?!\p{L})/iu;
const notARight = (text: string): boolean => !A_RIGHT.test(text);

/** An item that opens on what the processing rests on: "Vi grundar övervakningen på … intresseavvägning", "Käsittelyn peruste on …", "We base …". */
const GROUNDS_FIRST =
  /^\s*(?:(?:vi|we|me)\s+)?(?:grundar|base|perustamme|käsittelemme tietoja\s+\p{L}+n perusteella)(?!\p{L})|^\s*(?:(?:käsittelyn|henkilötietojen käsittelyn)\s+)?(?:oikeus)?peruste(?:ena)?\s|^\s*(?:den\s+)?(?:rättsliga\s+)?grunden\s|^\s*(?:the\s+)?(?:legal|lawful)\s+(?:basis|grounds?)\s/iu;

/** A paragraph or list that says what the processing rests on ("Käsittely perustuu …", "Article 6(1)(b)"). */
function statesBasis(b: Block): boolean {
  const texts = b.kind === 'list' ? (b.items ?? []) : b.kind === 'paragraph' ? [b.text] : [];
  return texts.some((t) => BASIS_STATEMENT.test(t) || hasPoint(t));
}

/** When no part of the notice gave a purpose: its pairs of basis and purpose, or else its sentences that say one. */
export function purposesElsewhere(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  if (x.purposes.length || pairsAsPurposes(x)) return;
  const parts = [front, ...sections.filter((s) => !NOT_PURPOSES.has(s.kinds[0]!)).map((s) => s.blocks)];
  const perItem = !x.statements.some((s) => s.bases.length) && !parts.flat().some(statesBasis);
  for (const blocks of parts) for (const topic of topics(blocks)) topicPurposes(x, topic, perItem);
}
