/**
 * The controller's details at the beginning of a notice, under the line that names it there
 * ("**Provided by:** Igdrasil AB" / "**Privacy contact:** legal@…" / "**Address:** Kornhamnstorg 61, 111 27
 * Stockholm"), or in the lines after it in its own block ("Monta ApS" / "Strandboulevarden 122, 2100
 * Copenhagen, Denmark" / "Email: info@…"): short labelled lines and addresses, before the first heading,
 * give what its own part left out.
 */
import type { Block } from '../document/block.js';
import type { DraftState } from '../draft/state.js';
import { parseBlock, type Field, type Value } from './contact-block.js';
import { FIELDS } from './contacts.js';
import { sameName } from './contact-names.js';
import { detailLabels } from './contact-labels.js';
import { spansIn } from './contact-spans.js';

/** How many blocks under the name its details may take. */
const MAX_UNDER = 4;

/** A business ID said in a short line without a colon: "Yhdistysrekisterin numero 165271 ja Y-tunnus 1532406-7". */
const BUSINESS_ID = /(?:y-tunnus|yritystunnus|business id|fo-nummer|org(?:anisations)?\.?\s?n(?:umme)?r)\.?\s*\d/iu;

/** A short line that labels what it gives ("Address: …", "Osoite: …", "E-post: …"), or gives a business ID. */
const labelled = (line: string): boolean => line.length <= 120 && (/^[^:]{2,40}:\s*\S/u.test(line.replace(/\*\*|__/gu, '')) || BUSINESS_ID.test(line));

/** The lines of the blocks right under the one at `i` while each is a short labelled line. */
function labelledUnder(front: readonly Block[], i: number): string[] {
  const out: string[] = [];
  for (const block of front.slice(i + 1, i + 1 + MAX_UNDER)) {
    const lines = block.kind === 'list' ? (block.items ?? []) : block.lines;
    if (block.kind === 'heading' || !lines.every(labelled)) break;
    out.push(...lines.map((l) => l.replace(/\*\*|__/gu, '')));
  }
  return out;
}

/** A line that gives a postal address: "Strandboulevarden 122, 2100 Copenhagen, Denmark". */
const givesAddress = (line: string): boolean => spansIn(line).spans.some((sp) => sp.kind === 'address');

/**
 * The lines after the name in its own block ("Monta ApS" / "Strandboulevarden 122, 2100 Copenhagen" /
 * "Email: info@…"), while each is a short labelled line or an address.
 */
function linesAfterName(block: Block, name: string): string[] {
  const at = block.lines.findIndex((l) => l.includes(name));
  const out: string[] = [];
  for (const line of at < 0 ? [] : block.lines.slice(at + 1)) {
    if (!labelled(line) && !givesAddress(line)) break;
    // A labelled line of something else ("Last updated: …", "Isännöitsijä: Isännöinti Oy, …") gives none of the controller's details.
    if (labelled(line) && !detailLabelled(line)) continue;
    out.push(line.replace(/\*\*|__/gu, ''));
  }
  return out;
}

/** A line whose label is one of a contact detail: "Email: …", "Osoite: …", "Y-tunnus 1234567-8". */
function detailLabelled(line: string): boolean {
  const text = line.replace(/\*\*|__/gu, '').trim();
  return detailLabels(text).some((l) => l.start === 0) || BUSINESS_ID.test(text);
}

export function controllerInFront(x: DraftState, front: readonly Block[]): void {
  const name = x.frontCompany;
  if (!name || (x.controller.name !== undefined && !sameName(x.controller.name as string, name))) return;
  const i = front.findIndex((b) => b.kind !== 'heading' && b.text.includes(name));
  const under = i < 0 ? [] : [...(front[i]!.kind === 'paragraph' ? linesAfterName(front[i]!, name) : []), ...labelledUnder(front, i)];
  if (!under.length) return;
  const { values } = parseBlock('controller', [name, ...under]);
  const found = (Object.entries(values) as [Field, Value][]).filter(([field]) => field !== 'name' && FIELDS.controller.includes(field));
  const controller = x.controller as Partial<Record<Field, Value>>;
  const missing = found.filter(([field]) => controller[field] === undefined);
  if (!missing.length) return;
  for (const [field, value] of missing) controller[field] = value;
  const fields = missing.map(([f]) => f.replace('_', ' '));
  x.todo(['controller'], `the controller's ${fields.join(', ')} ${fields.length === 1 ? 'is' : 'are'} taken from the lines under its name at line ${front[i]!.line} of the original: check them`, []);
}
