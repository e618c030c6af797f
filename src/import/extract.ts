/** Each section of an outlined notice to the recogniser of its part; then what is said outside its section. */
import { build } from './draft/build.js';
import { type Draft, DraftState, type Lang } from './draft/state.js';
import { listText, unitLines, unitize, type Unit } from './draft/units.js';
import { onlyOne, spansIn } from './recognise/contact-spans.js';
import type { SectionKind } from './headings.js';
import type { Outline, Section } from './outline.js';
import { automatedElsewhere, automatedSection } from './recognise/automated.js';
import { controllerAddressAtDomain, controllerAddressUnderName, controllerFooter } from './recognise/controller-footer.js';
import { controllerMailAtName } from './recognise/controller-name-domain.js';
import { controllerFullName } from './recognise/controller-full-name.js';
import { controllerSite } from './recognise/controller-site.js';
import { controllerContactBlock, controllerInText } from './recognise/controller-in-text.js';
import { controllerAddressLine } from './recognise/controller-address-line.js';
import { controllerDetailsInFront } from './recognise/controller-front-details.js';
import { contactSentences, controllerAddressInSentence } from './recognise/contact-sentences.js';
import { officerMailbox } from './recognise/officer-mailbox.js';
import { contacts, controllerIsContact, opensOnPerson, personUnderController, repeatsController } from './recognise/contacts.js';
import { dataAndWhy } from './recognise/data-and-why.js';
import { analyticsPurposes } from './recognise/analytics-purposes.js';
import { cookieSection } from './recognise/cookies.js';
import { dataSection, subjects } from './recognise/data.js';
import { dates, findDate, isDateOnly } from './recognise/dates.js';
import { front, nameSection, second, toc } from './recognise/front.js';
import { purposeSection } from './recognise/purpose-section.js';
import { tableColumns } from './recognise/purpose-table.js';
import { basisSection } from './recognise/purposes.js';
import { controllerInFront } from './recognise/controller-front.js';
import { generalOfNamed, prefacesOfNamed } from './recognise/recipient-preface.js';
import { purposesElsewhere } from './recognise/purposes-elsewhere.js';
import { labelledPurposes } from './recognise/purposes-labelled.js';
import { recipientSection } from './recognise/recipients.js';
import { recipientDenials } from './recognise/recipient-denials.js';
import { recipientsElsewhere } from './recognise/recipients-elsewhere.js';
import { recipientsInTransfers } from './recognise/recipients-in-transfers.js';
import { retentionElsewhere, retentionSection } from './recognise/retention.js';
import { securitySection } from './recognise/security.js';
import { sourceSection } from './recognise/sources.js';
import { deniesOfficer } from './recognise/officer-denied.js';
import { transferSection } from './recognise/transfers.js';
import { transferDenials } from './recognise/transfers-elsewhere.js';
import { transferCountries, transferParties, transferRecipients } from './recognise/transfer-recipients.js';
/** The register key a kind of section belongs to. */
export const KEY_OF: Record<SectionKind, string> = {
  rights: 'rights',
  date: 'updated',
  controller: 'controller',
  contact_person: 'contact_person',
  dpo: 'dpo',
  name: 'name',
  data_subjects: 'data_subjects',
  purposes: 'purposes',
  legitimate_interest: 'purposes',
  legal_basis: 'purposes',
  consent: 'purposes',
  provision: 'provision',
  data_categories: 'data_categories',
  sources: 'sources',
  recipients: 'recipients',
  transfers: 'transfers',
  retention: 'retention',
  security: 'security',
  cookies: 'cookies',
  automated_decisions: 'automated_decisions',
  changes: 'changes',
  contact: 'rights',
  title: 'name',
  other: 'name',
};

const CONTACT_ROLES = new Set(['controller', 'contact_person', 'dpo']);

/**
 * The DPO or contact person just named has an e-mail of their own and the controller has none: a section of contact
 * details after them that gives another e-mail and does not name them ("Yhteystiedot tietojen käsittelyyn liittyviä
 * kysymyksiä varten: isbn-keskus@…") is the controller's, not more of theirs.
 */
function othersAfterOwnEmail(x: DraftState, units: readonly Unit[]): boolean {
  if (x.lastKey !== 'dpo' && x.lastKey !== 'contact_person') return false;
  const person = x.people[x.lastKey];
  if (person.email === undefined || x.controller.email) return false;
  const text = units.flatMap(unitLines).join('\n');
  const email = onlyOne(text, 'email');
  return email !== undefined && email.toLowerCase() !== person.email.toLowerCase() && !(person.name !== undefined && text.includes(person.name));
}

