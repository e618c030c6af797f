/**
 * Transfers on compelling legitimate interests (Art. 49(1) second subparagraph) and their
 * documentation: the assessment and the suitable safeguards, which Art. 49(6) puts in the record
 * of processing activities (`internal.transfer_safeguards`, matched by recipient and country).
 */
import type { Register, Text, Transfer, TransferMechanism, TransferSafeguard } from '../types.js';

export const COMPELLING_INTERESTS: TransferMechanism = 'derogation_compelling_interests';

function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function documents(entry: TransferSafeguard, transfer: Transfer): boolean {
  return transfer.recipient !== undefined && same(entry.recipient, transfer.recipient) && (!entry.country || !transfer.country || entry.country === transfer.country);
}

/** The documentation recorded for a transfer, when there is one. */
export function documentationOf(register: Register, transfer: Transfer): Text | undefined {
  return register.internal?.transfer_safeguards?.find((entry) => documents(entry, transfer))?.documentation;
}

/** Documentation that belongs to no transfer of the register (a renamed recipient, a transfer removed). */
export function unmatchedSafeguards(register: Register): TransferSafeguard[] {
  const transfers = Array.isArray(register.transfers) ? register.transfers : [];
  return (register.internal?.transfer_safeguards ?? []).filter((entry) => !transfers.some((t) => documents(entry, t)));
}
