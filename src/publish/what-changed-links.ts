/**
 * Where the what-changed pages are, and the links to them from the notices: each published version
 * compared with the one before it has one, `<lang>/history/<id>/<updated>-changes.html`, beside the
 * pages of the earlier versions (the first version published has none).
 */
import { formatDate } from '../compose/format.js';
import type { Phrases } from '../compose/phrases/types.js';
import { changeWords } from './change-words.js';
import { noticePath } from './pages.js';

export function whatChangedPath(lang: string, id: string, updated: string): string {
  return `${lang}/history/${id}/${updated}-changes.html`;
}

export interface Link {
  href: string;
  label: string;
}

/** The list of earlier versions (newest first), each with a link to what changed in it when it had a version before it. */
export function historyList(lang: string, id: string, history: readonly string[], href: (path: string) => string, t: Phrases): (Link & { changes?: Link })[] {
  const short = changeWords(lang).short;
  return history.map((updated, i) => {
    const item: Link & { changes?: Link } = { label: formatDate(updated, t), href: href(noticePath(lang, id, updated)) };
    if (i < history.length - 1) item.changes = { label: short, href: href(whatChangedPath(lang, id, updated)) };
    return item;
  });
}

/** The link from a notice to what changed in its own version, when it has a version before it. */
export function thisVersionLink(lang: string, id: string, updated: string | undefined, compared: boolean, href: (path: string) => string): Link | undefined {
  if (!compared || !updated) return undefined;
  return { label: changeWords(lang).thisVersion, href: href(whatChangedPath(lang, id, updated)) };
}
