/**
 * Whether a text names a supervisory authority: by a name or an abbreviation of one of the EU/EEA
 * authorities Seloste knows (`data/supervisory-authorities.json`), the web address of one, or a
 * name a notice commonly uses instead (the Finnish Ombudsman's, the United Kingdom's ICO).
 * "The data protection authority" names none: it is what every authority is (and the Belgian one's
 * English name). A two-letter abbreviation ("IP", Slovenia's) is read only beside a word for an
 * authority or a complaint, or "IP address" would name one.
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

/** What any supervisory authority is called: no name of one. */
const GENERIC = new Set(['data protection authority', 'supervisory authority']);

const NAMES = new RegExp(
  [...COMMON, ...namesOfAuthorities()]
    .map((n) => n.toLowerCase())
    .filter((n) => !GENERIC.has(n))
    .map(escape)
    .join('|'),
  'u',
);

function abbreviations(short: boolean): RegExp {
  const all = [...supervisoryAuthorities.authorities.flatMap((a) => (a.abbreviation ? [a.abbreviation] : [])), 'ICO'];
  return new RegExp(`(?<![\\p{L}])(?:${all.filter((a) => (a.length <= 2) === short).map(escape).join('|')})(?![\\p{L}])`, 'u');
}

const ABBREVIATIONS = abbreviations(false);
const SHORT_ABBREVIATIONS = abbreviations(true);
/** An authority or a complaint, in words: what makes a two-letter abbreviation one of an authority. */
const AUTHORITY = /viranomai|valvoja|valitus|kantelu|myndighet|klagomål|klaga|authorit|commission|complain|pooblaščen|toezicht|autoriteit/iu;

/** Whether the text names an authority; a name may run over lines ("the Data Protection\nOmbudsman"). */
export function namesAuthority(text: string): boolean {
  const flat = text.replace(/\s+/gu, ' ');
  return NAMES.test(flat.toLowerCase()) || ABBREVIATIONS.test(flat) || (SHORT_ABBREVIATIONS.test(flat) && AUTHORITY.test(flat));
}
