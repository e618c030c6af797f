/** How the data are protected, on paper and electronically. */
import { DraftState } from '../draft/state.js';
import type { Unit } from '../draft/units.js';
import type { Section } from '../outline.js';
import { listMarkdown } from './nested.js';
import { addRetention } from './retention.js';
import { withoutRights } from './rights-text.js';

export const MANUAL = /manuaal|paperi|tulostet|manuell|papper|utskri\p{L}*|\bmanual\b|\bpaper\b|\bprinted\b|hard cop/iu;

export const ELECTRONIC = /(?<![\p{L}])atk|sähköi|elektronisk|digital|electronic/iu;

/** A passage on how long data are kept, under a heading that names both security and retention. */
const RETENTION_TEXT =
  /säilytysaika|säilytetään[^.]{0,60}(?:kauan|vuo|kuukau|viiko|päivä|kunnes)|säilytämme|lagringstid|(?:sparas|lagras|bevaras)[^.]{0,60}(?:år|månad|vecka|veckor|dag|länge|tills)|retain|retention|kept (?:for|until)/iu;

function partOf(text: string): 'manual' | 'electronic' | undefined {
  return MANUAL.test(text) ? 'manual' : ELECTRONIC.test(text) ? 'electronic' : undefined;
}

export function securitySection(x: DraftState, section: Section, units: readonly Unit[]): void {
  const fixed = partOf(section.heading.text);
  let context = fixed;
  const left: Unit[] = [];
  for (const u of withoutRights(x, section, units)) {
    if (u.type === 'sub') {
      context = partOf(u.block.text) ?? fixed;
      if (!partOf(u.block.text)) left.push(u);
      continue;
    }
    const text = u.type === 'list' ? listMarkdown(u) : u.block.text;
    if (section.kinds.includes('retention') && RETENTION_TEXT.test(text)) {
      addRetention(x, text);
      continue;
    }
    x.security[context ?? (MANUAL.test(text) ? 'manual' : 'electronic')].push(text);
  }
  x.leftover(section, 'security', 'subheadings not mapped', left);
}
