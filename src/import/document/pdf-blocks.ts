/**
 * A PDF's lines as blocks: lines run together into groups between larger gaps (or across a page
 * break, mid-sentence); a group in a larger font, or a short bold one, is a heading, and so is a
 * label over its indented text; a table of two columns is read row by row, one of more columns as
 * its header and rows (`pdf-grid.ts`); lines with bullets,
 * numbers or an indent are list items; the rest are paragraphs.
 */
import { list, paragraph, type Block, withoutNumber } from './block.js';
import { indented, measure, paragraphGap, wrapped, type Layout } from './pdf-layout.js';
import { BULLETS, type PdfLine } from './pdf-lines.js';
import { joinLines, wordsOf } from './pdf-join.js';
import { isLabelOver } from './pdf-labels.js';
import { classifyHeading } from '../headings.js';
import { isTocLine } from './plain.js';
import { pdfGrids } from './pdf-grid.js';
import { pdfTables, type Row } from './pdf-table.js';

/** A bullet; an asterisk or a dash only with a space after it ("*Google …" opens a footnote). */
const BULLET = new RegExp(`^(?:[${BULLETS.replace('*', '')}]|[-–—*](?=\\s))\\s*`, 'u');
const NUMBERED = /^(?:\d{1,2}|[a-z])[.)]\s+/u;
const COMPANY_FORM = /\b(?:Oy|Oyj|Ab|ry|rf|Ltd|Inc|GmbH|AG|AB|Ky)\b/u;

/** A line that opens an item by its bullet: written before its text, or drawn left of it. */
const bulleted = (line: PdfLine): boolean => line.marked === true || BULLET.test(line.text);

/** A paragraph running on past the page's end: body text, mid-sentence, going on in lower case or from a line filled to the edge. */
function runsOn(above: PdfLine, below: PdfLine, layout: Layout): boolean {
  const body = (l: PdfLine): boolean => Math.abs(l.size - layout.body) <= 0.5 && !l.bold;
  if (!body(above) || !body(below) || bulleted(below) || /[.!?:]$/u.test(above.text)) return false;
  return /^\p{Ll}/u.test(below.text) || (Math.abs(above.x - below.x) <= 2 && wrapped(above, below, layout));
}

/**
 * Lines of one page that are one paragraph: no more room between them than between a paragraph's lines,
 * or, where the page sets its paragraphs looser than its lists, less than two lines' room and a sentence
 * that runs on from the one to the other.
 */
function samePara(above: PdfLine, below: PdfLine, layout: Layout): boolean {
  return !paragraphGap(above, below, layout) || (above.y - below.y <= 2 * layout.body && runsOn(above, below, layout));
}

function groups(rows: readonly Row[], layout: Layout): Row[][] {
  const out: Row[][] = [];
  rows.forEach((row, i) => {
    const prev = rows[i - 1]?.line;
    const line = row.line;
    const together =
      prev !== undefined &&
      (prev.page === line.page ? samePara(prev, line, layout) : runsOn(prev, line, layout)) &&
      Math.abs(prev.size - line.size) <= 0.5 &&
      // A bold lead-in with its text right under it ("Contact information:" over the address) is one paragraph.
      (prev.bold === line.bold || (prev.bold && /[:：]$/u.test(prev.text)));
    if (together) out[out.length - 1]!.push(row);
    else out.push([row]);
  });
  return out;
}

function heading(text: string, row: Row, level: number, style: 'numbered' | 'markup'): Block {
  return { kind: 'heading', text: withoutNumber(text) || text, lines: [text], line: row.n, level, style };
}

