/**
 * What a section on transfers outside the EU/EEA says as a whole. Its texts that name no country are
 * one transfer, not one each: "We may transfer data outside the EEA", then a list of the safeguards
 * (standard contractual clauses, an adequacy decision). A list of safeguards alone gives the grounds of
 * the transfers announced before it that have none. An offer of a copy of the safeguards ("You can
 * request a copy by e-mail", "kopion saa pyytämällä", "du kan begära en kopia") belongs to the
 * transfers of the section.
 */
import { mechanismsIn } from '../../check/transfer-words.js';
import type { Transfer, TransferMechanism } from '../../types.js';
import type { DraftState } from '../draft/state.js';
import { deniesOnlyUnsafe } from './transfer-sentences.js';

/** The texts of one section that state a transfer without naming its country, and its offers of a copy. */
export interface UnnamedTexts {
  /** Where the section's transfers begin in the draft. */
  start: number;
  unnamed: string[];
  copies: string[];
}

function distinct(texts: readonly string[]): TransferMechanism[] {
  return [...new Set(texts.flatMap(mechanismsIn))];
}

/** Texts joined to a transfer's description, after what it says already, each on a line of its own (a list's items end in no full stop). */
function describe(x: DraftState, transfer: Transfer, texts: readonly string[]): void {
  const before = transfer.description?.[x.lang];
  transfer.description = x.t([before, ...texts].filter(Boolean).join('\n'));
}

/** The transfers that have no ground yet: the section's own first, else those announced before it. */
function withoutGround(x: DraftState, start: number): number[] {
  const lacking = (i: number): boolean => !x.transfers[i]!.mechanism;
  const all = x.transfers.map((_, i) => i);
  const own = all.filter((i) => i >= start && lacking(i));
  return own.length ? own : all.filter((i) => i < start && lacking(i));
}

/** The grounds a list names, given to the transfers that lack one. */
export function giveGrounds(x: DraftState, indices: readonly number[], texts: readonly string[]): void {
  const mechanisms = distinct(texts);
  for (const i of indices) {
    const transfer = x.transfers[i]!;
    if (mechanisms.length === 1) transfer.mechanism = mechanisms[0]!;
    else x.todo(['transfers', i], `several transfer mechanisms named (${mechanisms.join(', ')}): set \`mechanism\``, []);
    describe(x, transfer, texts);
  }
}

/**
 * A transfer the texts state without naming where to: kept without a country, which `seloste check`
 * reports. Texts that only rule out transfers without safeguards leave the others open, and say so.
 */
function addUnnamed(x: DraftState, texts: readonly string[]): number {
  const mechanisms = distinct(texts);
  const index = x.transfers.length;
  x.transfers.push({ ...(mechanisms.length === 1 ? { mechanism: mechanisms[0]! } : {}), description: x.t(texts.join('\n')) });
  const which = mechanisms.length ? ` (it names ${mechanisms.join(', ')})` : '';
  const what = texts.every(deniesOnlyUnsafe)
    ? 'the original rules out only transfers outside the EU/EEA without safeguards or adequate protection, which leaves the others open, and names no country: add `country` if the notice says where the data go, or write `transfers: none` if it says no data leave the EU/EEA'
    : `the original states a transfer outside the EU/EEA but names no country${which}: add \`country\` if the notice says where the data go`;
  x.todo(['transfers', index], what, []);
  return index;
}

/** The transfers the section's texts without a country belong to: those that lacked a ground, or one new transfer. */
function placeUnnamed(x: DraftState, said: UnnamedTexts): number[] {
  if (!said.unnamed.length) return [];
  const onlyGrounds = said.unnamed.every((t) => mechanismsIn(t).length > 0);
  const lacking = onlyGrounds ? withoutGround(x, said.start) : [];
  if (lacking.length) {
    giveGrounds(x, lacking, said.unnamed);
    return lacking;
  }
  return [addUnnamed(x, said.unnamed)];
}

/**
 * The section's texts without a country, placed; its offers of a copy joined to each transfer it
 * concerns (those it made or gave grounds to, else all the draft has). False when there is no
 * transfer for the offers to join: they stay where they are.
 */
export function joinSection(x: DraftState, said: UnnamedTexts): boolean {
  const touched = new Set(placeUnnamed(x, said));
  for (let i = said.start; i < x.transfers.length; i++) touched.add(i);
  if (!said.copies.length) return true;
  const to = touched.size ? [...touched] : x.transfers.map((_, i) => i);
  for (const i of to) describe(x, x.transfers[i]!, said.copies);
  return to.length > 0;
}
