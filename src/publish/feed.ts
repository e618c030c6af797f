/**
 * The change feed: an Atom 1.0 feed (RFC 4287) per language, `<lang>/feed.xml`, with an entry for
 * every published version of every notice: its date, the `changes:` entries written for it, and
 * what changed since the version before, material changes marked (a `category` and the title).
 *
 * Links are absolute when the base URL is known. Without one they are relative to the feed's own
 * address (its folder, `<lang>/`), which is what readers resolve them against (RFC 3986 §5.1.3);
 * no `xml:base` is written then, as there is no address to give it. The feed's `updated` is its
 * newest entry's, so the same site gives the same bytes.
 */
import { posix } from 'node:path';
import type { BlockContent, Root } from 'mdast';
import { fill, formatDate } from '../compose/format.js';
import { link, p, strong } from '../compose/mdast.js';
import { renderHtmlBody } from '../render/html.js';
import { VERSION } from '../version.js';
import { changeBlocks, logBlocks } from './change-tree.js';
import { changeWords } from './change-words.js';
import { entryId, feedId } from './feed-id.js';
import { feedPath, feedTitle } from './feed-links.js';
import { absolute, noticePath, phrasesOrThrow, siteTitle, type IndexEntry, type SiteContext } from './pages.js';
import type { Outputs, SiteWriter } from './site-writer.js';
import { isMaterial, type VersionChanges } from './version-changes.js';
import { whatChangedPath } from './what-changed-links.js';
import { element, escapeXml } from './xml.js';

/** What a register gives the feed: its line in the index and its versions. */
export interface FeedSource {
  index: IndexEntry;
  changes: readonly VersionChanges[];
}

interface Entry {
  index: IndexEntry;
  version: VersionChanges;
}

/** A feed with no entry (no notice published) still needs a date: the start of Unix time. */
const NO_DATE = '1970-01-01';

export async function writeFeeds(sources: readonly FeedSource[], context: SiteContext, writer: SiteWriter, outputs: Outputs): Promise<void> {
  for (const lang of context.languages) await writer.write(feedPath(lang), await renderFeed(sources, lang, context), outputs);
}

/** The feed of one language: newest versions first, and of one day by the register's id. */
export async function renderFeed(sources: readonly FeedSource[], lang: string, context: SiteContext): Promise<string> {
  const site = siteTitle(context, phrasesOrThrow(lang));
  const entries: Entry[] = sources.flatMap((s) => s.changes.map((version) => ({ index: s.index, version })));
  entries.sort((a, b) => (a.version.updated === b.version.updated ? (a.index.id < b.index.id ? -1 : 1) : a.version.updated < b.version.updated ? 1 : -1));
  const url = (path: string): string => absolute(context, path) ?? posix.relative(lang, path);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(lang)}">`,
    `  ${element('id', {}, feedId(site, lang))}`,
    `  ${element('title', {}, feedTitle(lang, site))}`,
    `  ${element('subtitle', {}, changeWords(lang).feedSubtitle)}`,
    `  ${element('updated', {}, atomDate(entries[0]?.version.updated ?? NO_DATE))}`,
    `  <author>${element('name', {}, site)}</author>`,
    `  ${element('link', { rel: 'self', type: 'application/atom+xml', href: url(feedPath(lang)) })}`,
    `  ${element('link', { rel: 'alternate', type: 'text/html', href: url(`${lang}/index.html`) })}`,
    `  ${element('generator', { version: VERSION }, 'Seloste')}`,
  ];
  for (const entry of entries) lines.push(await entryXml(entry, lang, site, url));
  lines.push('</feed>', '');
  return lines.join('\n');
}

async function entryXml({ index, version }: Entry, lang: string, site: string, url: (path: string) => string): Promise<string> {
  const t = phrasesOrThrow(lang);
  const words = changeWords(lang);
  const title = fill(words.entryTitle, { register: index.name[lang] ?? index.id, date: formatDate(version.updated, t) }) + (isMaterial(version) ? words.entryMaterial : '');
  const author = index.controllerNames?.[lang]?.trim() || index.controller;
  const page = noticePath(lang, index.id, version.updated === index.updated ? undefined : version.updated);
  const changesPage = version.previous === undefined ? undefined : url(whatChangedPath(lang, index.id, version.updated));
  const lines = [
    '  <entry>',
    `    ${element('id', {}, entryId(site, lang, index.id, version.updated))}`,
    `    ${element('title', {}, title)}`,
    `    ${element('updated', {}, atomDate(version.updated))}`,
    ...(author ? [`    <author>${element('name', {}, author)}</author>`] : []),
    `    ${element('link', { rel: 'alternate', type: 'text/html', href: url(page) })}`,
    ...(changesPage ? [`    ${element('link', { rel: 'related', type: 'text/html', href: changesPage, title: words.seeChanges })}`] : []),
    ...(isMaterial(version) ? [`    ${element('category', { term: 'material', label: words.materialCategory })}`] : []),
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
function atomDate(date: string): string {
  return `${date}T00:00:00Z`;
}
