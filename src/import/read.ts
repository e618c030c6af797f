/**
 * An old notice as a list of blocks (heading, paragraph, list), whatever it was written in: plain
 * text, Markdown or HTML.
 */
import type { List, ListItem, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { MAX_DEPTH, countMarks, nestingDepth } from '../check/text-limits.js';
import { remarkGfm, remarkParse, unified } from '../vendor/unified.js';
import { isKnownHeading } from './sections.js';

export type Format = 'text' | 'markdown' | 'html';

export interface Block {
  kind: 'heading' | 'paragraph' | 'list';
  /** Heading text without its number, paragraph text on one line, or a list's items joined. */
  text: string;
  items?: string[];
  /** The lines of the original, for keeping it in a comment. */
  lines: string[];
  /** 1-based line in the original (best effort for HTML). */
  line: number;
  /** Headings: depth, 1 the highest. */
  level?: number;
  /**
   * Headings: `table` a row heading of a two-column table, `numbered` "3 TARKOITUS", `loose` a short
   * line in a notice without numbered headings, `markup` a Markdown or HTML heading.
   */
  style?: 'table' | 'numbered' | 'loose' | 'markup';
  /** A table of contents. */
  toc?: boolean;
}

const BULLET = /^\s*(?:[-•*–·▪●○◦]|\d{1,2}[.)])\s+/u;
const DATE_LINE = /^\(?\s*(?:päivitetty|laatimispäivä|laadittu|päiväys|updated|last updated|date)?\s*:?\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\s*\)?$/iu;

function clean(s: string): string {
  return s.replace(/[\u00a0\u2007\u202f]/gu, ' ').replace(/[ \t]+/gu, ' ').trim();
}

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

/** Read a notice into blocks. */
export function readBlocks(text: string, format: Format = detectFormat(text)): Block[] {
  const normalised = text.replace(/^\ufeff/u, '').replace(/\r\n?/gu, '\n');
  if (format === 'html') return readHtml(normalised);
  if (format === 'markdown') return readMarkdown(normalised);
  return readText(normalised);
}

// ---------------------------------------------------------------- plain text

const TOC_LINE = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s*\t\s*[^\t]+\t\s*\d{1,3}\s*|[^\t]+(?:\t|\.{3,}|…+)\s*\d{1,3}\s*)$/u;
const TOC_TITLE = /^(?:sisältö|sisällys|sisällysluettelo|contents|table of contents):?$/iu;

function isTocLine(line: string): boolean {
  return line.length <= 200 && TOC_LINE.test(line);
}

/** A row of a two-column table: "Heading<TAB>content". */
function tableRow(line: string): [string, string] | undefined {
  if (/^\s/u.test(line) || isTocLine(line)) return undefined;
  const tab = line.indexOf('\t');
  if (tab <= 0) return undefined;
  const head = line.slice(0, tab).trim();
  if (!head || /^\d+$/u.test(head)) return undefined;
  return [head, line.slice(tab + 1).replace(/\t+/gu, ' ')];
}

function isTable(lines: readonly string[]): boolean {
  const rows = lines.filter((l) => tableRow(l)).length;
  const filled = lines.filter((l) => l.trim()).length;
  return rows >= 3 && rows * 2 >= filled;
}

function numberedHeading(line: string): { text: string; level: number } | undefined {
  const m = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\p{Lu}.*)$/u.exec(line.trim());
  if (!m) return undefined;
  const text = m[2]!.trim();
  if (text.length > 80 || /[.,;:!?]$/u.test(text) || /@|https?:\/\//u.test(text)) return undefined;
  return { text, level: m[1]!.split('.').length };
}

/** Two or three capitalised words: a person's name, not a heading. */
function looksLikeName(line: string): boolean {
  return /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(line);
}

