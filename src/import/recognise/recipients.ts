/** Recipients and categories of recipients, or a statement that data are not disclosed. */
import type { Block } from '../document/block.js';
import { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import { type Unit, unitLines } from '../draft/units.js';
import type { Section } from '../outline.js';
import { companyNames } from './contact-details.js';
import { itemText, listItems } from './nested.js';
import { namesGroupCompany, recipientRole, roleIn } from './recipient-roles.js';
import { namedParties, onlyRole, type SentenceKind, sentenceKind } from './recipient-sentence.js';
import { serviceNames } from './service-names.js';
import { withoutRights } from './rights-text.js';
import { TRANSFER_CUE, transferUnits } from './transfers.js';

/** The name a list item gives, when it gives one: a company or service, or the first cell of a table row under a header that names parties. */
function itemName(x: DraftState, item: string, header: string | undefined): string | undefined {
  const first = item.split(' – ')[0]!.trim();
  if (header && NAME_COLUMN.test(header.split(' – ')[0] ?? '') && item.includes(' – ') && /^[\p{Lu}\d]/u.test(first) && first.split(/\s+/u).length <= 4 && !/[.,;:!?]$/u.test(first)) {
    return first;
  }
  const names = [...new Set([...companyNames(item), ...serviceNames(item)])].filter((n) => n !== x.controller.name);
  return names.length === 1 ? names[0] : undefined;
}

/** The header of a column that names parties: "Palveluntarjoaja", "Mottagare", "Processor", "Service". */
const NAME_COLUMN = /palvelu|tarjoaj|vastaanottaj|käsittelij|toimittaj|nimi|mottagar|biträd|leverantör|tjänst|namn|recipient|processor|provider|service|vendor|name/iu;

/** A recipient: `own` is the item's own words, which name its role before the context does. */
function addRecipient(x: DraftState, text: string, context: readonly string[], name?: string, own = text): void {
  const role = roleIn(own, context);
  x.recipients.push({ ...(name ? { name } : {}), category: x.t(text), ...role });
  if (!role.role && namesGroupCompany(own)) {
    x.todo(['recipients', x.recipients.length - 1], 'a group company is a processor or a controller: set `role` and `group_company: true`', []);
  }
}

/**
 * A paragraph: sentences that name recipients become recipients, and a sentence that goes on about
 * the one before ("They …", "Till exempel …") joins it; a denial or the rest is returned.
 */
function paragraph(x: DraftState, text: string, context: readonly string[]): { none: boolean; rest: string[] } {
  const all = sentences(text);
  const kinds: SentenceKind[] = [];
  for (const s of all) kinds.push(sentenceKind(x, s, kinds.length > 0 && (kinds[kinds.length - 1] === 'recipient' || kinds[kinds.length - 1] === 'goes-on')));
  if (kinds.every((k) => k === 'denial')) return { none: true, rest: [] };
  const rest: string[] = [];
  let open: { text: string; index: number } | undefined;
  all.forEach((s, i) => {
    const kind = kinds[i]!;
    const role = open && x.recipients[open.index]?.role;
    if (open && (kind === 'goes-on' || (kind === 'recipient' && onlyRole(x, s) && recipientRole(s).role === role))) {
      open.text = `${open.text} ${s}`;
      x.recipients[open.index] = { ...x.recipients[open.index], category: x.t(open.text), ...roleIn(open.text, context) };
    } else if (kind === 'recipient') {
      open = { text: s, index: x.recipients.length };
      const names = namedParties(x, s);
      addRecipient(x, s, context, names.length === 1 ? names[0] : undefined);
    } else {
      open = undefined;
      rest.push(s);
    }
  });
  return { none: false, rest };
}

/** In a section on both disclosures and transfers: the sentences on transfers go to the transfers; the rest is returned. */
function transferSentences(x: DraftState, section: Section, block: Block): string {
  const all = sentences(block.text);
  const transfer = all.filter((s) => TRANSFER_CUE.test(s));
  if (transfer.length) transferUnits(x, section, [{ type: 'para', block: { ...block, text: transfer.join(' '), lines: transfer } }]);
  return all.filter((s) => !TRANSFER_CUE.test(s)).join(' ');
}

export function recipientSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  const left: Unit[] = [];
  const none: Unit[] = [];
  let context: string[] = [];
  for (const u of withoutRights(x, section, units)) {
    if (u.type === 'sub') {
      context = [u.block.text];
      left.push(u);
      continue;
    }
    if (u.type === 'list') {
      const lead = u.leadIn ? [u.leadIn.text] : [];
      const header = u.leadIn?.tableHeader ? u.leadIn.text : undefined;
      for (const item of listItems(u)) addRecipient(x, itemText(item), [...context, ...lead, ...item.parents], itemName(x, item.text, header), item.text);
      x.leadIn('recipients', u.leadIn);
      continue;
    }
    const text = section.kinds.includes('transfers') ? transferSentences(x, section, u.block) : u.block.text;
    if (!text) continue;
    const found = paragraph(x, text, context);
    if (found.none) none.push(u);
    else if (found.rest.length) left.push({ type: 'para', block: { ...u.block, lines: found.rest.length < sentences(text).length ? found.rest : u.block.lines } });
  }
  if (none.length && !left.length && !x.recipients.length) {
    x.recipientsNone = true;
    x.remark(['recipients'], 'The original says:', none.flatMap(unitLines));
  } else left.unshift(...none);
  if (left.length) x.recipientsOpen = true;
  x.leftover(section, 'recipients', 'recipients not mapped: name the recipients or categories of recipients in `recipients`, or write `recipients: none`', left);
}
