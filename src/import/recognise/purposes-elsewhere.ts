/**
 * Purposes a notice without a section on them says elsewhere, in sentences ("Vi behöver dina
 * kontaktuppgifter för att kunna svara"), topic by topic: a basis stated under the same heading
 * holds for the purposes stated there when it is the only one.
 */
import type { Block } from '../document/block.js';
import type { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import type { Section } from '../outline.js';
import { pairsAsPurposes, proseSentences } from './purposes.js';

/** Parts that say how data are kept, protected or moved, or what the data subject may do: no purposes. */
const NOT_PURPOSES = new Set(['rights', 'transfers', 'retention', 'security']);

/** The blocks under each heading, a heading starting a new topic. */
function topics(blocks: readonly Block[]): Block[][] {
  const out: Block[][] = [[]];
  for (const b of blocks) {
    if (b.kind === 'heading') out.push([]);
    else out[out.length - 1]!.push(b);
  }
  return out.filter((t) => t.length);
}

/** When no part of the notice gave a purpose: its pairs of basis and purpose, or else its sentences that say one. */
export function purposesElsewhere(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  if (x.purposes.length || pairsAsPurposes(x)) return;
  const parts = [front, ...sections.filter((s) => !NOT_PURPOSES.has(s.kinds[0]!)).map((s) => s.blocks)];
  for (const blocks of parts) {
    for (const topic of topics(blocks)) {
      const texts = topic.filter((b) => b.kind === 'paragraph').flatMap((b) => sentences(b.text));
      proseSentences(x, texts, undefined, { section: x.place() });
    }
  }
}
