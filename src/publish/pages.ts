/** The pages of the site: one per notice and language, an index per language, a front page. */
import type { Config } from '../config/config.js';
import { formatDate } from '../compose/format.js';
import { nameIn } from '../compose/party-name.js';
import { pickText } from '../compose/translation.js';
import { phrasesFor } from '../compose/phrases/index.js';
import type { Phrases } from '../compose/phrases/types.js';
import { loadLayouts } from '../render/layout.js';
import type { Text } from '../types.js';
import { VERSION } from '../version.js';
import { assetLinks } from './assets.js';
import { alternateLinks, alternates } from './hreflang.js';
import type { IndexEntry } from './index-entry.js';

export type { IndexEntry };
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

export function renderIndex(entries: readonly IndexEntry[], lang: string, context: SiteContext): string {
  const t = phrasesOrThrow(lang);
  const layouts = loadLayouts(context.config.templates);
  const named = entries.map((e) => ({ ...e, shown: pickText(e.name, lang, context.languages) }));
  const sorted = named.sort((a, b) => (a.shown?.text ?? a.id).localeCompare(b.shown?.text ?? b.id, lang) || (a.id < b.id ? -1 : 1));
  return layouts.index({
    lang,
    title: `${t.site.indexHeading} — ${siteTitle(context, t)}`,
    feeds: feedsFrom(context, [lang], `${lang}/index.html`),
    heading: t.site.indexHeading,
    intro: t.site.indexIntro,
    version: VERSION,
    css: layouts.css,
    ...assetLinks(`${lang}/index.html`),
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
    hreflang: alternateLinks(alternates(context.languages, (l) => `${l}/index.html`), `${lang}/index.html`, (path) => absolute(context, path)),
    registers: sorted.map((e) => ({
      href: `${e.id}.html`,
      name: e.shown?.text ?? e.id,
      // A name from another language is marked so, with a note (see compose/translation.ts).
      nameLang: e.shown?.fallback ? e.shown.lang : undefined,
      nameNote: e.shown?.fallback ? t.notAvailable : undefined,
      controller: nameIn({ name: e.controller, names: e.controllerNames }, lang),
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
    ...assetLinks('index.html'),
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
