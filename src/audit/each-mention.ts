/**
 * Words a notice must not say, said more than once: the repealed Henkilötietolaki in the notice's
 * heading and again as the ground of the right of access, Privacy Shield in two sections. The draft's
 * rule reports them once for the text it reads them in; in the original each passage that says them is
 * a place to correct, and is reported at its own line.
 */
import type { Diagnostic } from '../diagnostic.js';
import { messageIdOf } from './message-id.js';
import { comparable, type Passage } from './passages.js';

/** Per rule, the messages that quote the words to leave out. */
const EACH_MENTION: Readonly<Record<string, readonly string[]>> = {
  'outdated-reference': ['repealedLaw', 'repealedAct', 'registration', 'relevantConnection', 'invalidMechanism'],
};

/** The words a message quotes (`…`), as compared. */
function quotedWords(message: string): string[] {
  return [...message.matchAll(/`([^`]{3,})`/gu)].map((m) => comparable(m[1]!));
}

/** A web address: where a link goes ("[cfps]: https://www.cloudflare.com/privacyshield/"), not words the notice says. */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)\S+/giu;

/** The finding, and a copy of it at each other passage of the register's notice that says what it quotes, in its words. */
export function atEachMention(d: Diagnostic, passages: readonly Passage[], start: number): Diagnostic[] {
  const id = messageIdOf(d);
  if (!id || !EACH_MENTION[d.ruleId]?.includes(id)) return [d];
  const said = quotedWords(d.message);
  const says = (p: Passage): boolean => said.some((w) => comparable(p.text.replace(WEB_ADDRESS, ' ')).includes(w));
  const lines = passages.filter((p) => p.line >= start && p.line !== d.line && says(p)).map((p) => p.line);
  return [d, ...[...new Set(lines)].map((line) => ({ ...d, line, endLine: line }))];
}
