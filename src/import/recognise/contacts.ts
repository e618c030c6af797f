/** The controller, its contact person and its DPO, from the sections that name them. */
import { DraftState } from '../draft/state.js';
import { isLeadIn, sentences, words } from '../draft/text.js';
import type { Unit } from '../draft/units.js';
import type { Section } from '../outline.js';
import { LABELS, addressesIn, businessIdsIn, companyNames, emailsIn, leftoverWords, personName, personTitle, phonesIn, urlsIn } from './contact-details.js';

export type Role = 'controller' | 'contact_person' | 'dpo';

export const ROLE_CUES: readonly [Role, RegExp][] = [
  ['dpo', /tietosuojavastaa|data protection officer|\bdpo\b/iu],
  ['contact_person', /yhteys ?henkilö|vastuu ?henkilö|contact person/iu],
  ['controller', /rekisterinpitäjä|\bcontroller\b/iu],
];

export function contacts(x: DraftState, section: Section, units: readonly Unit[]): void {
  const primary = section.kinds[0] as Role;
  if (primary === 'controller') x.controllerSeen = true;
  let sticky: Role | undefined;
  const segments: Record<Role, string[]> = { controller: [], contact_person: [], dpo: [] };
  const kept: string[][] = [];
  for (const unit of units) {
    if (unit.type === 'sub') {
      const cue = ROLE_CUES.find(([, re]) => re.test(unit.block.text))?.[0];
      if (cue) sticky = cue;
      continue;
    }
    const segs = unit.type === 'list' ? [...(unit.leadIn ? [unit.leadIn.text] : []), ...unit.items] : unit.block.lines.length > 1 ? unit.block.lines : sentences(unit.block.text);
    for (const seg of segs) {
      const cue = ROLE_CUES.find(([, re]) => re.test(seg))?.[0];
      if (isLeadIn(seg) && cue && words(seg.replace(LABELS, ' ')) <= 2) {
        sticky = cue;
        continue;
      }
      const role = cue ?? sticky ?? primary;
      segments[role].push(seg);
    }
  }
  const taken: string[] = [];
  const c = segments.controller.join('\n');
  if (segments.controller.length) {
    const joined = segments.controller.join(', ');
    const name = companyNames(c)[0];
    if (name && !x.controller.name) x.controller.name = name;
    x.controller.business_id ??= businessIdsIn(c)[0];
    x.controller.email ??= emailsIn(c)[0];
    x.controller.phone ??= phonesIn(c)[0];
    const address = addressesIn(joined)[0];
    if (address) {
      x.controller.address ??= address.address;
      taken.push(...address.match.split(/,\s*/u));
    }
    x.controller.website ??= urlsIn(c)[0];
    taken.push(...phonesIn(c));
  }
  for (const role of ['contact_person', 'dpo'] as const) {
    const segs = segments[role];
    if (!segs.length) continue;
    const text = segs.join('\n');
    const person = x.people[role];
    const name = personName(segs);
    if (name) {
      person.name ??= name;
      taken.push(name);
      const title = personTitle(segs, name);
      if (title) {
        person.title ??= x.t(title);
        taken.push(title);
      }
    }
    const email = emailsIn(text)[0];
    if (email) person.email ??= email;
    const phone = phonesIn(text)[0];
    if (phone) person.phone ??= phone;
    taken.push(...phonesIn(text));
    const address = addressesIn(segs.join(', '))[0];
    if (address) {
      person.address ??= address.address;
      taken.push(...address.match.split(/,\s*/u));
    }
  }
  for (const role of ['controller', 'contact_person', 'dpo'] as const) for (const seg of segments[role]) if (leftoverWords(seg, taken) >= 2) kept.push([seg]);
  if (kept.length) {
    x.todo(
      [section.kinds[0] === 'controller' ? 'controller' : section.kinds[0]!],
      `check the contact details picked out here against the original, and move the rest where it belongs (from "${section.heading.text}")`,
      kept.flat(),
    );
  }
}
