/** A notice's own page: composed, rendered to Markdown and HTML, placed in the site's layout. */
import { posix } from 'node:path';
import { composeNotice } from '../compose/compose.js';
import { formatDate } from '../compose/format.js';
import { noticeToMdast } from '../compose/to-mdast.js';
import type { Facts } from '../resolve/facts.js';
import { renderHtmlBody } from '../render/html.js';
import { loadLayouts, scriptJson } from '../render/layout.js';
import { renderMarkdown } from '../render/markdown.js';
import { refuseInternal, type PublicRegister } from '../resolve/public-register.js';
import { VERSION } from '../version.js';
import { flowSvg } from './flow.js';
import { absolute, noticePath, phrasesOrThrow, siteTitle, type SiteContext } from './pages.js';
import { jsonLd } from './twin.js';

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
}


/** Compose and render one register in one language: Markdown, the site page and the print page. */
export async function renderNotice(register: PublicRegister, facts: Facts, lang: string, context: SiteContext, place: NoticePlace = {}): Promise<RenderedNotice> {
  refuseInternal(register);
  const t = phrasesOrThrow(lang);
  const figure = flowSvg(register, t);
  const notice = composeNotice(register, facts, t);
  const tree = noticeToMdast(notice, t);
  // Only what the build writes is made: a PDF-only build needs no Markdown.
  const markdown = context.formats.has('md') || place.archived ? renderMarkdown(tree) : '';
  const body = await renderHtmlBody(tree);
  const layouts = loadLayouts(context.config.templates);
  const id = register.id;
  const archived = place.archived ? register.updated : undefined;
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
  const history = (place.history ?? []).map((updated) => ({ label: formatDate(updated, t), href: href(noticePath(lang, id, updated)) }));
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
    canonical,
    homeHref: href(`${lang}/index.html`),
    alternates: context.languages.length > 1 ? alternates : [],
    downloads,
    history,
    archive,
    jsonLd: scriptJson(jsonLd(register, lang, canonical ?? posix.basename(here))),
    banner: context.banner,
  });
  const printHtml = context.formats.has('pdf') ? layouts.notice({ ...common, alternates: [], downloads: [], homeHref: undefined }) : '';
  return { lang, markdown, html, title: notice.title, printHtml };
}

/**
 * The page shows the data-flow picture after the first layer, before the contents; the split is at
 * the contents heading, whose id only Seloste writes (author text is escaped).
 */
function splitBody(body: string): { bodyTop: string; bodyRest: string } {
  const at = body.indexOf('<h2 id="contents">');
  return at === -1 ? { bodyTop: body, bodyRest: '' } : { bodyTop: body.slice(0, at), bodyRest: body.slice(at) };
}