/** A group that is a heading: by its size, by being short and bold, or by its number (when not one of a numbered list). */
function asHeading(group: readonly Row[], layout: Layout, words: ReadonlySet<string>, listed: boolean): Block | undefined {
  const first = group[0]!.line;
  const text = joinLines(group.map((r) => r.line.text), words);
  if (first.size >= layout.body * 1.15) {
    return heading(text, group[0]!, layout.headings.indexOf(Math.round(first.size * 2) / 2) + 1 || 1, 'markup');
  }
  if (text.length > 100 || /[.,;:]$/u.test(text) || text.includes(' – ') || BULLET.test(text) || first.marked || isTocLine(text)) return undefined;
  const bold = group.every((r) => r.line.bold);
  if (text.length <= 80 && bold && group.length <= 2) return heading(text, group[0]!, 7, 'markup');
  // A heading that names two parts may be long: "Tietojen säännönmukaiset luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle".
  if (!layout.headings.length && !bold && group.length === 1 && !indented(first, layout) && namesPart(text)) return { kind: 'heading', text, lines: [text], line: group[0]!.n, level: 1, style: 'loose' };
  const numbered = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\p{Lu}/u.exec(text);
  if (text.length <= 80 && numbered && group.length === 1 && !listed && !/@|https?:/u.test(text)) return heading(text, group[0]!, numbered[1]!.split('.').length, 'numbered');
  return undefined;
}

/**
 * In a PDF set in one size throughout, as a plain text printed is, a line of its own that names a part
 * of a notice ("Rekisterin nimi", "Personuppgiftsansvarig", "Data retention") is a heading; a title
 * alone ("Tietosuojaseloste") stays a line of the beginning, a label with its value ("Rekisterinpitäjä:
 * Esimerkki Oy") a line of text.
 */
function namesPart(text: string): boolean {
  if (!/^\p{Lu}/u.test(text) || text.split(/\s+/u).length > 14 || /@|https?:|www\.|\d{5}|\s(?:on|ovat|är|is|are)$|[:：]\s+\S/u.test(text)) return false;
  const kinds = classifyHeading(text);
  return !COMPANY_FORM.test(text) && kinds.length > 0 && !(kinds.length === 1 && kinds[0] === 'title');
}

function asTerm(group: readonly Row[], next: readonly Row[] | undefined, layout: Layout): Block | undefined {
  const first = group[0]!;
  if (!isLabelOver(first.line, group[1]?.line ?? next?.[0]?.line, layout)) return undefined;
  const text = first.line.text.trim();
  return { kind: 'heading', text: withoutNumber(text) || text, lines: [text], line: first.n, level: 7, style: 'markup' };
}

/** Groups split before a term that follows the text above it with no gap, back at the left of that text. */
function splitAtTerms(groups: readonly Row[][], layout: Layout): Row[][] {
  return groups.flatMap((group) => {
    const out: Row[][] = [[]];
    group.forEach((row, i) => {
      const above = group[i - 1]?.line;
      if (above && row.line.x <= above.x && isLabelOver(row.line, group[i + 1]?.line, layout)) out.push([]);
      out[out.length - 1]!.push(row);
    });
    return out;
  });
}

interface Item {
  lines: PdfLine[];
  n: number;
  bulleted: boolean;
}

/** The end of a line that leaves its sentence open: a comma, a bracket or a dash, a word that joins ("tai", "och", "of"). */
const OPEN_END = /[,(–-]$|(?<![\p{L}])(?:ja|tai|sekä|eli|kuten|esim\.|eller|och|samt|som|t\.ex\.|or|and|of|the|to|for|with|in|on|by|a|an|e\.g\.)$/iu;

const DASH_LINE = /^—\s/u;

/**
 * A dash at a line's start that goes on with a clause of the sentence above: "… eikä yksilöi kävijää" over "— se
 * laskee sivulatauksia …", lower case after it, the line above neither an item nor ended, no item open, and no
 * other line of the group opened by a dash (a run of them is a list, its items wrapped or not).
 */
function dashGoesOn(line: PdfLine, prev: PdfLine | undefined, item: Item | undefined, dashes: number): boolean {
  return !line.marked && dashes === 1 && !item && /^—\s+\p{Ll}/u.test(line.text) && prev !== undefined && !bulleted(prev) && !/[.;:!?]$/u.test(prev.text);
}

/** Whether a line opens a list item, given the item it would follow (if any) and how many lines of its group a dash opens. */
function opensItem(line: PdfLine, prev: PdfLine | undefined, item: Item | undefined, layout: Layout, numberedRun: boolean, dashes = 0): boolean {
  if (dashGoesOn(line, prev, item, dashes)) return false;
  if (bulleted(line) || (numberedRun && NUMBERED.test(line.text))) return true;
  if (!indented(line, layout)) return false;
  if (!item) return prev !== undefined && !indented(prev, layout);
  if (item.bulleted) return false;
  // Without marks, an item ends where its line ended with room to spare, or a sentence, and the next one begins anew;
  // a capital begins one too, unless the line before it broke off mid-clause ("… (esim. Duunitori tai" over "Työmarkkinatori), …").
  if (Math.abs(line.x - item.lines[0]!.x) > 2 || !wrapped(prev!, line, layout) || /[.;:!?]$/u.test(prev!.text)) return true;
  return /^\p{Lu}/u.test(line.text) && !OPEN_END.test(prev!.text);
}

/** Lines broken for want of room joined again; the lines the author broke kept apart. */
function logicalLines(lines: readonly PdfLine[], layout: Layout, words: ReadonlySet<string>): string[] {
  const out: PdfLine[][] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (prev && (/\p{L}[-\u00ad]$/u.test(prev.text) || wrapped(prev, line, layout))) out[out.length - 1]!.push(line);
    else out.push([line]);
  });
  return out.map((l) => joinLines(l.map((x) => x.text), words));
}

