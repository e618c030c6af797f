/** Recipients and categories of recipients, or a statement that data are not disclosed. */
import type { Block } from '../document/block.js';
import { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import { type Unit, unitLines } from '../draft/units.js';
import type { Section } from '../outline.js';
import { companyNames } from './contact-details.js';
import { itemText, listItems } from './nested.js';
import { addRecipient, type Made, paragraph } from './recipient-paragraph.js';
import { serviceNames } from './service-names.js';
import { withoutRights } from './rights-text.js';
import { TRANSFER_CUE, transferUnits } from './transfers.js';

/** The header of a column that names parties: "Palveluntarjoaja", "Mottagare", "Processor", "Service". */
const NAME_COLUMN = /palvelu|tarjoaj|vastaanottaj|käsittelij|toimittaj|nimi|mottagar|biträd|leverantör|tjänst|namn|recipient|processor|provider|service|vendor|name/iu;

/** The first cell of a table row, when the header says the first column names parties and the cell reads as a name. */
function firstCell(item: string, header: string): string | undefined {
  const first = item.split(' – ')[0]!.trim();
  if (!item.includes(' – ') || !NAME_COLUMN.test(header.split(' – ')[0] ?? '')) return undefined;
  return /^[\p{Lu}\d]/u.test(first) && first.split(/\s+/u).length <= 4 && !/[.,;:!?]$/u.test(first) ? first : undefined;
}

/** The name a list item gives, when it gives one: the first cell of a table row of parties, or the one company or service it names. */
function itemName(x: DraftState, item: string, header: string | undefined): string | undefined {
  const cell = header ? firstCell(item, header) : undefined;
  if (cell) return cell;
  const names = [...new Set([...companyNames(item), ...serviceNames(item)])].filter((n) => n !== x.controller.name);
  return names.length === 1 ? names[0] : undefined;
}

/** In a section on both disclosures and transfers: the sentences on transfers go to the transfers; the rest is returned. */
function transferSentences(x: DraftState, section: Section, block: Block): string {
  const all = sentences(block.text);
  const transfer = all.filter((s) => TRANSFER_CUE.test(s));
  if (transfer.length) transferUnits(x, section, [{ type: 'para', block: { ...block, text: transfer.join(' '), lines: transfer } }]);
  return all.filter((s) => !TRANSFER_CUE.test(s)).join(' ');
}

/**
 * A section on recipients: list items and table rows each a recipient, paragraphs sentence by
 * sentence; `recipients: none` only where every paragraph denies disclosures (or says which of the
 * controller's own people see the data) and nothing else is left.
 */
export function recipientSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  const left: Unit[] = [];
  const none: Unit[] = [];
  let denied = false;
  let context: string[] = [];
  const made: Made[] = [];
  for (const u of withoutRights(x, section, units)) {
    if (u.type === 'sub') {
      context = [u.block.text];
      left.push(u);
      continue;
    }
    if (u.type === 'list') {
      const lead = u.leadIn ? [u.leadIn.text] : [];
      const header = u.leadIn?.tableHeader ? u.leadIn.text : undefined;
      for (const item of listItems(u)) made.push(addRecipient(x, itemText(item), [...context, ...lead, ...item.parents], itemName(x, item.text, header), item.text));
      x.leadIn('recipients', u.leadIn);
      continue;
    }
    const text = section.kinds.includes('transfers') ? transferSentences(x, section, u.block) : u.block.text;
    if (!text) continue;
    const found = paragraph(x, text, context, made);
    denied ||= found.none === 'denial';
    if (found.none) none.push(u);
    else if (found.rest.length) left.push({ type: 'para', block: { ...u.block, lines: found.rest.length < sentences(text).length ? found.rest : u.block.lines } });
  }
  if (denied && !left.length && !x.recipients.length) {
    x.recipientsNone = true;
    x.remark(['recipients'], 'The original says:', none.flatMap(unitLines));
  } else left.unshift(...none);
  if (left.length) x.recipientsOpen = true;
  x.leftover(section, 'recipients', 'recipients not mapped: name the recipients or categories of recipients in `recipients`, or write `recipients: none`', left);
}
