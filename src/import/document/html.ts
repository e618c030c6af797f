/** A saved web page or an HTML fragment as blocks; scripts, styles and comments are dropped. */
import { clean, table, treeLines, treeList, withoutNumber, type Block, type ListItem } from './block.js';
import { columnParts, namesColumns } from './column-table.js';
import { isKnownHeading } from '../headings.js';
import { htmlTokens } from './html-tokens.js';
import { asBullets, bulletLines, readPlain } from './plain.js';
import { tableCopies } from './table-copies.js';
import { headedRows, looksLikeHeader, rowText } from './table-rows.js';
import { termsAsLines } from './term-lines.js';

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bull: '•', middot: '·', euro: '€', copy: '©', reg: '®', sect: '§',
  auml: 'ä', ouml: 'ö', aring: 'å', Auml: 'Ä', Ouml: 'Ö', Aring: 'Å', uuml: 'ü', Uuml: 'Ü', eacute: 'é', Eacute: 'É', egrave: 'è', aacute: 'á',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (all, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return safeChar(parseInt(name.slice(2), 16)) ?? all;
    if (name.startsWith('#')) return safeChar(parseInt(name.slice(1), 10)) ?? all;
    return ENTITIES[name] ?? all;
  });
}

function safeChar(code: number): string | undefined {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'table', 'thead', 'tbody', 'tfoot',
  'dl', 'dt', 'dd', 'pre', 'address', 'figure', 'figcaption', 'hr', 'body', 'html', 'form', 'fieldset', 'caption',
]);

/**
 * A bold line that leads into what follows rather than heading it: it speaks ("We collect …", "Keräämme …",
 * "Vi samlar …") or points at what comes ("the following", "seuraavat", "följande").
 */
const LEAD_IN = /^(?:we|our|i|vi|vår|me|meidän|minä|jag)\s|^\p{L}+mme\s|(?<!\p{L})(?:following|below|these|seuraav\p{L}*|alla olev\p{L}*|nämä|näitä|följande|nedan|dessa)(?!\p{L})/iu;

/** A contact detail after its label, all in bold ("<p><strong>Sähköpostiosoite: info@…</strong></p>", "Postiosoite: …, 20014 Turun yliopisto"): a line of a contact block, not a heading. */
const LABELLED_DETAIL = /^[^:]{2,40}:\s*\S.*(?:@|https?:\/\/|www\.|(?<!\d)\d{5}(?!\d)|\+?\d[\d ()-]{6,}\d)/u;

/**
 * Inline elements that hold a word or a phrase of their own: two side by side with nothing between are
 * two ("<span>Y-tunnus</span><strong>3449447-8</strong>", laid out apart by the page's style), not one word.
 */
const INLINE_TAGS = new Set(['span', 'strong', 'b', 'em', 'i', 'a', 'label', 'small']);

/** A cell that only ticks its column ("x", "✓", "kyllä"): in a table with a header, it says the column's heading. */
const TICK = /^(?:x|✓|✔|☑|•|\*|\+|kyllä|ja|yes)$/iu;

/**
 * A table whose every row has three or more cells, read as a Markdown table is: its header row (marked, or a row
 * of short labels) leads into a list of the other rows. A column empty in every row is none ("Nimi | Tieto | "); a
 * cell left empty keeps the table's columns ("Cloudflare R2 | File storage | "), and a cell that ticks its column
 * ("Uutiskirje | | x | ") says the column's heading ("Uutiskirje – Suostumus").
 */
function manyColumns(grid: Grid): Block[] | undefined {
  const columns = [...new Set(grid.cells.flatMap((r) => r.flatMap((c, i) => (c ? [i] : []))))].sort((a, b) => a - b);
  if (grid.rows.length < 2 || columns.length < 3 || grid.cells.some((r) => r.length < 3)) return undefined;
  const rows = grid.cells.map((r) => columns.map((i) => r[i] ?? ''));
  const headed = grid.header || looksLikeHeader(rows[0]!.filter(Boolean));
  const named = headed ? rows.map((r, n) => (n === 0 ? r : r.map((c, i) => (TICK.test(c) && rows[0]![i] ? rows[0]![i]! : c)))) : rows;
  const texts = named.map(rowText);
  const lines = texts.filter(Boolean);
  return headed ? headedRows(texts[0], texts.slice(1), lines, grid.line) : headedRows(undefined, texts, lines, grid.line);
}

