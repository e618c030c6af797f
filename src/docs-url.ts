/**
 * Where a diagnostic is explained: a page of `docs/rules/`, shipped with the package, or the same
 * page under the project's own `docs_base_url`. A rule or a text limit has a page of its own
 * (`transfer-mechanism` → `transfer-mechanism.md`, `text/too-long` → `text-too-long.md`); the format
 * problems share a page per family, a section each (`schema/unknown-key` → `schema.md#unknown-key`).
 */
import type { Diagnostic } from './diagnostic.js';

/** The rule pages shipped with the package: `docs/rules/` beside `src/` and `lib/`. */
export const SHIPPED_DOCS = new URL('../docs/rules/', import.meta.url).href;

/** Families of diagnostics explained on one page, a section for each diagnostic. */
export const FAMILY_PAGES: readonly string[] = ['schema', 'yaml', 'file', 'register'];

/** The page of a diagnostic, relative to the folder of the rule pages. */
export function docPage(ruleId: string): string {
  const [family, name] = ruleId.split('/', 2);
  if (name !== undefined && FAMILY_PAGES.includes(family!)) return `${family}.md#${name}`;
  return `${ruleId.replace('/', '-')}.md`;
}

/** The folder of the rule pages: the project's own address when it sets one, else the shipped pages. */
export function docsBase(configured?: string): string {
  if (!configured) return SHIPPED_DOCS;
  return configured.endsWith('/') ? configured : `${configured}/`;
}

/** The address of the page that explains a diagnostic. */
export function docUrl(ruleId: string, configured?: string): string {
  return `${docsBase(configured)}${docPage(ruleId)}`;
}

/** Point each diagnostic at its page under the project's docs address (reused ones were linked by an earlier run). */
export function linkDocs(diagnostics: Diagnostic[], configured?: string): void {
  for (const d of diagnostics) d.url = docUrl(d.ruleId, configured);
}

/**
 * A diagnostic without its address, as the build cache keeps it: the address names the folder
 * Seloste is installed in, which the site must not, and `checkPaths` links a reused one again.
 */
export function unlinked(d: Diagnostic): Diagnostic {
  const { url: _, ...rest } = d;
  return rest;
}
