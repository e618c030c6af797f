/** The controller, its contact person and its DPO, from the sections and labels that name their role. */
import type { Address } from '../../types.js';
import { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import type { Unit } from '../draft/units.js';
import type { Section } from '../outline.js';
import { type Field, type Parsed, parseBlock, sameValue, type Value } from './contact-block.js';
import { EMAIL, RESPONSIBLE } from './contact-details.js';
import { addresseeOf, type Role, roleAtStart, roleCue, roleLabels } from './contact-labels.js';
import { cleanFragment, isPersonName, sameName, titledName } from './contact-names.js';
import { spansIn } from './contact-spans.js';

export type { Role } from './contact-labels.js';
export { ROLE_CUES } from './contact-labels.js';

const ROLES: readonly Role[] = ['controller', 'contact_person', 'dpo'];
export const FIELDS: Record<Role, readonly Field[]> = {
  controller: ['name', 'business_id', 'registration', 'email', 'phone', 'address', 'postal_address', 'website', 'web_form'],
  contact_person: ['name', 'title', 'email', 'phone', 'address', 'web_form'],
  dpo: ['name', 'title', 'email', 'phone', 'address', 'web_form'],
};

interface Line {
  text: string;
  role: Role;
  /** Each role label or subheading starts a block of its own. */
  block: number;
  /** The paragraph, list or subheading of the section the line is of. */
  unit: number;
  /**
   * The line is a heading that addresses the role ("Duunify Tietosuojavastaava", "Tietosuojavastaava"
   * after "Rekisterinpitäjän yhteystiedot:"): `by` is the name before the role, `leadIn` whether a
   * lead-in to the controller's contact details stands right above it.
   */
  addressee?: { by: string; leadIn: boolean };
}

function unitTexts(unit: Unit): string[] {
  if (unit.type === 'list') return [...(unit.leadIn ? unit.leadIn.lines : []), ...unit.items];
  if (unit.type === 'sub') return [unit.block.text];
  return unit.block.lines.length > 1 ? unwrapped(unit.block.lines) : sentences(unit.block.text);
}

/** Lines with a sentence wrapped over several of them joined: "… can be reached by email at" + "privacy@… and by phone …". */
function unwrapped(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last !== undefined && /(?:^|\s)(?:at|to|by|and|or|on|osoitteessa|osoitteesta|numerosta|numerossa|ja|tai|på|och|eller|till)$/iu.test(last)) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}

/** A paragraph whose first line opens on a person's name ("Martin Berg, Founder", "Anna Aho, puheenjohtaja"). */
function startsWithPerson(unit: Unit | undefined): boolean {
  return unit?.type === 'para' && isPersonName(cleanFragment(unit.block.lines[0]!.split(/[,;(]/u)[0]!));
}

/**
 * A block of contact details that gives the controller's e-mail or address again, with no other name
 * ("Yhteystiedot" in a page's footer: the address, a phone, the e-mail, "Y-tunnus: …"): the controller's
 * own, whose other details complete it.
 */
export function repeatsController(x: DraftState, units: readonly Unit[]): boolean {
  const { values } = parseBlock('controller', units.flatMap(unitTexts));
  const { email, address } = x.controller;
  const same = (email !== undefined && values.email === email) || (address !== undefined && values.address !== undefined && sameValue(values.address, address));
  return same && (values.name === undefined || sameName(values.name as string, x.controller.name as string | undefined));
}

/** The section opens on a person's name. */
export function opensOnPerson(units: readonly Unit[]): boolean {
  return startsWithPerson(units.find((u) => u.type === 'para'));
}

/**
 * The role a paragraph that starts with a person's name is about, in a section headed by the
 * controller and a person ("Rekisterinpitäjä ja yhteyshenkilö"): the person; and the contact person,
 * under any controller's heading, where it opens on the one who answers for data protection.
 */
function personParagraph(unit: Unit, roles: readonly Role[], sticky: Role, seen: boolean, before?: Unit): Role | undefined {
  if (!seen || sticky !== 'controller' || unit.type !== 'para') return undefined;
  const responsible = RESPONSIBLE.exec(unit.block.text)?.[1];
  if (responsible && isPersonName(responsible)) return 'contact_person';
  if (!startsWithPerson(unit)) return undefined;
  // The sentence that leads in, the last of its paragraph: an earlier one may speak of someone else ("… tavoitat
  // tietosuojavastaavamme osoitteesta X. Muissa asioissa voit ottaa yhteyttä:").
  const lead = before?.type === 'para' ? before.block.text.trim().split(/(?<=[.!?])\s+/u).at(-1) : undefined;
  if (lead === undefined || !CONTACT_LEAD.test(lead)) return roles.find((r) => r !== 'controller');
  return roles.find((r) => r !== 'controller') ?? (OFFICER.test(lead) ? 'dpo' : 'contact_person');
}

/** The data protection officer named in a lead-in: "Tietosuojavastaavaamme voit ottaa yhteyttä:", "Kontakta vårt dataskyddsombud:". */
const OFFICER = /tietosuojavastaa\p{L}*|dataskyddsombud\p{L}*|data protection officer|(?<!\p{L})dpo(?!\p{L})/iu;

/**
 * A paragraph that leads into whom to contact ("Tietosuojaan liittyvissä asioissa voit ottaa yhteyttä:", "I frågor om
 * dataskydd kan du kontakta:", "Please contact our data protection officer:"): a person named in the paragraph after
 * it is the contact person, or the data protection officer where the lead-in names the officer.
 */
const CONTACT_LEAD = /(?<!\p{L})(?:voit ottaa yhteyttä|ota yhteyttä|voit olla yhteydessä|kan du kontakta|kontakta|you can contact|please contact|contact)(?!\p{L})[^.!?:：]{0,60}[:：]$/iu;


/**
 * A line that runs on from one role's details into another role's label ("… Tfn 0295 251 000
 * Personuppgiftsansvariges kontaktpersoner: …"), split where the label starts.
 */
function splitAtRoles(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const { start } of roleLabels(text)) {
    if (start <= from || !/@|\d{3}/u.test(text.slice(from, start))) continue;
    out.push(text.slice(from, start).trim());
    from = start;
  }
  out.push(text.slice(from).trim());
  return out.filter(Boolean);
}

