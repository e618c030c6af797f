/** How long the data are kept. */
import { DraftState } from '../draft/state.js';
import { isLeadIn } from '../draft/text.js';
import type { Unit } from '../draft/units.js';
import type { Section } from '../outline.js';

export const PERIOD = /(?<![\d.,])(\d{1,3})\s*(vuorokau\p{L}*|vrk|vuo\p{L}*|v\.|kuukau\p{L}*|kk|viik\p{L}*|päiv\p{L}*|years?|months?|weeks?|days?)(?![\p{L}])/giu;

/** A period the text states in figures ("26 kuukautta", "6 years"); none when it states none or several. */
export function periodIn(text: string): string | undefined {
  const found = [...text.matchAll(PERIOD)];
  if (found.length !== 1) return undefined;
  const [, n, unitWord] = found[0]!;
  const unit = unitWord!.toLowerCase();
  const letter = /^(?:vuorokau|vrk|päiv|day)/u.test(unit) ? 'D' : /^(?:vuo|v\.|year)/u.test(unit) ? 'Y' : /^(?:kuukau|kk|month)/u.test(unit) ? 'M' : 'W';
  const count = Number(n);
  return count > 0 ? `P${count}${letter}` : undefined;
}

export function retentionSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  const left: Unit[] = [];
  for (const u of units) {
    if (u.type === 'sub') {
      left.push(u);
      continue;
    }
    if (u.type === 'list') {
      for (const item of u.items) addRetention(x, item);
      x.leadIn('retention', u.leadIn);
      continue;
    }
    if (isLeadIn(u.block.text)) left.push(u);
    else addRetention(x, u.block.text);
  }
  x.leftover(section, 'retention', 'not mapped', left);
}

export function addRetention(x: DraftState, text: string): void {
  const period = periodIn(text);
  x.retention.push({ ...(period ? { period } : {}), description: x.t(text) });
}
