/**
 * All walking of the YAML syntax tree lives here. Positions stay offsets until a diagnostic is made.
 */
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node, Scalar } from 'yaml';

const require = createRequire(import.meta.url);
let yamlModule: typeof import('yaml') | undefined;

/**
 * The `yaml` library, loaded on first use: most registers are read by the fast parser and never
 * need a syntax tree, so a run that reports nothing does not pay for loading it.
 */
export function yamlLib(): typeof import('yaml') {
  return (yamlModule ??= require('yaml') as typeof import('yaml'));
}

export function newLineCounter(): LineCounter {
  return new (yamlLib().LineCounter)();
}

export const MAX_ALIAS_COUNT = 100;

export type PathSegment = string | number;

export interface Located {
  /** The value node at the path (aliases followed). */
  node: Node;
  /** The key node when the last segment is a map key. */
  key?: Node;
}

export function parseYaml(text: string, lineCounter: LineCounter): Document.Parsed {
  return yamlLib().parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    stringKeys: true,
    keepSourceTokens: false,
  });
}

function resolveAlias(doc: Document, node: unknown, seen = 0): Node | undefined {
  let current = node;
  let hops = seen;
  while (yamlLib().isAlias(current)) {
    if (hops++ > MAX_ALIAS_COUNT) return undefined;
    current = current.resolve(doc);
  }
  return (current ?? undefined) as Node | undefined;
}

/** The node at a JSON path, following aliases; the nearest existing ancestor when the path runs out. */
export function locate(doc: Document, path: readonly PathSegment[]): Located & { depth: number } {
  let node = resolveAlias(doc, doc.contents);
  let key: Node | undefined;
  let depth = 0;
  if (!node) return { node: doc.contents as Node, depth };
  for (const segment of path) {
    let next: Node | undefined;
    let nextKey: Node | undefined;
    if (yamlLib().isMap(node)) {
      for (const pair of node.items) {
        const k = pair.key;
        const name = yamlLib().isScalar(k) ? String(k.value) : k;
        if (name === String(segment)) {
          nextKey = k as Node;
          next = resolveAlias(doc, pair.value) ?? (k as Node);
          break;
        }
      }
    } else if (yamlLib().isSeq(node) && typeof segment === 'number') {
      next = resolveAlias(doc, node.items[segment]);
    }
    if (!next) break;
    node = next;
    key = nextKey;
    depth++;
  }
  return key ? { node, key, depth } : { node, depth };
}

/** Start and end offsets of a node. */
export function rangeOf(node: Node | undefined): [number, number] {
  const range = node?.range;
  if (!range) return [0, 0];
  return [range[0], range[1]];
}

/** The source text of a scalar as written (e.g. `00530` for a postal code YAML read as a number). */
export function scalarSource(node: Node | undefined): string | undefined {
  if (!yamlLib().isScalar(node)) return undefined;
  const scalar = node as Scalar & { source?: string };
  return typeof scalar.source === 'string' ? scalar.source : undefined;
}

export function isPlainScalar(node: Node | undefined): boolean {
  return yamlLib().isScalar(node) && (node.type === yamlLib().Scalar.PLAIN || node.type === undefined);
}

/** Keys of the map at a path, in order. */
export function keysAt(doc: Document, path: readonly PathSegment[]): string[] {
  const { node, depth } = locate(doc, path);
  if (depth !== path.length || !yamlLib().isMap(node)) return [];
  return node.items.filter((p) => yamlLib().isPair(p)).map((p) => (yamlLib().isScalar(p.key) ? String(p.key.value) : ''));
}


/**
 * The comments of a YAML text with their character ranges. Comments are not part of the data, so
 * they are read from the text's tokens; a `#` inside a quoted or block scalar is not a comment.
 */
export function commentsOf(text: string): { range: [number, number]; text: string }[] {
  const { Lexer, CST } = yamlLib();
  const out: { range: [number, number]; text: string }[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'comment') out.push({ range: [offset, offset + token.length], text: token });
    // These tokens are the lexer's own markers, not characters of the text.
    if (type !== 'doc-mode' && type !== 'flow-error-end' && type !== 'scalar') offset += token.length;
  }
  return out;
}

/**
 * The first alias at which the document, with its aliases expanded, grows past `limit` characters:
 * the size of the text plus, for each alias, the size of what it stands for (its scalars' text and
 * map keys, nested aliases included). Aliases share one value in memory, but every format writes
 * each copy out. Undefined when the expanded document stays within the limit.
 */
