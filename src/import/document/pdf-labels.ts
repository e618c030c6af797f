/**
 * A label at the left with its text indented below it ("Regular disclosure of information:" and
 * then the text, a form's layout printed to PDF): the label is a heading, as the same notice's web
 * page makes it one. Only a label that names a part of a notice counts, so that a lead-in ("We
 * collect the following data:") stays with its list.
 */
import { isKnownHeading } from '../headings.js';
import type { Layout } from './pdf-layout.js';
import type { PdfLine } from './pdf-lines.js';

/** Words of a lead-in rather than a label: "the following", a verb ("Käsittelemme tietoja näihin tarkoituksiin:", "Rekisteröidyllä on oikeus pyytää:"). */
const LEAD_IN =
  /(?<![\p{L}])(?:seuraav\p{L}*|näihin|näitä|följande|nedan|alla|following|below|we|our|vi|du|you|on|ovat|voi|voidaan|är|har|kan|is|are|has|have|may|can)(?![\p{L}])|\p{L}+(?:mme|mma)(?![\p{L}])/iu;

/** Whether `line` is a label and `below` (the next line) is indented under it. */
export function labelAbove(line: PdfLine, below: PdfLine | undefined, layout: Layout): boolean {
  const text = line.text.trim();
  if (!below || below.x <= line.x + 0.8 * layout.body || !/[:：]$/u.test(text) || text.length > 60) return false;
  const label = text.replace(/\s*[:：]$/u, '');
  return isKnownHeading(label) && !LEAD_IN.test(label);
}
