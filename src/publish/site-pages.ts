/**
 * The pages of the site as a whole: an index per language, the front page and the sitemap, with the
 * stylesheet and the icon every page links to. They depend on the list of registers and pages only:
 * when that is as at the last build, they are taken over.
 */
import { loadLayouts } from '../render/layout.js';
import { writeAssets } from './assets.js';
import type { CacheData } from './cache.js';
import { hash } from './cache.js';
import { writeFeeds } from './feed.js';
import type { BuildPlan } from './plan.js';
import { renderFrontPage, renderIndex, type SiteContext } from './pages.js';
import type { Contribution } from './render-register.js';
import type { Outputs, SiteWriter } from './site-writer.js';
import { sitemap } from './sitemap.js';

export async function writeSitePages(
  contributions: readonly Contribution[],
  context: SiteContext,
  siteBanner: string | undefined,
  plan: BuildPlan,
  writer: SiteWriter,
): Promise<CacheData['site']> {
  const entries = contributions.map((c) => c.index);
  const pages = contributions.flatMap((c) => c.pages);
  // The change feeds are made of the registers' entries.
  const feeds = contributions.map((c) => ({ id: c.index.id, feed: c.feed }));
  const key = hash(plan.global, JSON.stringify(entries), JSON.stringify(pages), siteBanner ?? '', JSON.stringify(feeds));
  const outputs: Outputs = {};
  const before = plan.previous?.site;
  if (before && before.key === key && plan.site.allIntact(before.outputs)) {
    writer.take(before.outputs, outputs);
    return { key, outputs };
  }
  const indexContext: SiteContext = siteBanner ? { ...context, banner: siteBanner } : context;
  for (const lang of context.languages) {
    await writer.write(`${lang}/index.html`, renderIndex(entries, lang, indexContext), outputs);
    pages.push(`${lang}/index.html`);
  }
  await writeFeeds(feeds, context, writer, outputs);
  await writer.write('index.html', renderFrontPage(indexContext), outputs);
  await writeAssets(loadLayouts(context.config.templates), writer, outputs);
  pages.push('index.html');
  const map = sitemap(pages, entries, context);
  if (map) await writer.write('sitemap.xml', map, outputs);
  return { key, outputs };
}
