/**
 * A purpose said as a record of labelled fields in one paragraph: "Syfte: För att besvara dina frågor.
 * Personuppgifter: Namn och kontaktinformation. Rättslig grund: Utförande av avtal. Lagringstid: Tre år.",
 * "Tarkoitus: … Oikeusperuste: … Säilytysaika: …", "Purpose: … Legal basis: … Retention: …". The record
 * is read as a row of a table is: the purpose with its basis, its data the register's categories, its
 * period a retention rule that applies to it.
 */
import type { DraftState, StatedIn } from '../draft/state.js';
import type { Unit } from '../draft/units.js';
import { statedBases } from './bases.js';
import { dataOf, giveBases, retentionOf } from './purpose-table.js';
import { addPurpose } from './purposes.js';

type Field = 'purpose' | 'data' | 'basis' | 'retention';

const LABELS: Readonly<Record<Field, string>> = {
  purpose: 'syfte|ändamål(?:et)?|tarkoitus|käyttötarkoitus|käsittelyn tarkoitus|purpose',
  data: 'personuppgifter|uppgifter|kategorier av personuppgifter|henkilötiedot|käsiteltävät tiedot|tiedot|personal data|data|categories of (?:personal )?data',
  basis: 'rättslig grund|laglig grund|oikeusperuste|käsittelyn oikeusperuste|legal basis|lawful basis',
  retention: 'lagringstid|lagringsperiod|säilytysaika|retention(?: period)?|storage period',
};

const FIELDS = Object.keys(LABELS) as Field[];

/** A label at the start of the paragraph or of a sentence in it, with its colon. */
const LABEL = new RegExp(`(?:^|(?<=[.!?]\\s+))(?:${FIELDS.map((f) => `(?<${f}>${LABELS[f]})`).join('|')})\\s*:\\s*`, 'giu');

/** The record's fields, where the paragraph opens on a label and holds a purpose with its basis or its period, each field once. */
export function recordFields(text: string): Partial<Record<Field, string>> | undefined {
  const labels = [...text.matchAll(LABEL)];
  if (labels.length < 2 || labels[0]!.index !== 0) return undefined;
  const out: Partial<Record<Field, string>> = {};
  for (const [i, m] of labels.entries()) {
    const field = FIELDS.find((f) => m.groups?.[f] !== undefined)!;
    if (out[field] !== undefined) return undefined;
    out[field] = text.slice(m.index + m[0].length, labels[i + 1]?.index ?? text.length).trim().replace(/\.$/u, '');
  }
  return out.purpose && (out.basis || out.retention) ? out : undefined;
}

/** Whether the paragraph was a record, read into the draft. */
export function purposeRecord(x: DraftState, text: string, where: StatedIn): boolean {
  const f = recordFields(text);
  if (!f) return false;
  addPurpose(x, f.basis ? `${f.purpose} – ${f.basis}` : f.purpose!, where);
  const purpose = x.purposes[x.purposes.length - 1]!;
  if (f.basis) giveBases(purpose, statedBases(f.basis));
  if (f.data) dataOf(x, f.data);
  if (f.retention) retentionOf(x, purpose, f.retention);
  return true;
}

/** A purpose's label alone, as the reader makes a heading of it ("Syfte" over "För att … Rättslig grund: …"). */
const PURPOSE_LABEL = new RegExp(`^(?:${LABELS.purpose})$`, 'iu');

/** A record whose first label the reader took for a heading over the rest of it: whether it was one, read into the draft. */
export function headedRecord(x: DraftState, heading: string, units: readonly Unit[]): boolean {
  const [only, ...rest] = units;
  if (rest.length || only?.type !== 'para' || !PURPOSE_LABEL.test(heading.trim())) return false;
  return purposeRecord(x, `${heading.trim()}: ${only.block.text}`, { section: x.place() });
}