/** Units that give a way to reach someone: an e-mail, a phone or a web address. A section headed "Contacting us" that says what is done with messages gives none. */
function givesChannel(units: readonly Unit[]): boolean {
  const texts = units.flatMap((u) => (u.type === 'list' ? u.items : [u.block.text]));
  return texts.some((t) => spansIn(t).spans.some((sp) => sp.kind !== 'label'));
}

/**
 * A part whose every line is the label of a detail with no value ("Residential address (may include proof of
 * address)", "Email address", "Phone number" under "7.2. Contact Details"): the kinds of data a register holds on
 * people, not the details of the controller.
 */
function onlyLabels(units: readonly Unit[]): boolean {
  const texts = units.flatMap((u) => (u.type === 'list' ? u.items : [u.block.text]));
  return texts.length >= 2 && texts.every((t) => {
    const { spans } = spansIn(t);
    return spans.length > 0 && spans.every((sp) => sp.kind === 'label');
  });
}

function purposeColumns(u: Extract<Unit, { type: 'list' }>): boolean {
  const columns = tableColumns(u, 2);
  return columns?.purpose !== undefined && (columns.width >= 3 || columns.basis !== undefined);
}

export function section(x: DraftState, section: Section): void {
  const blocks = section.blocks.filter((b) => b.kind === 'heading' || !isDateOnly(b.text));
  const units = unitize(blocks);
  // Under a heading that names no part ("When, what and why?"), or the data and why ("Mitä henkilötietoja
  // käsittelemme ja miksi?"), a table whose header names a column of purposes: of three columns or more,
  // or of two where the other is the basis ("Ändamål | Rättslig grund").
  const purposeTable = units.some((u) => u.type === 'list' && purposeColumns(u));
  const kind = purposeTable && (section.kinds[0] === 'other' || (section.kinds[0] === 'data_categories' && section.kinds.includes('purposes'))) ? 'purposes' : section.kinds[0]!;
  const key = KEY_OF[kind];
  if (!blocks.length && kind !== 'date') {
    const message =
      kind === 'rights'
        ? 'Seloste writes the rights text itself from the legal bases of the purposes; the original has this heading with no text'
        : `the original has the heading "${section.heading.text}" but no text under it`;
    x.todo(kind === 'other' || kind === 'title' ? [x.lastKey] : [key], message, section.heading.lines, kind === 'other' || kind === 'title' ? { after: true } : {});
    if (kind !== 'other' && kind !== 'title') x.lastKey = key;
    return;
  }
  switch (kind) {
    case 'dpo':
      // "Tälle sivustolle ei ole nimetty erillistä tietosuojavastaavaa", then where requests go: no officer, and the
      // details the part gives are the controller's own channel.
      if (deniesOfficer(units)) {
        if (x.controller.email) x.leftover(section, 'rights', 'no data protection officer is named: move request channels to `rights.channels`', units);
        else contacts(x, { ...section, kinds: ['controller'] }, units);
        break;
      }
      contacts(x, section, units);
      break;
    case 'controller':
    case 'contact_person':
      contacts(x, section, units);
      break;
    case 'name':
      nameSection(x, section, units);
      break;
    case 'data_subjects':
      subjects(x, section, units);
      break;
    case 'purposes':
      purposeSection(x, section, units);
      break;
    case 'legal_basis':
    case 'legitimate_interest':
      basisSection(x, section, units, kind);
      break;
    case 'consent':
      x.leftover(section, 'purposes', 'consent: set `legal_basis: consent` and `consent.how_to_withdraw` on the purposes that rest on consent', units);
      break;
    case 'provision':
      for (const u of units) x.provision.push(u.type === 'list' ? listText(u) : u.block.text);
      break;
    case 'data_categories':
      dataSection(x, section, section.kinds.includes('purposes') ? dataAndWhy(x, units) : units);
      break;
    case 'sources':
      sourceSection(x, section, units);
      break;
    case 'recipients':
      recipientSection(x, section, units);
      break;
    case 'transfers':
      transferSection(x, section, recipientsInTransfers(x, section, units));
      break;
    case 'retention':
      retentionSection(x, section, units);
      break;
    case 'security':
      securitySection(x, section, units);
      break;
    case 'cookies':
      cookieSection(x, units);
      break;
    case 'automated_decisions':
      automatedSection(x, section, units);
      break;
    case 'rights':
      x.leftover(
        section,
        'rights',
        'rights of the data subject: Seloste writes this text itself from the legal bases of the purposes; move a request channel, identity check or response time that the notice must state to `rights`',
        [{ type: 'sub', block: section.heading }, ...units],
      );
      break;
    case 'contact':
      if (onlyLabels(units)) {
        x.leftover(section, 'description', 'not mapped', units);
        break;
      }
      // "Contact us" is where some notices name the controller at all.
      // Right after the controller, contact person or DPO, "Yhteystiedot" goes on with their details, unless it gives
      // another e-mail than the DPO's or contact person's own and does not name them: then it is the controller's.
      // A controller given without an e-mail: "Contact us" gives the one to write to; a block that repeats its e-mail or address completes it.
      // A person named first, once the controller is named, is the one to contact: the contact person.
      if (x.controller.name && (x.lastKey === 'controller' || !CONTACT_ROLES.has(x.lastKey)) && !x.people.contact_person.name && opensOnPerson(units)) {
        contacts(x, { ...section, kinds: ['contact_person'] }, units);
      } else if (!x.controllerSeen || (CONTACT_ROLES.has(x.lastKey) && !othersAfterOwnEmail(x, units))) contacts(x, { ...section, kinds: [x.controllerSeen ? (x.lastKey as SectionKind) : 'controller'] }, units);
      else if (!x.controller.email || repeatsController(x, units)) contacts(x, { ...section, kinds: ['controller'] }, units);
      else if (!givesChannel(units)) x.leftover(section, 'description', 'not mapped', units);
      else x.leftover(section, 'rights', 'contacts: move request channels that are not the controller\'s or DPO\'s contact details to `rights.channels`', units);
      break;
    case 'changes':
      x.leftover(section, 'changes', 'changes to the notice: record dated changes in `changes`', units);
      break;
    case 'date': {
      const rest = units.filter((u) => !(u.type === 'para' && isDateOnly(u.block.text)) && !(u.type === 'para' && findDate(u.block.text)));
      x.leftover(section, 'updated', 'not mapped', rest);
      break;
    }
    case 'title':
    case 'other': {
      const lines = [...section.heading.lines, ...units.flatMap((u) => ['', ...unitLines(u)])].slice(section.heading.lines.length ? 0 : 1);
      const from = section.heading.text ? `"${section.heading.text}"` : "the page's footer";
      x.todo([x.lastKey], `not mapped (from ${from}): move what matters into the register`, lines, { after: true });
      return;
    }
  }
  x.lastKey = key;
}

