/**
 * Plain data written into the YAML document of a file, so that what the editor did not change stays
 * as it was written: comments, key order, quoting, blank lines and layout. Each node is compared
 * with its new value: an equal scalar is left untouched, a map keeps its pairs in order (a key that
 * disappeared is removed, a new one appended), a list keeps its items by position. Only a node whose
 * kind changed is made anew, keeping the comments around it.
 */
import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';

/** A value the editor may send: what `JSON.parse` gives. */
type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** Write `data` into `doc` in place: the root must be a map (a register or organisation file). */
export function applyData(doc: Document, data: Record<string, unknown>): void {
  const first = isMap(doc.contents) ? (doc.contents.items[0] as Pair | undefined) : undefined;
  doc.contents = sync(doc, doc.contents, data as Plain) as typeof doc.contents;
  keepHeader(doc, first);
}

/**
 * The comment above the first key of a file is the file's header (the `$schema` line, what the file
 * is): when that key goes, the header stays, above the key that is first now.
 */
function keepHeader(doc: Document, first: Pair | undefined): void {
  const header = isNode(first?.key) ? first.key.commentBefore : undefined;
  if (!header || !isMap(doc.contents) || doc.contents.items[0] === first) return;
  const next = doc.contents.items[0] as Pair | undefined;
  if (next && isNode(next.key)) next.key.commentBefore = next.key.commentBefore ? `${header}\n${next.key.commentBefore}` : header;
  else doc.commentBefore = doc.commentBefore ? `${doc.commentBefore}\n${header}` : header;
}

function sync(doc: Document, node: unknown, value: Plain): unknown {
  if (isAlias(node)) return equalData(node.resolve(doc)?.toJS(doc), value) ? node : fresh(doc, node, value);
  if (isPlainObject(value) && isMap(node)) return syncMap(doc, node.items as Pair[], value as Record<string, Plain>, node);
  if (Array.isArray(value) && isSeq(node)) return syncSeq(doc, node.items, value, node);
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    if (node.value === value) return node;
    // The same kind of value keeps its style (quotes, block scalar); another kind is written anew.
    if (typeof node.value === typeof value && value !== null && node.value !== null) {
      node.value = value;
      return node;
    }
  }
  return fresh(doc, node, value);
}

function syncMap(doc: Document, pairs: Pair[], value: Record<string, Plain>, node: Node): Node {
  const seen = new Set<string>();
  for (let i = pairs.length - 1; i >= 0; i--) {
    const pair = pairs[i]!;
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined || !Object.hasOwn(value, key) || seen.has(key)) {
      pairs.splice(i, 1);
      continue;
    }
    seen.add(key);
    pair.value = sync(doc, pair.value, value[key]!);
  }
  for (const [key, item] of Object.entries(value)) if (!seen.has(key)) pairs.push(doc.createPair(key, item) as Pair);
  return node;
}

function syncSeq(doc: Document, items: unknown[], value: Plain[], node: Node): Node {
  items.splice(value.length);
  value.forEach((item, i) => {
    items[i] = i < items.length ? sync(doc, items[i], item) : doc.createNode(item);
  });
  return node;
}

/** A node made from the value, with the comments and spacing of the node it replaces. */
function fresh(doc: Document, old: unknown, value: Plain): Node {
  const node = doc.createNode(value) as Node;
  if (isNode(old)) {
    if (old.commentBefore) node.commentBefore = old.commentBefore;
    if (old.comment) node.comment = old.comment;
    if (old.spaceBefore) node.spaceBefore = old.spaceBefore;
  }
  return node;
}

/** Deep equality of plain data (key order does not matter). */
export function equalData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => equalData(x, b[i]));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && equalData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
