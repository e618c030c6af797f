/** The role a recipient has, from the words a notice uses for it in Finnish, Swedish or English. */
import type { Recipient } from '../../types.js';

const AUTHORITY = /viranomai|myndighet|\bauthorit|poliisi|(?<![\p{L}])polis(?:en)?(?![\p{L}])|\bpolice\b|verohallin|skatteförvaltning|skatteverket|tax administration|\btax authorit|ulosotto|utsökning|kela(?![\p{L}])|folkpensionsanstalt/iu;

const PROCESSOR =
  /henkilötietojen käsittelij|(?<![\p{L}])käsittelij|palveluntarjoaj|alihankkij|puolestamme|(?<![\p{L}])lukuun(?![\p{L}])|personuppgiftsbiträd|(?<![\p{L}])biträd|underleverantör|för vår räkning|\bprocessors?\b|\bsub-?processors?\b|\bsubcontractors?\b|on (?:our|its) behalf/iu;

const GROUP = /konserni|tytäryhti|emoyhti|koncern|dotterbolag|moderbolag|group compan|compan\p{L}* (?:of|in|within) (?:the|our) group|\bsubsidiar|parent company|within (?:the|our) group/iu;

export function recipientRole(text: string): Pick<Recipient, 'role'> {
  if (AUTHORITY.test(text)) return { role: 'authority' };
  if (PROCESSOR.test(text)) return { role: 'processor' };
  if (GROUP.test(text)) return { role: 'group_company' };
  return {};
}

/** The role from the text itself, else from the items, subheading or lead-in it sits under. */
export function roleIn(text: string, context: readonly string[]): Pick<Recipient, 'role'> {
  const own = recipientRole(text);
  if (own.role) return own;
  for (const c of [...context].reverse()) {
    const role = recipientRole(c);
    if (role.role) return role;
  }
  return {};
}
