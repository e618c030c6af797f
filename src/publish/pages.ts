/** The pages of the site: one per notice and language, an index per language, a front page. */
import type { Config } from '../config/config.js';
import { formatDate } from '../compose/format.js';
import { phrasesFor } from '../compose/phrases/index.js';
import type { Phrases } from '../compose/phrases/types.js';
import { loadLayouts } from '../render/layout.js';
import type { Text } from '../types.js';
import { VERSION } from '../version.js';
import { feedLinks, type FeedLink } from './feed-links.js';

export type Format = 'html' | 'md' | 'pdf' | 'json';

export interface SiteContext {
  config: Config;
  languages: readonly string[];
  formats: ReadonlySet<Format>;
  baseUrl?: string;
  /** A message shown on every page (e.g. the check errors while previewing). */
  banner?: string;
}

export function phrasesOrThrow(lang: string): Phrases {
  const p = phrasesFor(lang);
  if (!p) throw new Error(`no phrase table for ${lang}`);
  return p;
}

export function siteTitle(context: SiteContext, t: Phrases): string {
  const title: Text | undefined = context.config.siteTitle;
  return title?.[t.lang] ?? t.site.indexHeading;
}

/** The Atom feeds in these languages, as a page at `from` links to them. */
export function feedsFrom(context: SiteContext, languages: readonly string[], from: string): FeedLink[] {
  return feedLinks(languages, from, (lang) => siteTitle(context, phrasesOrThrow(lang)));
}

export function absolute(context: SiteContext, path: string): string | undefined {
  return context.baseUrl ? new URL(path, context.baseUrl.endsWith('/') ? context.baseUrl : `${context.baseUrl}/`).href : undefined;
}

/** The path of a notice page inside the site. */
export function noticePath(lang: string, id: string, archivedUpdated?: string): string {
  return archivedUpdated ? `${lang}/history/${id}/${archivedUpdated}.html` : `${lang}/${id}.html`;
}

export interface IndexEntry {
  id: string;
  name: Text;
  controller: string;
  /** The controller's names in other languages, when it has some. */
  controllerNames?: Text;
  updated: string;
}

export function renderIndex(entries: readonly IndexEntry[], lang: string, context: SiteContext): string {
  const t = phrasesOrThrow(lang);
  const layouts = loadLayouts(context.config.templates);
  const sorted = [...entries].sort((a, b) => (a.name[lang] ?? a.id).localeCompare(b.name[lang] ?? b.id, lang) || (a.id < b.id ? -1 : 1));
  return layouts.index({
    lang,
    title: `${t.site.indexHeading} — ${siteTitle(context, t)}`,
    feeds: feedsFrom(context, [lang], `${lang}/index.html`),
    heading: t.site.indexHeading,
    intro: t.site.indexIntro,
    version: VERSION,
    css: layouts.css,
    siteTitle: siteTitle(context, t),
    canonical: absolute(context, `${lang}/index.html`),
    homeHref: '../index.html',
    labels: { skip: t.site.skip, otherLanguages: t.labels.otherLanguages, register: t.site.register, controller: t.site.controller, updated: t.updated },
    footer: t.site.footer,
    banner: context.banner,
    alternates:
      context.languages.length > 1
        ? context.languages.map((l) => ({ lang: l, name: phrasesOrThrow(l).languageName, href: `../${l}/index.html`, current: l === lang }))
        : [],
    registers: sorted.map((e) => ({
      href: `${e.id}.html`,
      name: e.name[lang] ?? e.id,
      controller: e.controllerNames?.[lang]?.trim() || e.controller,
      updated: formatDate(e.updated, t),
      updatedIso: e.updated,
    })),
  });
}

/** The front page: one link per language, each named in its own language. */
export function renderFrontPage(context: SiteContext): string {
  const first = context.languages[0] ?? 'fi';
  const t = phrasesOrThrow(first);
  const layouts = loadLayouts(context.config.templates);
  return layouts.index({
    lang: first,
    feeds: feedsFrom(context, context.languages, 'index.html'),
    title: siteTitle(context, t),
    heading: siteTitle(context, t),
    version: VERSION,
    css: layouts.css,
    siteTitle: siteTitle(context, t),
    canonical: absolute(context, 'index.html'),
    labels: { skip: t.site.skip, otherLanguages: t.labels.otherLanguages },
    footer: t.site.footer,
    banner: context.banner,
    alternates: [],
    registers: [],
    languages: context.languages.map((l) => {
      const p = phrasesOrThrow(l);
      return { lang: l, name: `${p.site.indexHeading} (${p.languageName})`, href: `${l}/index.html` };
    }),
  });
}

export function sitemap(paths: readonly string[], context: SiteContext): string | undefined {
  if (!context.baseUrl) return undefined;
  const urls = [...paths].sort().map((p) => `  <url><loc>${absolute(context, p)!.replace(/&/g, '&amp;')}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
