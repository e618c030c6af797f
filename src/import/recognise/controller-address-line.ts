/**
 * The controller named nowhere but in a labelled address of a company, as a notice may end: "Address:
 * JouZen Oy, Elektroniikkatie 3, FI-90590 Oulu, Finland" / "E-mail: support@…". Where no part, label,
 * title or sentence names the controller, the one company whose name and street address such a line
 * gives, before the first part, in a part on contacts or changes or in the last part (not in one on
 * recipients, transfers or sources), is the controller; the e-mail or phone on the line after it is its
 * too. The draft says where they came from, to be checked.
 */
import { detailLines, type Block } from '../document/block.js';
import type { DraftState } from '../draft/state.js';
import type { Section } from '../outline.js';
import type { SectionKind } from '../headings.js';
import type { Address } from '../../types.js';
import { providersNamed } from '../../check/providers.js';
import { parseBlock, type Value } from './contact-block.js';
import { COMPANY_SUFFIX } from './contact-details.js';

/** Parts where a company's address is another party's: a processor, a recipient, a source, the authority of the rights. */
const OTHERS: ReadonlySet<SectionKind> = new Set<SectionKind>(['recipients', 'transfers', 'sources', 'security', 'cookies', 'rights']);

/** A line that only gives an e-mail address or a phone number: "E-mail: support@…", "Puh. 040 …". */
const DETAIL_LINE = /^(?:e-?mail|email|sähköposti|e-?post|phone|tel(?:ephone)?|puh(?:elin)?|telefon)\.?\s*:?\s*\S+/iu;


interface Found {
  name: string;
  values: Partial<Record<string, Value>>;
  line: number;
}

/** A line that is an address by its label: "Address: …", "Osoite: …", "Postiosoite: …", "Adress: …". */
const ADDRESS_LABEL = /^(?:address|postal address|visiting address|osoite|postiosoite|käyntiosoite|adress|postadress|besöksadress)\s*[:：]/iu;

/** The company a labelled address line names with its street address, and the details of the block after it when that only gives them. */
function companyAddress(block: Block, next: Block | undefined): Found | undefined {
  if (block.kind === 'heading' || !ADDRESS_LABEL.test(detailLines(block)[0]?.trim() ?? '')) return undefined;
  const after = next && next.kind !== 'heading' && next.lines.length <= 2 && next.lines.every((l) => DETAIL_LINE.test(l.trim())) ? next.lines : [];
  const { values } = parseBlock('controller', [...detailLines(block), ...after]);
  const { name, address } = values;
  if (typeof name !== 'string' || !COMPANY_SUFFIX.test(name) || providersNamed(name).length) return undefined;
  if (!address || typeof address !== 'object' || !('street' in address) || !('postal_code' in address)) return undefined;
  return { name, values, line: block.line };
}

/** Parts where the notice gives its own details: the contact parts, its changes, and the last part, where a notice ends on them. */
const OWN: ReadonlySet<SectionKind> = new Set<SectionKind>(['controller', 'contact', 'contact_person', 'dpo', 'changes', 'title']);

export function controllerAddressLine(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  if (x.controller.name || x.frontCompany || x.titleCompany) return;
  const own = sections.filter((s, i) => (s.kinds.some((k) => OWN.has(k)) || i === sections.length - 1) && !s.kinds.some((k) => OTHERS.has(k)));
  // The front before any heading of a part the outline did not know ("## Payments"), which is another's.
  const later = front.findIndex((b, i) => i > 0 && b.kind === 'heading');
  const blocks = [...(later < 0 ? front : front.slice(0, later)), ...own.flatMap((s) => s.blocks)];
  const found = blocks.map((b, i) => companyAddress(b, blocks[i + 1])).filter((f): f is Found => f !== undefined);
  const names = new Set(found.map((f) => f.name.toLowerCase()));
  if (names.size !== 1) return;
  const [first] = found as [Found];
  x.controller.name = first.name;
  x.controller.address = first.values['address'] as Address;
  if (typeof first.values['email'] === 'string') x.controller.email ??= first.values['email'];
  if (typeof first.values['phone'] === 'string') x.controller.phone ??= first.values['phone'];
  x.todo(['controller'], `no part of the original names the controller; "${first.name}", whose address line ${first.line} of the original gives, is taken for it: check it`, []);
}
