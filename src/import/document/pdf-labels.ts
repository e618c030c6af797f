/**
 * A label over its text, as a definition list or a form prints: a short line ending in a colon with
 * the text under it indented ("Data file controller:" over the controller's address, "Regular
 * disclosure of information:" over its sentence). The label is a heading, as the same notice's web
 * page makes it one. Only a label that names a part of a notice counts; a lead-in ("We collect the
 * following data:", "… seuraaviin tarkoituksiin:" over its items) stays with what it leads into.
 */
import { isKnownHeading } from '../headings.js';
import type { Layout } from './pdf-layout.js';
import { BULLETS, type PdfLine } from './pdf-lines.js';

/** Words of a lead-in rather than a label: "the following", a verb ("Käsittelemme tietoja näihin tarkoituksiin:", "Rekisteröidyllä on oikeus pyytää:"). */
const LEAD_IN =
  /(?<![\p{L}])(?:seuraav\p{L}*|näihin|näitä|följande|nedan|alla|following|below|we|our|vi|du|you|on|ovat|voi|voidaan|är|har|kan|is|are|has|have|may|can)(?![\p{L}])|\p{L}+(?:mme|mma)(?![\p{L}])/iu;

/** A line that opens a list item: a bullet or a number. */
const ITEM = new RegExp(`^(?:[${BULLETS}]|[-–—](?=\\s)|(?:\\d{1,2}|[a-z])[.)]\\s)`, 'u');

/** Whether `line` is a label and `below` (the next line) is its text, indented under it. */
export function isLabelOver(line: PdfLine, below: PdfLine | undefined, layout: Layout): boolean {
  const text = line.text.trim();
  if (!below || below.marked || ITEM.test(below.text.trim()) || below.x < line.x + 0.8 * layout.body) return false;
  if (text.length > 80 || !/\p{L}[:：]$/u.test(text)) return false;
  const label = text.replace(/\s*[:：]$/u, '');
  // A label hanging left of the body text is one whatever its words; one at the margin must not lead in.
  const hangs = line.x < layout.margin - 0.8 * layout.body;
  return isKnownHeading(label) && (hangs || !LEAD_IN.test(label));
}