function looseHeading(line: string, numberedDoc: boolean): boolean {
  const t = line.trim();
  if (!t || t.length > 80 || !/^\p{Lu}/u.test(t) || /[.,;:!?]$/u.test(t)) return false;
  if (/@|https?:\/\/|www\./u.test(t) || BULLET.test(t) || DATE_LINE.test(t) || /\d{5}/u.test(t)) return false;
  if (t.split(/\s+/u).length > 12) return false;
  const known = isKnownHeading(t);
  if (numberedDoc) return known;
  return known || !(looksLikeName(t) || /\b(?:Oy|Oyj|Ab|ry|Ltd|Inc|GmbH|AG|AB|Ky)\b/u.test(t) || /\d/u.test(t));
}

interface Group {
  line: number;
  lines: string[];
}

function groups(lines: readonly string[], first = 1): Group[] {
  const out: Group[] = [];
  let current: Group | undefined;
  lines.forEach((raw, i) => {
    if (!raw.trim()) {
      current = undefined;
      return;
    }
    if (!current) {
      current = { line: first + i, lines: [] };
      out.push(current);
    }
    current.lines.push(raw);
  });
  return out;
}

function paragraph(lines: string[], line: number): Block {
  const kept = lines.map(clean).filter(Boolean);
  return { kind: 'paragraph', text: kept.join(' '), lines: kept, line };
}

function list(items: string[], lines: string[], line: number): Block {
  return { kind: 'list', text: items.join('\n'), items, lines: lines.map(clean).filter(Boolean), line };
}

/** Paragraphs and bullet lists of a group of lines with no blank line between them. */
function splitGroup(group: Group): Block[] {
  const out: Block[] = [];
  let para: string[] = [];
  let paraLine = group.line;
  let items: string[] = [];
  let itemLines: string[] = [];
  let listLine = group.line;
  const flushPara = () => {
    if (para.length) out.push(paragraph(para, paraLine));
    para = [];
  };
  const flushList = () => {
    if (items.length) out.push(list(items, itemLines, listLine));
    items = [];
    itemLines = [];
  };
  const numberedItems = group.lines.filter((l) => /^\s*\d{1,2}[.)]\s+/u.test(l)).length >= 2;
  group.lines.forEach((raw, i) => {
    const isBullet = BULLET.test(raw) && (numberedItems || !/^\s*\d/u.test(raw));
    if (isBullet) {
      flushPara();
      if (!items.length) listLine = group.line + i;
      items.push(clean(raw.replace(BULLET, '')));
      itemLines.push(raw);
    } else if (items.length && /^\s+\S/u.test(raw)) {
      items[items.length - 1] = `${items[items.length - 1]} ${clean(raw)}`;
      itemLines.push(raw);
    } else {
      flushList();
      if (!para.length) paraLine = group.line + i;
      para.push(raw);
    }
  });
  flushPara();
  flushList();
  return out;
}

function readText(text: string): Block[] {
  const lines = text.split('\n');
  if (isTable(lines)) return readTable(lines);
  return readPlain(lines, 1);
}

function readPlain(lines: readonly string[], first: number): Block[] {
  const all = groups(lines, first);
  const numberedDoc = all.filter((g) => g.lines.length >= 1 && numberedHeading(g.lines[0]!)).length >= 3;
  const out: Block[] = [];
  all.forEach((group, gi) => {
    const firstLine = group.lines[0]!;
    // A table of contents: "Sisältö:" and "1<TAB>Rekisterinpitäjä<TAB>3" lines.
    const tocLines = group.lines.filter(isTocLine).length;
    const next = all[gi + 1];
    if (
      (tocLines >= 2 && tocLines * 2 >= group.lines.length) ||
      (group.lines.length === 1 && TOC_TITLE.test(firstLine.trim()) && next && next.lines.filter(isTocLine).length >= 2)
    ) {
      out.push({ ...paragraph(group.lines, group.line), toc: true });
      return;
    }
    const numbered = numberedHeading(firstLine);
    const last = gi === all.length - 1;
    if (numbered && (!last || group.lines.length > 1) && !(group.lines.length > 1 && BULLET.test(group.lines[1]!) && /^\s*\d/u.test(group.lines[1]!))) {
      out.push({ kind: 'heading', text: numbered.text, lines: [clean(firstLine)], line: group.line, level: numbered.level, style: 'numbered' });
      if (group.lines.length > 1) out.push(...splitGroup({ line: group.line + 1, lines: group.lines.slice(1) }));
      return;
    }
    if (!last && group.lines.length === 1 && looseHeading(firstLine, numberedDoc)) {
      out.push({ kind: 'heading', text: clean(firstLine), lines: [clean(firstLine)], line: group.line, level: numberedDoc ? 9 : 1, style: numberedDoc ? 'numbered' : 'loose' });
      return;
    }
    if (group.lines.length > 1 && isKnownHeading(firstLine) && BULLET.test(group.lines[1]!) && looseHeading(firstLine, false)) {
      out.push({ kind: 'heading', text: clean(firstLine), lines: [clean(firstLine)], line: group.line, level: numberedDoc ? 9 : 1, style: numberedDoc ? 'numbered' : 'loose' });
      out.push(...splitGroup({ line: group.line + 1, lines: group.lines.slice(1) }));
      return;
    }
    out.push(...splitGroup(group));
  });
  return out;
}

