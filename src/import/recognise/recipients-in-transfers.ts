/**
 * Under a heading on transfers ("Överföring av personuppgifter", "Tietojen siirto"), sentences that
 * name a recipient and say nothing of a country, a transfer mechanism or the EU/EEA are about
 * recipients ("Uppgifterna överförs till vårt lönesystem hos Exempel AB"): they become recipients,
 * and the rest is left to the transfers.
 */
import { mechanismsIn } from '../../check/transfer-words.js';
import { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import type { Unit } from '../draft/units.js';
import { countriesIn } from './countries.js';
import { paragraph } from './recipient-paragraph.js';
import { sentenceKind } from './recipient-sentence.js';
import { TRANSFER_CUE } from './transfer-sentences.js';

/** A sentence on a recipient, with nothing in it on a transfer outside the EU/EEA. */
function onRecipient(x: DraftState, s: string): boolean {
  return !TRANSFER_CUE.test(s) && !countriesIn(s).length && !mechanismsIn(s).length && sentenceKind(x, s, false) === 'recipient';
}

/** The units of a transfers section without the sentences that name recipients, which are mapped as recipients. */
export function recipientsInTransfers(x: DraftState, units: readonly Unit[]): Unit[] {
  return units.flatMap((u): Unit[] => {
    if (u.type !== 'para') return [u];
    const all = sentences(u.block.text);
    const mine = all.filter((s) => onRecipient(x, s));
    if (!mine.length) return [u];
    paragraph(x, mine.join(' '), [], []);
    const rest = all.filter((s) => !mine.includes(s));
    return rest.length ? [{ type: 'para', block: { ...u.block, text: rest.join(' '), lines: rest } }] : [];
  });
}
