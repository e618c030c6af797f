/**
 * The controller named only in running text: no section, label or title names it, but the notice
 * speaks of itself by its name again and again ("You have the right to request HelSec ry …",
 * "HelSec ry will keep your membership information …"). The organisation with a company form named
 * most often, at least twice and more often than any other, is the controller; a service provider
 * the notice names (Google, Meta …) never is. The draft says where the name came from, to be checked.
 */
import type { Block } from '../document/block.js';
import type { DraftState } from '../draft/state.js';
import type { Section } from '../outline.js';
import { providersNamed } from '../../check/providers.js';
import { COMPANY } from './contact-details.js';

/** How often each organisation with a company form is named in the blocks. */
function namings(blocks: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    const text = block.kind === 'list' ? (block.items ?? []).join('\n') : block.text;
    for (const m of text.matchAll(COMPANY)) {
      const name = `${m[1]!.trim()} ${m[2]!}`.replace(/\s+/gu, ' ');
      if (providersNamed(name).length) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return counts;
}

/** The name named most often, at least twice and more often than any other. */
function mostNamed(counts: ReadonlyMap<string, number>): { name: string; times: number } | undefined {
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2 || (second && second[1] === first[1])) return undefined;
  return { name: first[0], times: first[1] };
}

export function controllerInText(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  if (x.controller.name || x.frontCompany || x.titleCompany) return;
  const found = mostNamed(namings([...front, ...sections.flatMap((s) => s.blocks)]));
  if (!found) return;
  x.controller.name = found.name;
  x.todo(['controller'], `no part of the original names the controller; "${found.name}", named ${found.times} times in its text, is taken for it: check it`, []);
}
