/**
 * A provider of a tool the notice names among its cookies ("Analys (kräver samtycke): Google Analytics 4,
 * Microsoft Clarity", "Marknadsföring: Meta Pixel") that its own list of recipients leaves out, where that
 * list names parties: the reader is told who gets the data, and the list is not whole (Art. 13(1)(e)). Only
 * the tools the register's cookies hold count: a browser named in instructions for blocking cookies, fonts
 * served from the controller's own server or its page on a social network name no party the data go to.
 * A notice that names no party among its recipients is asked for them by the `recipients` rule itself.
 */
import { providersIn } from '../check/providers.js';
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

/** The tool is named only where the notice speaks of content embedded from another service. */
function embedded(name: string | undefined, passages: readonly Passage[]): boolean {
  const naming = passages.filter((p) => name !== undefined && p.text.toLowerCase().includes(name.toLowerCase()));
  return naming.length > 0 && naming.every((p) => EMBEDDED.test(p.text));
}

/** One finding for the providers of the cookies' tools that the recipients leave out, where the notice lists its recipients (else at its cookies). */
export function unlistedProviderFindings(register: Register, passages: readonly Passage[]): AuditFinding[] {
  if (namedRecipients(register).length < 2) return [];
  const listed = new Set(providersIn(recipientsText(register)).map((p) => p.provider.id));
  const unlisted = new Map<string, string>();
  for (const tool of (register.cookies?.tools ?? []).filter((t) => !embedded(t.name, passages))) {
    for (const { provider } of providersIn(`${tool.name ?? ''} ${tool.provider ?? ''}`)) {
      if (!listed.has(provider.id) && !unlisted.has(provider.id)) unlisted.set(provider.id, tool.name ?? provider.provider);
    }
  }
  if (!unlisted.size) return [];
  const at = passages.find((p) => !p.heading && p.kinds.includes('recipients')) ?? passages.find((p) => !p.heading && p.kinds.includes('cookies'));
  if (!at) return [];
  const names = [...unlisted.values()].map((n) => `\`${n}\``).join(', ');
  return [{ ruleId: 'recipients', messageId: 'providerUnlisted', params: { names }, line: at.line, severity: 'warning' }];
}