export const SUPERVISORY_AUTHORITY =
  /valvontaviranomai|tietosuojavaltuutet|supervisory authority|data protection ombudsman|tillsynsmyndighet|dataskyddsombudsman|integritetsskyddsmyndighet|datainspektion/iu;

/** A lead-in to the controller's contact details: "Rekisterinpitäjän yhteystiedot:", "Controller's contact details:". */
const CONTROLLER_LEAD_IN = /(?:yhteystiedot|kontaktuppgifter|contact (?:details|information))\s*[:：]\s*$/iu;

function controllerLeadIn(text: string | undefined): boolean {
  return text !== undefined && CONTROLLER_LEAD_IN.test(text) && roleCue(text) === 'controller';
}

/**
 * A line that heads a DPO's or contact person's details: their role alone ("Tietosuojavastaava"), or
 * after a name ("Duunify Tietosuojavastaava"), with nothing else on the line.
 */
function headingOf(text: string, label: { role: Role; end: number } | undefined): { role: Role; by: string } | undefined {
  if (label) return label.role !== 'controller' && text.trim().length === label.end ? { role: label.role, by: '' } : undefined;
  return addresseeOf(text);
}

/** Each line of the section, under the role it is about: a label starts a role's block, a role named in a sentence takes that sentence. */
export function roleLines(units: readonly Unit[], roles: readonly Role[]): Line[] {
  const out: Line[] = [];
  let sticky = roles[0]!;
  let block = 0;
  let authority = false;
  for (const [at, unit] of units.entries()) {
    const person = personParagraph(unit, roles, sticky, out.length > 0, units[at - 1]);
    if (person) {
      sticky = person;
      block++;
    }
    for (const text of unitTexts(unit).flatMap(splitAtRoles)) {
      // The supervisory authority's details are no one's of the register's: they stay in the original's text.
      if (SUPERVISORY_AUTHORITY.test(text)) authority = true;
      const label = SUPERVISORY_AUTHORITY.test(text) ? undefined : roleAtStart(text);
      const cue = SUPERVISORY_AUTHORITY.test(text) ? undefined : roleCue(text.replace(EMAIL, ' '));
      if (label) authority = false;
      if (authority) continue;
      const heading = unit.type === 'sub' ? undefined : headingOf(text, label);
      if (label || heading || (unit.type === 'sub' && cue)) {
        sticky = heading?.role ?? label?.role ?? cue!;
        block++;
      }
      if (unit.type === 'sub' && (label || cue)) continue;
      const addressee = heading ? { addressee: { by: heading.by, leadIn: controllerLeadIn(out[out.length - 1]?.text) } } : {};
      out.push({ text, role: heading?.role ?? label?.role ?? cue ?? sticky, block, unit: at, ...addressee });
    }
  }
  return out;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

type Target = Partial<Record<Field, Value | Record<string, string>>>;

function targetOf(x: DraftState, role: Role): Target {
  return role === 'controller' ? (x.controller as Target) : (x.people[role] as Target);
}

/**
 * The fields of a contact person's or DPO's block that are the controller's too, when the block names
 * the controller itself (a self-employed person who is also their own DPO) or gives the controller's
 * details addressed to them (`envelope`): those the controller has no value for yet.
 */
function sharedWithController(x: DraftState, role: Role, parsed: Parsed, envelope: boolean, lines: readonly string[]): Set<Field> {
  const name = parsed.values.name;
  if (role === 'controller') return new Set();
  // A person's block with a line of the controller's name over the address ("Petri Liekovuo / CUG.fi Ry. / Iso Roobertinkatu 41"): the address is the controller's.
  const addressed = !envelope && name !== x.controller.name && lines.some((l) => namesController(x, l));
  if (!envelope && !addressed && (name === undefined || name !== x.controller.name)) return new Set();
  const controller = targetOf(x, 'controller');
  const fields = (Object.keys(parsed.values) as Field[]).filter(
    (f) => f !== 'name' && FIELDS.controller.includes(f) && controller[f] === undefined && (!addressed || f === 'address'),
  );
  // A copy: the two parties' addresses are edited apart.
  for (const f of fields) controller[f] = structuredClone(parsed.values[f]!);
  return new Set(fields);
}

/** A line that is the controller's name alone, whole or its end ("CUG.fi Ry." of "Citrix User Group Finland CUG.fi Ry"). */
function namesController(x: DraftState, line: string): boolean {
  const plain = (s: string): string => s.toLowerCase().replace(/\.\s*$/u, '').replace(/\s+/gu, ' ').trim();
  const own = x.controller.name === undefined ? '' : plain(x.controller.name);
  const said = plain(line);
  return said.length >= 4 && own.length > 0 && (own === said || own.endsWith(` ${said}`));
}

/**
 * Put a role's values into the draft; a value the role has no place for, or that differs from one
 * already set, keeps its line. A block that names someone else (a second controller) is kept whole.
 */
function apply(x: DraftState, role: Role, parsed: Parsed, lines: readonly string[], envelope = false): Set<number> {
  const size = lines.length;
  const target = targetOf(x, role);
  const name = parsed.values.name;
  if (name !== undefined && target.name !== undefined && !sameName(target.name as string, name as string)) return new Set(Array.from({ length: size }, (_, i) => i));
  const kept = new Set(parsed.kept);
  const shared = sharedWithController(x, role, parsed, envelope, lines);
  for (const [field, value] of Object.entries(parsed.values) as [Field, Value][]) {
    const line = parsed.from[field]!;
    const stored = field === 'title' ? x.t(value as string) : value;
    if (!FIELDS[role].includes(field)) {
      if (!shared.has(field)) kept.add(line);
    } else if (target[field] === undefined || completes(field, target[field], stored)) target[field] = stored as Value;
    else if (!sameValue(target[field] as Value | Address, stored as Value)) kept.add(line);
  }
  return kept;
}

/**
 * A whole address in the town said before alone ("operated by … Oy, Helsinki, Finland", then under "Contact":
 * "Svanströminkuja 7 A 12, 00870 Helsinki, Finland"): the same place, said in full.
 */
function completes(field: Field, before: unknown, after: unknown): boolean {
  if (field !== 'address' && field !== 'postal_address') return false;
  const a = before as Address;
  const b = after as Address;
  const townOnly = a.street === undefined && a.po_box === undefined && a.postal_code === undefined && a.city !== undefined;
  const sameTown = b.city !== undefined && b.city.toLowerCase() === a.city?.toLowerCase() && (a.country === undefined || b.country === undefined || a.country === b.country);
  return townOnly && sameTown && (b.street !== undefined || b.po_box !== undefined || b.postal_code !== undefined);
}

/** Whether an e-mail address is a person's own: its local part holds one of their names ("jarle@…" of "Jarle M. Alvheim"). */
function addressOf(name: string, email: unknown): boolean {
  const local = typeof email === 'string' ? email.split('@')[0]!.toLowerCase() : '';
  return name.split(/\s+/u).some((w) => w.length > 2 && !w.endsWith('.') && local.includes(w.toLowerCase()));
}

/**
 * A person named on the line right under the controller's name, with no role of their own, whose
 * e-mail the block gives ("T:mi Toiset Aijat" / "Jarle M. Alvheim" / … / "jarle@toisetaijat.fi"): the one
 * to contact, its contact person, once the whole notice is read and names none (`personUnderController`).
 * Not a building or a department ("Innovation House", "Kundtjänst Göteborg"), whose words are no one's
 * address, nor someone the next line gives a role ("Tietosuojavastaava"). A title before the name is
 * left off. The line stays in the TODO, to be checked.
 */
function personBelowName(x: DraftState, parsed: Parsed, lines: readonly string[], kept: ReadonlySet<number>): void {
  const at = parsed.from.name;
  const text = at === undefined ? undefined : lines[at + 1]?.trim();
  if (at === undefined || !text || !kept.has(at + 1) || roleCue(lines[at + 2] ?? '') !== undefined) return;
  const name = titledName(text)?.name ?? text;
  if (isPersonName(name) && addressOf(name, parsed.values.email)) x.personUnderName ??= name;
}

/** The person under the controller's name is the contact person, where the notice names no other. */
export function personUnderController(x: DraftState): void {
  const person = x.people.contact_person;
  // A contact person given only the controller's own e-mail ("Tietosuojaa koskevissa asioissa ota yhteyttä: jarle@…") is no other person.
  const onlyOwnEmail = Object.keys(person).length === 1 && person.email !== undefined && person.email === x.controller.email;
  if (x.personUnderName !== undefined && (Object.keys(person).length === 0 || onlyOwnEmail)) person.name = x.personUnderName;
}

/**
 * A sole trader named as the controller and, in fewer names, as the contact person ("Varis Niina Helena",
 * "Varis Niina"), with details given only under the person: they are the controller's own.
 */
export function controllerIsContact(x: DraftState): void {
  const person = x.people.contact_person;
  const name = x.controller.name;
  if (!name || !person.name || x.controller.email || x.controller.phone || !isPersonName(name)) return;
  const own = new Set(name.toLowerCase().split(/\s+/u));
  if (!person.name.toLowerCase().split(/\s+/u).every((w) => own.has(w))) return;
  if (person.email) x.controller.email = person.email;
  if (person.phone) x.controller.phone = person.phone;
}

/**
 * A DPO's or contact person's block in the controller's section that gives the controller's own
 * details, addressed to them: headed by the controller's name and the role ("Duunify
 * Tietosuojavastaava"), or by the role alone right under "Rekisterinpitäjän yhteystiedot:".
 */
function isEnvelope(first: Line, known: readonly string[]): boolean {
  const a = first.addressee;
  return a !== undefined && (a.by === '' ? a.leadIn : known.includes(a.by));
}

/**
 * A DPO or contact person the notice addresses ("Anteckna Dataskyddsombud") but gives no details of
 * their own: they exist, under the words the notice calls them by, so that their missing contact shows.
 */
function addressedOnly(x: DraftState, role: Role, first: Line): void {
  const target = targetOf(x, role);
  if (role === 'controller' || !first.addressee || Object.values(target).some((v) => v !== undefined)) return;
  target.name = first.text.trim();
}

/** The contact person said to be the DPO too: "… toimii myöskin tietosuojavastaavana", "… är också dataskyddsombud", "… also acts as the data protection officer". */
const ALSO_DPO = /toimii (?:myös(?:kin)?|samalla) (?:\p{L}+ )?tietosuojavastaava\p{L}*|(?:är|fungerar) (?:också|även) (?:som )?dataskyddsombud|also (?:acts|serves) as (?:the |our )?(?:data protection officer|dpo)|is also (?:the |our )?(?:data protection officer|dpo)/iu;

function alsoDpo(x: DraftState, lines: readonly string[]): void {
  const { contact_person: person, dpo } = x.people;
  if (!lines.some((l) => ALSO_DPO.test(l)) || dpo.name !== undefined || dpo.email !== undefined || person.email === undefined) return;
  Object.assign(dpo, { ...(person.name !== undefined ? { name: person.name } : {}), email: person.email, ...(person.phone !== undefined ? { phone: person.phone } : {}) });
}

/**
 * One person's details under a heading that names the controller and the contact person both
 * ("Personuppgiftsansvarig och kontaktperson: Robin Lindberg …"): a sole trader is both.
 */
function bothRoles(x: DraftState, section: Section): void {
  const person = x.people.contact_person;
  const { name, email, phone } = x.controller;
  if (section.kinds[0] !== 'controller' || !section.kinds.includes('contact_person') || Object.keys(person).length || !name || !isPersonName(name)) return;
  Object.assign(person, { name, ...(email !== undefined ? { email } : {}), ...(phone !== undefined ? { phone } : {}) });
}

/**
 * A contact person's lines in the very list or paragraph that names the controller, which gives no
 * contact details of its own ("Juniper Siivouspalvelut / Yhteyshenkilö: Julia Nikkola / Sähköposti: … /
 * Osoite: …"): the details are the only ones the controller is given, so they are the controller's too.
 */
function besideBareController(x: DraftState, role: Role, own: readonly Line[], lines: readonly Line[]): boolean {
  if (role === 'controller' || x.controller.email || x.controller.phone || x.controller.address) return false;
  const named = new Set(lines.filter((l) => l.role === 'controller').map((l) => l.unit));
  return own.every((l) => named.has(l.unit));
}

/** Details said to stand above: "Tietosuojavastaava: Veli-Matti Ruuhimäki (yhteystiedot yllä)", "(contact details above)", "(kontaktuppgifter ovan)". */
const ABOVE = /[ \t]*[(,–-][ \t]*(?:yhteystiedot|kontaktuppgifter|contact details)\s+(?:yllä|edellä|ovan|above)\s*\)?/iu;

/**
 * A DPO or contact person whose details are said to stand above: the phone listed beside their name
 * ("Veli-Matti Ruuhimäki: 045 185 8177"), else the controller's, and the controller's e-mail, with a TODO.
 */
function detailsAbove(x: DraftState, role: Role, said: string, lines: readonly Line[]): void {
  const target = x.people[role as Exclude<Role, 'controller'>];
  const name = target.name;
  const phones = name ? lines.flatMap((l) => (l.text.includes(name) ? spansIn(l.text).spans : [])).flatMap((s) => (s.kind === 'phone' ? [s.value] : [])) : [];
  const beside = phones[0];
  const phone = beside ?? x.controller.phone;
  const email = x.controller.email;
  if (target.phone === undefined && typeof phone === 'string') target.phone = phone;
  if (target.email === undefined && typeof email === 'string') target.email = email;
  const phoneFrom = beside ? 'the phone listed beside the name' : "the controller's phone";
  x.todo([role], `the original gives these contact details as "above": the e-mail of the controller and ${phoneFrom} stand in; check them`, [said]);
}

export function contacts(x: DraftState, section: Section, units: readonly Unit[]): void {
  const primary = section.kinds[0] as Role;
  if (primary === 'controller') x.controllerSeen = true;
  const lines = roleLines(
    units,
    section.kinds.filter((k): k is Role => (ROLES as readonly string[]).includes(k)),
  );
  const kept = new Set<Line>();
  for (const role of ROLES) {
    for (const own of groupBy(lines.filter((l) => l.role === role), (l) => l.block)) {
      const known = [x.controller.name, x.frontCompany, x.titleCompany].filter((n): n is string => Boolean(n));
      const above = role === 'controller' ? undefined : own.find((l) => ABOVE.test(l.text));
      const parsed = parseBlock(
        role,
        own.map((l) => (above ? l.text.replace(ABOVE, '') : l.text)),
        role === 'controller' ? [] : known,
      );
      const envelope = primary === 'controller' && (isEnvelope(own[0]!, known) || besideBareController(x, role, own, lines));
      const keptHere = apply(x, role, parsed, own.map((l) => l.text), envelope);
      if (role === 'controller') personBelowName(x, parsed, own.map((l) => l.text), keptHere);
      for (const i of keptHere) kept.add(own[i]!);
      addressedOnly(x, role, own[0]!);
      if (above) detailsAbove(x, role, above.text, lines);
    }
  }
  alsoDpo(x, lines.map((l) => l.text));
  bothRoles(x, section);
  if (kept.size) {
    x.todo(
      [primary],
      `check the contact details picked out here against the original, and move the rest where it belongs (from "${section.heading.text}")`,
      lines.filter((l) => kept.has(l)).map((l) => l.text),
    );
  }
}