/** A two-column table in plain text: "Heading<TAB>content", content lines that go on start with a tab. */
function readTable(lines: readonly string[]): Block[] {
  const out: Block[] = [];
  const front: string[] = [];
  let row: { head: string; cell: string[]; line: number } | undefined;
  const flush = () => {
    if (!row) return;
    out.push({ kind: 'heading', text: clean(row.head), lines: [clean(row.head)], line: row.line, level: 1, style: 'table' });
    out.push(...readCell(row.cell, row.line));
    row = undefined;
  };
  lines.forEach((line, i) => {
    const cells = tableRow(line);
    if (cells) {
      flush();
      row = { head: cells[0], cell: [cells[1]], line: i + 1 };
    } else if (row) {
      if (line.trim()) row.cell.push(line.trim());
    } else front.push(line);
  });
  flush();
  return [...readPlain(front, 1), ...out];
}

/** The content of a table cell: plain text, or HTML fragments such as `<p>` and `<ul>`. */
function readCell(pieces: readonly string[], line: number): Block[] {
  let text = '';
  for (const piece of pieces) {
    if (!text) {
      text = piece;
      continue;
    }
    const bare = piece.replace(/^\s*<p\b[^>]*>\s*/iu, '');
    const ends = text.replace(/(?:\s*<\/?[a-z][^>]*>)+\s*$/iu, '');
    // A sentence broken over two rows goes on; anything else starts a new paragraph.
    if (!/[.!?:]\s*$/u.test(ends) && /^\p{Ll}/u.test(bare)) text = `${ends} ${bare}`;
    else text = `${text}\n${piece}`;
  }
  if (!text.trim()) return [];
  if (/<\/?(?:p|ul|ol|li|br|div)\b/iu.test(text)) return readHtml(text, line);
  return readPlain(text.split('\n'), line).map((b) => ({ ...b, line }));
}

// ---------------------------------------------------------------- HTML

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

/** Split the text of a `<ul>` written without `<li>`: "- one- Two - three". */
function looseItems(text: string): string[] {
  return text
    .split(/(?:^|\s)[-•*–]\s+|(?<=\p{L})-\s+(?=\p{Lu})/u)
    .map(clean)
    .filter(Boolean);
}

