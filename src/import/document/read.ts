/** An old notice as a list of blocks, whatever it was written in: plain text, Markdown or HTML. */
import type { Block, Format } from './block.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { bulletParagraphs } from './bullet-paragraphs.js';
import { numberedParagraphs } from './numbered-paragraphs.js';
import { isTable, readText } from './tab-table.js';

/** Plain text, Markdown or HTML, from what the text itself looks like. */
export function detectFormat(text: string): Format {
  const head = text.trimStart();
  if (/^<(?:!doctype html|html|head|body|\?xml)\b/iu.test(head) || /<(?:html|body|h[1-6])\b[^>]*>/iu.test(text)) return 'html';
  if (isTable(text.split(/\r?\n/u))) return 'text';
  if (head.startsWith('<') && (text.match(/<(?:p|div|ul|ol|li|table|section|article)\b/giu)?.length ?? 0) >= 3) return 'html';
  // Dashes and numbered lines are common in plain-text notices too: only Markdown's own markup counts.
  if (/^#{1,6}[ \t]+\S/mu.test(text) || /\[[^\]\n]+\]\([^)\s]+\)/u.test(text) || /^\*\*[^*\n]+\*\*\s*$/mu.test(text)) return 'markdown';
  return 'text';
}

/**
 * Read a notice into blocks. Letters written as a base letter and a combining mark ("a" and U+0308, as
 * some editors save "ä") are read as the one letter they stand for (NFC), so that words match.
 */
export function readBlocks(text: string, format: Format = detectFormat(text)): Block[] {
  const normalised = text.replace(/^\ufeff/u, '').replace(/\r\n?/gu, '\n').normalize('NFC');
  if (format === 'html') return bulletParagraphs(numberedParagraphs(readHtml(normalised)));
  if (format === 'markdown') return readMarkdown(normalised);
  return readText(normalised);
}

