/**
 * The ids of the Atom feeds and their entries: name-based UUIDs (RFC 9562, version 5, SHA-1) as
 * `urn:uuid:` URNs. An entry's id is made of the site's title in the feed's language, the language,
 * the register's id and the version's `updated` date; a feed's of the site's title and the language.
 * They do not depend on the machine, the build or the base URL: a site that moves, or is given a
 * base URL later, keeps its ids, and a reader does not show its entries again as new.
 */
import { createHash } from 'node:crypto';

/** The namespace of Seloste's feed ids (a random UUID, fixed once). */
const NAMESPACE = '39ea5b7b-a40f-4834-9208-7f4c233eef27';

/** A version 5 UUID of a name in a namespace. */
export function uuidV5(namespace: string, name: string): string {
  const bytes = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function urn(...parts: string[]): string {
  return `urn:uuid:${uuidV5(NAMESPACE, parts.join('\n'))}`;
}

export function feedId(site: string, lang: string): string {
  return urn('feed', site, lang);
}

export function entryId(site: string, lang: string, register: string, updated: string): string {
  return urn('entry', site, lang, register, updated);
}
