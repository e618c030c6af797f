/**
 * Reading a feed as a strict XML parser does (saxes: well-formedness and namespaces, any error
 * thrown) and checking it against what Atom 1.0 (RFC 4287) requires of a feed and its entries.
 */
import { SaxesParser } from 'saxes';

export const ATOM = 'http://www.w3.org/2005/Atom';

export interface XmlElement {
  /** The local name. */
  name: string;
  /** The namespace URI. */
  uri: string;
  /** By qualified name (`xml:lang`, `href`). */
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.local, uri: tag.uri, attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])), children: [], text: '' };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(text).close();
  if (!root) throw new Error('no root element');
  return root;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name && c.uri === ATOM);
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return childrenNamed(element, name)[0];
}

/** The `link` elements of an element with a `rel` (alternate when it has none, RFC 4287 §4.2.7.2). */
export function links(element: XmlElement, rel: string): XmlElement[] {
  return childrenNamed(element, 'link').filter((l) => (l.attributes['rel'] ?? 'alternate') === rel);
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/** What a feed lacks or has wrong by RFC 4287 §4.1.1 (feed) and §4.1.2 (entry); empty when nothing. */
export function atomProblems(feed: XmlElement): string[] {
  const problems: string[] = [];
  const say = (where: string, what: string): void => void problems.push(`${where}: ${what}`);
  if (feed.name !== 'feed' || feed.uri !== ATOM) say('root', `is {${feed.uri}}${feed.name}, not an Atom feed`);
  const walk = (e: XmlElement): void => {
    if (e.uri !== ATOM) say(e.name, 'is outside the Atom namespace');
    e.children.forEach(walk);
  };
  walk(feed);
  const common = (e: XmlElement, where: string): void => {
    for (const name of ['id', 'title', 'updated']) if (childrenNamed(e, name).length !== 1) say(where, `has ${childrenNamed(e, name).length} ${name} elements, not one`);
    const id = child(e, 'id')?.text ?? '';
    if (!IRI.test(id)) say(where, `id \`${id}\` is not an IRI`);
    const updated = child(e, 'updated')?.text ?? '';
    if (!DATE_TIME.test(updated)) say(where, `updated \`${updated}\` is not an RFC 3339 date-time`);
    for (const author of childrenNamed(e, 'author')) if (!child(author, 'name')?.text.trim()) say(where, 'has an author without a name');
    for (const link of childrenNamed(e, 'link')) if (!link.attributes['href']) say(where, 'has a link without href');
    const alternates = links(e, 'alternate').map((l) => `${l.attributes['type'] ?? ''}|${l.attributes['hreflang'] ?? ''}`);
    if (new Set(alternates).size !== alternates.length) say(where, 'has two alternate links of one type and language');
  };
  common(feed, 'feed');
  if (links(feed, 'self').length !== 1) say('feed', 'has no self link');
  const entries = childrenNamed(feed, 'entry');
  const feedAuthor = childrenNamed(feed, 'author').length > 0;
  entries.forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    common(entry, where);
    if (!feedAuthor && !childrenNamed(entry, 'author').length) say(where, 'has no author, and neither has the feed');
    const content = childrenNamed(entry, 'content');
    if (content.length > 1) say(where, 'has more than one content');
    if (!content.length && !links(entry, 'alternate').length) say(where, 'has neither content nor an alternate link');
    if (content[0] && !['text', 'html', 'xhtml'].includes(content[0].attributes['type'] ?? 'text')) say(where, `content type \`${content[0].attributes['type']}\``);
  });
  const ids = entries.map((e) => child(e, 'id')?.text);
  if (new Set(ids).size !== ids.length) say('feed', 'has two entries with one id');
  return problems;
}