function readHtml(html: string, firstLine = 1): Block[] {
  const out: Block[] = [];
  const token = /<!--[\s\S]*?-->|<[!?][^>]*>|<(script|style|noscript|template|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>|[^<]+|</giu;
  let buf = '';
  let bold = 0;
  let boldText = '';
  let mode: 'p' | 'h' | 'li' = 'p';
  let level = 1;
  let line = firstLine;
  let bufLine = firstLine;
  const lists: { items: string[]; loose: string; line: number }[] = [];
  let row: string[] | undefined;
  let cell: string | undefined;

  const emit = (block: Block) => {
    if (row && cell !== undefined) cell += `${cell ? '\n' : ''}${block.kind === 'list' ? block.items!.map((i) => `- ${i}`).join('\n') : block.text}`;
    else out.push(block);
  };
  const flush = () => {
    const text = buf.split('\n').map(clean).filter(Boolean);
    const joined = text.join(' ');
    const wasBold = boldText.trim().length > 0 && boldText.split('\n').map(clean).filter(Boolean).join(' ') === joined;
    buf = '';
    boldText = '';
    if (!joined) {
      mode = mode === 'li' ? 'li' : 'p';
      return;
    }
    if (mode === 'h') {
      const heading = joined.replace(/^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+/u, '');
      if (heading) emit({ kind: 'heading', text: heading, lines: [joined], line: bufLine, level, style: 'markup' });
    }
    else if (mode === 'li' && lists.length) lists[lists.length - 1]!.items.push(joined);
    else if (lists.length) lists[lists.length - 1]!.loose += ` ${text.join(' ')}`;
    else if (wasBold && joined.length <= 80 && !/[.,;:]$/u.test(joined)) {
      emit({ kind: 'heading', text: joined.replace(/^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+/u, ''), lines: [joined], line: bufLine, level: 7, style: 'markup' });
    }
    else emit({ kind: 'paragraph', text: joined, lines: text, line: bufLine });
    mode = 'p';
  };
  const closeList = () => {
    flush();
    const l = lists.pop();
    if (!l) return;
    const items = [...l.items, ...looseItems(l.loose)];
    if (!items.length) return;
    if (lists.length) lists[lists.length - 1]!.items.push(...items);
    else emit({ kind: 'list', text: items.join('\n'), items, lines: items.map((i) => `- ${i}`), line: l.line });
  };

  for (const m of html.matchAll(token)) {
    const whole = m[0];
    const name = m[3]?.toLowerCase();
    const closing = m[2] === '/';
    if (name === undefined) {
      if (whole.startsWith('<!') || whole.startsWith('<?') || m[1]) {
        line += whole.split('\n').length - 1;
        continue;
      }
      if (!buf.trim()) bufLine = line;
      // Line breaks of the source are kept: notices often put one detail a line without `<br>`.
      const text = decodeEntities(whole).replace(/[^\S\n]+/gu, ' ');
      buf += text;
      if (bold > 0) boldText += text;
      line += whole.split('\n').length - 1;
      continue;
    }
    line += whole.split('\n').length - 1;
    if (name === 'br') {
      buf += '\n';
    } else if (/^h[1-6]$/u.test(name)) {
      flush();
      if (!closing) {
        mode = 'h';
        level = Number(name.slice(1));
      }
    } else if (name === 'ul' || name === 'ol') {
      if (closing) closeList();
      else if (lists.length && !lists[lists.length - 1]!.items.length && mode !== 'li') {
        // `<ul>` opened again inside a list written without `<li>`: the same list goes on.
        flush();
      } else {
        flush();
        lists.push({ items: [], loose: '', line });
      }
    } else if (name === 'li') {
      flush();
      if (!closing) mode = 'li';
    } else if (name === 'strong' || name === 'b') {
      bold += closing ? -1 : 1;
      if (bold < 0) bold = 0;
    } else if (name === 'tr') {
      flush();
      if (!closing) row = [];
      else if (row) {
        const cells = row.map((c) => c.trim()).filter(Boolean);
        row = undefined;
        if (cells.length === 2 && cells[0]!.length <= 120 && !cells[0]!.includes('\n')) {
          out.push({ kind: 'heading', text: cells[0]!, lines: [cells[0]!], line, level: 1, style: 'table' });
          out.push(...readPlain(cells[1]!.split('\n'), line).map((b) => ({ ...b, line })));
        } else if (cells.length) {
          const text = cells.join(' – ');
          out.push({ kind: 'paragraph', text, lines: [text], line });
        }
      }
    } else if (name === 'td' || name === 'th') {
      flush();
      if (row) {
        if (closing) {
          if (cell !== undefined) row.push(cell);
          cell = undefined;
        } else cell = '';
      }
    } else if (name === 'p' && lists.length && mode !== 'li' && !closing) {
      // A paragraph after a list written without `<li>` (and without `</ul>`) ends the list.
      while (lists.length && !lists[lists.length - 1]!.items.length) closeList();
      flush();
    } else if (BLOCK_TAGS.has(name)) {
      if (mode === 'li' && name === 'p') buf += ' ';
      else flush();
    }
  }
  flush();
  while (lists.length) closeList();
  return out;
}

// ---------------------------------------------------------------- Markdown

function inline(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'link': {
        const text = inline(node.children);
        const url = node.url.replace(/^mailto:/u, '');
        out += text.includes(url) || !/^https?:/u.test(node.url) ? text : `${text} (${node.url})`;
        break;
      }
      case 'html':
        out += decodeEntities(node.value.replace(/<[^>]*>/gu, ''));
        break;
      case 'image':
        out += node.alt ?? '';
        break;
      default:
        if ('children' in node) out += inline(node.children as PhrasingContent[]);
    }
  }
  return out;
}

