/**
 * The record is plain text (a spreadsheet cell, a CSV field, a line of HTML): author Markdown is read
 * as the notice reads it and reduced to its text, a link to its text and its address.
 */
import type { PhrasingContent } from 'mdast';
import { inline, toPlain } from '../compose/author-text.js';
import type { Text } from '../types.js';

function plainOf(node: PhrasingContent): string {
  if (node.type === 'link') {
    const label = node.children.map(plainOf).join('');
    return label === node.url || `mailto:${label}` === node.url ? label : `${label} (${node.url})`;
  }
  if (node.type === 'break') return '\n';
  if ('children' in node) return node.children.map((c) => plainOf(c as PhrasingContent)).join('');
  return toPlain(node);
}

/** Author text in a language as plain lines; none when it is not written in that language. */
export function plainLines(text: Text | undefined, lang: string): string[] {
  const written = text?.[lang];
  if (!written) return [];
  return inline(written)
    .map(plainOf)
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Author text in a language as one line. */
export function plainText(text: Text | undefined, lang: string): string {
  return plainLines(text, lang).join(' ');
}
