import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { replaceControls } from '../check/text-limits.js';
import { rehypeStringify, remarkRehype, unified } from '../vendor/unified.js';
import { breakAddressesInCells } from './address-breaks.js';
import { breakLongTokens } from './break-tokens.js';
import { keepReferencesTogether } from './keep-together.js';
import { labelTableCells } from './table-labels.js';

const toHast = unified().use(remarkRehype, { allowDangerousHtml: false });
const toHtml = unified().use(rehypeStringify, { allowDangerousHtml: false });

/** The notice tree as an HTML fragment (raw HTML in author text never passes, nor control characters). */
export async function renderHtmlBody(tree: Root): Promise<string> {
  const hast = (await toHast.run(structuredClone(tree))) as HastRoot;
  labelTableCells(hast);
  keepReferencesTogether(hast);
  breakAddressesInCells(hast);
  breakLongTokens(hast);
  return replaceControls(toHtml.stringify(hast));
}
