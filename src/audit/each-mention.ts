/**
 * Words a notice must not say, said more than once: the repealed Henkilötietolaki in the notice's
 * heading and again as the ground of the right of access, Privacy Shield in two sections. The draft's
 * rule reports them once for the text it reads them in; in the original each passage that says them is
 * a place to correct, and is reported at its own line.
 */
import type { Diagnostic } from '../diagnostic.js';
import { messageIdOf } from './message-id.js';
import { comparable, type Passage } from './passages.js';
import { lineOfQuote } from './quoted-line.js';

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

/**
 * The finding, and a copy of it at each other passage of the register's notice that says what it quotes, in its
 * words, at the line that says them; a line that says word for word what an earlier one says (a letterhead printed
 * on each page) only at the first.
 */
export function atEachMention(d: Diagnostic, passages: readonly Passage[], start: number, source?: readonly string[]): Diagnostic[] {
  const id = messageIdOf(d);
  if (!id || !EACH_MENTION[d.ruleId]?.includes(id)) return [d];
  const said = quotedWords(d.message);
  const says = (p: Passage): boolean => said.some((w) => comparable(p.text.replace(WEB_ADDRESS, ' ')).includes(w));
  const textAt = (line: number): string => (source ? comparable(source[line - 1] ?? '') : String(line));
  const mentions = passages.filter((p) => p.line >= start && says(p)).map((p) => lineOfQuote(d.message, p, passages, source));
  const told = new Set<string>();
  const lines = [...new Set([d.line, ...mentions])].sort((a, b) => a - b).filter((line) => !told.has(textAt(line)) && told.add(textAt(line)));
  return lines.map((line) => (line === d.line ? d : { ...d, line, endLine: line }));
}
