import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { rehypeStringify, remarkRehype, unified } from '../vendor/unified.js';

const toHast = unified().use(remarkRehype, { allowDangerousHtml: false });
const toHtml = unified().use(rehypeStringify, { allowDangerousHtml: false });

/** The notice tree as an HTML fragment (raw HTML in author text never passes). */
export async function renderHtmlBody(tree: Root): Promise<string> {
  const hast = (await toHast.run(structuredClone(tree))) as HastRoot;
  return toHtml.stringify(hast);
}
