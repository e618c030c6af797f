/**
 * Break opportunities in long unbroken tokens (a pasted base64 blob, a long URL). Chromium's line
 * breaking takes time that grows with the square of a word's length: a 30 000-character word takes
 * many seconds to print, a longer one times the PDF out. A `<wbr>` after every run of `RUN`
 * characters without white space lets a line break there and shows nothing.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent, Text } from 'hast';

/** Longer than any word or ordinary address, so ordinary text is left as it is. */
export const RUN = 64;

const WBR: Element = { type: 'element', tagName: 'wbr', properties: {}, children: [] };

/** The pieces of a text node with a `<wbr>` wherever a run of non-space characters reaches `RUN`; `run` carries over between nodes. */
function splitText(node: Text, state: { run: number }): ElementContent[] {
  const out: ElementContent[] = [];
  let start = 0;
  const value = node.value;
  for (let i = 0; i < value.length; i++) {
    if (/\s/.test(value[i]!)) {
      state.run = 0;
      continue;
    }
    if (state.run === RUN) {
      out.push({ type: 'text', value: value.slice(start, i) }, { ...WBR, properties: {}, children: [] });
      start = i;
      state.run = 0;
    }
    state.run++;
  }
  if (!out.length) return [node];
  out.push({ type: 'text', value: value.slice(start) });
  return out.filter((n) => n.type !== 'text' || n.value !== '');
}

/** Add break opportunities to every long token of a tree, in document order (without recursion: no depth limit). */
export function breakLongTokens(root: HastRoot): void {
  const state = { run: 0 };
  const stack: { node: HastRoot | Element; index: number }[] = [{ node: root, index: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const children = top.node.children as (RootContent | ElementContent)[];
    if (top.index >= children.length) {
      stack.pop();
      continue;
    }
    const child = children[top.index]!;
    if (child.type === 'text') {
      const pieces = splitText(child, state);
      children.splice(top.index, 1, ...pieces);
      top.index += pieces.length;
    } else {
      top.index++;
      if (child.type === 'element') stack.push({ node: child, index: 0 });
    }
  }
}