export function aliasPastSize(doc: Document, textLength: number, limit: number): { range: [number, number]; size: number } | undefined {
  const lib = yamlLib();
  const sizes = new Map<unknown, number>();
  const sizeOf = (node: unknown, depth: number): number => {
    if (depth > MAX_ALIAS_COUNT) return limit + 1;
    if (lib.isAlias(node)) return sizeOf(node.resolve(doc), depth + 1);
    if (lib.isScalar(node)) return String(node.value ?? '').length;
    if (lib.isPair(node)) return sizeOf(node.key, depth) + sizeOf(node.value, depth);
    if (!lib.isCollection(node)) return 0;
    let size = sizes.get(node);
    if (size === undefined) {
      size = 0;
      for (const item of node.items) size = Math.min(limit + 1, size + sizeOf(item, depth + 1));
      sizes.set(node, size);
    }
    return size;
  };
  let total = textLength;
  let found: { range: [number, number]; size: number } | undefined;
  lib.visit(doc, {
    Alias(_, alias) {
      total += sizeOf(alias.resolve(doc), 0);
      if (total <= limit) return undefined;
      found = { range: rangeOf(alias), size: total };
      return lib.visit.BREAK;
    },
  });
  return found;
}

/** Where the text of a node ends, comments and blank lines after it left out (a block collection ends with its last value). */
function contentEnd(node: unknown): number | undefined {
  const lib = yamlLib();
  if ((lib.isMap(node) || lib.isSeq(node)) && !node.flow && node.items.length) {
    const last = node.items[node.items.length - 1];
    return lib.isPair(last) ? (contentEnd(last.value) ?? contentEnd(last.key)) : contentEnd(last);
  }
  return lib.isNode(node) ? node.range?.[1] : undefined;
}

/**
 * Where a key added at the end of the block map at a path goes: the start of the line after the
 * map's last value, and the column its keys are indented to. Undefined for a flow map (`{…}`), an
 * empty one or anything else, where no line can be added.
 */
export function appendPoint(doc: Document, text: string, path: readonly PathSegment[]): { offset: number; indent: number } | undefined {
  const { node, depth } = locate(doc, path);
  const lib = yamlLib();
  if (depth !== path.length || !lib.isMap(node) || node.flow || !node.items.length) return undefined;
  const first = node.items[0]!.key;
  const end = contentEnd(node);
  if (!lib.isNode(first) || !first.range || end === undefined) return undefined;
  const indent = first.range[0] - (text.lastIndexOf('\n', first.range[0] - 1) + 1);
  if (text[end - 1] === '\n') return { offset: end, indent };
  const newline = text.indexOf('\n', end);
  return { offset: newline === -1 ? text.length : newline + 1, indent };
}

/** The index of the item of the list at a path whose text starts at an offset. */
export function itemStartingAt(doc: Document, path: readonly PathSegment[], offset: number): number | undefined {
  const { node, depth } = locate(doc, path);
  if (depth !== path.length || !yamlLib().isSeq(node)) return undefined;
  const index = node.items.findIndex((item) => yamlLib().isNode(item) && item.range?.[0] === offset);
  return index === -1 ? undefined : index;
}

/** A text written as one YAML scalar on a line: plain where YAML reads it back as that text (`consent`), quoted otherwise (`"true"`). */
export function scalarText(value: string): string {
  return yamlLib().stringify(value, { lineWidth: 0 }).trimEnd();
}

/**
 * The path of the innermost node whose text holds an offset: a key stands for its value, and an
 * offset between the nodes of a collection stands for the collection. `[]` is the document itself.
 */
export function pathAtOffset(doc: Document, offset: number): PathSegment[] {
  const lib = yamlLib();
  const path: PathSegment[] = [];
  const holds = (node: unknown): boolean => lib.isNode(node) && node.range !== undefined && node.range !== null && node.range[0] <= offset && offset < Math.max(node.range[1], node.range[0] + 1);
  let node: unknown = doc.contents;
  for (let depth = 0; depth < 1000; depth++) {
    let next: unknown;
    if (lib.isMap(node)) {
      // At the start of a block map is the map itself (a finding about it points at its first line).
      if (node.range?.[0] === offset) return path;
      for (const pair of node.items) {
        if (!lib.isScalar(pair.key) || !(holds(pair.key) || holds(pair.value))) continue;
        path.push(String(pair.key.value));
        next = pair.value;
        break;
      }
    } else if (lib.isSeq(node)) {
      const index = node.items.findIndex((item) => holds(item));
      if (index !== -1) {
        path.push(index);
        next = node.items[index];
      }
    }
    if (next === undefined || !(lib.isMap(next) || lib.isSeq(next))) return path;
    node = next;
  }
  return path;
}
