/**
 * Transfers and the parties they go to. A transfer stated without a country ("Where data goes outside the European Union — the coach
 * traffic to Anthropic, the answers you report to Slack — the transfer rests on the standard
 * contractual clauses") whose recipients the notice places elsewhere ("Anthropic (United States)"):
 * the country is theirs, when they are all in one.
 */
import { providers as known, isEea } from '../../data/data.js';
import { providersIn, providersNamed } from '../../check/providers.js';
import type { DraftState } from '../draft/state.js';
import { escape } from './recipient-paragraph.js';
import { isControllersName } from './recipient-sentence.js';

/** The text names the party, inflected as Finnish does ("Anthropicille", "Googlen") or not. */
function names(text: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}\\d])${escape(name)}(?::?\\p{Ll}{0,6})(?![\\p{L}\\d])`, 'u').test(text);
}

export function transferCountries(x: DraftState): void {
  x.transfers.forEach((transfer, i) => {
    const text = transfer.description?.[x.lang];
    if (transfer.country || !text) return;
    const named = x.recipients.filter((r) => r.name && r.country && !isEea(r.country) && names(text, r.name));
    const countries = [...new Set(named.map((r) => r.country!))];
    if (countries.length !== 1) return;
    transfer.country = countries[0]!;
    const recipients = [...new Set(named.map((r) => r.name!))];
    if (recipients.length === 1) transfer.recipient = recipients[0]!;
    const notes = x.notes.filter((n) => n.at[0] === 'transfers' && n.at[1] === i && n.todo?.includes('names no country'));
    for (const n of notes) x.notes.splice(x.notes.indexOf(n), 1);
    x.remark(['transfers', i], `The country is where the original places ${recipients.join(', ')}.`, []);
  });
}

/** Providers outside the EEA by the words notices name them with, uninflected: "google", "microsoft". */
const STEMS = new Set(known.providers.filter((p) => !isEea(p.country)).flatMap((p) => p.names.map((n) => n.replace(/\*$/u, '').toLowerCase())));

/**
 * A transfer to a country whose sentence names one provider outside the EEA as it is called ("Google
 * Analytics data is processed on Google's servers, … in the United States"): the provider is its
 * recipient. An inflected name ("Googlen palvelimilla") is left for the author to write.
 */
export function transferRecipients(x: DraftState): void {
  for (const transfer of x.transfers) {
    const text = transfer.description?.[x.lang];
    if (!transfer.country || transfer.recipient || !text) continue;
    const named = providersNamed(text);
    if (named.length === 1 && STEMS.has(named[0]!.toLowerCase())) transfer.recipient = named[0]!;
  }
}

/** A recipient listed by kind that the transfer's sentence names by the same words ("Our newsletter service provider, acting as our processor" and "Our newsletter service provider Mailfox Inc. stores data in the United States"). */
function sameKind(category: string, transfer: string): boolean {
  const kind = category.split(/[,.;:(]/u)[0]!.trim().toLowerCase();
  return kind.split(/\s+/u).length >= 2 && kind.length >= 12 && transfer.toLowerCase().includes(kind);
}

/**
 * The party a transfer goes to, named nowhere among the recipients ("Käytämme Google Analytics -palvelun vuoksi
 * tietoja, jotka voivat siirtyä … Yhdysvaltoihin"): a recipient too (Art. 13(1)(e)), with the transfer's words,
 * and a TODO asking for its role. Not where the notice says the data go to no one, nor where a recipient listed by its
 * kind is the one the transfer names.
 */
export function transferParties(x: DraftState): void {
  if (x.recipientsNone) return;
  for (const transfer of x.transfers) {
    const name = transfer.recipient;
    const text = transfer.description?.[x.lang];
    if (!name || !text || isControllersName(x, name) || listed(x, name, text)) continue;
    x.recipients.push({ name, category: x.t(text) });
    x.todo(['recipients', x.recipients.length - 1], `the original names ${name} as the party a transfer goes to: check that it receives personal data, and set \`role\` (\`processor\` when it processes them on the controller's behalf)`, []);
  }
}

/** The party among the recipients: by its name, by the provider both names stand for ("Google LLC" and "Google Workspace"), or by the kind a recipient is listed as. */
function listed(x: DraftState, name: string, text: string): boolean {
  const provider = providersIn(name)[0]?.provider.id;
  return x.recipients.some((r) => {
    const named = r.name !== undefined && (names(r.name, name) || names(name, r.name) || (provider !== undefined && providersIn(r.name).some((p) => p.provider.id === provider)));
    const categories = Object.values(r.category ?? {}).filter((c): c is string => c !== undefined);
    return named || categories.some((c) => names(c, name) || sameKind(c, text) || (provider !== undefined && providersIn(c).some((p) => p.provider.id === provider)));
  });
}
