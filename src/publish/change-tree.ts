/**
 * The parts of a what-changed page and of a feed entry, as Markdown trees: the author's `changes:`
 * entries, and the changes the comparison found, material ones first, in the reader's language.
 */
import type { BlockContent, PhrasingContent } from 'mdast';
import { inline } from '../compose/author-text.js';
import { formatDate } from '../compose/format.js';
import { li, p, strong, text, ul } from '../compose/mdast.js';
import { phrasesFor } from '../compose/phrases/index.js';
import { forReaders } from '../diff/format.js';
import type { SummaryLang } from '../diff/phrases/index.js';
import type { ChangeEntry } from '../types.js';
import type { ChangeWords } from './change-words.js';
import type { ChangeSummary } from './version-changes.js';

/** A template whose `{name}` places are filled with inline content (a link, a date). */
export function fillInline(template: string, values: Record<string, PhrasingContent>): PhrasingContent[] {
  return template.split(/(\{\w+\})/).flatMap((part): PhrasingContent[] => {
    const value = /^\{(\w+)\}$/.exec(part) ? values[part.slice(1, -1)] : undefined;
    return value ? [value] : part ? [text(part)] : [];
  });
}

/** Each entry the author wrote in this language: its date, its text, and whether the author marked it material. */
export function logBlocks(log: readonly ChangeEntry[], lang: string): BlockContent[] {
  const t = phrasesFor(lang)!;
  return log
    .filter((c) => c.description[lang])
    .map((c) => p(strong(formatDate(c.date, t)), ': ', ...inline(c.description[lang]!), ...(c.material ? [` (${t.labels.materialChange})`] : [])));
}

/** The changes as lists under a title each: material ones, then the others; a sentence when there are none. */
export function changeBlocks(changes: readonly ChangeSummary[], words: ChangeWords, title: (label: string) => BlockContent): BlockContent[] {
  if (!changes.length) return [p(words.none)];
  const list = (items: readonly ChangeSummary[]): BlockContent => ul(items.map((c) => li(summaryText(c, words.lang))));
  const material = changes.filter((c) => c.material);
  const other = changes.filter((c) => !c.material);
  const out: BlockContent[] = [];
  if (material.length) out.push(title(words.material), p(words.materialIntro), list(material));
  if (other.length) out.push(title(words.other), list(other));
  return out;
}

/** A change in words for readers: values in quotation marks, not code. */
function summaryText(change: ChangeSummary, lang: SummaryLang): string {
  return forReaders(change.summary[lang], lang);
}
