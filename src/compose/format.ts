/** Dates, durations, addresses and countries written the way each language writes them. */
import type { Address, Recipient, RecipientRole } from '../types.js';
import type { Phrases } from './phrases/types.js';

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** `2021-06-21` → fi `21.6.2021`, en `21 June 2021`, sv `21 juni 2021`. */
export function formatDate(iso: string, phrases: Phrases): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return phrases.formatDate(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** `P3Y6M` → `3 vuotta ja 6 kuukautta`; `PT48H` → `48 tuntia`. */
export function formatDuration(period: string, phrases: Phrases): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(\d+)H)?$/.exec(period);
  if (!m) return period;
  const units = ['years', 'months', 'weeks', 'days', 'hours'] as const;
  const parts: string[] = [];
  units.forEach((unit, i) => {
    const value = m[i + 1];
    if (value === undefined) return;
    const n = Number(value);
    const [one, many] = phrases.duration[unit];
    parts.push(fill(n === 1 ? one : many, { n }));
  });
  return joinList(parts, phrases.duration.and, phrases.duration.and);
}

export function joinList(items: readonly string[], and: string, sep = ', '): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(sep)}${and}${items[items.length - 1]}`;
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the notice's language (ISO 3166 code → name). */
export function countryName(code: string, lang: string): string {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    displayNames.set(lang, names);
  }
  return names.of(code) ?? code;
}

/** An address on one line: `PL 51, Takakaarre 3, 62201 Kauhava` (country only when not Finland). */
export function formatAddress(address: Address, phrases: Phrases): string {
  // An address is written as the notice gives it: a part it lacks is left out, not shown empty.
  const place = [address.postal_code, address.city].filter(Boolean).join(' ');
  const parts = [address.po_box && formatPoBox(address.po_box, phrases, address.country), address.street, place].filter(Boolean) as string[];
  if (address.country && address.country !== 'FI') parts.push(countryName(address.country, phrases.lang));
  return parts.join(', ');
}

/** The words a post office box is written with in Finland, Sweden and English; each is followed by the number. */
const PO_BOX = /^(?:PL|PB|P\.?\s*O\.?\s*Box|Postilokero|Postbox|Box)\s*(?=\d)/i;

/**
 * A Finnish post office box in the notice's language: `PL 20` → sv `PB 20`, en `P.O. Box 20`; a bare
 * number gets the word too. A box abroad is written as its country's post writes it.
 */
export function formatPoBox(poBox: string, phrases: Phrases, country = 'FI'): string {
  const box = poBox.trim();
  if (country !== 'FI') return box;
  if (/^\d/.test(box)) return `${phrases.labels.poBox} ${box}`;
  return PO_BOX.test(box) ? box.replace(PO_BOX, `${phrases.labels.poBox} `) : box;
}

/** A recipient's role as the notice shows it: `Konserniyhtiö, henkilötietojen käsittelijä` for a group company. */
export function recipientRoleLabel(recipient: Recipient & { role: RecipientRole }, phrases: Phrases, lang: string): string {
  const role = phrases.recipientRoles[recipient.role];
  if (!recipient.group_company) return role;
  return `${phrases.recipientRoles.group_company}, ${role.charAt(0).toLocaleLowerCase(lang)}${role.slice(1)}`;
}
