/**
 * Under a heading on transfers ("Överföring av personuppgifter", "Tietojen siirto", "Var behandlas
 * uppgifterna?"), sentences that name a recipient and say nothing of a country, a transfer mechanism
 * or the EU/EEA are about recipients ("Uppgifterna överförs till vårt lönesystem hos Exempel AB"), and
 * so is a list of the parties that process the data, each with its country ("Hetzner (Finland):
 * servrar, databas …"): they become recipients, and the rest is left to the transfers.
 */
import { mechanismsIn } from '../../check/transfer-words.js';
import { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import type { Unit } from '../draft/units.js';
import type { Section } from '../outline.js';
import { countriesIn } from './countries.js';
import { listItems } from './nested.js';
import { paragraph } from './recipient-paragraph.js';
import { labelled, recipientSection } from './recipients.js';
import { sentenceKind } from './recipient-sentence.js';
import { IN_EEA_PLACE, STAYS, TRANSFER_CUE } from './transfer-sentences.js';

/** A sentence on a recipient, with nothing in it on a transfer outside the EU/EEA. */
function onRecipient(x: DraftState, s: string): boolean {
  return !TRANSFER_CUE.test(s) && !countriesIn(s).length && !mechanismsIn(s).length && sentenceKind(x, s, false) === 'recipient';
}

/** A lead-in that introduces the parties that process the data: "Käytämme seuraavia alihankkijoita:", "We use these providers:". */
const PARTIES_LEAD = /alihankkij|palveluntarjoaj|käsittelij|toimittaj|leverantör|biträd|providers|processors|sub-?processors|vendors|subcontractors/iu;

/** An item that opens on a party with its place in brackets ("Hetzner (Finland): servrar …") or ends on it ("Supabase — tietokanta (EU)"). */
function partyWithPlace(item: string): boolean {
  const label = labelled(item);
  return label !== undefined && (label.countries.length > 0 || label.inEea);
}

/**
 * A list of the parties that process the data: every item a party with its place, or the lead-in says
 * the items are the providers or processors.
 */
function partiesList(u: Extract<Unit, { type: 'list' }>): boolean {
  const items = listItems(u);
  return items.length > 0 && (items.every((i) => partyWithPlace(i.text)) || (PARTIES_LEAD.test(u.leadIn?.text ?? '') && items.every((i) => labelled(i.text) !== undefined)));
}

/** A service said to be used: "We use Freshdesk …", "Käytämme Freshdeskiä …", "Vi använder Freshdesk …". */
const USES = /(?<!\p{L})(?:we use|we are using|käytämme|käytetään|vi använder|använder vi|används)(?!\p{L})/iu;

/** An item that says where the data are: it answers the section's question and stays with the transfers. */
function onWhere(item: string): boolean {
  return STAYS.test(item) || IN_EEA_PLACE.test(item);
}

/**
 * A list of sentences under the heading ("We use Freshdesk as a platform for email communication", "We
 * use postit.csc.fi to send a newsletter"): each item that says a service is used, and nothing of where
 * the data are or of a transfer, is a recipient. A list its lead-in makes the parties of a transfer ("we
 * transfer data to the United States when we use these services:") stays with the transfers; so do
 * the items left, the list quoted as written where they are not mapped.
 */
function recipientItems(x: DraftState, u: Extract<Unit, { type: 'list' }>): Unit[] {
  const lead = u.leadIn?.text ?? '';
  if (TRANSFER_CUE.test(lead) || countriesIn(lead).length || mechanismsIn(lead).length) return [u];
  const mine = u.items.filter((item) => USES.test(item) && !onWhere(item) && sentences(item).every((s) => onRecipient(x, s)));
  if (!mine.length) return [u];
  for (const item of mine) paragraph(x, item, [], []);
  // The transfers read the items left; what they leave unmapped is quoted from the list as written.
  if (mine.length < u.items.length) return [{ ...u, items: u.items.filter((item) => !mine.includes(item)) }];
  return u.leadIn ? [{ type: 'para', block: u.leadIn }] : [];
}

/** The units of a transfers section without the sentences and lists that name recipients, which are mapped as recipients. */
export function recipientsInTransfers(x: DraftState, section: Section, units: readonly Unit[]): Unit[] {
  return units.flatMap((u): Unit[] => {
    // The parties go to the recipients; what the lead-in says of where the data are stays with the transfers.
    if (u.type === 'list' && partiesList(u)) {
      recipientSection(x, section, [{ type: 'list', items: u.items, blocks: u.blocks }]);
      return u.leadIn ? [{ type: 'para', block: u.leadIn }] : [];
    }
    if (u.type === 'list') return recipientItems(x, u);
    if (u.type !== 'para') return [u];
    const all = sentences(u.block.text);
    const mine = all.filter((s) => onRecipient(x, s));
    if (!mine.length) return [u];
    paragraph(x, mine.join(' '), [], []);
    const rest = all.filter((s) => !mine.includes(s));
    return rest.length ? [{ type: 'para', block: { ...u.block, text: rest.join(' '), lines: rest } }] : [];
  });
}
