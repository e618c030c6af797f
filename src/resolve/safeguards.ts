/**
 * Transfers on compelling legitimate interests (Art. 49(1) second subparagraph) and their
 * documentation: the assessment and the suitable safeguards, which Art. 49(6) puts in the record
 * of processing activities (`internal.transfer_safeguards`, matched by recipient and country).
 */
import type { Register, Text, Transfer, TransferMechanism } from '../types.js';

export const COMPELLING_INTERESTS: TransferMechanism = 'derogation_compelling_interests';

function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The documentation recorded for a transfer, when there is one. */
export function documentationOf(register: Register, transfer: Transfer): Text | undefined {
  const recipient = transfer.recipient;
  if (!recipient) return undefined;
  const found = register.internal?.transfer_safeguards?.find(
    (s) => same(s.recipient, recipient) && (!s.country || !transfer.country || s.country === transfer.country),
  );
  return found?.documentation;
}
