/**
 * Items of a list with the item they are nested under: from the readers' tree of items, else from the
 * indentation of the original lines, and otherwise from an item that ends in a colon ("Käsittelijät:")
 * and the items after it.
 */
import { walkTree, type ListItem as TreeItem } from '../document/block.js';
import type { Unit } from '../draft/units.js';

export type ListUnit = Extract<Unit, { type: 'list' }>;

export interface ListItem {
  text: string;
  /** The items it is nested under, outermost first, without their colons. */
  parents: string[];
}

const BULLET_LINE = /^(\s*)(?:[-•*–·▪●○◦+]|\d{1,2}[.)])\s+\S/u;

/** The indentation of each item, when the original lines give one bullet line per item. */
function indents(u: ListUnit): number[] | undefined {
  const lines = u.blocks.flatMap((b) => b.lines);
  const depths = lines.map((l) => BULLET_LINE.exec(l)?.[1]?.replace(/\t/gu, '    ').length).filter((d): d is number => d !== undefined);
  if (depths.length !== u.items.length || depths.every((d) => d === depths[0])) return undefined;
  return depths;
}

/** The depth of each item of a tree, in the order of the flat view (an item before those nested in it). */
function treeDepths(tree: readonly TreeItem[]): number[] {
  return walkTree(tree).map(({ depth }) => depth);
}

/** The depths the readers' trees give, when every block of the list has one. */
function fromTrees(u: ListUnit): number[] | undefined {
  if (!u.blocks.every((b) => b.tree)) return undefined;
  const depths = u.blocks.flatMap((b) => treeDepths(b.tree!));
  return depths.length === u.items.length && depths.some((d) => d > 0) ? depths : undefined;
}

/** Depths from colons: an item ending in ':' holds the items after it, up to the next such item. */
function colonDepths(items: readonly string[]): number[] {
  let open = false;
  return items.map((item) => {
    if (/[:：]$/u.test(item)) {
      open = true;
      return 0;
    }
    return open ? 1 : 0;
  });
}

export function bare(text: string): string {
  return text.replace(/\s*[:：]$/u, '').trim();
}

/** Each item that holds no other items, with the items it sits under. */
export function listItems(u: ListUnit): ListItem[] {
  const depths = fromTrees(u) ?? indents(u) ?? colonDepths(u.items);
  const out: ListItem[] = [];
  const stack: { depth: number; text: string }[] = [];
  u.items.forEach((text, i) => {
    const depth = depths[i]!;
    while (stack.length && stack[stack.length - 1]!.depth >= depth) stack.pop();
    const next = depths[i + 1];
    if (next !== undefined && next > depth) {
      stack.push({ depth, text: bare(text) });
      return;
    }
    out.push({ text, parents: stack.map((s) => s.text) });
  });
  return out;
}

/** "Parent: child", the item as one text. */
export function itemText(item: ListItem): string {
  return [...item.parents, item.text].join(': ');
}

/** The list as Markdown, its lead-in first and nested items indented under their parents. */
export function listMarkdown(u: ListUnit): string {
  const depths = fromTrees(u) ?? indents(u) ?? colonDepths(u.items);
  const levels: number[] = [];
  const lines = u.items.map((text, i) => {
    const depth = depths[i]!;
    while (levels.length && levels[levels.length - 1]! > depth) levels.pop();
    if (!levels.length || levels[levels.length - 1]! < depth) levels.push(depth);
    return `${'  '.repeat(levels.length - 1)}- ${text}`;
  });
  return u.leadIn ? `${u.leadIn.text}\n\n${lines.join('\n')}` : lines.join('\n');
}
