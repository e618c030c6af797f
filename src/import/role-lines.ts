/**
 * A paragraph before the first heading of a part of the notice (a title may stand above it) whose
 * later lines open on a role's label, as a bold block at the top of a page keeps the title and the
 * contact lines under it: "Asiakasrekisterin tietosuojaseloste / Yritys: Esimerkki Oy, 1234567-8,
 * Katu 1, 00100 Helsinki / Yhteyshenkilö: …". Each labelled line starts a block of its own, so that
 * the outline reads it as the role's section.
 */
import type { Block } from './document/block.js';
import { classifyHeading } from './headings.js';
import { organisationLabelled, roleAtStart } from './recognise/contact-labels.js';

const opensOnLabel = (line: string): boolean => roleAtStart(line) !== undefined || organisationLabelled(line);

function split(block: Block): Block[] {
  const starts = block.lines.flatMap((l, i) => (i > 0 && opensOnLabel(l) ? [i] : []));
  if (!starts.length) return [block];
  return [0, ...starts].map((from, k) => {
    const lines = block.lines.slice(from, starts[k] ?? block.lines.length);
    return { ...block, lines, text: lines.join(' '), line: block.line + from };
  });
}

export function splitAtRoleLines(blocks: readonly Block[]): Block[] {
  const first = blocks.findIndex((b) => b.kind === 'heading' && classifyHeading(b.text).some((k) => k !== 'title'));
  const end = first === -1 ? blocks.length : first;
  return [...blocks.slice(0, end).flatMap((b) => (b.kind === 'paragraph' && b.style === undefined && b.lines.length > 1 ? split(b) : [b])), ...blocks.slice(end)];
}
