/**
 * Nothing of the original is lost: every sentence of it that the draft does not hold (see `Kept`)
 * is added, verbatim and in the original order, as a TODO at the key of the section it came from,
 * one TODO a section, its message naming the section's heading. A section whose every sentence is
 * kept but whose heading is not gets the heading as a plain comment. This runs after the draft is
 * made to fit the schema, so it does not depend on what any recogniser keeps.
 *
 * A sentence that goes on over lines of a paragraph (a source wrapped by hand, or a detail on the
 * line after its lead-in) is kept when the draft holds it whole, or when each of its lines is a
 * value; one line taken into a value and the rest left in a comment would tear it apart, so then it
 * is added whole, a line of the TODO for each of its lines.
 */
import { clean, flatItems, type Block } from '../document/block.js';
import { KEY_OF } from '../extract.js';
import type { Outline } from '../outline.js';
import { Kept } from './kept.js';
import type { Note } from './state.js';
import { ABBREVIATIONS, sentences } from './text.js';

interface Part {
  key: string;
  heading?: Block;
  blocks: readonly Block[];
}

/** The parts of an outline with the register key each belongs to; the front matter under `name`. */
function parts(outline: Outline): Part[] {
  return [
    { key: 'name', blocks: [...outline.toc, ...outline.front] },
    ...outline.sections.map((s) => ({ key: KEY_OF[s.kinds[0]!], heading: s.heading, blocks: s.blocks })),
    ...(outline.second ? [{ key: '$end', blocks: outline.second.blocks }] : []),
  ];
}

/** A sentence of the original as its pieces: one, or one a line where it goes on over lines of a paragraph. */
type Sentence = readonly string[];

/** A piece of a line ends its sentence: . ! ? (a closing quote or bracket after it), not after an abbreviation or a single letter ("P.O."). */
function endsSentence(piece: string): boolean {
  const end = /[.!?…]+["”’)\]]*$/u.exec(piece);
  if (!end) return false;
  const before = piece.slice(Math.max(0, end.index - 12), end.index);
  return !ABBREVIATIONS.test(before) && !/(?:^|[\s.(])\p{L}$/u.test(before);
}

/** The sentences of a paragraph: each line split at sentence ends; a run of lines without an end before one that ends a sentence is one. */
function paragraphSentences(lines: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  let open: string[] = [];
  for (const line of lines) {
    for (const piece of sentences(clean(line))) {
      open.push(piece);
      if (!endsSentence(piece)) continue;
      out.push(open);
      open = [];
    }
  }
  // The paragraph's end ends a sentence that ends in . ! ? even after an abbreviation ("… Esimerkki Oy.");
  // lines that end none (a name, an address) are each their own.
  if (open.length > 1 && /[.!?…]["”’)\]]*$/u.test(open[open.length - 1]!)) return [...out, open];
  return [...out, ...open.map((piece) => [piece])];
}

/** The sentences of a block: each line (or list item, at any depth, or table cell) split at sentence ends; a paragraph's over lines. */
function blockSentences(block: Block): Sentence[] {
  const unticked = (block.unticked ?? []).flatMap((line) => sentences(clean(line)).map((piece) => [piece]));
  if (block.kind === 'paragraph') return [...paragraphSentences(block.lines), ...unticked];
  const lines = block.kind === 'heading' ? [block.text] : block.kind === 'list' ? flatItems(block) : block.lines;
  return [...lines.flatMap((line) => sentences(clean(line)).map((piece) => [piece])), ...unticked];
}

/** The draft holds a sentence: whole, or, over lines, each line as a value. */
function holds(kept: Kept, sentence: Sentence): boolean {
  return kept.has(sentence.join(' ')) || (sentence.length > 1 && sentence.every((piece) => kept.inValues(piece)));
}

/** The sentences of a part the draft does not hold, each once, in the original's order. */
function missingSentences(part: Part, kept: Kept): Sentence[] {
  const seen = new Set<string>();
  return part.blocks.flatMap(blockSentences).filter((sentence) => {
    const key = sentence.join('\n');
    if (seen.has(key)) return false;
    seen.add(key);
    return !holds(kept, sentence);
  });
}

function missingNote(part: Part, missing: Sentence[]): Note {
  const from = part.heading ? `not mapped (from "${part.heading.text}")` : 'not mapped, from the beginning of the original';
  return { at: [part.key], todo: `${from}: move what matters into the register`, lines: missing.flat() };
}

/** Add to the draft's notes every sentence of the outlined original that the draft does not hold. */
export function keepAll(outline: Outline, register: Record<string, unknown>, notes: Note[]): void {
  const kept = new Kept(register, notes);
  const added: Note[] = [];
  for (const part of parts(outline)) {
    const missing = missingSentences(part, kept);
    if (missing.length) added.push(missingNote(part, missing));
    else if (part.heading && !kept.has(part.heading.text)) added.push({ at: [part.key], comment: 'The original says:', lines: [part.heading.text] });
  }
  notes.push(...added);
}
