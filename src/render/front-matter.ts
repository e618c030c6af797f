/**
 * YAML front matter for the Markdown notices, as Astro, Eleventy and Hugo read it: the page's title,
 * language, date and register id, and the other languages' notices by their paths without `.md`
 * (`en/lumo-customers`), which is the id of an Astro content entry and the page path Hugo's
 * `site.GetPage` and Eleventy's `page.filePathStem` give, below the folder the notices are copied to.
 */
import { stringify } from 'yaml';

export interface FrontMatter {
  title: string;
  lang: string;
  /** `YYYY-MM-DD`, which YAML readers take for a date. */
  updated?: string | undefined;
  id: string;
  /** Language → that language's notice, its path without `.md`. */
  translations: Record<string, string>;
}

/** The front matter block, with the blank line that ends it. */
export function frontMatter(fields: FrontMatter): string {
  const { title, lang, updated, id, translations } = fields;
  return `---\n${stringify({ title, lang, updated, id, translations }, { lineWidth: 0 })}---\n\n`;
}
