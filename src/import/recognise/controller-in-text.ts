/**
 * The controller named only in running text: no section, label or title names it, but the notice
 * speaks of itself by its name again and again ("You have the right to request HelSec ry …",
 * "HelSec ry will keep your membership information …"). The organisation with a company form, or named
 * as an association ("föreningen Turf Västerbotten"), named most often, at least twice and more often
 * than any other, is the controller; a service provider
 * the notice names (Google, Meta …) never is. A name the notice speaks as ("vi på Granverkstan",
 * "Sprucework ("we")") goes first, company form or not; a contact person of that name is the
 * controller's own contact block. The draft says where the name came from, to be checked.
 */
import type { Block } from '../document/block.js';
import type { DraftState } from '../draft/state.js';
import type { Section } from '../outline.js';
import { providersNamed } from '../../check/providers.js';
import { COMPANY } from './contact-details.js';
import { weNames } from './we-name.js';

const textOf = (block: Block): string => (block.kind === 'list' ? (block.items ?? []).join('\n') : block.text);

/**
 * A Swedish association named by what it is, as a company is by its form: "medlem i föreningen Turf
 * Västerbotten"; its name is the capitalised words after the word.
 */
const ASSOCIATION = /(?<![\p{L}])föreningen[ \u00a0]+(\p{Lu}[\p{L}\d&'’-]*(?:[ \u00a0]\p{Lu}[\p{L}\d&'’-]*){0,3})(?![\p{L}\d])/gu;

/**
 * The organisations a text names with a company form, or as an association in running text ("medlem i
 * föreningen Turf Västerbotten"; "Föreningen Norden", capitalised, may be the name itself, and is not
 * read so). An association's name that a company's name holds ("föreningen Exempel rf") is that company's.
 */
function organisationsIn(text: string): string[] {
  const companies = [...text.matchAll(COMPANY)].map((m) => `${m[1]!.trim()} ${m[2]!}`.replace(/\s+/gu, ' '));
  const associations = [...text.matchAll(ASSOCIATION)].map((m) => m[1]!.replace(/\s+/gu, ' ')).filter((a) => !companies.some((c) => c.includes(a)));
  return [...companies, ...associations];
}

/** How often each organisation with a company form, or named as an association, is named in the blocks. */
function namings(blocks: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    for (const name of organisationsIn(textOf(block))) {
      if (providersNamed(name).length) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return counts;
}

/** The name named most often, at least twice and more often than any other. */
function mostNamed(counts: ReadonlyMap<string, number>): { name: string; times: number } | undefined {
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2 || (second && second[1] === first[1])) return undefined;
  return { name: first[0], times: first[1] };
}

/**
 * The one name the blocks speak as ("we"), not a service provider's; none when they speak as two. A provider the
 * text calls "we" in so many words is the one whose notice it is ("“we” … refer to Mapillary AB").
 */
function weName(blocks: readonly Block[]): string | undefined {
  const names = [...new Set(blocks.flatMap((b) => weNames(textOf(b))))].filter((n) => !providersNamed(n).length);
  if (names.length) return names.length === 1 ? names[0] : undefined;
  const said = [...new Set(blocks.flatMap((b) => weNames(textOf(b), true)))];
  return said.length === 1 ? said[0] : undefined;
}

/**
 * A contact person of the controller's own name, or of no name, is the controller's contact block
 * when the controller has no details of its own: its details are the controller's.
 */
function contactIsController(x: DraftState, name: string): void {
  const person = x.people.contact_person;
  if (person.title || (person.name !== undefined && person.name.toLowerCase() !== name.toLowerCase())) return;
  if (x.controller.email || x.controller.address || x.controller.phone) return;
  x.controller.email = person.email;
  x.controller.phone = person.phone;
  x.controller.address = person.address;
  x.controller.web_form ??= person.web_form;
  x.people.contact_person = {};
}

export function controllerInText(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  if (x.controller.name || x.frontCompany || x.titleCompany) return;
  const blocks = [...front, ...sections.flatMap((s) => s.blocks)];
  // A heading may say whose register it is too: "Hur används Gotlands Botaniska Förenings medlemsregister?".
  const we = weName(blocks) ?? weName(sections.map((s) => s.heading));
  if (we) {
    x.controller.name = we;
    contactIsController(x, we);
    x.todo(['controller'], `no part of the original names the controller; "${we}", the name its text speaks as ("we") or says processes the data, is taken for it: check it`, []);
    return;
  }
  const found = mostNamed(namings(blocks));
  if (!found) return;
  x.controller.name = found.name;
  x.todo(['controller'], `no part of the original names the controller; "${found.name}", named ${found.times} times in its text, is taken for it: check it`, []);
}

/** A contact block of no name, or of the controller's own, where the controller has no details: a notice's "Contact in privacy matters" with only an e-mail and a phone. */
export function controllerContactBlock(x: DraftState): void {
  const { name } = x.controller;
  if (!name) return;
  const person = x.people.contact_person;
  const had = Boolean(person.email || person.phone || person.address);
  contactIsController(x, name);
  if (had && !x.people.contact_person.email && !x.people.contact_person.phone) {
    x.todo(['controller'], 'the contact details of a contact block with no name of its own are taken for the controller\'s: check them', []);
  }
}
