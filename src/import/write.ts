/**
 * The draft register as YAML, built with the `yaml` Document API so that every note is a real
 * comment: a `# TODO: …` with the original lines commented out below it, next to the key it concerns.
 */
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Note } from './draft/state.js';

/** The register schema this program ships, as a `file:` URL: editors read it from the installed package. */
export const SCHEMA_URL = new URL('../../schemas/register.schema.json', import.meta.url).href;

/** Top-level keys in the order of the schema. */
export const KEY_ORDER = [
  '$schema', 'id', 'organisation', 'name', 'description', 'created', 'updated', 'changes', 'controller', 'group', 'joint_controllers',
  'representative', 'dpo', 'contact_person', 'data_subjects', 'purposes', 'legal_bases', 'special_categories', 'personal_identity_code', 'data_categories',
  'provision', 'sources', 'recipients', 'transfers', 'retention', 'automated_decisions', 'rights', 'security', 'cookies', 'suppression',
  'further_processing', 'storage_location',
] as const;

const WIDTH = 100;

/** Keys that open a new group of the register: a blank line before them. */
const SPACED = new Set(['controller', 'data_subjects', 'purposes', 'data_categories', 'sources', 'recipients', 'transfers', 'retention', 'automated_decisions', 'rights', 'security', 'cookies']);

export interface WriteOptions {
  /** Path or URL of the register schema, for editors. */
  schema: string;
  /** Name of the imported file, for the header. */
  source?: string;
}

/** One line of a comment: no line breaks or control characters. */
function sanitise(line: string): string {
  return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/gu, ' ').replace(/\t/gu, ' ').trimEnd();
}

/** Text that would read as a list's item at the start of a line: "18. We do not …", "- and". */
const ITEM_START = /^(?:\d+[.)]|[-*+•])(?:\s|$)/u;

/** Where to break a long line: the last space within the width after which the line does not start like a list's item. */
function cutAt(rest: string, width: number): number {
  let cut = rest.lastIndexOf(' ', width);
  while (cut > width / 3 && ITEM_START.test(rest.slice(cut + 1))) cut = rest.lastIndexOf(' ', cut - 1);
  if (cut > width / 3) return cut;
  // No room before the width: the first space after it where the line goes on as words.
  let after = rest.indexOf(' ', width);
  while (after >= 0 && ITEM_START.test(rest.slice(after + 1))) after = rest.indexOf(' ', after + 1);
  return after;
}

/** Wrap a long line at word boundaries, no line but the first starting like a list's item. */
function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let rest = sanitise(line);
  while (rest.length > width) {
    const cut = cutAt(rest, width);
    if (cut < 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1).trimStart();
  }
  out.push(rest);
  return out;
}

/** The text of a note as comment lines (without the leading `#`). */
function noteLines(note: Note): string[] {
  const out: string[] = [];
  if (note.todo) out.push(` TODO: ${sanitise(note.todo)}`);
  else if (note.comment) out.push(` ${sanitise(note.comment)}`);
  for (const line of note.lines) {
    if (!line.trim()) {
      out.push(' ');
      continue;
    }
    for (const part of wrap(line, WIDTH)) out.push(`   ${part}`);
  }
  while (out.length && out[out.length - 1] === ' ') out.pop();
  return out;
}

function join(existing: string | null | undefined, lines: string[]): string {
  return existing ? `${existing}\n \n${lines.join('\n')}` : lines.join('\n');
}

/** Put the register's keys in the schema's order. */
function ordered(register: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (register[key] !== undefined) out[key] = register[key];
  for (const [key, value] of Object.entries(register)) if (!(key in out) && value !== undefined) out[key] = value;
  return out;
}

/** Count of `TODO` notes. */
export function countTodos(notes: readonly Note[]): number {
  return notes.filter((n) => n.todo).length;
}

/** The draft as YAML text: deterministic, the same register and notes give the same bytes. */
export function writeDraft(register: Record<string, unknown>, notes: readonly Note[], options: WriteOptions): string {
  const doc = new Document(ordered(register));
  const root = doc.contents as YAMLMap<Scalar<string>, Node>;
  const pairs = new Map<string, Pair<Scalar<string>, Node>>();
  for (const pair of root.items) if (isScalar(pair.key)) pairs.set(String(pair.key.value), pair);
  const present = KEY_ORDER.filter((k) => pairs.has(k)) as string[];
  for (const key of pairs.keys()) if (!present.includes(key)) present.push(key);

  for (const key of present) {
    const pair = pairs.get(key)!;
    if (SPACED.has(key) && key !== present[0]) pair.key.spaceBefore = true;
  }

  /** The first present key at or after `key` in the schema's order (after it, when `after`). */
  const anchor = (key: string, after: boolean): string | undefined => {
    const index = (KEY_ORDER as readonly string[]).indexOf(key);
    if (index < 0) return pairs.has(key) && !after ? key : undefined;
    const from = after ? index + 1 : index;
    return present.find((k) => (KEY_ORDER as readonly string[]).indexOf(k) >= from);
  };

  const todoCount = (n: number) => (n === 1 ? '1 TODO comment marks' : `${n} TODO comments mark`);
  const header = [
    ` yaml-language-server: $schema=${options.schema}`,
    ` Draft register imported${options.source ? ` from ${sanitise(options.source)}` : ''} by \`seloste import\`.`,
    ` ${todoCount(countTodos(notes))} what could not be mapped; the original text is kept below them.`,
    ' Work through them, delete each comment when it is done, then run `seloste check` on this file.',
  ];
  doc.commentBefore = header.join('\n');

  const ending: string[][] = [];
  for (const note of notes) {
    const lines = noteLines(note);
    if (!lines.length) continue;
    const [key, index] = note.at;
    if (key === '$end' || typeof key !== 'string') {
      ending.push(lines);
      continue;
    }
    const target = anchor(key, note.after === true);
    if (!target) {
      ending.push(lines);
      continue;
    }
    const pair = pairs.get(target)!;
    if (note.inline && target === key && !note.lines.length) {
      const value = pair.value;
      if (value && isScalar(value)) {
        value.comment = join(value.comment, [lines.join(' ').replace(/^\s+/u, ' ')]).replace(/\n \n/gu, ';');
        continue;
      }
    }
    if (typeof index === 'number' && target === key && isSeq(pair.value)) {
      const item = pair.value.items[index];
      if (item && (isMap(item) || isScalar(item) || isSeq(item))) {
        (item as Node).commentBefore = join((item as Node).commentBefore, lines);
        continue;
      }
    }
    pair.key.commentBefore = join(pair.key.commentBefore, lines);
  }
  if (ending.length) doc.comment = ending.map((l) => l.join('\n')).join('\n \n');
  return doc.toString({ lineWidth: 0, indentSeq: true });
}
