/**
 * Headings written as numbered lines of their own ("2. Käsittelyn tarkoitus ja oikeusperuste"): in
 * plain text as read, and in a web page or a Word file whose parts are paragraphs with no heading
 * markup of their own (a page that shows its text in one block, a document typed without styles).
 */
import { isKnownHeading } from '../headings.js';
import type { Block } from './block.js';

/**
 * "3 TARKOITUS", "2. Rekisterin pitäjä": the title after its number and its depth (1 for "2.", 2 for "2.1"), if the line
 * is one; a title up to `longest` characters (longer where the numbers around it show it is one). A question ("4. Mitä
 * oikeuksia rekisteröidyllä on?") is one only if known, or with `questions`, where the numbers around it show it is one.
 */
export function numberedHeading(line: string, longest = 80, questions = false, paren = false): { text: string; level: number } | undefined {
  // "4. Your rights", also typed with a space before the full stop ("4 . Your Rights"), or lettered as the old register
  // description's form numbers its first part ("1a Rekisterinpitäjä", "1b Rekisterinpitäjän edustaja").
  // Two parts of the form under one title ("1. – 2. Rekisterin pitäjä ja rekisteriasioista vastaava") are read at the first
  // number; with `paren`, a title numbered "1)" as the Personal Data Act's form numbers its parts ("1) Rekisterinpitäjän … nimi ja yhteystiedot:").
  const m = (paren ? /^(\d{1,2})\)\s+(\p{Lu}.*)$/u : /^(\d{1,2}(?:\.\d{1,2})*)(?:[a-e](?=\s))?(?: ?\.)?(?:(?<=\.)\s*[–-]\s*\d{1,2}\.)?\s+(\p{Lu}.*)$/u).exec(line.trim());
  if (!m) return undefined;
  // A colon ends a known title as the old register descriptions write it ("5. Rekisterin tietosisältö:"), not a lead-in.
  const text = m[2]!.trim().replace(/(?<=\p{L})\s*:$/u, (colon) => (isKnownHeading(m[2]!.trim().slice(0, -colon.length)) ? '' : colon));
  if (text.length > longest || /[.,;:!]$/u.test(text) || (/\?$/u.test(text) && !questions && !isKnownHeading(text)) || /@|https?:\/\//u.test(text)) return undefined;
  return { text, level: m[1]!.split('.').length };
}

/** The one-line paragraph's numbered title, with the number it opens on; a question one only with `questions`. */
function numberedLine(block: Block, questions: boolean): { text: string; level: number; number: number } | undefined {
  if (block.kind !== 'paragraph' || block.lines.length !== 1 || block.tableHeader) return undefined;
  const heading = numberedHeading(block.text, 80, questions);
  return heading && { ...heading, number: Number(/^\s*(\d+)/u.exec(block.text)![1]) };
}

/** The numbered titles of the blocks, where those of the first level run on from 1, each with text of its own before the next. */
function titles(blocks: readonly Block[], questions: boolean): ReturnType<typeof numberedLine>[] | undefined {
  const numbered = blocks.map((b) => numberedLine(b, questions));
  const firsts = numbered.filter((n) => n?.level === 1).map((n) => n!.number);
  const inOrder = firsts.length >= 3 && firsts.every((n, i) => n === (i === 0 ? 1 : firsts[i - 1]! + 1));
  // Each a part with its text: a title followed at once by the next number is an item of a numbered list ("1. Nimi", "2. Sähköposti").
  const bodied = numbered.every((n, i) => !n || (blocks[i + 1] !== undefined && !numbered[i + 1]));
  return inOrder && bodied ? numbered : undefined;
}

/**
 * The numbered one-line paragraphs of blocks with no heading below the title: headings, as deep as
 * their numbers under the title, where at least three of the first level are numbered on from 1
 * or from the one before, and each has text of its own before the next; titles put as questions only
 * where those without them do not run so. Any other shape is left as it is read.
 */
export function numberedParagraphs(blocks: readonly Block[]): Block[] {
  if (blocks.some((b) => b.kind === 'heading' && (b.level ?? 1) > 1)) return [...blocks];
  const numbered = titles(blocks, false) ?? titles(blocks, true);
  if (!numbered) return [...blocks];
  return blocks.map((block, i) => {
    const n = numbered[i];
    return n ? { ...block, kind: 'heading', text: n.text, level: n.level + 1, style: 'numbered' } : block;
  });
}
