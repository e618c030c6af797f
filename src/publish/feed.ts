/**
 * The change feed: an Atom 1.0 feed (RFC 4287) per language, `<lang>/feed.xml`, made of the
 * entries each register gives it (see `feed-entry.ts`), newest first.
 *
 * Links are absolute when the base URL is known. Without one they are relative to the feed's own
 * address (its folder, `<lang>/`), which is what readers resolve them against (RFC 3986 §5.1.3);
 * no `xml:base` is written then, as there is no address to give it. The feed's `updated` is its
 * newest entry's, so the same site gives the same bytes.
 */
import { VERSION } from '../version.js';
import { changeWords } from './change-words.js';
import { atomDate, feedUrl, type FeedEntry } from './feed-entry.js';
import { feedId } from './feed-id.js';
import { feedPath, feedTitle } from './feed-links.js';
import { phrasesOrThrow, siteTitle, type SiteContext } from './pages.js';
import type { Outputs, SiteWriter } from './site-writer.js';
import { element, escapeXml } from './xml.js';

/** What a register gives the feeds: its id and its entries by language. */
export interface FeedSource {
  id: string;
  feed: Readonly<Record<string, readonly FeedEntry[]>>;
}

/** A feed with no entry (no notice published) still needs a date: the start of Unix time. */
const NO_DATE = '1970-01-01';

export async function writeFeeds(sources: readonly FeedSource[], context: SiteContext, writer: SiteWriter, outputs: Outputs): Promise<void> {
  for (const lang of context.languages) await writer.write(feedPath(lang), renderFeed(sources, lang, context), outputs);
}

/** The feed of one language: newest versions first, and of one day by the register's id. */
export function renderFeed(sources: readonly FeedSource[], lang: string, context: SiteContext): string {
  const site = siteTitle(context, phrasesOrThrow(lang));
  const entries = sources.flatMap((s) => (s.feed[lang] ?? []).map((entry) => ({ id: s.id, ...entry })));
  entries.sort((a, b) => (a.updated === b.updated ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.updated < b.updated ? 1 : -1));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(lang)}">`,
    `  ${element('id', {}, feedId(site, lang))}`,
    `  ${element('title', {}, feedTitle(lang, site))}`,
    `  ${element('subtitle', {}, changeWords(lang).feedSubtitle)}`,
    `  ${element('updated', {}, atomDate(entries[0]?.updated ?? NO_DATE))}`,
    `  <author>${element('name', {}, site)}</author>`,
    `  ${element('link', { rel: 'self', type: 'application/atom+xml', href: feedUrl(context, lang, feedPath(lang)) })}`,
    `  ${element('link', { rel: 'alternate', type: 'text/html', href: feedUrl(context, lang, `${lang}/index.html`) })}`,
    `  ${element('generator', { version: VERSION }, 'Seloste')}`,
    ...entries.map((e) => e.xml),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
