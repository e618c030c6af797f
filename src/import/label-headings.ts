/**
 * Parts of a notice set as plain paragraphs, not headings: a page that styles "<p class="smalltitle">Rekisterin
 * ylläpitäjä</p>" as a title over each part, with no heading that names a part anywhere. Such a paragraph is
 * the heading of what follows it.
 */
import type { Block } from './document/block.js';
import { classifyHeading } from './headings.js';
import { roleAtStart } from './recognise/contact-labels.js';
import { holdsContact } from './recognise/contact-spans.js';

/** Words that deny what a sentence says. */
const NEGATION = /(?<!\p{L})(?:ei|emme|eikä|eivät|not|never|no|don't|inte|aldrig|ej|ingen|inga)(?!\p{L})/iu;

/** Headings that name a part of a notice; a title ("Tietosuojaseloste") names none. */
function namesPart(text: string): boolean {
  const kinds = classifyHeading(text);
  return kinds.length > 0 && kinds[0] !== 'title';
}

/**
 * A paragraph of one short line, without a sentence's end or a colon, that names a part of a notice; not a role with a
 * name after it ("Tietosuojavastaava Maija Meikäläinen") or a contact detail. A colon may end it where a list follows,
 * the list of that part ("Henkilötietojasi vastaanottavat:", "We keep your personal details:").
 */
function isLabel(block: Block, next?: Block): boolean {
  const led = next?.kind === 'list' && /\p{L}\s*:$/u.test(block.text.trim());
  // A lead-in that denies ("Tietoja ei luovuteta seuraaville:", "We never share your data with:") names no part: its list is what is not done.
  if (led && NEGATION.test(block.text)) return false;
  const text = led ? block.text.trim().replace(/\s*:$/u, '') : block.text.trim();
  if (block.kind !== 'paragraph' || block.lines.length !== 1 || text.length > 60 || /[.,;!]$|:/u.test(text) || !namesPart(text)) return false;
  const role = roleAtStart(text);
  return (role === undefined || role.end >= text.length) && !holdsContact(text);
}

/**
 * The blocks, each paragraph that labels a part a heading (style `loose`), where no heading names a part and at least
 * two paragraphs do, each over text of its own; otherwise the blocks as they are.
 */
export function labelHeadings(blocks: readonly Block[]): Block[] {
  if (blocks.some((b) => b.kind === 'heading' && namesPart(b.text))) return [...blocks];
  const labels = blocks.filter((b, i) => isLabel(b, blocks[i + 1]) && blocks[i + 1] !== undefined && !isLabel(blocks[i + 1]!, blocks[i + 2]));
  if (labels.length < 2) return [...blocks];
  return blocks.map((b) => (labels.includes(b) ? { ...b, kind: 'heading', level: 2, style: 'loose' } : b));
}
