/**
 * The entries a register gives the change feed of one language, one per published version: its
 * date, the `changes:` entries written for it, and what changed since the version before, material
 * changes marked (a `category` and the title). They are made when the register is rendered and kept
 * in the build cache, so that a feed is put together from them without rendering them again.
 */
import { posix } from 'node:path';
import type { BlockContent, Root } from 'mdast';
import { fill, formatDate } from '../compose/format.js';
import { nameIn } from '../compose/party-name.js';
import { link, p, strong } from '../compose/mdast.js';
import { renderHtmlBody } from '../render/html.js';
import type { Register } from '../types.js';
import { changeBlocks, logBlocks } from './change-tree.js';
import { changeWords } from './change-words.js';
import { entryId } from './feed-id.js';
import { absolute, noticePath, phrasesOrThrow, siteTitle, type SiteContext } from './pages.js';
import { isMaterial, type VersionChanges } from './version-changes.js';
import { whatChangedPath } from './what-changed-links.js';
import { element } from './xml.js';
import type { FeedEntry } from './feed-entry-type.js';

export type { FeedEntry };

/** A link in the feed of a language: absolute under the base URL, else relative to the feed's folder. */
export function feedUrl(context: SiteContext, lang: string, path: string): string {
  return absolute(context, path) ?? posix.relative(lang, path);
}

/** A register's entries in the feed of one language, newest first. */
export async function renderFeedEntries(register: Register, versions: readonly VersionChanges[], lang: string, context: SiteContext): Promise<FeedEntry[]> {
  const out: FeedEntry[] = [];
  for (const version of versions) out.push({ updated: version.updated, xml: await entryXml(register, version, lang, context) });
  return out;
}

async function entryXml(register: Register, version: VersionChanges, lang: string, context: SiteContext): Promise<string> {
  const t = phrasesOrThrow(lang);
  const words = changeWords(lang);
  const id = register.id;
  const url = (path: string): string => feedUrl(context, lang, path);
  const material = isMaterial(version);
  const title = fill(words.entryTitle, { register: register.name[lang] ?? id, date: formatDate(version.updated, t) }) + (material ? words.entryMaterial : '');
  const author = nameIn(register.controller, lang);
  const page = noticePath(lang, id, version.updated === register.updated ? undefined : version.updated);
  const changesPage = version.previous === undefined ? undefined : url(whatChangedPath(lang, id, version.updated));
  const lines = [
    '  <entry>',
    `    ${element('id', {}, entryId(siteTitle(context, t), lang, id, version.updated))}`,
    `    ${element('title', {}, title)}`,
    `    ${element('updated', {}, atomDate(version.updated))}`,
    ...(author ? [`    <author>${element('name', {}, author)}</author>`] : []),
    `    ${element('link', { rel: 'alternate', type: 'text/html', href: url(page) })}`,
    ...(changesPage ? [`    ${element('link', { rel: 'related', type: 'text/html', href: changesPage, title: words.seeChanges })}`] : []),
    ...(material ? [`    ${element('category', { term: 'material', label: words.materialCategory })}`] : []),
    `    ${element('content', { type: 'html' }, await renderHtmlBody(contentTree(version, lang, changesPage)))}`,
    '  </entry>',
  ];
  return lines.join('\n');
}

/** An entry's content: the author's entries, then what changed (or that this is the first version), and the link to the full page. */
function contentTree(version: VersionChanges, lang: string, changesPage: string | undefined): Root {
  const words = changeWords(lang);
  const children: BlockContent[] = [...logBlocks(version.log, lang)];
  if (changesPage === undefined) children.push(p(words.firstVersion));
  else children.push(...changeBlocks(version.changes, words, (label) => p(strong(label))), p(link(changesPage, words.seeChanges)));
  return { type: 'root', children };
}

/** A date of a register as an RFC 3339 date-time (RFC 4287 §3.3), at the start of the day in UTC. */
export function atomDate(date: string): string {
  return `${date}T00:00:00Z`;
}
