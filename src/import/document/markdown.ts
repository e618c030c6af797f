/** Markdown as blocks, through the same parser Seloste renders with. */
import type { List, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { MAX_DEPTH, countMarks, nestingDepth } from '../../check/text-limits.js';
import { remarkGfm, remarkParse, unified } from '../../vendor/unified.js';
import { isKnownHeading } from '../headings.js';
import { namesColumns } from './column-table.js';
import { clean, paragraph, table, treeList, withoutNumber, type Block, type ListItem as TreeItem } from './block.js';
import { decodeEntities, readHtml } from './html.js';
import { readText } from './tab-table.js';
import { asBullets, bulletLines, isBulletLine, readPlain } from './plain.js';
import { headedRows, rowText } from './table-rows.js';

/** Bold marks the parser could not pair, two or more against a word ("**7.1 **Holvi may share …"): marks, not words; a footnote's one ("Sähköpostiosoite**") stays. */
function unpairedBold(text: string): string {
  const marks = /(?<=\S)\*\*(?=\s|$)|(?<=^|\s)\*\*(?=\S)/gu;
  return (text.match(marks) ?? []).length >= 2 ? text.replace(marks, '') : text;
}

/**
 * A paragraph that is all bold but for a space inside its marks ("**5\\. Your rights  **", as an archive's
 * extraction writes its headings): the parser leaves the marks as text, and the words are a heading's.
 */
function literalBold(text: string): string | undefined {
  const m = /^\*\*\s*([^*]{1,80}?)\s*\*\*$/u.exec(text);
  return m && !/[.,;:]$/u.test(m[1]!) ? clean(withoutNumber(m[1]!)) : undefined;
}

function inline(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += unpairedBold(node.value);
        break;
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
        // A `<br>` written in the text breaks the line as a hard break does ("Katu 1<br/> 00100 Helsinki").
        out += /^<br\b[^>]*>$/iu.test(node.value.trim()) ? '\n' : decodeEntities(node.value.replace(/<[^>]*>/gu, ''));
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

/** The text of any node: the values of its leaves, in order. */
function plainText(node: RootContent | PhrasingContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (!('children' in node)) return '';
  return (node.children as (RootContent | PhrasingContent)[]).map(plainText).join(' ');
}

/** A list's items with their nested lists; an item's own text is its paragraphs, joined. */
function listTree(list: List): TreeItem[] {
  const out: TreeItem[] = [];
  for (const item of list.children) {
    const parts: string[] = [];
    const nested: TreeItem[] = [];
    for (const child of item.children) {
      if (child.type === 'paragraph') parts.push(clean(inline(child.children).replace(/\n/gu, ' ')));
      else if (child.type === 'list') nested.push(...listTree(child));
      // A quote, code, heading or table in an item is its text too.
      else parts.push(clean(plainText(child).replace(/\n/gu, ' ')));
    }
    const text = parts.filter(Boolean).join(' ');
    // An item with no text of its own: its nested items move up a level.
    if (text) out.push({ text, items: nested });
    else out.push(...nested);
  }
  return out;
}

/**
 * A table of two columns whose first cells mostly name parts of the notice ("Rekisterinpitäjä |
 * Esimerkki ry"), its header row too: each row a heading and its text, as an HTML table's rows are.
 */
function keyValueParts(rows: readonly string[][], line: number): Block[] | undefined {
  const filled = rows.filter((r) => r.some(Boolean));
  if (!filled.length || filled.some((r) => r.length !== 2)) return undefined;
  const named = filled.filter((r) => r[0]!.length <= 80 && isKnownHeading(r[0]!)).length;
  if (named < 2 || named * 2 < filled.length) return undefined;
  return filled.flatMap(([head, cell]): Block[] => [
    { kind: 'heading', text: head!, lines: [head!], line, level: 1, style: 'table' },
    ...(cell ? [paragraph(cell.split('\n'), line)] : []),
  ]);
}

/** A GFM table: its rows, the header row first; recognisers read the header row as a paragraph and the others as a list, or a table of parts row by row. */
function tableBlock(node: Table, lines: string[], line: number): Block | undefined {
  const rows = node.children.map((r) => r.children.map((c) => clean(inline(c.children))));
  // A header that names its columns ("Ändamål | Laglig grund") makes a table of rows, whatever its first cells look like ("Kontakt med deltagarna").
  const pairs = rows[0] && namesColumns(rows[0]) ? undefined : keyValueParts(rows, line);
  if (pairs) return table(rows, true, pairs, lines, line);
  const [head, ...body] = rows.map(rowText);
  const parts = headedRows(head, body, lines, line);
  return parts.length ? table(rows, true, parts, lines, line) : undefined;
}

/**
 * The text of a one-item numbered list that is a heading written as a number and a title
 * ("2. Rekisterin käyttötarkoitus"), as a notice pasted into Markdown has them: Markdown reads each
 * as a list starting at its number.
 */
function numberedTitle(node: RootContent): string | undefined {
  if (node.type !== 'list' || !node.ordered || node.children.length !== 1) return undefined;
  const [only] = node.children[0]!.children;
  if (node.children[0]!.children.length !== 1 || only?.type !== 'paragraph') return undefined;
  const text = clean(inline(only.children));
  if (text.length > 80 || !/^\p{Lu}/u.test(text) || /[.,;!]$/u.test(text) || /@|https?:\/\//u.test(text)) return undefined;
  return text.replace(/:$/u, '');
}

/** Numbered titles are headings in a notice that has three or more of them, or when they name a part of a notice. */
function titlesAreHeadings(nodes: readonly RootContent[]): (node: RootContent) => string | undefined {
  const many = nodes.filter((n) => numberedTitle(n) !== undefined).length >= 3;
  return (node) => {
    const title = numberedTitle(node);
    return title && (many || isKnownHeading(title)) ? title : undefined;
  };
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

/** A static site's front matter, after any blank lines: settings between `---` (YAML) or `+++` (TOML) lines. */
const FRONT_MATTER = /^(?:[ \t]*\r?\n)*(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*(?=\r?\n|$)/u;
const TITLE_SETTING = /^title\s*[:=]\s*["']?(.*?)["']?\s*$/mu;

/**
 * A static site's front matter (YAML between `---` lines, TOML between `+++` lines) is the page's
 * settings, not text of the notice: its lines are left blank, so that every line keeps its number,
 * and its title, if it has one, stands on the first as the page's heading.
 */
function withoutFrontMatter(text: string): string {
  const found = FRONT_MATTER.exec(text);
  if (!found) return text;
  const title = TITLE_SETTING.exec(found[2]!)?.[1];
  // The page's date stays on its line, as the date the page shows: "date: 2019-09-23", "lastmod = 2024-05-01" (as "lastmod: 2024-05-01").
  const lines = found[0].split('\n').map((line, i) => (i === 0 ? (title ? `# ${title}` : '') : PAGE_DATE.test(line) ? line.trim().replace(/\s*=\s*/u, ': ').replace(/["']/gu, '') : ''));
  return `${lines.join('\n')}${text.slice(found[0].length)}`;
}

/** A front matter's date of the page: `date`, `lastmod`, `last_modified_at`, `updated`, `modified`, with a date in figures. */
const PAGE_DATE = /^\s*(?:date|lastmod|last_modified_at|last_modified|updated|modified)\s*[:=]\s*["']?\d{4}-\d{2}-\d{2}/u;

/**
 * A bold or emphasised title on the first line of a paragraph, its text on the lines below ("**Dina rättigheter**⏎Du
 * har rätt …"): the title and the rest, or undefined when the paragraph opens otherwise.
 */
function leadingTitle(children: readonly PhrasingContent[]): { title: string; rest: PhrasingContent[] } | undefined {
  const [first, second] = children;
  if (!first || (first.type !== 'strong' && first.type !== 'emphasis')) return undefined;
  let rest: PhrasingContent[];
  if (second?.type === 'break') rest = children.slice(2);
  else if (second?.type === 'text' && /^[ \t]*\n/u.test(second.value)) rest = [{ ...second, value: second.value.replace(/^[ \t]*\n/u, '') }, ...children.slice(2)];
  else return undefined;
  const title = clean(inline([first]));
  if (!title || title.length > 80 || /[.,;:]$/u.test(title) || !clean(inline(rest)) || !titleLike(title)) return undefined;
  return { title, rest };
}

/** A denial: a bold line that says one ("**We do not use automated decision-making**") states, it does not head. */
const DENIES = /(?<!\p{L})(?:ei|emme|eikä|eivät|inte|ej|aldrig|not|never|no|don't|doesn't)(?!\p{L})/iu;

/**
 * A line that can head a text: not a label with its value ("**E-post: dataskydd@…**"), an address or a number, and
 * not a statement (a denial, or more than ten words that ask nothing).
 */
function titleLike(title: string): boolean {
  if (/[:@]|\/\/|\d{3}/u.test(title)) return false;
  if (title.endsWith('?')) return true;
  return !DENIES.test(title) && title.split(/\s+/u).length <= 10;
}

export function readMarkdown(original: string): Block[] {
  const text = withoutFrontMatter(original);
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
  const headingOf = titlesAreHeadings(tree.children);
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      const line = node.position?.start.line ?? 1;
      const title = headingOf(node);
      if (title) {
        out.push({ kind: 'heading', text: title, lines: linesOf(node), line, level: 2, style: 'numbered' });
        continue;
      }
      switch (node.type) {
        case 'heading': {
          const t = clean(withoutNumber(inline(node.children)));
          if (t) out.push({ kind: 'heading', text: t, lines: linesOf(node), line, level: node.depth, style: 'markup' });
          break;
        }
        case 'paragraph': {
          const only = node.children.length === 1 ? node.children[0] : undefined;
          const raw = inline(node.children);
          const lines = raw.split('\n').map(clean).filter(Boolean);
          const joined = lines.join(' ');
          if (!joined) break;
          // Lines that each open on a bullet Markdown does not know ("• create game accounts;") are a list, under a lead-in line if it has one.
          if (bulletLines(lines)) {
            out.push(...readPlain(asBullets(lines), line));
            break;
          }
          const lead = leadingTitle(node.children);
          if (lead) {
            const restLines = inline(lead.rest).split('\n').map(clean).filter(Boolean);
            out.push({ kind: 'heading', text: lead.title, lines: linesOf(node).slice(0, 1), line, level: 7, style: 'markup' });
            out.push({ kind: 'paragraph', text: restLines.join(' '), lines: restLines, line: line + 1 });
            break;
          }
          const bold = literalBold(joined);
          if (bold !== undefined || (only && (only.type === 'strong' || only.type === 'emphasis') && joined.length <= 80 && !/[.,;:]$/u.test(joined))) {
            out.push({ kind: 'heading', text: bold ?? joined, lines: linesOf(node), line, level: 7, style: 'markup' });
          } else out.push({ kind: 'paragraph', text: joined, lines, line });
          break;
        }
        case 'list': {
          const tree = listTree(node as List);
          if (tree.length) out.push(treeList(tree, linesOf(node), line));
          break;
        }
        case 'table': {
          const block = tableBlock(node as Table, linesOf(node), line);
          if (block) out.push(block);
          break;
        }
        case 'blockquote':
          walk(node.children);
          break;
        case 'html':
          out.push(...readHtml(node.value, line));
          break;
        case 'definition':
          // A link's address given apart ("[lomake]: https://…") may be the way to reach the controller.
          out.push({ kind: 'paragraph', text: `${node.label ?? node.identifier}: ${node.url}`, lines: linesOf(node), line });
          break;
        case 'footnoteDefinition':
          walk(node.children);
          break;
        case 'code': {
          // Bullets indented by the author ("    • nimi") make a code block in Markdown: they are a list.
          const raw = node.value.split('\n');
          if (raw.some((l) => l.trim()) && raw.every((l) => !l.trim() || isBulletLine(l))) {
            out.push(...readPlain(raw, node.position?.start.line ?? line));
            break;
          }
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
  const settings = settingsLines(original);
  return settings ? out.map((b) => (b.line <= settings ? { ...b, settings: true } : b)) : out;
}

/** How many lines the front matter takes: what the reader made of them (the page's title and date) is the site's, not lines of the notice. */
function settingsLines(original: string): number {
  const found = FRONT_MATTER.exec(original);
  return found ? found[0].split('\n').length : 0;
}
