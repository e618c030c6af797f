/** Small builders for the notice's Markdown tree. */
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Table, TableCell, TableRow, Text } from 'mdast';

export type Inline = PhrasingContent | string;

export function text(value: string): Text {
  return { type: 'text', value };
}

function toInline(parts: readonly Inline[]): PhrasingContent[] {
  return parts.map((p) => (typeof p === 'string' ? text(p) : p));
}

export function p(...parts: Inline[]): Paragraph {
  return { type: 'paragraph', children: toInline(parts) };
}

export function strong(...parts: Inline[]): PhrasingContent {
  return { type: 'strong', children: toInline(parts) };
}

/**
 * A label and what it labels, `**Label:** text`. The space stays outside the strong text: inside it,
 * before the closing `**`, Markdown could only write it as a character reference (`&#x20;`).
 */
export function labelled(label: string, ...parts: Inline[]): Inline[] {
  return parts.length ? [strong(`${label}:`), ' ', ...parts] : [strong(`${label}:`)];
}

export function link(url: string, ...parts: Inline[]): PhrasingContent {
  return { type: 'link', url, children: toInline(parts.length ? parts : [url]) };
}

export function heading(depth: 1 | 2 | 3 | 4, id: string | undefined, ...parts: Inline[]): Heading {
  const h: Heading = { type: 'heading', depth, children: toInline(parts) };
  if (id) h.data = { hProperties: { id } };
  return h;
}

export function li(...content: (BlockContent | Inline)[]): ListItem {
  const blocks: BlockContent[] = [];
  let inline: PhrasingContent[] = [];
  const flush = (): void => {
    if (inline.length) blocks.push({ type: 'paragraph', children: inline });
    inline = [];
  };
  for (const c of content) {
    if (typeof c === 'string') inline.push(text(c));
    else if (isBlock(c)) {
      flush();
      blocks.push(c);
    } else inline.push(c);
  }
  flush();
  return { type: 'listItem', spread: false, children: blocks };
}

function isBlock(node: BlockContent | PhrasingContent): node is BlockContent {
  return ['paragraph', 'list', 'table', 'blockquote', 'code', 'heading', 'thematicBreak', 'html'].includes(node.type);
}

export function ul(items: ListItem[]): List {
  return { type: 'list', ordered: false, spread: false, children: items };
}

export function cell(...parts: Inline[]): TableCell {
  return { type: 'tableCell', children: toInline(parts) };
}

/** `ids` are the HTML ids of the rows below the header, one each. */
export function table(header: string[], rows: PhrasingContent[][][], ids?: readonly string[]): Table {
  const row = (cells: TableCell[]): TableRow => ({ type: 'tableRow', children: cells });
  const body = rows.map((r) => row(r.map((c) => ({ type: 'tableCell', children: c }) as TableCell)));
  return {
    type: 'table',
    align: header.map(() => null),
    children: [row(header.map((h) => cell(h))), ...(ids ? body.map((r, i) => withId(r, ids[i])) : body)],
  };
}

/** The node with an HTML id, when there is one: the anchor of one fact. */
export function withId<T extends ListItem | TableRow>(node: T, id: string | undefined): T {
  if (id) node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
  return node;
}

/** Join inline parts with a separator; an empty part (a text not written in the language) is left out. */
export function joinInline(parts: PhrasingContent[][], separator: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  parts.filter((part) => part.length).forEach((part, i) => {
    if (i > 0) out.push(text(separator));
    out.push(...part);
  });
  return out;
}

/** A phrase whose `{placeholders}` are filled with inline content; a placeholder not given stays as written. */
export function fillInline(template: string, params: Record<string, PhrasingContent[]>): PhrasingContent[] {
  return template.split(/(\{\w+\})/).flatMap((part) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    if (key !== undefined && Object.hasOwn(params, key)) return params[key]!;
    return part ? [text(part)] : [];
  });
}
