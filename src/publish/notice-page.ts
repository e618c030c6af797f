/** A notice's own page: composed, rendered to Markdown and HTML, placed in the site's layout. */
import { posix } from 'node:path';
import { composeNotice, type Notice } from '../compose/compose.js';
import type { Phrases } from '../compose/phrases/types.js';
import { formatDate } from '../compose/format.js';
import { noticeToMdast } from '../compose/to-mdast.js';
import type { Facts } from '../resolve/facts.js';
import { renderHtmlBody } from '../render/html.js';
import { loadLayouts, scriptJson } from '../render/layout.js';
import { renderMarkdown, type MarkdownOptions } from '../render/markdown.js';
import { refuseInternal, type PublicRegister } from '../resolve/public-register.js';
import { VERSION } from '../version.js';
import { assetLinks } from './assets.js';
import { flowFigure } from './flow-figure.js';
import { alternateLinks, alternates as languageVersions } from './hreflang.js';
import { absolute, feedsFrom, noticePath, phrasesOrThrow, siteTitle, type SiteContext } from './pages.js';
import { jsonLd } from './twin.js';
import { historyList, thisVersionLink } from './what-changed-links.js';

export interface RenderedNotice {
  lang: string;
  markdown: string;
  html: string;
  title: string;
  /** The HTML page for printing (no site chrome, no script). */
  printHtml: string;
}

/** Where a notice page stands in the site, and its place in the register's history. */
export interface NoticePlace {
  /** Earlier versions of the register, newest first: their `updated` dates. */
  history?: readonly string[];
  /** This page is an earlier version: its `updated` date differs from the current one. */
  archived?: boolean;
  /** This earlier version has a version before it, and so a what-changed page. */
  compared?: boolean;
}


/** Compose and render one register in one language: Markdown, the site page and the print page. */
export async function renderNotice(register: PublicRegister, facts: Facts, lang: string, context: SiteContext, place: NoticePlace = {}): Promise<RenderedNotice> {
  refuseInternal(register);
  const t = phrasesOrThrow(lang);
  const figure = flowFigure(register, t);
  const notice = versionTitled(composeNotice(register, facts, t, context.languages), place.archived ? register.updated : undefined, t);
  const tree = noticeToMdast(notice, t);
  const id = register.id;
  const archived = place.archived ? register.updated : undefined;
  // Only what the build writes is made: a PDF-only build needs no Markdown.
  const markdown = context.formats.has('md') || place.archived ? renderMarkdown(tree, markdownOptions(notice, context, archived)) : '';
  const body = await renderHtmlBody(tree);
  const layouts = loadLayouts(context.config.templates);
  const here = noticePath(lang, id, archived);
  // Links are relative, so that the site works under any sub-path.
  const href = (target: string): string => posix.relative(posix.dirname(here), target);
  const alternates = context.languages.map((l) => ({
    lang: l,
    name: phrasesOrThrow(l).languageName,
    href: href(noticePath(l, id, archived)),
    current: l === lang,
  }));
  const downloads = [];
  const fmt = (format: string): string => t.site.download.replace('{format}', format);
  const base = here.replace(/\.html$/, '');
  if (context.formats.has('pdf') && !archived) downloads.push({ label: fmt('PDF'), href: href(`${base}.pdf`), type: 'application/pdf' });
  if (context.formats.has('md')) downloads.push({ label: fmt('Markdown'), href: href(`${base}.md`), type: 'text/markdown' });
  if (context.formats.has('json') && !archived) downloads.push({ label: fmt('JSON'), href: href(`json/${id}.json`), type: 'application/json' });
  const canonical = absolute(context, here);
  const history = historyList(lang, id, place.history ?? [], href, t);
  const archive = archived
    ? { text: t.site.archived.replace('{date}', formatDate(register.updated ?? '', t)), href: href(noticePath(lang, id)), label: t.site.current }
    : undefined;
  const common = {
    lang,
    title: notice.title,
    description: `${notice.title} — ${notice.controllerName}`,
    version: VERSION,
    css: layouts.css,
    siteTitle: siteTitle(context, t),
    labels: { skip: t.site.skip, otherLanguages: t.labels.otherLanguages, downloads: t.labels.downloads, flow: t.site.flow, history: t.site.history },
    footer: t.site.footer,
    ...splitBody(body),
    figure,
  };
  const html = !context.formats.has('html') ? '' : layouts.notice({
    ...common,
    ...assetLinks(here),
    canonical,
    homeHref: href(`${lang}/index.html`),
    alternates: context.languages.length > 1 ? alternates : [],
    hreflang: alternateLinks(languageVersions(context.languages, (l) => noticePath(l, id, archived)), here, (path) => absolute(context, path)),
    downloads,
    history,
    archive,
    jsonLd: scriptJson(jsonLd(register, lang, canonical ?? posix.basename(here), context.languages)),
    banner: context.banner,
    feeds: feedsFrom(context, [lang], here),
    whatChanged: thisVersionLink(lang, id, register.updated, place.archived ? place.compared === true : history.length > 0, href),
  });
  // Printed, the figure is a group: a Figure structure element of its own would have no /Alt
  // (PDF/UA-1, 7.3), and the picture inside it is the Figure, with its text alternative.
  const printHtml = context.formats.has('pdf') ? layouts.notice({ ...common, alternates: [], downloads: [], homeHref: undefined, print: true }) : '';
  return { lang, markdown, html, title: notice.title, printHtml };
}

/** Front matter when the project asks for it: the other languages' notices by their paths without `.md`. */
function markdownOptions(notice: Notice, context: SiteContext, archived: string | undefined): MarkdownOptions {
  if (!context.config.markdownFrontMatter) return {};
  const path = (lang: string): string => noticePath(lang, notice.registerId, archived).replace(/\.html$/, '');
  const translations = Object.fromEntries(context.languages.filter((l) => l !== notice.lang).map((l) => [l, path(l)]));
  return { frontMatter: { title: notice.title, lang: notice.lang, updated: notice.updated, id: notice.registerId, translations } };
}

/** An earlier version's notice says which version it is in its title, and so in its page title and heading. */
function versionTitled(notice: Notice, updated: string | undefined, t: Phrases): Notice {
  if (updated === undefined) return notice;
  return { ...notice, title: `${notice.title} — ${t.site.version.replace('{date}', formatDate(updated, t))}` };
}

/**
 * The page shows the data-flow picture after the first layer, before the contents; the split is at
 * the contents heading, whose id only Seloste writes (author text is escaped).
 */
function splitBody(body: string): { bodyTop: string; bodyRest: string } {
  const at = body.indexOf('<h2 id="contents">');
  return at === -1 ? { bodyTop: body, bodyRest: '' } : { bodyTop: body.slice(0, at), bodyRest: body.slice(at) };
}