function itemText(item: ListItem): { text: string; nested: string[] } {
  const parts: string[] = [];
  const nested: string[] = [];
  for (const child of item.children) {
    if (child.type === 'paragraph') parts.push(clean(inline(child.children).replace(/\n/gu, ' ')));
    else if (child.type === 'list') for (const sub of child.children) nested.push(itemText(sub).text);
  }
  return { text: parts.filter(Boolean).join(' '), nested };
}

/**
 * Limits of one paragraph (text between blank lines) that Markdown may parse: the parser takes time
 * that grows with the square of a paragraph's marks and stack that grows with its nesting. Above
 * the author-text limits, as an imported notice may hold a long list in one piece.
 */
const MAX_PARAGRAPH = 20_000;
const MAX_PARAGRAPH_MARKS = 2000;

function parsable(text: string): boolean {
  return text.split(/\n[ \t]*\n/u).every((part) => part.length <= MAX_PARAGRAPH && countMarks(part) <= MAX_PARAGRAPH_MARKS && nestingDepth(part) <= MAX_DEPTH);
}

function readMarkdown(text: string): Block[] {
  // Past the limits the notice is read as the plain text it also is.
  if (!parsable(text)) return readText(text);
  const source = text.split('\n');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
  const out: Block[] = [];
  const linesOf = (node: RootContent): string[] => {
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    if (!start || !end) return [];
    return source.slice(start - 1, end).map((l) => l.trimEnd()).filter((l) => l.trim());
  };
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      const line = node.position?.start.line ?? 1;
      switch (node.type) {
        case 'heading': {
          const t = clean(inline(node.children).replace(/^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+/u, ''));
          if (t) out.push({ kind: 'heading', text: t, lines: linesOf(node), line, level: node.depth, style: 'markup' });
          break;
        }
        case 'paragraph': {
          const only = node.children.length === 1 ? node.children[0] : undefined;
          const raw = inline(node.children);
          const lines = raw.split('\n').map(clean).filter(Boolean);
          const joined = lines.join(' ');
          if (!joined) break;
          if (only && (only.type === 'strong' || only.type === 'emphasis') && joined.length <= 80 && !/[.,;:]$/u.test(joined)) {
            out.push({ kind: 'heading', text: joined, lines: linesOf(node), line, level: 7, style: 'markup' });
          } else out.push({ kind: 'paragraph', text: joined, lines, line });
          break;
        }
        case 'list': {
          const items: string[] = [];
          for (const item of (node as List).children) {
            const { text: t, nested } = itemText(item);
            if (t) items.push(t);
            items.push(...nested);
          }
          if (items.length) out.push({ kind: 'list', text: items.join('\n'), items, lines: linesOf(node), line });
          break;
        }
        case 'table': {
          const rows = (node as Table).children.slice(1);
          const items = rows.map((r) => r.children.map((c) => clean(inline(c.children))).filter(Boolean).join(' – ')).filter(Boolean);
          if (items.length) out.push({ kind: 'list', text: items.join('\n'), items, lines: linesOf(node), line });
          break;
        }
        case 'blockquote':
          walk(node.children);
          break;
        case 'html':
          out.push(...readHtml(node.value, line));
          break;
        case 'code': {
          const lines = node.value.split('\n').map(clean).filter(Boolean);
          if (lines.length) out.push({ kind: 'paragraph', text: lines.join(' '), lines, line });
          break;
        }
        default:
          break;
      }
    }
  };
  walk(tree.children);
  return out;
}
