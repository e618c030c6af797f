/**
 * `sitemap.xml`, written where the site's address is known: every current page at its address,
 * with its language versions (`xhtml:link rel="alternate" hreflang`, as search engines read them)
 * and, for a notice, the date it was last updated (`lastmod`, a W3C date).
 */
import { alternates } from './hreflang.js';
import { absolute, type IndexEntry, type SiteContext } from './pages.js';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

export function sitemap(paths: readonly string[], entries: readonly IndexEntry[], context: SiteContext): string | undefined {
  if (!context.baseUrl) return undefined;
  const present = new Set(paths);
  const updated = new Map(entries.map((e) => [e.id, e.updated]));
  const url = (path: string): string => escapeXml(absolute(context, path)!);
  const urls = [...present].sort().map((path) => {
    const lines = [`    <loc>${url(path)}</loc>`];
    const lastmod = updated.get(noticeId(path) ?? '');
    if (lastmod && /^\d{4}-\d{2}-\d{2}$/.test(lastmod)) lines.push(`    <lastmod>${lastmod}</lastmod>`);
    for (const a of versionsOf(path, context.languages, present)) lines.push(`    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${url(a.path)}"/>`);
    return `  <url>\n${lines.join('\n')}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The register id of a current notice page (`fi/<id>.html`); undefined for any other page. */
function noticeId(path: string): string | undefined {
  const m = /^[^/]+\/([^/]+)\.html$/.exec(path);
  return m && m[1] !== 'index' ? m[1] : undefined;
}

/** The language versions of a page in a language folder that the site has (`<lang>/<file>`). */
function versionsOf(path: string, languages: readonly string[], present: ReadonlySet<string>) {
  const slash = path.indexOf('/');
  if (slash === -1 || !languages.includes(path.slice(0, slash))) return [];
  const file = path.slice(slash + 1);
  return alternates(
    languages.filter((lang) => present.has(`${lang}/${file}`)),
    (lang) => `${lang}/${file}`,
  );
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
