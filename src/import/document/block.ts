/** The document tree every reader produces: headings, paragraphs, lists and tables, with their source lines. */

export type Format = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

/** An item of a list, with the items of the lists nested in it. */
export interface ListItem {
  text: string;
  items: ListItem[];
}

export interface Block {
  kind: 'heading' | 'paragraph' | 'list' | 'table';
  /** Heading text without its number, paragraph text on one line, a list's items or a table's rows joined. */
  text: string;
  /** Lists: every item at every depth, parents before their children (the flat view of `tree`). */
  items?: string[];
  /** Lists: the items with their nested lists. */
  tree?: ListItem[];
  /** Tables: the rows, each a list of cells. */
  rows?: string[][];
  /** Tables: the first row is a header row. */
  header?: boolean;
  /** Paragraphs: the header row of a table, which leads into the rows after it. */
  tableHeader?: boolean;
  /**
   * Tables: the same content in the shapes recognisers read: a two-column table as a heading and
   * its content per row, another table as paragraphs or a list. `outline` reads these.
   */
  parts?: Block[];
  /** The lines of the original, for keeping it in a comment. */
  lines: string[];
  /** 1-based line in the original (best effort for HTML). */
  line: number;
  /** Headings: depth, 1 the highest. */
  level?: number;
  /**
   * Headings: `table` a row heading of a two-column table, `numbered` "3 TARKOITUS", `loose` a short
   * line in a notice without numbered headings, `markup` a Markdown or HTML heading (Word's through HTML), or a PDF's line set larger or in bold.
   */
  style?: 'table' | 'numbered' | 'loose' | 'markup';
  /** A table of contents. */
  toc?: boolean;
  /** The options of a filled-in form left unticked in this block, or in the blocks after it that held nothing else: kept, never read. */
  unticked?: string[];
  /** Part of the page around the notice (a web page's footer), not of the notice's last section. */
  page?: true;
  /** From the page's settings (a static site's front matter: its title, its date), not a line of the notice's own text. */
  settings?: true;
}

/** A heading without the number it is given ("3.", "2.1"): Seloste numbers the sections itself. */
export function withoutNumber(heading: string): string {
  // A number set in an element of its own touches the words: "<span>1</span>Rekisterinpitäjä". A part of a section
  // has a letter after its number: "1a. Rekisterin ylläpitäjä".
  return heading.replace(/^\s*\d{1,2}(?:[a-z](?=\.))?(?:\.\d{1,2})*\.?(?:\s+|(?=\p{Lu}\p{Ll}))/u, '');
}

/** One line of text: no-break spaces as spaces, runs of blanks as one. */
export function clean(s: string): string {
  return s.replace(/[\u00a0\u2007\u202f]/gu, ' ').replace(/[ \t]+/gu, ' ').trim();
}

export function paragraph(lines: string[], line: number): Block {
  const kept = lines.map(clean).filter(Boolean);
  return { kind: 'paragraph', text: kept.join(' '), lines: kept, line };
}

export function list(items: string[], lines: string[], line: number): Block {
  return { kind: 'list', text: items.join('\n'), items, lines: lines.map(clean).filter(Boolean), line };
}

/** Every item of a tree with its depth, parents before their children; walked without recursion, so that no nesting is too deep. */
export function walkTree(tree: readonly ListItem[]): { item: ListItem; depth: number }[] {
  const out: { item: ListItem; depth: number }[] = [];
  const stack = [...tree].reverse().map((item) => ({ item, depth: 0 }));
  while (stack.length) {
    const next = stack.pop()!;
    out.push(next);
    for (let i = next.item.items.length - 1; i >= 0; i--) stack.push({ item: next.item.items[i]!, depth: next.depth + 1 });
  }
  return out;
}

/** Every item of a tree, parents before their children. */
export function flatten(tree: readonly ListItem[]): string[] {
  return walkTree(tree).map(({ item }) => item.text);
}

/** The lines a block's details stand on: a list's top items, another block's lines. */
export function detailLines(block: Block): readonly string[] {
  return block.kind === 'list' ? (block.items ?? []) : block.lines;
}

/** The items of a list block, at every depth. */
export function flatItems(block: Block): string[] {
  return block.tree ? flatten(block.tree) : (block.items ?? []);
}

/** Indentation shown for at most this many levels: deeper items line up with the last. */
const SHOWN_DEPTH = 12;

/** The tree as Markdown-like lines, nested items indented. */
export function treeLines(tree: readonly ListItem[]): string[] {
  return walkTree(tree).map(({ item, depth }) => `${'  '.repeat(Math.min(depth, SHOWN_DEPTH))}- ${item.text}`);
}

/** A list block of a tree of items. */
export function treeList(tree: ListItem[], lines: string[], line: number): Block {
  const items = flatten(tree);
  return { kind: 'list', text: items.join('\n'), items, tree, lines: lines.map((l) => l.trimEnd()).filter((l) => l.trim()), line };
}

/** A table block: its rows, and the blocks recognisers read in its place. */
export function table(rows: string[][], header: boolean, parts: Block[], lines: string[], line: number): Block {
  const text = rows.map((r) => r.join(' – ')).join('\n');
  return { kind: 'table', text, rows, header, parts, lines, line };
}

/** Tables replaced by the blocks recognisers read in their place. */
export function shaped(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b) => (b.kind === 'table' ? shaped(b.parts ?? []) : [b]));
}