/** A table being read: its rows' cells that hold text, and each row's cells as they stand, empty ones too. */
type Grid = { rows: string[][]; cells: string[][]; parts: Block[]; header: boolean; line: number };

/** The blocks of a table: as a Markdown table (three or more columns), by its named columns, or row by row. */
function gridParts(grid: Grid): Block[] {
  const many = manyColumns(grid);
  if (many) return many;
  return grid.rows[0] && namesColumns(grid.rows[0]) ? columnParts(grid.rows, grid.line) : grid.parts;
}

/** Split the text of a `<ul>` written without `<li>`: "- one- Two - three". */
function looseItems(text: string): string[] {
  return text
    .split(/(?:^|\s)[-•*–]\s+|(?<=\p{L})-\s+(?=\p{Lu})/u)
    .map(clean)
    .filter(Boolean);
}

/**
 * The first cell of a two-column row as a heading: one short line, or a bold heading broken over up to
 * three lines ("7. Säännönmukaiset tietojen luovutukset ja / tietojen siirto EU:n … ulkopuolelle"), as
 * the old register-notice template has them; never a contact block of several lines.
 */
function headingCell(cell: string, bold: boolean): string | undefined {
  if (cell.length <= 120 && !cell.includes('\n')) return cell;
  const lines = cell.split('\n').map((l) => l.trim()).filter(Boolean);
  const joined = lines.join(' ');
  return bold && lines.length <= 3 && joined.length <= 120 && !/@|https?:|\d/u.test(joined) ? joined : undefined;
}

/** The bold text is the block's first line alone, short, and names a part of a notice ("Kontaktinformation", "Rekisterinpitäjä"). */
function boldFirstLine(boldText: string, lines: readonly string[]): boolean {
  const first = lines[0]!;
  // A sentence that goes on in lower case ("<strong>Cookies</strong>⏎are small files …") is one paragraph.
  return clean(boldText.replace(/\n/gu, ' ')) === first && first.length <= 40 && !/[.,;:]$/u.test(first) && !/^\p{Ll}/u.test(lines[1] ?? '') && isKnownHeading(first);
}

/** A company or association form: a bold line that ends on one names an organisation, not a section. */
const ORGANISATION = /(?<!\p{L})(?:Oy|Oyj|Ab|AB|Abp|ry|r\.y\.|rf|r\.f\.|Tmi|Ltd|Inc|LLC|GmbH|AG)\.?\s*$/u;

