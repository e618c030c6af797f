/** How the data are protected, on paper and electronically. */
import { DraftState } from '../draft/state.js';
import { type Unit, listText } from '../draft/units.js';
import type { Section } from '../outline.js';
import { addRetention } from './retention.js';

export const MANUAL = /manuaal|paperi|tulostet|\bmanual\b|\bpaper\b|\bprinted\b/iu;

export const ELECTRONIC = /(?<![\p{L}])atk|sähköi|electronic|digital/iu;

export function securitySection(x: DraftState, section: Section, units: readonly Unit[]): void {
  let context: 'manual' | 'electronic' | undefined = MANUAL.test(section.heading.text) ? 'manual' : ELECTRONIC.test(section.heading.text) ? 'electronic' : undefined;
  const fixed = context;
  for (const u of units) {
    if (u.type === 'sub') {
      context = MANUAL.test(u.block.text) ? 'manual' : ELECTRONIC.test(u.block.text) ? 'electronic' : fixed;
      continue;
    }
    const text = u.type === 'list' ? listText(u) : u.block.text;
    if (section.kinds.includes('retention') && /säilytysaika|säilytetään[^.]{0,60}(?:kauan|vuo|kuukau|viiko|päivä|kunnes)|säilytämme|retain|retention|kept (?:for|until)/iu.test(text)) {
      addRetention(x, text);
      continue;
    }
    const part = context ?? (MANUAL.test(text) ? 'manual' : 'electronic');
    x.security[part].push(text);
  }
}
