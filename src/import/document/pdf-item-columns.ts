/**
 * A list item laid out in columns, as a page's style sets a bold label beside its text ("– Sopimuksen
 * täytäntöönpano | – tietojen käsittely on välttämätöntä … toteuttamiseksi"): the PDF prints each
 * column's lines one under the other, so read line by line the label's words and the text's interleave.
 * The lines of such an item are read column by column, into one line.
 */
import { BULLETS, type PdfItem, type PdfLine } from './pdf-lines.js';

/** A list's mark printed as text: a bullet or a dash alone. */
const MARK = new RegExp(`^(?:[${BULLETS}]|[-–—])$`, 'u');

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 2;

interface Columns {
  /** Where the label's lines start, and where the text's. */
  label: number;
  text: number;
}

/** The columns of an item's first line: after its mark (printed, or drawn beside it), a label, then a piece a column's gap to its right. */
function columnsOf(line: PdfLine): Columns | undefined {
  const items = line.items ?? [];
  const printed = items[0] !== undefined && MARK.test(items[0].str.trim());
  if (!printed && !line.marked) return undefined;
  const label = items[printed ? 1 : 0];
  if (!label) return undefined;
  const rest = items.slice(items.indexOf(label) + 1);
  const text = rest.find((item, i) => item.x - ((rest[i - 1] ?? label).x + (rest[i - 1] ?? label).width) > 1.5 * (item.size || 1));
  return text ? { label: label.x, text: text.x } : undefined;
}

/** A line that goes on with the item's columns: close under the one before, each piece where a column starts or within the text's. */
function continues(before: PdfLine, line: PdfLine, columns: Columns): boolean {
  const items = line.items ?? [];
  if (line.page !== before.page || line.marked || !items.length || MARK.test(items[0]!.str.trim())) return false;
  const gap = before.y - line.y;
  if (gap <= 0 || gap > 2 * (line.size || 1)) return false;
  const inLabel = (i: PdfItem): boolean => near(i.x, columns.label) && i.x + i.width <= columns.text + 2;
  return items.some((i) => near(i.x, columns.label) || near(i.x, columns.text)) && items.every((i) => inLabel(i) || i.x >= columns.text - 2);
}

/** The item's lines as one: its mark, the label's words, then the text's. */
function merged(lines: readonly PdfLine[], columns: Columns): PdfLine {
  const items = lines.flatMap((l) => l.items ?? []);
  const mark = items.filter((i) => i.x < columns.label - 2);
  const label = items.filter((i) => i.x >= columns.label - 2 && i.x < columns.text - 2);
  const text = items.filter((i) => i.x >= columns.text - 2);
  const words = (pieces: readonly PdfItem[]): string => pieces.map((i) => i.str.trim()).join(' ');
  const first = lines[0]!;
  return {
    ...first,
    text: [words(mark), words(label), words(text)].filter(Boolean).join(' '),
    right: Math.max(...lines.map((l) => l.right)),
    items: [...mark, ...label, ...text],
  };
}

/** The page's lines, each item laid out in columns read as one line. */
export function itemColumns(lines: readonly PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const columns = columnsOf(lines[i]!);
    let end = i + 1;
    while (columns && end < lines.length && continues(lines[end - 1]!, lines[end]!, columns)) end++;
    out.push(columns && end - i > 1 ? merged(lines.slice(i, end), columns) : lines[i]!);
    i = end - 1;
  }
  return out;
}
