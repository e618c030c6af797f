/**
 * A what-changed page: what changed in one published version of a notice since the version before
 * it, in words (not a text diff) and in the page's language, with the `changes:` entries the author
 * wrote, in the layout of the notice pages.
 */
import { posix } from 'node:path';
import type { BlockContent, Root } from 'mdast';
import { fill, formatDate } from '../compose/format.js';
import { nameIn } from '../compose/party-name.js';
import { heading, link, p } from '../compose/mdast.js';
import { renderHtmlBody } from '../render/html.js';
import { loadLayouts } from '../render/layout.js';
import type { Register } from '../types.js';
import { VERSION } from '../version.js';
import { changeBlocks, fillInline, logBlocks } from './change-tree.js';
import { changeWords } from './change-words.js';
import { assetLinks } from './assets.js';
import { alternateLinks, alternates as languageVersions } from './hreflang.js';
import { absolute, feedsFrom, noticePath, phrasesOrThrow, siteTitle, type SiteContext } from './pages.js';
import type { VersionChanges } from './version-changes.js';
import { whatChangedPath } from './what-changed-links.js';

/** The page of one version (which must have a version before it) in one language. */
export async function renderWhatChanged(register: Register, version: VersionChanges, lang: string, context: SiteContext): Promise<string> {
  const t = phrasesOrThrow(lang);
  const words = changeWords(lang);
  const id = register.id;
  const here = whatChangedPath(lang, id, version.updated);
  const href = (target: string): string => posix.relative(posix.dirname(here), target);
  const title = fill(words.pageTitle, { register: register.name[lang] ?? id, date: formatDate(version.updated, t) });
  const layouts = loadLayouts(context.config.templates);
  return layouts.notice({
    lang,
    title,
    description: `${title} — ${nameIn(register.controller, lang)}`,
    version: VERSION,
    css: layouts.css,
    // The stylesheet and icon as files: the page works under a strict Content-Security-Policy.
    ...assetLinks(here),
    siteTitle: siteTitle(context, t),
    canonical: absolute(context, here),
    hreflang: alternateLinks(languageVersions(context.languages, (l) => whatChangedPath(l, id, version.updated)), here, (path) => absolute(context, path)),
    homeHref: href(`${lang}/index.html`),
    alternates: context.languages.length > 1 ? context.languages.map((l) => ({ lang: l, name: phrasesOrThrow(l).languageName, href: href(whatChangedPath(l, id, version.updated)), current: l === lang })) : [],
    feeds: feedsFrom(context, [lang], here),
    labels: { skip: t.site.skip, otherLanguages: t.labels.otherLanguages },
    footer: t.site.footer,
    bodyTop: await renderHtmlBody(whatChangedTree(register, version, lang, title, href)),
    bodyRest: '',
    downloads: [],
    history: [],
  });
}

function whatChangedTree(register: Register, version: VersionChanges, lang: string, title: string, href: (path: string) => string): Root {
  const t = phrasesOrThrow(lang);
  const words = changeWords(lang);
  const versionPage = (updated: string): string => href(noticePath(lang, register.id, updated === register.updated ? undefined : updated));
  const dated = (updated: string) => link(versionPage(updated), formatDate(updated, t));
  const children: BlockContent[] = [heading(1, undefined, title), p(...fillInline(words.compared, { date: dated(version.updated), previous: dated(version.previous ?? '') }))];
  const log = logBlocks(version.log, lang);
  if (log.length) children.push(heading(2, undefined, words.description), ...log);
  children.push(...changeBlocks(version.changes, words, (label) => heading(2, undefined, label)));
  return { type: 'root', children };
}
