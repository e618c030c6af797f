/**
 * The address a saved web page gives for itself in its head: its canonical link, or else its Open Graph
 * address (`<link rel="canonical" href="https://esimerkki.fi/tietosuoja">`, `<meta property="og:url" …>`).
 * The site it names is the controller's where the controller's e-mail is at the same domain.
 */
const CANONICAL = /<link\b(?=[^>]*\brel\s*=\s*["']?canonical\b)[^>]*\bhref\s*=\s*["']?(https?:\/\/[^"'\s>]+)/iu;
const OG_URL = /<meta\b(?=[^>]*\bproperty\s*=\s*["']?og:url\b)[^>]*\bcontent\s*=\s*["']?(https?:\/\/[^"'\s>]+)/iu;

/** The page's own address, from the head of its HTML; undefined when it gives none. */
export function pageAddress(html: string): string | undefined {
  const head = html.slice(0, Math.max(0, html.search(/<body\b/iu)) || 200_000);
  return CANONICAL.exec(head)?.[1] ?? OG_URL.exec(head)?.[1];
}
