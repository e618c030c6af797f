/**
 * Whether a published notice places its controller outside Finland in its own words, where the import
 * read no country for it: a Swedish organisation number (six digits, a hyphen and four) or a Swedish
 * postal code (three digits, a space and two, before the town), said of the controller before the first
 * section or in the section on the controller; or the complaint goes to the Swedish authority
 * (Integritetsskyddsmyndigheten, formerly Datainspektionen) and the Finnish one is named nowhere. Finnish
 * law written for controllers established in Finland (Tietosuojalaki 29 §) does not bind it.
 */
import type { Passage } from './passages.js';

/** "organisationsnummer 556677-8899", "Org.nr: 556677-8899", "company registration number 556677-8899". */
const SWEDISH_ORG_NUMBER =
  /(?<!\p{L})(?:organisationsnumm?er|organisationsnr|org\.?\s?nr|corporate identity number|company registration number|organisation number)\.?\s*:?\s*(?:SE\s?)?\d{6}-\d{4}(?!\d)/iu;

/** "211 20 Malmö", "SE-114 55 Stockholm": a Finnish postal code has five digits in a row. */
const SWEDISH_POSTAL_CODE = /(?<![\p{L}\p{N}-])(?:SE-?\s?)?\d{3} \d{2} \p{Lu}\p{Ll}+/u;

const SWEDISH_AUTHORITY = /integritetsskyddsmyndighet\p{L}*|datainspektion\p{L}*|\bIMY\b|Swedish Authority for Privacy Protection/iu;
const FINNISH_AUTHORITY = /tietosuojavaltuutet\p{L}*|dataombudsman\p{L}*|data protection ombudsman/iu;

/** The notice gives its controller a Swedish organisation number or postal code, or sends complaints to the Swedish authority only. */
export function placesControllerAbroad(passages: readonly Passage[]): boolean {
  const swedishNumbers = passages.some(
    (p) => !p.heading && (p.kind === 'front' || p.kinds.includes('controller')) && (SWEDISH_ORG_NUMBER.test(p.text) || SWEDISH_POSTAL_CODE.test(p.text)),
  );
  return swedishNumbers || (passages.some((p) => SWEDISH_AUTHORITY.test(p.text)) && !passages.some((p) => FINNISH_AUTHORITY.test(p.text)));
}
