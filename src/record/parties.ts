/** Cells that name a party and how to reach it: the controller, its representative, the DPO, joint controllers. */
import { formatAddress } from '../compose/format.js';
import { nameIn } from '../compose/party-name.js';
import type { Contact, Controller, JointControllers, Representative } from '../types.js';
import { item, labelled, type Cell, type Words } from './cell.js';
import { plainText } from './plain.js';

type Reachable = Pick<Contact, 'email' | 'phone' | 'address' | 'web_form'> & { postal_address?: Contact['address']; website?: string };

/** How to reach a party, one detail a line. */
function reach(party: Reachable, { t }: Words): string[] {
  const { labels } = t;
  const lines = [
    party.address && labelled(party.postal_address ? labels.visitingAddress : labels.address, formatAddress(party.address, t)),
    party.postal_address && labelled(labels.postalAddress, formatAddress(party.postal_address, t)),
    labelled(labels.phone, party.phone),
    labelled(labels.email, party.email),
    labelled(labels.website, party.website),
    labelled(labels.webForm, party.web_form),
  ];
  return lines.filter((l): l is string => Boolean(l));
}

export function contactCell(contact: Contact | undefined, words: Words): Cell {
  if (!contact) return [];
  return item(contact.name, plainText(contact.title, words.lang), ...reach(contact, words));
}

/** The controller: its name in this language (with the legal name beside it), identifiers and contact details. */
export function controllerCell(controller: Controller | undefined, words: Words): Cell {
  if (!controller) return [];
  const { labels } = words.t;
  const local = nameIn(controller, words.lang);
  const registration = controller.registration;
  return item(
    local === controller.name ? local : `${local} (${controller.name})`,
    labelled(labels.businessId, controller.business_id),
    registration && labelled(labels.registration, [registration.number, plainText(registration.register, words.lang)].filter(Boolean).join(', ')),
    ...reach(controller, words),
  );
}

export function representativeCell(representative: Representative | undefined, words: Words): Cell {
  return representative ? item(representative.name, ...reach(representative, words)) : [];
}

export function jointControllersCell(joint: JointControllers | undefined, words: Words): Cell {
  if (!joint) return [];
  const { labels } = words.t;
  return joint.parties.flatMap((party) =>
    item(
      party.name,
      labelled(labels.businessId, party.business_id),
      ...reach(party, words),
      labelled(labels.responsibilities, plainText(party.responsibilities, words.lang)),
    ),
  );
}
