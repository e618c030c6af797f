/**
 * A browser may break a line between a closing and an opening bracket, so that a reference such as
 * `6(1)(b)` reads `6(1)` on one line and `(b)` on the next. Such a word is wrapped in a
 * `<span class="nobreak">`, which the stylesheet keeps on one line. Only short words: a long one
 * must stay free to wrap (see break-tokens.ts).
 */
import type { Element, ElementContent, Root as HastRoot, RootContent, Text } from 'hast';

/** Longer than any reference; a longer word is left as it is. */
const MAX_WORD = 32;
const BRACKETS_MEET = /[)\]][([]/;

function keep(word: string): boolean {
  return word.length <= MAX_WORD && BRACKETS_MEET.test(word);
}

/** The pieces of a text node, its words that must not break each in a span of their own. */
function splitText(node: Text): ElementContent[] {
  const parts = node.value.split(/(\s+)/);
  if (!parts.some(keep)) return [node];
  const out: ElementContent[] = [];
  let plain = '';
  for (const part of parts) {
    if (!keep(part)) {
      plain += part;
      continue;
    }
    if (plain) out.push({ type: 'text', value: plain });
    out.push({ type: 'element', tagName: 'span', properties: { className: ['nobreak'] }, children: [{ type: 'text', value: part }] });
    plain = '';
  }
  if (plain) out.push({ type: 'text', value: plain });
  return out;
}

/** Keep every short word of the tree that holds `)(` on one line (without recursion: no depth limit). */
export function keepReferencesTogether(root: HastRoot): void {
  const stack: (HastRoot | Element)[] = [root];
  for (let parent = stack.pop(); parent; parent = stack.pop()) {
    const children = parent.children as (RootContent | ElementContent)[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type === 'element') stack.push(child);
      else if (child.type === 'text') {
        const pieces = splitText(child);
        children.splice(i, 1, ...pieces);
        i += pieces.length - 1;
      }
    }
  }
}
