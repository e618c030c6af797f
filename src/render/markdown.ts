import type { Root } from 'mdast';
import { replaceControls } from '../check/text-limits.js';
import { remarkGfm, remarkStringify, unified } from '../vendor/unified.js';
import { linksToSlugs } from './fragments.js';
import { frontMatter, type FrontMatter } from './front-matter.js';

const processor = unified().use(remarkGfm).use(remarkStringify, {
  bullet: '-',
  // `*`, unlike `_`, marks emphasis inside a word (`*Kuusi*koski`) without a character reference.
  emphasis: '*',
  strong: '*',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  // In a heading, a colon before anything but a space (`EU:n`) is escaped (`EU\:n`): readers that
  // know directives (markdownlint) take `:n` for one and leave it out of the heading's anchor.
  // GitHub and the site generators show `\:` as the colon it is, and slug the heading the same.
  unsafe: [{ character: ':', after: '\\S', inConstruct: 'headingAtx' }],
});

export interface MarkdownOptions {
  /** Start with YAML front matter; its title is then the page's, and the tree's own (h1) is left out. */
  frontMatter?: FrontMatter | undefined;
}

/** The tree without its title heading, which front matter gives instead (site generators show it). */
function withoutTitle(tree: Root): Root {
  const [first, ...rest] = tree.children;
  return first?.type === 'heading' && first.depth === 1 ? { ...tree, children: rest } : tree;
}

/**
 * Serialise a notice tree as Markdown (GFM tables); control characters become U+FFFD. In-page links
 * go to the headings' GitHub slugs.
 */
export function renderMarkdown(tree: Root, options: MarkdownOptions = {}): string {
  const fields = options.frontMatter;
  const body = processor.stringify(linksToSlugs(fields ? withoutTitle(tree) : tree));
  return replaceControls(fields ? frontMatter(fields) + body : body);
}