/** Whether a line goes on with the list item before it. */
function continuesItem(line: PdfLine, item: Item, layout: Layout): boolean {
  const start = item.lines[0]!;
  return item.bulleted ? line.x > start.x + 0.5 * layout.body || Math.abs(line.x - start.x) <= 2 : indented(line, layout);
}

/**
 * The measures of a block indented on both sides as much (a quotation, as a browser prints
 * `<blockquote>`), when the group is one: its lines start at one indent, none reaches past the page's
 * right edge less that indent, at least half of them but the last fill most of the width between, and a
 * sentence runs on from one line to the next, as running text does. Its lines broken for want of room are told by that edge, not the page's; an unmarked
 * list's items, short but for one that runs on, are no quotation.
 */
function quotation(group: readonly Row[], layout: Layout): Layout | undefined {
  const x = group[0]!.line.x;
  const right = layout.right - (x - layout.margin);
  const one = group.every((r) => Math.abs(r.line.x - x) <= 2 && r.line.right <= right + 0.5 * layout.body);
  const runOn = group.slice(0, -1);
  const filled = runOn.filter((r) => r.line.right - x >= 0.8 * (right - x)).length;
  // A sentence runs on from a line to the next, as in a paragraph; items that each end their sentence are a list.
  const goesOn = runOn.some((r) => !/[.!?:;]$/u.test(r.line.text));
  return group.length >= 2 && one && goesOn && filled > 0 && filled * 2 >= runOn.length ? { ...layout, right } : undefined;
}

/** Items and paragraphs of a group of body text; `spaced` when the group is one item of a list whose items stand apart. */
function splitGroup(group: readonly Row[], page: Layout, words: ReadonlySet<string>, listed: boolean, spaced = false): Block[] {
  const out: Block[] = [];
  const numberedRun = listed || group.filter((r) => NUMBERED.test(r.line.text)).length >= 2;
  const dashes = group.filter((r) => DASH_LINE.test(r.line.text)).length;
  // An indented group, or an indented run of lines: a list whose marks are drawn, not written.
  const allIndented = (group.length > 1 || spaced) && group.every((r) => indented(r.line, page));
  // A quotation indented on both sides is a paragraph of its own, its lines joined by its own edge.
  const quoted = allIndented && !numberedRun && !group.some((r) => bulleted(r.line)) ? quotation(group, page) : undefined;
  const layout = quoted ?? page;
  const indentList = allIndented && !quoted;
  let items: Item[] = [];
  let para: Row[] = [];
  const flushPara = (): void => {
    const lines = logicalLines(para.map((r) => r.line), layout, words);
    // A table: one paragraph a row, as the rows of an HTML table are.
    if (para.some((r) => r.line.text.includes(' – '))) out.push(...lines.map((text, i) => paragraph([text], para[0]!.n + i)));
    else if (para.length) {
      const toc = lines.filter(isTocLine).length * 2 >= lines.length;
      out.push({ kind: 'paragraph', text: joinLines(para.map((r) => r.line.text), words), lines, line: para[0]!.n, ...(toc ? { toc } : {}) });
    }
    para = [];
  };
  const flushList = (): void => {
    // One line an item, its lines broken for room joined again ("a one-" over "person company" is "a one-person company").
    const lines = items.map((i) => joinLines(i.lines.map((l) => l.text), words));
    if (items.length) out.push(list(lines.map((l) => l.replace(BULLET, '').replace(NUMBERED, '')), lines, items[0]!.n));
    items = [];
  };
  group.forEach((row, i) => {
    const line = row.line;
    const item = items[items.length - 1];
    const first = indentList && i === 0;
    if (first || opensItem(line, group[i - 1]?.line, item, layout, numberedRun, dashes)) {
      flushPara();
      items.push({ lines: [line], n: row.n, bulleted: bulleted(line) || (numberedRun && NUMBERED.test(line.text)) });
    } else if (item && continuesItem(line, item, layout)) item.lines.push(line);
    else {
      flushList();
      para.push(row);
    }
  });
  flushPara();
  flushList();
  return out;
}

