/** One finding as the reader sees it: how serious, the message, and what it means and what to do. */
import type { Finding } from './api-types.js';
import { el } from './dom.js';
import type { Words } from './words.js';

export function renderFinding(finding: Finding, words: Words, extra: (Node | null)[] = []): HTMLElement {
  const doc = finding.url && /^https?:\/\//.test(finding.url) ? el('p', {}, el('a', { href: finding.url, rel: 'noopener noreferrer', target: '_blank' }, words.ruleDoc)) : null;
  const explanation = finding.explanation
    ? el('details', { class: 'explanation' }, el('summary', {}, words.whatToDo), ...finding.explanation.split(/\n{2,}/).map((p) => el('p', {}, p)), doc)
    : null;
  return el(
    'div',
    { class: `finding finding-${finding.severity}`, 'data-rule': finding.rule },
    el('p', { class: 'finding-message' }, el('strong', { class: 'severity' }, `${words.severities[finding.severity]}: `), finding.message, ` [${finding.rule}]`),
    ...extra,
    explanation,
  );
}
