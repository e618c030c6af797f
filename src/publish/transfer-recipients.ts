/**
 * Who a transfer goes to. A transfer names its recipients in one text (`Nordlicht Karten AG,
 * Alpencloud AG, Zahlfluss AG`): each party of the register it names (a recipient, or the
 * controller) is found by its name, and what is left is split into the other names it gives, one
 * each, keeping a company form with its name (`LogMeIn, Inc.` is one).
 */
import { standingAlone } from '../compose/party-name.js';

export interface Party {
  /** What the party is known by to the caller, e.g. its JSON-LD `@id`. */
  key: string;
  /** Its names: each one found where it stands alone, not inside a longer word. */
  names: readonly string[];
}

export interface TransferRecipients {
  /** The keys of the parties named, in the order the text names them. */
  parties: string[];
  /** The other names it gives. */
  others: string[];
}

/** Separators between names: commas, semicolons, and "and" in the notice languages. */
const SEPARATOR = /\s*[,;]\s*|\s+(?:and|ja|sekä|och|samt)\s+/iu;
const AND = /^(?:and|ja|sekä|och|samt)$/i;

/** A company form that follows a comma and belongs to the name before it. */
const COMPANY_FORM = /^(?:inc|ltd|llc|llp|plc|corp|co|limited|incorporated|gmbh|ag|ab|oy|oyj|as|a\/s|asa|aps|sa|s\.a|sas|sarl|srl|spa|bv|b\.v|nv|n\.v|kk|pte|pvt|pty)\.?$/i;

function splitNames(rest: string): string[] {
  const out: string[] = [];
  for (const piece of rest.split(SEPARATOR).map((s) => s.trim())) {
    // What is left around a party's name: a remark in brackets, punctuation, an "and".
    if (!/\p{L}/u.test(piece) || /^\(.*\)$/.test(piece) || AND.test(piece)) continue;
    if (COMPANY_FORM.test(piece) && out.length) out[out.length - 1] += `, ${piece}`;
    else out.push(piece);
  }
  return out;
}

/** Where `name` stands alone in `text` (not inside a longer word), case aside. */
function findName(text: string, name: string): RegExpExecArray[] {
  return [...text.matchAll(standingAlone([name]))];
}

export function transferRecipients(text: string, parties: readonly Party[]): TransferRecipients {
  let rest = text;
  const found: { at: number; key: string }[] = [];
  // Longer names first, so that a name inside another one's (`Nordlicht` in `Nordlicht Maps`) does not take it.
  const byLength = parties.flatMap((p) => p.names.filter(Boolean).map((name) => ({ key: p.key, name }))).sort((a, b) => b.name.length - a.name.length);
  for (const { key, name } of byLength) {
    const matches = findName(rest, name);
    if (!matches.length) continue;
    if (!found.some((f) => f.key === key)) found.push({ at: matches[0]!.index, key });
    // Each time the name stands, it becomes a separator of the same length: the others keep their places.
    for (const m of matches) rest = `${rest.slice(0, m.index)}${';'.padEnd(m[0].length)}${rest.slice(m.index + m[0].length)}`;
  }
  return { parties: found.sort((a, b) => a.at - b.at).map((f) => f.key), others: splitNames(rest) };
}
