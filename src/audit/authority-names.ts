/**
 * Whether a text names a supervisory authority: by a name or an abbreviation of one of the EU/EEA
 * authorities Seloste knows (`data/supervisory-authorities.json`), the web address of one, or a
 * name a notice commonly uses instead (the Finnish Ombudsman's, the United Kingdom's ICO).
 */
import { supervisoryAuthorities } from '../data/supervisory-authorities.js';

const COMMON = ['tietosuojavaltuut', 'dataombudsman', 'dataskyddsombudsman', 'data protection ombudsman', 'integritetsskyddsmyndighet', 'information commissioner', 'datainspektionen'];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function namesOfAuthorities(): string[] {
  return supervisoryAuthorities.authorities.flatMap((a) => {
    const websites = typeof a.website === 'string' ? [a.website] : Object.values(a.website);
    const hosts = websites.map((w) => w.replace(/^https?:\/\/(?:www\.)?/u, '').replace(/\/.*$/u, ''));
    return [...Object.values(a.name), ...hosts];
  });
}

const NAMES = new RegExp(`${[...COMMON, ...namesOfAuthorities()].map((n) => escape(n.toLowerCase())).join('|')}`, 'u');
const ABBREVIATIONS = new RegExp(
  `(?<![\\p{L}])(?:${[...supervisoryAuthorities.authorities.flatMap((a) => (a.abbreviation ? [a.abbreviation] : [])), 'ICO'].map(escape).join('|')})(?![\\p{L}])`,
  'u',
);

export function namesAuthority(text: string): boolean {
  return NAMES.test(text.toLowerCase()) || ABBREVIATIONS.test(text);
}
