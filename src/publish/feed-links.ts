/**
 * The Atom feed of each language, `<lang>/feed.xml`, and the `<link rel="alternate">` every page of
 * that language has to it (the front page links every language's feed).
 */
import { posix } from 'node:path';
import { fill } from '../compose/format.js';
import { changeWords } from './change-words.js';

export function feedPath(lang: string): string {
  return `${lang}/feed.xml`;
}

/** A feed's title: the site's title in its language, and what the feed is. */
export function feedTitle(lang: string, site: string): string {
  return fill(changeWords(lang).feedTitle, { site });
}

export interface FeedLink {
  href: string;
  title: string;
}

/** The feeds a page at `from` (a path inside the site) links to, titled by the site's title in each language. */
export function feedLinks(languages: readonly string[], from: string, siteTitleIn: (lang: string) => string): FeedLink[] {
  return languages.map((lang) => ({ href: posix.relative(posix.dirname(from), feedPath(lang)), title: feedTitle(lang, siteTitleIn(lang)) }));
}
