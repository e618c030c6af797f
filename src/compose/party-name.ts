/**
 * The name a notice shows for a party: the controller, a source, a recipient. An authority has an
 * official name in each national language and a company may have registered parallel names
 * (`names`); `name` stays what the rules, diff and import know the party by.
 */
import type { Register, Text } from '../types.js';

export interface Named {
  name?: string;
  names?: Text | undefined;
}

/** The party's name in `lang` when it has one there, else its name as written (empty when it has none). */
export function nameIn(party: Named | undefined, lang: string): string {
  return party?.names?.[lang]?.trim() || party?.name || '';
}

/** The parties of a register that a text such as a transfer's `recipient` can name: its recipients and its controller. */
export function partiesOf(register: Register): Named[] {
  return [...(Array.isArray(register.recipients) ? register.recipients : []), ...(register.controller ? [register.controller] : [])];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Any of `names` where it stands alone in a text (not inside a longer word), case aside. */
export function standingAlone(names: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * A text that names parties by `name` (a transfer's `Alpencloud AG, Zahlfluss AG`), each named
 * party written with its name in `lang`; the rest of the text as it is.
 */
export function namesIn(text: string, parties: readonly Named[], lang: string): string {
  const local = new Map<string, string>();
  for (const p of parties) if (p.name && nameIn(p, lang) !== p.name) local.set(p.name.toLocaleLowerCase(), nameIn(p, lang));
  if (!local.size) return text;
  // Longer names first, so that a name inside another one's (`Verohallinto` in `Verohallinto (tulorekisteri)`) does not take it.
  const names = [...local.keys()].sort((a, b) => b.length - a.length);
  return text.replace(standingAlone(names), (found) => local.get(found.toLocaleLowerCase()) ?? found);
}