/**
 * For each section, the one its heading is a part of: the nearest before it whose heading is of a higher
 * level ("### 1.1 Kurser" above "#### Laglig grund"); none for a section of the top level.
 */
function parentSections(sections: readonly Section[]): (number | undefined)[] {
  return sections.map((s, i) => {
    const level = s.heading.level;
    if (level === undefined) return undefined;
    for (let j = i - 1; j >= 0; j--) {
      const above = sections[j]!.heading.level;
      if (above !== undefined && above < level) return j;
    }
    return undefined;
  });
}

/** The draft register of an outlined notice. */
export function extractDraft(outline: Outline, lang: Lang, page?: string): Draft {
  const x = new DraftState(lang);
  toc(x, outline.toc);
  dates(x, outline.front, outline.sections);
  front(x, outline.front);
  const parents = parentSections(outline.sections);
  outline.sections.forEach((s, i) => {
    const [purposes, statements] = [x.purposes.length, x.statements.length];
    section(x, s);
    const parent = parents[i];
    for (const p of x.purposes.slice(purposes)) Object.assign(p, { head: i }, parent === undefined ? {} : { parent });
    if (parent !== undefined) for (const t of x.statements.slice(statements)) t.parent = parent;
  });
  contactSentences(x, outline.front, outline.sections);
  officerMailbox(x, outline.sections);
  controllerInText(x, outline.front, outline.sections);
  controllerAddressLine(x, outline.front, outline.sections);
  controllerContactBlock(x);
  controllerFooter(x, outline.front, outline.sections);
  controllerInFront(x, outline.front);
  controllerAddressAtDomain(x, outline.front, outline.sections);
  controllerAddressUnderName(x, outline.front, outline.sections);
  controllerAddressInSentence(x, outline.front, outline.sections);
  controllerMailAtName(x, outline.front, outline.sections);
  controllerSite(x, outline.front, outline.sections, page);
  controllerFullName(x, outline.front, outline.sections);
  controllerDetailsInFront(x, outline.front);
  personUnderController(x);
  controllerIsContact(x);
  transferDenials(x, outline.front, outline.sections);
  automatedElsewhere(x, outline.front, outline.sections);
  retentionElsewhere(x, outline.front, outline.sections);
  recipientsElsewhere(x, outline.front, outline.sections);
  recipientDenials(x, outline.front, outline.sections);
  prefacesOfNamed(x);
  generalOfNamed(x);
  purposesElsewhere(x, outline.front, outline.sections);
  labelledPurposes(x, outline.sections);
  analyticsPurposes(x, outline.sections);
  transferCountries(x);
  transferRecipients(x);
  transferParties(x);
  if (outline.second) second(x, outline.second);
  const { register, mapped } = build(x);
  return { lang, register, notes: x.notes, mapped, ...(x.partial && register['updated'] === undefined ? { partialDate: x.partial } : {}) };
}
