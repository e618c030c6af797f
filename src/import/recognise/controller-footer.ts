/**
 * The controller's details found outside its own part of the notice, for a controller named without
 * them: in a page's footer, under its name on a line of its own ("Orikedon Autokorjaamo Oy" / "02 238
 * 8323" / "asiakaspalvelu@…" / "Kytkinkatu 1, 20380 Turku" / "Y-tunnus: 3362590-4"); in a contact block
 * whose e-mail addresses are all at the controller's domain; in a block that opens with its name. The
 * details are the controller's; the draft says where they came from, to be checked.
 */
import { detailLines, type Block } from '../document/block.js';
import type { DraftState } from '../draft/state.js';
import type { Section } from '../outline.js';
import { parseBlock, type Field, type Value } from './contact-block.js';
import { companyNames, EMAIL } from './contact-details.js';
import { FIELDS } from './contacts.js';
import { sameName } from './contact-names.js';
import { domainOf } from './controller-site.js';


/** The fields of the lines under the name that reach the controller: none unless they give an e-mail, a phone or an address. */
function details(name: string, under: readonly Block[]): [Field, Value][] {
  const { values } = parseBlock('controller', [name, ...under.flatMap(detailLines)]);
  if (values.name !== undefined && !sameName(values.name as string, name)) return [];
  if (values.email === undefined && values.phone === undefined && values.address === undefined) return [];
  return (Object.entries(values) as [Field, Value][]).filter(([field]) => field !== 'name' && FIELDS.controller.includes(field));
}

/** How many blocks under a name its details may take ("Postiosoite: …" / "010 … info@…"). */
const MAX_UNDER = 3;

/** The blocks right under the one at `i`, up to the next heading. */
function blocksUnder(blocks: readonly Block[], i: number): Block[] {
  const out: Block[] = [];
  for (const block of blocks.slice(i + 1, i + 1 + MAX_UNDER)) {
    if (block.kind === 'heading') break;
    out.push(block);
  }
  return out;
}

/**
 * A line that names the controller: its name as the notice writes it, or a company's name over lines
 * that give the controller's business ID, which tells it however the notice spells the name
 * ("Lakiasiantoimisto Heikkilä & Co HCO Oy (y-tunnus 1843393-9)" in the notice, "Lakiasiaintoimisto
 * Heikkilä & Co HCO Oy" / "Y-tunnus: 1843393-9" in the footer).
 */
function namesController(x: DraftState, name: string, line: string, under: readonly Block[]): boolean {
  if (line === name) return true;
  const id = x.controller.business_id;
  return typeof id === 'string' && companyNames(line)[0] === line && under.some((b) => b.text.includes(id));
}

export function controllerFooter(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  const { email, phone, address } = x.controller;
  const name = x.controller.name ?? x.frontCompany ?? x.titleCompany;
  if (!name || email || phone || address) return;
  const blocks = [...front, ...sections.flatMap((s) => [s.heading, ...s.blocks])];
  for (const [i, block] of blocks.entries()) {
    const under = blocksUnder(blocks, i);
    if (!under.length || !namesController(x, name, block.text.trim(), under)) continue;
    const found = details(block.text.trim(), under);
    if (!found.length) continue;
    const controller = x.controller as Partial<Record<Field, Value>>;
    for (const [field, value] of found) controller[field] ??= value;
    x.todo(['controller'], `the controller's contact details are taken from the lines under its name at line ${block.line} of the original (a page's footer, it seems): check them`, []);
    return;
  }
}

/** The domain of an e-mail address, lower-cased. */
const mailDomain = (email: string): string => domainOf(email.slice(email.lastIndexOf('@') + 1));

/**
 * A controller reachable by e-mail only, on a page whose contact block (its footer, say) gives an
 * address with an e-mail at the controller's own domain ("Kansanpuistonpolku 5 / 00570 Helsinki /
 * sompasauna@sompasauna.fi" beside "hallitus@sompasauna.fi"): the address is the controller's, to be
 * checked. A block of another party (the authority, a processor) has its e-mail at another domain.
 */
export function controllerAddressAtDomain(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  const { email, address, postal_address: postal, name } = x.controller;
  if (!email || address || postal) return;
  const domain = mailDomain(email);
  for (const block of [...front, ...sections.flatMap((s) => s.blocks)]) {
    const { values } = parseBlock('controller', detailLines(block));
    if (typeof values.email !== 'string' || typeof values.address !== 'object' || (values.name !== undefined && !sameName(values.name as string, name))) continue;
    const mails = block.text.match(EMAIL) ?? [];
    if (!mails.every((m) => mailDomain(m) === domain)) continue;
    x.controller.address = values.address;
    if (typeof values.phone === 'string') x.controller.phone ??= values.phone;
    x.todo(['controller'], `the controller's address is taken from line ${block.line} of the original, a contact block with an e-mail address at the controller's own domain: check it`, []);
    return;
  }
}

/**
 * A controller with no address, whose notice gives one in a block that opens with its name, anywhere
 * (a rights section's "write to us at": "Vuoreksen Peikot ry" / "c/o …, Luottikatu 4, 33870 Tampere").
 * A block with an e-mail at another domain than the controller's is another party's.
 */
export function controllerAddressUnderName(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  const { email, address, postal_address: postal, name } = x.controller;
  if (!name || address || postal) return;
  const domain = email ? mailDomain(email) : undefined;
  for (const block of [...front, ...sections.flatMap((s) => s.blocks)]) {
    const { values } = parseBlock('controller', detailLines(block));
    if (!sameName(values.name as string | undefined, name) || typeof values.address !== 'object') continue;
    const mails = block.text.match(EMAIL) ?? [];
    if (mails.some((m) => mailDomain(m) !== domain)) continue;
    x.controller.address = values.address;
    x.todo(['controller'], `the controller's address is taken from line ${block.line} of the original, a block that opens with its name: check it`, []);
    return;
  }
}