export function readHtml(page: string, firstLine = 1): Block[] {
  const html = termsAsLines(page);
  const out: Block[] = [];
  let buf = '';
  let bufStarted = false;
  let bold = 0;
  /** Line breaks since the last text: two in a row end a paragraph. */
  let breaks = 0;
  let boldText = '';
  /** The last token closed an inline element. */
  let closedInline = false;
  let mode: 'p' | 'h' | 'li' = 'p';
  let level = 1;
  let line = firstLine;
  let bufLine = firstLine;
  /** Open lists; `bold` while every item so far is bold and nothing else. */
  const lists: { items: ListItem[]; loose: string; line: number; sections?: boolean; bold?: boolean; ordered?: boolean; numbered?: boolean }[] = [];
  let row: string[] | undefined;
  let rowHeader = true;
  let cell: string | undefined;
  /** Where the text of the cell being read starts, and of each cell of the row read so far. */
  let cellLine: number | undefined;
  let rowLines: number[] = [];
  /** Whether the cell being read, and each of the row's so far, holds nothing but bold lines (headings). */
  let cellBold = true;
  let rowBold: boolean[] = [];
  let headingStyle: 'markup' | 'table' = 'markup';
  const outerTables: { grid: typeof grid; row: string[] | undefined; rowHeader: boolean; cell: string | undefined; cellLine: number | undefined; rowLines: number[]; cellBold: boolean; rowBold: boolean[] }[] = [];
  /** A top-level list whose item turned out to be a section ("<li><span>Rekisterinpitäjä</span><div>…</div></li>"), set aside until the item ends. */
  let suspended: { items: ListItem[]; loose: string; line: number; sections?: boolean } | undefined;
  let grid: Grid | undefined;
  const copies = tableCopies();

  /** Open `<main>` and `<article>` elements, and `<footer>` (and, after them, `<aside>`) elements outside them: the page's own footer. */
  let within = 0;
  let pageFooter = 0;
  /** A `<main>` or `<article>` has ended: what stands beside it after is the page's, not the notice's. */
  let ended = false;
  const emit = (block: Block) => {
    if (pageFooter > 0) block.page = true;
    // In a cell, a paragraph keeps its lines ("Esimerkki Oy<br>Katu 1<br>00100 Helsinki"), as one outside does.
    if (row && cell !== undefined) {
      cellLine ??= block.line;
      cellBold &&= block.kind === 'heading';
    }
    if (row && cell !== undefined) cell += `${cell ? '\n' : ''}${block.kind === 'list' ? treeLines(block.tree ?? []).join('\n') : block.kind === 'paragraph' ? block.lines.join('\n') : block.text}`;
    else out.push(block);
  };
  /** `atBreak`: the paragraph ends at a line break, not at its own end. */
  const flush = (atBreak = false) => {
    const text = buf.split('\n').map(clean).filter(Boolean);
    const joined = text.join(' ');
    const wasBold = boldText.trim().length > 0 && boldText.split('\n').map(clean).filter(Boolean).join(' ') === joined;
    const labelled = text.length > 1 && boldFirstLine(boldText, text);
    buf = '';
    bufStarted = false;
    boldText = '';
    if (!joined) {
      mode = mode === 'li' ? 'li' : 'p';
      return;
    }
    if (mode === 'h' && !(headingStyle === 'table' && joined.length > 120)) {
      const heading = withoutNumber(joined);
      if (heading) emit({ kind: 'heading', text: heading, lines: [joined], line: bufLine, level, style: headingStyle });
    }
    else if (mode === 'li' && lists.length) {
      const list = lists[lists.length - 1]!;
      list.items.push({ text: joined, items: [] });
      list.bold = list.bold !== false && wasBold;
    }
    else if (lists.length) lists[lists.length - 1]!.loose += ` ${text.join(' ')}`;
    // A bold paragraph of its own heads what follows, a label's colon at its end too ("<p><b>Data retention: </b></p>");
    // a bold label before a line break ("<strong>Rekisterinpitäjä:</strong><br>Esimerkki Oy") opens a block.
    else if (wasBold && joined.length <= 80 && !LABELLED_DETAIL.test(joined) && !(atBreak || LEAD_IN.test(joined) ? /[.,;:]$/u : /[.,;]$/u).test(joined)) {
      emit({ kind: 'heading', text: withoutNumber(joined), lines: [joined], line: bufLine, level: 7, style: 'markup' });
    }
    else if (mode === 'p' && !lists.length && labelled) {
      // A bold label on a line of its own that names a part, over the lines of a block ("<strong>Kontaktinformation</strong>⏎Syns Nu AB<br>…"): it heads them.
      emit({ kind: 'heading', text: text[0]!, lines: [text[0]!], line: bufLine, level: 7, style: 'markup' });
      emit({ kind: 'paragraph', text: text.slice(1).join(' '), lines: text.slice(1), line: bufLine + 1 });
    }
    // Lines that each open on a bullet ("— besvara förfrågningar<br>— administrera avtal"), under a lead-in line if it has one: a list.
    else if (mode === 'p' && bulletLines(text)) readPlain(asBullets(text), bufLine).forEach(emit);
    else emit({ kind: 'paragraph', text: joined, lines: text, line: bufLine });
    mode = 'p';
  };
  /**
   * A line break ends a paragraph of running text (not an item or a cell) where it is the second in a
   * row, or where all the paragraph holds so far is bold ("<strong>Evästeiden käyttö</strong><br>"),
   * which then heads what follows.
   */
  const paragraphEnds = (): boolean => {
    if (mode !== 'p' || lists.length || (row && cell !== undefined) || !bufStarted) return false;
    // A heading is short: a long paragraph is not compared again at each of its line breaks.
    if (breaks >= 2) return true;
    // A bold name of an organisation over its address ("<strong>Esimerkki Oy</strong><br>Katu 1") is the first line of a contact block.
    const whole = bold === 0 && boldText.length > 0 && buf.length <= 200 && clean(boldText.replace(/\n/gu, ' ')) === clean(buf.replace(/\n/gu, ' '));
    return whole && !ORGANISATION.test(boldText);
  };
  /** The item is the top-level list's first, or the list's items are sections already: one bold label elsewhere in a list is no section. */
  const labelsItems = (): boolean => lists.length === 1 && (lists[0]!.items.length === 0 || lists[0]!.sections === true);
  /** All the text so far is bold, and nothing is bold still open. */
  const boldSoFar = (): boolean => bold === 0 && boldText.trim().length > 0 && clean(boldText.replace(/\n/gu, ' ')) === clean(buf.replace(/\n/gu, ' '));
  const closeList = () => {
    flush();
    const l = lists.pop();
    if (!l) return;
    const items = [...l.items, ...looseItems(l.loose).map((text) => ({ text, items: [] }))];
    if (!items.length) return;
    const parent = lists[lists.length - 1];
    // A list nested in an item belongs to that item.
    const owner = parent?.items[parent.items.length - 1];
    const only = l.ordered && items.length === 1 && !items[0]!.items.length && l.bold === true && !l.loose.trim() ? items[0]!.text : undefined;
    // A numbered list of one bold item and nothing else, short, is a numbered part's heading ("<ol start="2"><li><strong>Rekisteröidyt</strong></li></ol>"):
    // numbered on from an earlier part, first after a heading, or naming a part; not one a paragraph leads into ("Rekisteriin tallennetaan asiakkaasta").
    const before = out[out.length - 1];
    const ledInto = /[:：]$/u.test(before?.text ?? '') || (!l.numbered && before?.kind === 'paragraph' && !isKnownHeading(only ?? ''));
    if (!parent && only && !ledInto && only.length <= 80 && !/[.,;:]$/u.test(only) && !ORGANISATION.test(only)) {
      emit({ kind: 'heading', text: withoutNumber(only) || only, lines: [only], line: l.line, level: 7, style: 'markup' });
      return;
    }
    if (owner) {
      owner.items.push(...items);
      // Text after the nested list, still in the item, is an item of its own, in its place.
      mode = 'li';
    } else if (parent) parent.items.push(...items);
    else emit(treeList(items, treeLines(items), l.line));
  };
  /** The item's short text so far heads the block that follows: the item is a section, not a list item. */
  const startSection = (tag: string, longest = 80): boolean => {
    const heading = clean(buf.replace(/\n/gu, ' '));
    if (suspended || lists.length !== 1 || !heading || heading.length > longest || /[.,;]$/u.test(heading)) return false;
    // A paragraph in an item is its own text, unless the list's items are sections or the text names a part of a notice.
    // A label that ends on a colon ("Sopimus:", "Rekisterinpitäjän lakisääteinen velvoite:") leads the item's own text.
    if (tag === 'p' && !lists[0]!.sections && (/:$/u.test(heading) || !isKnownHeading(heading))) return false;
    buf = '';
    bufStarted = false;
    boldText = '';
    suspendList();
    emit({ kind: 'heading', text: heading, lines: [heading], line: bufLine, level: 1, style: 'table' });
    mode = 'p';
    return true;
  };
  /** The top-level list's items are sections: those so far stand as a list, and the list is set aside until the item ends. */
  const suspendList = (): void => {
    const frame = lists.pop()!;
    if (frame.items.length) emit(treeList(frame.items, treeLines(frame.items), frame.line));
    suspended = { items: [], loose: '', line, sections: true };
  };
  /** A heading that opens an item of a top-level list ("<li><h3>Rekisterinpitäjä</h3><span>…</span></li>"): the item is a section. */
  const headsItem = (): boolean => mode === 'li' && lists.length === 1 && !suspended && !clean(buf.replace(/\n/gu, ' '));
  /** The end of a section item: the list it stood in goes on. */
  const endSection = (): void => {
    flush();
    if (suspended) lists.push(suspended);
    suspended = undefined;
  };
  const closeGrid = () => {
    if (grid?.rows.length && !copies.isCopy(grid.rows)) out.push(table(grid.rows, grid.header, gridParts(grid), grid.rows.map((r) => r.join(' – ').replace(/\n/gu, ' ')), grid.line));
    grid = undefined;
  };
  /** A row as the blocks recognisers read, each at the line its cell's text starts: a two-column row as a heading and its content. */
  const rowParts = (cells: string[], lines: number[], bold: boolean[]): Block[] => {
    const heading = cells.length === 2 ? headingCell(cells[0]!, bold[0]!) : undefined;
    if (heading !== undefined) {
      const [head, body] = lines as [number, number];
      return [
        { kind: 'heading', text: heading, lines: [heading], line: head, level: 1, style: 'table' },
        ...readPlain(cells[1]!.split('\n'), body).map((b) => ({ ...b, line: body })),
      ];
    }
    const text = cells.join(' – ');
    return cells.length ? [{ kind: 'paragraph', text, lines: [text], line: lines[0]! }] : [];
  };

  for (const m of htmlTokens(html)) {
    const whole = m[0];
    const name = m[3]?.toLowerCase();
    const closing = m[2] === '/';
    if (name === undefined) {
      if (whole.startsWith('<!') || whole.startsWith('<?') || m[1]) {
        line += whole.split('\n').length - 1;
        continue;
      }
      // Where the text of the block starts (past the line breaks before it); kept as a flag, as testing a long buffer again and again is slow.
      if (!bufStarted) bufLine = line + (/^\s*/u.exec(whole)![0].split('\n').length - 1);
      // Line breaks of the source are kept: notices often put one detail a line without `<br>`.
      const text = decodeEntities(whole).replace(/[^\S\n]+/gu, ' ');
      buf += text;
      bufStarted ||= /\S/u.test(text);
      if (/\S/u.test(text)) breaks = 0;
      if (bold > 0) boldText += text;
      line += whole.split('\n').length - 1;
      closedInline = false;
      continue;
    }
    line += whole.split('\n').length - 1;
    if (!closing && closedInline && INLINE_TAGS.has(name) && /\S$/u.test(buf)) buf += '\n';
    closedInline = closing && INLINE_TAGS.has(name);
    if (name === 'br') {
      breaks += 1;
      // A bold label over the item's text ("<li><strong>Rekisterinpitäjä</strong><br>Esimerkki Oy …</li>") heads it as a section.
      if (mode === 'li' && boldSoFar() && labelsItems() && startSection('p', 120)) continue;
      if (paragraphEnds()) flush(true);
      else buf += '\n';
    } else if (/^h[1-6]$/u.test(name) || name === 'dt') {
      if (!closing && name !== 'dt' && headsItem()) suspendList();
      flush();
      if (!closing) {
        mode = 'h';
        // A term of a definition list heads its definition, as a table's row heading does its cell.
        level = name === 'dt' ? 1 : Number(name.slice(1));
        headingStyle = name === 'dt' ? 'table' : 'markup';
      }
    } else if ((name === 'ul' || name === 'ol') && closing && suspended && !lists.length) {
      flush();
      suspended = undefined;
    } else if (name === 'ul' || name === 'ol') {
      if (closing) closeList();
      else if (lists.length && !lists[lists.length - 1]!.items.length && mode !== 'li') {
        // `<ul>` opened again inside a list written without `<li>`: the same list goes on.
        flush();
      } else {
        flush();
        lists.push({ items: [], loose: '', line, ordered: name === 'ol', numbered: name === 'ol' && /\bstart\s*=/iu.test(whole) });
      }
    } else if (name === 'li' && suspended && !lists.length) {
      endSection();
      if (!closing) mode = 'li';
    } else if (name === 'li') {
      flush();
      if (!closing) mode = 'li';
    } else if (name === 'strong' || name === 'b') {
      bold += closing ? -1 : 1;
      if (bold < 0) bold = 0;
    } else if (name === 'table' && !closing && row && cell !== undefined) {
      // A table in a cell: read on its own, then its rows are the cell's text.
      flush();
      outerTables.push({ grid, row, rowHeader, cell, cellLine, rowLines, cellBold, rowBold });
      grid = { rows: [], cells: [], parts: [], header: false, line };
      row = undefined;
      cell = undefined;
      cellLine = undefined;
      rowLines = [];
      rowBold = [];
    } else if (name === 'table' && closing && outerTables.length && !row) {
      flush();
      const inner = grid?.rows ?? [];
      ({ grid, row, rowHeader, cell, cellLine, rowLines, cellBold, rowBold } = outerTables.pop()!);
      cell = `${cell ?? ''}${cell ? '\n' : ''}${inner.map((r) => r.join(' – ')).join('\n')}`;
    } else if (name === 'table' && !row) {
      flush();
      if (!closing) grid ??= { rows: [], cells: [], parts: [], header: false, line };
      else closeGrid();
    } else if (name === 'tr') {
      flush();
      if (!closing) {
        row = [];
        rowLines = [];
        rowBold = [];
        rowHeader = true;
      } else if (row) {
        const kept = row.map((c, i) => ({ text: c.trim(), line: rowLines[i] ?? line, bold: rowBold[i] ?? false })).filter((c) => c.text);
        const cells = kept.map((c) => c.text);
        const all = row.map((c) => c.trim());
        row = undefined;
        if (grid && cells.length && !grid.rows.length) grid.header = rowHeader;
        if (grid && cells.length) {
          grid.rows.push(cells);
          grid.cells.push(all);
        }
        (grid ? grid.parts : out).push(...rowParts(cells, kept.map((c) => c.line), kept.map((c) => c.bold)));
      }
    } else if (name === 'td' || name === 'th') {
      flush();
      if (row) {
        if (name === 'td') rowHeader = false;
        if (closing) {
          if (cell !== undefined) {
            row.push(cell);
            rowLines.push(cellLine ?? line);
            rowBold.push(cellBold);
          }
          cell = undefined;
        } else {
          cell = '';
          cellLine = undefined;
          cellBold = true;
        }
      }
    } else if (name === 'p' && lists.length && mode !== 'li' && !closing) {
      // A paragraph after a list written without `<li>` (and without `</ul>`) ends the list.
      while (lists.length && !lists[lists.length - 1]!.items.length) closeList();
      flush();
    } else if (BLOCK_TAGS.has(name)) {
      if ((name === 'div' || name === 'p') && !closing && mode === 'li' && startSection(name)) continue;
      if (mode === 'li' && name === 'p') buf += ' ';
      else flush();
      if (name === 'main' || name === 'article') within = Math.max(0, within + (closing ? -1 : 1));
      if ((name === 'main' || name === 'article') && closing) ended = true;
      // A sidebar after the notice's article ("Artikkeleita", recent posts) is the page's, as its footer is.
      const furniture = name === 'footer' || (name === 'aside' && ended);
      if (furniture && (pageFooter > 0 || within === 0)) pageFooter = Math.max(0, pageFooter + (closing ? -1 : 1));
    }
  }
  flush();
  while (lists.length) closeList();
  closeGrid();
  return out;
}
