/**
 * A paragraph before the first heading of a part of the notice (a title may stand above it) whose
 * later lines open on a role's label, as a bold block at the top of a page keeps the title and the
 * contact lines under it: "Asiakasrekisterin tietosuojaseloste / Yritys: Esimerkki Oy, 1234567-8,
 * Katu 1, 00100 Helsinki / Yhteyshenkilö: …", or a later sentence that names the controller by its role
 * ("Tämän tietosuojaselosteen antaa … Rekisterinpitäjä on True Solutions Oy, Katu 1, 33100 Tampere."). Each
 * labelled line or sentence starts a block of its own, so that the outline reads it as the role's section.
 */
import type { Block } from './document/block.js';
import { classifyHeading } from './headings.js';
import { organisationLabelled, ROLE_LEAD, roleAtStart } from './recognise/contact-labels.js';
import { spansIn } from './recognise/contact-spans.js';

const opensOnLabel = (line: string): boolean => roleAtStart(line) !== undefined || organisationLabelled(line);

/**
 * A sentence inside a line that names the controller by its role ("… ja app.tyovuorolista.fi. Rekisterinpitäjä on
 * True Solutions Oy, Juhannuskylänkatu 1 B 6, 33100 Tampere."): where it starts, the role's lines do.
 */
const ROLE_SENTENCE = new RegExp(String.raw`(?<=[.!?]\s+)${ROLE_LEAD}(?=\p{Lu})`, 'u');

/** A piece that gives a way to reach someone: an address, an e-mail, a phone number. */
const givesDetails = (text: string): boolean => spansIn(text).spans.some((sp) => sp.kind === 'address' || sp.kind === 'email' || sp.kind === 'phone');

/**
 * The lines of a block, each cut where a sentence that names the controller by its role starts inside it and
 * goes on to its details, with the line of the original each stands on. A sentence on the role that names no
 * one ("Rekisterinpitäjä on velvollinen …") or gives nothing to reach it by stays in its paragraph.
 */
function atRoleSentences(lines: readonly string[]): { text: string; from: number }[] {
  return lines.flatMap((line, from) => {
    const at = ROLE_SENTENCE.exec(line)?.index;
    return at === undefined || !givesDetails(line.slice(at)) ? [{ text: line, from }] : [{ text: line.slice(0, at).trimEnd(), from }, { text: line.slice(at), from }];
  });
}

function split(block: Block): Block[] {
  const cut = atRoleSentences(block.lines);
  const starts = cut.flatMap((l, i) => (i > 0 && opensOnLabel(l.text) ? [i] : []));
  if (!starts.length) return [block];
  return [0, ...starts].map((from, k) => {
    const lines = cut.slice(from, starts[k] ?? cut.length);
    const texts = lines.map((l) => l.text);
    return { ...block, lines: texts, text: texts.join(' '), line: block.line + lines[0]!.from };
  });
}

export function splitAtRoleLines(blocks: readonly Block[]): Block[] {
  const first = blocks.findIndex((b) => b.kind === 'heading' && classifyHeading(b.text).some((k) => k !== 'title'));
  const end = first === -1 ? blocks.length : first;
  return [...blocks.slice(0, end).flatMap((b) => (b.kind === 'paragraph' && b.style === undefined ? split(b) : [b])), ...blocks.slice(end)];
}
