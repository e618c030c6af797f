/**
 * The language versions of a page, as search engines and other tools read them: one alternate per
 * language the site is built in, and `x-default`, the first language's version, for readers whose
 * language the site does not have. A site in one language has none.
 */
import { posix } from 'node:path';

export interface Alternate {
  hreflang: string;
  /** The version's path inside the site. */
  path: string;
}

/** The alternates of a page whose version in a language is at `pathIn(lang)`. */
export function alternates(languages: readonly string[], pathIn: (lang: string) => string): Alternate[] {
  const first = languages[0];
  if (first === undefined || languages.length < 2) return [];
  return [...languages.map((lang) => ({ hreflang: lang, path: pathIn(lang) })), { hreflang: 'x-default', path: pathIn(first) }];
}

/**
 * The alternates as `<link>` targets from the page at `here`: absolute where the site's address is
 * known (`url` gives it), which is what search engines ask for; otherwise relative, so that the site
 * works under any sub-path.
 */
export function alternateLinks(list: readonly Alternate[], here: string, url: (path: string) => string | undefined): { lang: string; href: string }[] {
  return list.map((a) => ({ lang: a.hreflang, href: url(a.path) ?? posix.relative(posix.dirname(here), a.path) }));
}
