/**
 * Paragraphs that each open on a bullet typed as a character ("<p>•Namn och id-nummer</p>", a page or a
 * Word file whose list has no list markup): one list, as the printed page shows it.
 */
import { list, type Block } from './block.js';

const BULLET = /^[•●▪◦‣⁃∙·\uf0b7]\s*(?=\S)/u;

/** The text of a one-line paragraph after its bullet, if it opens on one. */
function bulleted(block: Block): string | undefined {
  if (block.kind !== 'paragraph' || block.lines.length !== 1 || block.tableHeader) return undefined;
  return BULLET.test(block.text) ? block.text.replace(BULLET, '') : undefined;
}

/** Each run of two or more bulleted paragraphs as a list of their texts; every other block as it is. */
export function bulletParagraphs(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; ) {
    let end = i;
    while (end < blocks.length && bulleted(blocks[end]!) !== undefined) end++;
    if (end - i < 2) {
      out.push(blocks[i]!);
      i++;
      continue;
    }
    const run = blocks.slice(i, end);
    out.push(list(run.map((b) => bulleted(b)!), run.flatMap((b) => b.lines), run[0]!.line));
    i = end;
  }
  return out;
}
