/**
 * Nothing of the original is lost: every sentence of it that the draft does not hold (see `Kept`)
 * is added, verbatim and in the original order, as a TODO at the key of the section it came from,
 * one TODO a section, its message naming the section's heading. A section whose every sentence is
 * kept but whose heading is not gets the heading as a plain comment. This runs after the draft is
 * made to fit the schema, so it does not depend on what any recogniser keeps.
 */
import { clean, flatItems, type Block } from '../document/block.js';
import { KEY_OF } from '../extract.js';
import type { Outline } from '../outline.js';
import { Kept } from './kept.js';
import type { Note } from './state.js';
import { sentences } from './text.js';

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

/** The sentences of a block: each line (or list item, at any depth, or table cell) split at sentence ends. */
export function blockSentences(block: Block): string[] {
  const lines = block.kind === 'heading' ? [block.text] : block.kind === 'list' ? flatItems(block) : block.lines;
  return lines.flatMap((line) => sentences(clean(line)));
}

function missingNote(part: Part, missing: string[]): Note {
  const from = part.heading ? `not mapped (from "${part.heading.text}")` : 'not mapped, from the beginning of the original';
  return { at: [part.key], todo: `${from}: move what matters into the register`, lines: missing };
}

/** Add to the draft's notes every sentence of the outlined original that the draft does not hold. */
export function keepAll(outline: Outline, register: Record<string, unknown>, notes: Note[]): void {
  const kept = new Kept(register, notes);
  const added: Note[] = [];
  for (const part of parts(outline)) {
    const missing = [...new Set(part.blocks.flatMap(blockSentences))].filter((s) => !kept.has(s));
    if (missing.length) added.push(missingNote(part, missing));
    else if (part.heading && !kept.has(part.heading.text)) added.push({ at: [part.key], comment: 'The original says:', lines: [part.heading.text] });
  }
  notes.push(...added);
}
