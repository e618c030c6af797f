/**
 * Where a finding on the draft register stands in the original notice: at the passage its value came
 * from (the words the message quotes, if the original has them there), or, for something missing,
 * at the section of the original where it belongs, or at the start of the notice.
 */
import type { Document } from 'yaml';
import type { Diagnostic } from '../diagnostic.js';
import type { SectionKind } from '../import/headings.js';
import { pathAtOffset, type PathSegment } from '../load/yaml-ast.js';
import { comparable, findPassage, type Passage } from './passages.js';

/** The part of a notice where what a rule misses belongs. */
const BELONGS: Readonly<Record<string, readonly SectionKind[]>> = {
  'controller-contact': ['controller', 'contact'],
  'business-id': ['controller'],
  'dpo-contact': ['dpo', 'controller', 'contact'],
  'representative': ['controller'],
  'legal-basis': ['legal_basis', 'purposes'],
  'legitimate-interest': ['legitimate_interest', 'legal_basis', 'purposes'],
  'consent-withdrawal': ['consent', 'legal_basis', 'purposes'],
  'right-to-object': ['rights', 'purposes'],
  'data-categories': ['data_categories'],
  'provision-requirement': ['provision', 'data_categories'],
  'data-sources': ['sources'],
  'recipients': ['recipients'],
  'transfer-consistency': ['transfers', 'recipients'],
  'transfer-mechanism': ['transfers'],
  'provider-transfer': ['transfers', 'recipients'],
  'retention': ['retention'],
  'automated-decisions': ['automated_decisions'],
  'notice-date': ['date', 'changes'],
  'special-category-condition': ['data_categories', 'legal_basis'],
};

export interface Place {
  line: number;
  /** The passage the finding stands at, when it stands at one. */
  passage?: Passage;
  /** The path of the register's node the finding was made at; `[]` for something it leaves out altogether. */
  path: PathSegment[];
}

/** The strings under a value, depth first: the texts a draft value was made of. */
function stringsUnder(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsUnder(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsUnder(v, out);
  return out;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[String(segment)] : undefined;
  return value;
}

/** The passage of a value at a path, or of the nearest ancestor that has one (not the root). */
function passageOfPath(passages: readonly Passage[], data: unknown, path: readonly PathSegment[], start: number): Passage | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    for (const text of stringsUnder(valueAt(data, path.slice(0, depth))).slice(0, 4)) {
      const found = findPassage(passages, text, start);
      if (found) return found;
    }
  }
  return undefined;
}

/** The words a message quotes (`…`) that the original has, nearest to a passage when one is given. */
function quoted(passages: readonly Passage[], message: string, near: Passage | undefined, start: number): Passage | undefined {
  for (const [, quote] of message.matchAll(/`([^`]{3,80})`/gu)) {
    const needle = comparable(quote!);
    const holding = passages.filter((p) => comparable(p.text).includes(needle));
    if (!holding.length) continue;
    if (near && holding.includes(near)) return near;
    const inRegister = holding.filter((p) => p.line >= start);
    const candidates = inRegister.length ? inRegister : holding;
    return (near && candidates.find((p) => p.sectionLine === near.sectionLine)) || candidates[0];
  }
  return near;
}

/** The heading of the first section of a part of the notice where what a rule misses belongs. */
/**
 * Words of a passage that speaks of the part a rule misses, for a notice without a section about it:
 * who the controller and the DPO are, whether data must be given, where data are kept and whether they
 * leave the EU, to whom they go, how long they are kept, on what basis they are processed.
 */
const SPEAKS_OF: Readonly<Record<string, RegExp>> = {
  'controller-contact': /rekisterinpitäjä|rekisterin pitäjä|personuppgiftsansvarig|data controller|(?<!\p{L})controller(?!\p{L})/iu,
  'dpo-contact': /tietosuojavastaava|dataskyddsombud|data protection officer/iu,
  'provision-requirement': /pakollinen|pakollisia|vapaaehtoinen|valinnainen|obligatorisk|frivillig|mandatory|required|optional/iu,
  'transfer-consistency': /(?<!\p{L})(?:EU|ETA|EEA|EES|ETA:n|EU:n)(?!\p{L})|euroop|palvelim|server|sijaitse|located|belägen/iu,
  'recipients': /luovut|vastaanott|lämnas ut|delas med|lämnar ut|disclos|shared? with|recipient/iu,
  'retention': /säilyt|poistet|poistaa|lagra|sparas|raderas|gallras|retain|kept for|delete/iu,
  'legal-basis': /oikeusperust|käsittelyn peruste|rättslig\p{L}* grund|legal basis|lawful basis/iu,
};

function belongs(passages: readonly Passage[], ruleId: string, start: number): Passage | undefined {
  for (const kind of BELONGS[ruleId] ?? []) {
    const found = passages.find((p) => p.kind === kind);
    if (found) return { ...found, line: found.sectionLine };
  }
  const words = SPEAKS_OF[ruleId];
  return words ? passages.find((p) => p.line >= start && words.test(p.text)) : undefined;
}

/** The place in the original of a finding on the draft (its text, its parsed document and its data). */
export function placeFinding(
  d: Diagnostic,
  draft: { text: string; doc: Document; data: unknown; lineStarts: readonly number[] },
  passages: readonly Passage[],
  start: number,
): Place {
  const offset = (draft.lineStarts[d.line - 1] ?? 0) + d.column - 1;
  // A finding on the register as a whole (something missing) is reported at its first key.
  const path = pathAtOffset(draft.doc, offset);
  const root = path.length === 0;
  const own = passageOfPath(passages, draft.data, path, start);
  const at = (root ? undefined : quoted(passages, d.message, own, start)) ?? belongs(passages, d.ruleId, start);
  return at ? { line: at.line, passage: at, path } : { line: start, path };
}
