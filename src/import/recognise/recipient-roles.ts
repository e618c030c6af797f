/** The role a recipient has, from the words a notice uses for it in Finnish, Swedish or English. */
import type { Recipient } from '../../types.js';

const AUTHORITY = /viranomai|myndighet|\bauthorit|poliisi|(?<![\p{L}])polis(?:en)?(?![\p{L}])|\bpolice\b|verohallin|skatteförvaltning|skatteverket|tax administration|\btax authorit|ulosotto|utsökning|(?<![\p{L}])kela(?:n|lle|an|sta|lta|ssa)?(?![\p{L}])|kansaneläkelaito|folkpensionsanstalt|försäkringskassan|väestötietoviraso|väestörekisterikeskuks|maistraat|magistrat|tilastokeskuks|statistiska centralbyrån|statistics finland|migrationsverket|maahanmuuttoviraso|kronofogden|arbetsförmedlingen|te-toimisto|tuomioistuim|(?<![\p{L}])domstol|\bcourts?\b|\bhmrc\b/iu;

const PROCESSOR =
  /henkilötietojen käsittelij|(?<![\p{L}])käsittelij|palveluntarjoaj|alihankkij|puolestamme|(?<![\p{L}])lukuun(?![\p{L}])|personuppgiftsbiträd|(?<![\p{L}])biträd|underleverantör|för vår räkning|\bprocessors?\b|\bsub-?processors?\b|\bsubcontractors?\b|on (?:our|its|their) behalf|\bon behalf of\b/iu;

const GROUP = /konserni|tytäryhti|emoyhti|koncern|dotterbolag|moderbolag|group compan|compan\p{L}* (?:of|in|within) (?:the|our) group|\bsubsidiar|parent company|within (?:the|our) group/iu;

export function recipientRole(text: string): Pick<Recipient, 'role'> {
  if (AUTHORITY.test(text)) return { role: 'authority' };
  if (PROCESSOR.test(text)) return { role: 'processor' };
  return {};
}

/** Words for a company of the controller's group: such a company is still a processor or a controller. */
export function namesGroupCompany(text: string): boolean {
  return GROUP.test(text);
}

/**
 * The role from the text itself, else from the items, subheading or lead-in it sits under; a group
 * company named in the text itself is marked so beside the role of a processor.
 */
export function roleIn(text: string, context: readonly string[]): Pick<Recipient, 'role' | 'group_company'> {
  const found = [text, ...[...context].reverse()].map(recipientRole).find((r) => r.role) ?? {};
  return found.role === 'processor' && namesGroupCompany(text) ? { ...found, group_company: true } : found;
}
