/** How the data are protected, on paper and electronically. */
import { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
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

type Part = 'manual' | 'electronic';

function partOf(text: string): Part | undefined {
  return MANUAL.test(text) ? 'manual' : ELECTRONIC.test(text) ? 'electronic' : undefined;
}

/**
 * A passage that says something of both paper and electronic data, sentence by sentence: each
 * sentence goes with the part it names, or with the one before it.
 */
function parts(text: string): [Part, string][] {
  const all = sentences(text);
  if (!all.some((s) => partOf(s) === 'manual') || !all.some((s) => partOf(s) === 'electronic')) return [[MANUAL.test(text) ? 'manual' : 'electronic', text]];
  const out: [Part, string[]][] = [];
  for (const s of all) {
    const part = partOf(s);
    const last = out[out.length - 1];
    if (last && (!part || part === last[0])) last[1].push(s);
    else out.push([part ?? 'manual', [s]]);
  }
  return out.map(([part, said]) => [part, said.join(' ')]);
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
    if (context) x.security[context].push(text);
    else for (const [part, said] of parts(text)) x.security[part].push(said);
  }
  x.leftover(section, 'security', 'subheadings not mapped', left);
}
