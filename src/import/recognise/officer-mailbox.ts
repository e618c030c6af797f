/**
 * A data protection officer the controller's part names by title alone ("Rekisterinpitäjän
 * vastuuhenkilönä toimii tietosuojavastaava"), with no details of their own, where the only mailbox
 * given is a data-protection one ("tietosuoja@…", "dataskydd@…", "privacy@…", "dpo@…"): that mailbox is
 * how the officer is reached.
 */
import type { DraftState } from '../draft/state.js';
import type { Section } from '../outline.js';

/** The officer said to exist: not denied ("Meillä ei ole tietosuojavastaavaa", "Föreningen har inget dataskyddsombud") nor made a condition. */
const OFFICER = /(?<!\p{L})(?:tietosuojavastaava\p{L}*|dataskyddsombud\p{L}*|data protection officer|DPO)(?!\p{L})/iu;
const NOT_SO = /(?<!\p{L})(?:ei|eikä|emme|jos|mikäli|not|no|if|inte|ej|ingen|inget|inga|saknar|saknas|lacks?|om|utan|ilman|without|vailla)(?!\p{L})/iu;

/** A mailbox for data protection, by its local part; a misspelt "tietosuojaavastaava@" still begins so. */
const PRIVACY_MAILBOX = /^(?:tietosuoja|dataskydd|privacy|dataprotection|data\.protection|dpo|gdpr)/iu;

/** The lines of the parts on the controller. */
function controllerLines(sections: readonly Section[]): string[] {
  return sections
    .filter((s) => s.kinds.includes('controller'))
    .flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'list' ? (b.items ?? []) : b.kind === 'heading' ? [] : b.text.split('\n'))));
}

/** Read after every part, so that an officer given details of their own in a later part keeps them. */
export function officerMailbox(x: DraftState, sections: readonly Section[]): void {
  const lines = controllerLines(sections);
  const dpo = x.people.dpo;
  const email = x.controller.email;
  if (Object.values(dpo).some((v) => v !== undefined) || typeof email !== 'string' || !PRIVACY_MAILBOX.test(email)) return;
  const naming = lines.find((l) => OFFICER.test(l) && !NOT_SO.test(l) && !l.includes('@'));
  if (!naming) return;
  dpo.email = email;
  x.todo(['dpo'], `the original names a data protection officer without details of their own; the data-protection mailbox it gives stands in: check it`, [naming]);
}
