/** Recipients and categories of recipients, or a statement that data are not disclosed. */
import type { Recipient } from '../../types.js';
import { DraftState } from '../draft/state.js';
import { EXCEPTION, sentences } from '../draft/text.js';
import { type Unit, unitLines } from '../draft/units.js';
import type { Section } from '../outline.js';
import { TRANSFER_CUE, transferUnits } from './transfers.js';

export const NOT_DISCLOSED =
  /(?<![\p{L}])(?:ei|eikä)\s+(?:\p{L}+\s+){0,3}luovut|(?<![\p{L}])ei\s+(?:\p{L}+\s+){0,3}(?:anneta|myydä)\s+(?:\p{L}+\s+){0,2}(?:ulkopuolisille|kolmansille)|\bnot\s+(?:be\s+)?(?:disclosed|shared|sold|passed on|given)\b|\b(?:do|does|will) not (?:disclose|share|sell|pass on)|\bnever (?:disclose|share|sell)/iu;

export function recipientRole(text: string): Pick<Recipient, 'role'> {
  if (/viranomai|\bauthorit|poliisi|\bpolice\b|verohallin|tax administration/iu.test(text)) return { role: 'authority' };
  if (/henkilötietojen käsittelijä|alihankkij|puolestamme|lukuun|\bprocessors?\b|on our behalf/iu.test(text)) return { role: 'processor' };
  if (/konserniyhti|group compan|subsidiar|tytäryhti/iu.test(text)) return { role: 'group_company' };
  return {};
}

export function recipientSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  const left: Unit[] = [];
  const none: Unit[] = [];
  for (const u of units) {
    if (u.type === 'list') {
      for (const item of u.items) x.recipients.push({ category: x.t(item), ...recipientRole(item) });
      x.leadIn('recipients', u.leadIn);
      continue;
    }
    if (u.type === 'sub') {
      left.push(u);
      continue;
    }
    const text = u.block.text;
    if (section.kinds.includes('transfers') && TRANSFER_CUE.test(text)) {
      transferUnits(x, section, [u]);
      continue;
    }
    if (NOT_DISCLOSED.test(text) && !EXCEPTION.test(text) && sentences(text).length === 1) none.push(u);
    else left.push(u);
  }
  if (none.length && !left.length && !x.recipients.length) {
    x.recipientsNone = true;
    x.remark(['recipients'], 'The original says:', none.flatMap(unitLines));
  } else left.unshift(...none);
  if (left.length) x.recipientsOpen = true;
  x.leftover(section, 'recipients', 'recipients not mapped: name the recipients or categories of recipients in `recipients`, or write `recipients: none`', left);
}
