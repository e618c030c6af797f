/**
 * In-page links for Markdown. The notice's tree names its headings by id (`#controller`, the same in
 * every language, as the HTML pages keep them); a Markdown heading has no id of its own, and GitHub,
 * Hugo and Astro give it the slug of its text instead. The Markdown's links go to those slugs.
 */
import type { Root, RootContent } from 'mdast';
import { toPlain } from '../compose/author-text.js';
import { githubSlugger } from './github-slug.js';

type Node = Root | RootContent;

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children as Node[]) walk(child, visit);
}

/** Each heading id of the tree with the GitHub slug of its heading's text. */
function slugsById(tree: Root): Map<string, string> {
  const slug = githubSlugger();
  const slugs = new Map<string, string>();
  walk(tree, (node) => {
    if (node.type !== 'heading') return;
    const id = node.data?.hProperties?.['id'];
    const value = slug(toPlain(node));
    if (typeof id === 'string') slugs.set(id, value);
  });
  return slugs;
}

/** A copy of the tree whose links to a heading's id (`#controller`) go to that heading's slug. */
export function linksToSlugs(tree: Root): Root {
  const slugs = slugsById(tree);
  const copy = structuredClone(tree);
  walk(copy, (node) => {
    if (node.type !== 'link' || !node.url.startsWith('#')) return;
    const slug = slugs.get(node.url.slice(1));
    if (slug !== undefined) node.url = `#${slug}`;
  });
  return copy;
}
