/**
 * A rule's doc as plain text, for the page to show beside a finding: what the rule checks and what
 * to do, from the opening of the rule's page (or its section of a family page). The Markdown marks
 * are taken out; the heading (the rule's id, which the finding carries) and the link to the page
 * (the finding's `url`) are left out.
 */
import { ruleDoc } from '../../lsp/rule-docs.js';

const explanations = new Map<string, string | undefined>();

/** Markdown as plain text: no heading marks, emphasis, code marks, fences or link targets. */
export function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*```/.test(line))
    .join('\n')
    .replace(/^#+\s*/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(`+) ?(.+?) ?\1(?!`)/g, '$2')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, '$1$2')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function explanationOf(ruleId: string): string | undefined {
  if (!explanations.has(ruleId)) {
    const markdown = ruleDoc(ruleId, 'about:blank');
    const body = markdown
      ?.replace(/\n\n\[[^\]]*\]\(about:blank\)$/, '')
      .replace(/^##? .*\n/, '');
    explanations.set(ruleId, body ? plainText(body) || undefined : undefined);
  }
  return explanations.get(ruleId);
}
