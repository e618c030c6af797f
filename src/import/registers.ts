/**
 * The registers one notice holds. A file may describe several registers one after another (a member
 * register, then an event register): each becomes a draft of its own. A part in another language
 * than the one before it is that part's translation, not a register: it stays with the draft.
 */
import { shaped, type Block } from './document/block.js';
import { tickedOnly } from './document/ticked.js';
import { detectLanguages } from './language.js';
import { outline, type Outline } from './outline.js';
import type { Lang } from './draft/state.js';

export interface RegisterPart {
  outline: Outline;
  /** The language of the part, and other languages it holds text in (a translation after it). */
  lang: Lang;
  also: Lang[];
}

function textOf(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n');
}

/** Split the blocks of a notice into its registers, in order. */
export function registerParts(blocks: readonly Block[], lang?: Lang): RegisterPart[] {
  const parts: RegisterPart[] = [];
  let rest = tickedOnly(blocks);
  for (;;) {
    const outlined = outline(rest);
    const next = outlined.second?.blocks;
    // The outline works on tables opened into their parts: the next register starts among those.
    const opened = shaped(rest);
    const own = next ? opened.slice(0, opened.indexOf(next[0]!)) : rest;
    const detected = detectLanguages(textOf(rest), textOf(own));
    const partLang = lang ?? detected.lang;
    const nextLang = next ? detectLanguages(textOf(next)).lang : undefined;
    if (!next || nextLang !== partLang) {
      parts.push({ outline: outlined, lang: partLang, also: detected.also.filter((l) => l !== partLang) });
      return parts;
    }
    const { second: _next, ...ownOutline } = outlined;
    parts.push({ outline: ownOutline, lang: partLang, also: [] });
    rest = next;
  }
}
