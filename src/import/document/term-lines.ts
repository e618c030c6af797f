/**
 * A definition list with no definitions, its terms the lines of one block: a page that sets an address so
 * ("<dl><dt>Reilu Hallinto Oy</dt><dt>Y-tunnus</dt><dt>1782139-0</dt><dt>Kutojantie 11</dt></dl>"). Its terms are
 * lines of a paragraph, not headings each of the one after it.
 */
const DEFINITION_LIST = /<dl\b[^>]*>([\s\S]*?)<\/dl\s*>/giu;

export function termsAsLines(html: string): string {
  if (!/<dl\b/iu.test(html)) return html;
  return html.replace(DEFINITION_LIST, (whole, inner: string) =>
    /<dd\b/iu.test(inner) || /<dl\b/iu.test(inner) ? whole : `<p>${inner.replace(/<dt\b[^>]*>/giu, '').replace(/<\/dt\s*>/giu, '<br>')}</p>`,
  );
}
