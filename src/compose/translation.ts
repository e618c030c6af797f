/**
 * Author text missing in a notice's language (a register built with `--force` past
 * `translation-missing`) is never left out or shown blank: the text is taken from a language that
 * has it, marked with that language (`lang` in HTML, so that it is read out and hyphenated as what
 * it is), and followed by a note in the notice's language that it is not available in it.
 */
import type { BlockContent, PhrasingContent } from 'mdast';
import type { Text } from '../types.js';

/** The order other languages are tried in when no other is given: Seloste's own languages first. */
const DEFAULT_ORDER = ['fi', 'en', 'sv'];

export interface Picked {
  text: string;
  /** The language the text is in. */
  lang: string;
  /** True when that is not the language asked for. */
  fallback: boolean;
}

/**
 * A text in `lang`, or else in the first language of `order` that has it, or else in the first (by
 * code) of the others; undefined when it is written in none.
 */
export function pickText(value: Text | undefined, lang: string, order: readonly string[] = DEFAULT_ORDER): Picked | undefined {
  if (!value) return undefined;
  const written = (l: string): boolean => (value[l]?.trim() ?? '') !== '';
  if (written(lang)) return { text: value[lang]!, lang, fallback: false };
  const found = [...order, ...Object.keys(value).sort()].find(written);
  return found === undefined ? undefined : { text: value[found]!, lang: found, fallback: true };
}

/** Phrasing content marked as being in `lang`: text in a `<span lang>`, elements with a `lang` of their own. */
export function markInline(nodes: readonly PhrasingContent[], lang: string): PhrasingContent[] {
  return nodes.map((node) => {
    const data = { ...node.data, hProperties: { ...node.data?.hProperties, lang } };
    return (node.type === 'text' ? { ...node, data: { ...data, hName: 'span' } } : { ...node, data }) as PhrasingContent;
  });
}

/**
 * Blocks marked as being in `lang`, the note after them: a paragraph's content is marked (so that
 * the note can end the last paragraph in the notice's language), any other block as a whole.
 */
export function markBlocks(blocks: readonly BlockContent[], lang: string, note: string): BlockContent[] {
  const marked = blocks.map((block) =>
    block.type === 'paragraph'
      ? { ...block, children: markInline(block.children, lang) }
      : ({ ...block, data: { ...block.data, hProperties: { ...block.data?.hProperties, lang } } } as BlockContent),
  );
  const last = marked[marked.length - 1];
  if (last?.type === 'paragraph') last.children.push({ type: 'text', value: ` ${note}` });
  else marked.push({ type: 'paragraph', children: [{ type: 'text', value: note }] });
  return marked;
}
