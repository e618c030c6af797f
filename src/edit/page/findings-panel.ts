/**
 * Every finding of the file in one list, in the order of the file: where it is (line and column, or
 * the other file it is in), the message and what to do, and a button that moves to its field.
 */
import type { Finding } from './api-types.js';
import { el, uniqueId } from './dom.js';
import { renderFinding } from './finding-view.js';
import type { Words } from './words.js';

export interface FindingsPanel {
  root: HTMLElement;
  show(findings: readonly Finding[]): void;
}

/** `goTo(finding)` moves to the finding's place and says whether there is one. */
export function findingsPanel(words: Words, file: string, goTo: (finding: Finding) => void, goLabel = words.goToField): FindingsPanel {
  const headingId = uniqueId('findings-heading');
  const list = el('ul', { class: 'findings-list' });
  const root = el('section', { class: 'findings-panel', 'aria-labelledby': headingId, tabindex: 0 }, el('h2', { id: headingId }, words.findingsHeading), list);
  return {
    root,
    show(findings) {
      list.replaceChildren();
      if (!findings.length) list.append(el('li', { class: 'none' }, words.noFindings));
      const ordered = [...findings].sort((a, b) => Number(a.file !== file) - Number(b.file !== file) || a.line - b.line || a.column - b.column);
      for (const finding of ordered) {
        const where = `${words.lineColumn(finding.line, finding.column)}${finding.file === file ? '' : ` ${words.inFile(finding.file)}`}`;
        const go = finding.file === file ? el('button', { type: 'button', class: 'link', onclick: () => goTo(finding) }, `${goLabel} (${where})`) : el('p', { class: 'where' }, where);
        list.append(el('li', {}, renderFinding(finding, words, [go])));
      }
    },
  };
}
