/**
 * A provider the notice names among its cookies and tools ("Analys (kräver samtycke): Google Analytics 4,
 * Microsoft Clarity", "Marknadsföring: Meta Pixel") that its own list of recipients leaves out, where that
 * list names parties: the reader is told who gets the data, and the list is not whole (Art. 13(1)(e)).
 * A notice that names no party among its recipients is asked for them by the `recipients` rule itself.
 */
import { providersIn, withoutNotUsed } from '../check/providers.js';
import { textValues } from '../check/text.js';
import type { Register } from '../types.js';
import type { AuditFinding } from './finding.js';
import type { Passage } from './passages.js';

/** The parties the register's recipients name, by name: the list the notice gives. */
function namedRecipients(register: Register): string[] {
  const recipients = Array.isArray(register.recipients) ? register.recipients : [];
  return recipients.flatMap((r) => (r.name ? [r.name] : []));
}

/** Everything the register says of its recipients and transfers, where a provider may be named. */
function recipientsText(register: Register): string {
  const recipients = Array.isArray(register.recipients) ? register.recipients : [];
  const transfers = Array.isArray(register.transfers) ? register.transfers : [];
  return [
    ...recipients.flatMap((r) => [r.name ?? '', ...textValues(r.category), ...textValues(r.purpose)]),
    ...transfers.flatMap((t) => [t.recipient ?? '', ...textValues(t.description)]),
  ].join('\n');
}

/** Content embedded from another service ("sisältöupotukset, kuten Youtube-videot", "embedded videos"): its own cookies, set when the reader plays it. */
const EMBEDDED = /upotu\p{L}*|upote\p{L}*|inbädd\p{L}*|embed\p{L}*/iu;

/**
 * One finding for every provider the cookies name that the recipients leave out, where the notice lists its
 * recipients (else where the provider is first named).
 */
export function unlistedProviderFindings(register: Register, passages: readonly Passage[]): AuditFinding[] {
  if (namedRecipients(register).length < 2) return [];
  const listed = new Set(providersIn(recipientsText(register)).map((p) => p.provider.id));
  const unlisted = new Map<string, { name: string; line: number }>();
  for (const p of passages) {
    if (p.heading || !p.kinds.includes('cookies') || EMBEDDED.test(p.text)) continue;
    for (const { provider, name } of providersIn(withoutNotUsed(p.text))) {
      if (!listed.has(provider.id) && !unlisted.has(provider.id)) unlisted.set(provider.id, { name, line: p.line });
    }
  }
  const first = [...unlisted.values()][0];
  if (!first) return [];
  const list = passages.find((p) => !p.heading && p.kinds.includes('recipients'));
  const names = [...unlisted.values()].map((u) => `\`${u.name}\``).join(', ');
  return [{ ruleId: 'recipients', messageId: 'providerUnlisted', params: { names }, line: list?.line ?? first.line, severity: 'error' }];
}