/** A one-line group numbered one apart from the one beside it: items of a list spaced apart, not headings. */
function numberedItem(group: readonly Row[], beside: readonly Row[] | undefined): boolean {
  const number = (g: readonly Row[]): number => (g.length === 1 ? Number(/^(\d{1,2})[.)]\s/u.exec(g[0]!.line.text)?.[1] ?? NaN) : NaN);
  return beside !== undefined && Math.abs(number(group) - number(beside)) === 1;
}

/** Lists that follow each other (items spaced apart) as one. */
function mergeLists(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (block.kind === 'list' && last?.kind === 'list') out[out.length - 1] = list([...last.items!, ...block.items!], [...last.lines, ...block.lines], last.line);
    else out.push(block);
  }
  return out;
}

/**
 * A group of one indented line next to an indented group at the same place: an item of a list whose
 * items stand apart; or right under a paragraph at the margin that leads into it, with no stop at its
 * end: the one item of a list ("Henkilötietojen käsittelijöitä ovat" over "Netum").
 */
function spacedItem(group: readonly Row[], [before, after]: readonly (readonly Row[] | undefined)[], layout: Layout): boolean {
  const line = group[0]!.line;
  if (group.length !== 1 || !indented(line, layout)) return false;
  const list = (g: readonly Row[] | undefined): boolean => g !== undefined && Math.abs(g[0]!.line.x - line.x) <= 2 && g.every((r) => indented(r.line, layout));
  const above = before?.[before.length - 1]?.line;
  const body = above !== undefined && Math.abs(above.size - layout.body) <= 0.5 && !above.bold;
  const leadIn = body && !indented(above, layout) && above.page === line.page && !/[.!?]$/u.test(line.text);
  return list(before) || list(after) || leadIn;
}

/** Headings, paragraphs and lists of lines of text (no table among them). */
function textBlocks(rows: readonly Row[], layout: Layout, words: ReadonlySet<string>): Block[] {
  const all = splitAtTerms(groups(rows, layout), layout);
  return all.flatMap((g, i) => {
    const listed = numberedItem(g, all[i - 1]) || numberedItem(g, all[i + 1]);
    const heading = asHeading(g, layout, words, listed);
    if (heading) return heading;
    const term = asTerm(g, all[i + 1], layout);
    if (term) return [term, ...(g.length > 1 ? splitGroup(g.slice(1), layout, words, listed) : [])];
    return splitGroup(g, layout, words, listed, spacedItem(g, [all[i - 1], all[i + 1]], layout));
  });
}

/** The blocks of a PDF from its pages' lines (page numbers, headers and footers already left out). */
export function pdfBlocks(pages: readonly PdfLine[][]): Block[] {
  const layout = measure(pages);
  const rows = pages.flat().map((line, i) => ({ line, n: i + 1 }));
  const words = wordsOf(rows.map((r) => r.line.text));
  const blocks: Block[] = [];
  let from = 0;
  // A table of three columns or more first: two of its columns side by side are no table of pairs of their own.
  const grids = pdfGrids(rows, layout, () => false);
  const pairs = pdfTables(rows, layout).filter((t) => !grids.some((g) => t.start < g.end && g.start < t.end));
  for (const table of [...pairs, ...grids].sort((a, b) => a.start - b.start)) {
    blocks.push(...textBlocks(rows.slice(from, table.start), layout, words), ...table.blocks);
    from = table.end;
  }
  blocks.push(...textBlocks(rows.slice(from), layout, words));
  return mergeLists(blocks);
}
