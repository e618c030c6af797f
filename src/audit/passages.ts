/**
 * The original notice as passages: each line of each block (a list item, a table cell, a heading)
 * split into sentences, with the line of the original it stands on and the part of the notice its
 * section is about. Findings are placed on these, and the rights the notice states are read from them.
 */
import { clean, flatItems, shaped, type Block } from '../import/document/block.js';
import type { SectionKind } from '../import/headings.js';
import type { Outline } from '../import/outline.js';
import { sentences } from '../import/draft/text.js';

export interface Passage {
  text: string;
  /** 1-based line of the original. */
  line: number;
  /** What the section it stands in is about; `front` before the first section. */
  kind: SectionKind | 'front';
  /** The line of the heading of its section (the first line of the notice for the front). */
  sectionLine: number;
  /** It is a heading. */
  heading?: true;
}

/** Where a text of a block starts, as a line of the original: the first of its lines that holds its first words. */
function lineOf(block: Block, text: string): number {
  const words = clean(text).split(' ');
  for (const n of [4, 2, 1]) {
    const start = words.slice(0, n).join(' ');
    const index = block.lines.findIndex((l) => clean(l).includes(start));
    if (index >= 0) return block.line + index;
  }
  return block.line;
}

function blockPassages(block: Block, kind: Passage['kind'], sectionLine: number): Passage[] {
  if (block.kind === 'table') return shaped([block]).flatMap((b) => blockPassages(b, kind, sectionLine));
  if (block.kind === 'heading') return [{ text: clean(block.text), line: block.line, kind, sectionLine, heading: true }];
  // A paragraph's sentences run across the lines it is wrapped on: each stands at the line it starts on.
  const texts = block.kind === 'list' ? flatItems(block) : [block.text];
  return texts.flatMap((t) => sentences(clean(t)).map((text) => ({ text, line: lineOf(block, text), kind, sectionLine })));
}

/** Every passage of an outlined notice, in the order of the original. */
export function passagesOf(outline: Outline): Passage[] {
  const first = outline.front[0]?.line ?? outline.sections[0]?.heading.line ?? 1;
  const out = outline.front.flatMap((b) => blockPassages(b, 'front', first));
  for (const section of outline.sections) {
    const kind = section.kinds[0] ?? 'other';
    out.push(...[section.heading, ...section.blocks].flatMap((b) => blockPassages(b, kind, section.heading.line)));
  }
  return out.sort((a, b) => a.line - b.line);
}

/**
 * Where a register's notice starts, for what it leaves out altogether: the heading that names it (a
 * page may open with its own title and introduction, and hold several registers), the last heading
 * before its first section, or else its first line.
 */
export function registerStart(passages: readonly Passage[], name?: string): number {
  const named = name ? passages.find((p) => p.heading && comparable(p.text).startsWith(comparable(name).split(' ').slice(0, 3).join(' '))) : undefined;
  if (named) return named.line;
  const front = passages.filter((p) => p.kind === 'front');
  return front.filter((p) => p.heading).at(-1)?.line ?? passages[0]?.line ?? 1;
}

/** Lower case, one space between words, no Markdown emphasis: how passages and needles are compared. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[*_`]+/gu, '').replace(/\s+/gu, ' ').trim();
}

/**
 * The passage that holds a text: its first words (at least three), or a short text of at least six
 * characters whole (an e-mail address, a phone number, a short name). Of several, the first from the
 * line `from` on (where the register's own notice starts), else the first.
 */
export function findPassage(passages: readonly Passage[], text: string, from = 0): Passage | undefined {
  const words = comparable(text).split(' ').filter(Boolean);
  const first = (needle: string): Passage | undefined => {
    const holding = passages.filter((p) => comparable(p.text).includes(needle));
    return holding.find((p) => p.line >= from) ?? holding[0];
  };
  if (words.length < 3) return words.join(' ').length >= 6 ? first(words.join(' ')) : undefined;
  for (const n of [8, 5, 3]) {
    const found = first(words.slice(0, n).join(' '));
    if (found || words.length <= n) return found;
  }
  return undefined;
}
