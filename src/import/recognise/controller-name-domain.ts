/**
 * A controller named without an e-mail or a phone, on a page whose contact block gives an e-mail at
 * a domain that spells the controller's name ("Finnish Design Shop Oy", and "Customer Service Tel.
 * +358 20 743 2530 info@finnishdesignshop.com" above the notice): the e-mail, and the one phone beside
 * it, are the controller's, to be checked. A block with several e-mail addresses, a part of the notice on
 * its contacts (whose e-mail, if any, is a person's), and a person's e-mail are not taken.
 */
import type { Block } from '../document/block.js';
import type { DraftState } from '../draft/state.js';
import type { Section } from '../outline.js';
import { CONTACT_KINDS } from '../headings.js';
import { COMPANY_SUFFIX, EMAIL } from './contact-details.js';
import { onlyOne } from './contact-spans.js';
import { domainOf } from './controller-site.js';

/** A name's letters and digits, without accents, case or spaces: "Finnish Design Shop" → "finnishdesignshop". */
const spelled = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z\d]/gu, '');

/** The shortest name a domain is taken to spell: "ab.fi" spells nothing. */
const MIN_LETTERS = 4;

export function controllerMailAtName(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  const { name, email, phone } = x.controller;
  if (typeof name !== 'string' || email || phone) return;
  const own = spelled(name.replace(COMPANY_SUFFIX, ''));
  if (own.length < MIN_LETTERS) return;
  const people = new Set(Object.values(x.people).map((p) => p.email));
  const others = sections.filter((s) => !s.kinds.some((k) => CONTACT_KINDS.has(k)));
  for (const block of [...front, ...others.flatMap((s) => s.blocks)]) {
    const mails = new Set(block.text.match(EMAIL) ?? []);
    const mail = onlyOne(block.text, 'email');
    if (mails.size !== 1 || !mail || people.has(mail) || spelled(domainOf(mail.slice(mail.lastIndexOf('@') + 1)).split('.')[0]!) !== own) continue;
    x.controller.email = mail;
    const tel = onlyOne(block.text, 'phone');
    if (tel) x.controller.phone = tel;
    x.todo(['controller'], `the controller's e-mail is taken from line ${block.line} of the original, at a domain that spells its name: check it`, []);
    return;
  }
}
