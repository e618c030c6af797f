/**
 * What a diagnostic's page says of it, for a hover: the opening of a rule's page (its name, what it
 * checks, the articles it enforces), or the section of a family page (`schema.md#unknown-key`).
 * Read from the pages shipped with Seloste; links lead to the diagnostic's own address, the project's
 * `docs_base_url` when it sets one.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { docPage, SHIPPED_DOCS } from '../docs-url.js';

const pages = new Map<string, string | undefined>();

function readPage(name: string): string | undefined {
  if (!pages.has(name)) {
    try {
      pages.set(name, readFileSync(fileURLToPath(new URL(name, SHIPPED_DOCS)), 'utf8'));
    } catch {
      pages.set(name, undefined);
    }
  }
  return pages.get(name);
}

/** The lines from the heading `## name` to the next heading of that level, or the lines before the first one. */
function section(markdown: string, name: string | undefined): string {
  const lines = markdown.split('\n');
  const start = name === undefined ? 0 : lines.findIndex((line) => line.trim() === `## ${name}`);
  if (start === -1) return '';
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start, end === -1 ? undefined : end).join('\n').trim();
}

/** Relative links of the page made absolute, from where the page is read. */
function linksFrom(markdown: string, base: string): string {
  return markdown.replace(/\]\(([^)\s]+)\)/g, (whole, href: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return whole;
    try {
      return `](${new URL(href, base).href})`;
    } catch {
      return whole;
    }
  });
}

/** The explanation of a diagnostic in Markdown, ending with a link to its whole page; undefined when there is no page. */
export function ruleDoc(ruleId: string, url?: string): string | undefined {
  const page = docPage(ruleId);
  const [file, anchor] = page.split('#', 2) as [string, string | undefined];
  const markdown = readPage(file);
  const text = markdown && section(markdown, anchor);
  if (!text) return undefined;
  const address = url ?? new URL(page, SHIPPED_DOCS).href;
  const heading = anchor === undefined ? text : text.replace(/^## .*/, `## \`${ruleId}\``);
  return `${linksFrom(heading, address)}\n\n[${page}](${address})`;
}
