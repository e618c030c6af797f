/**
 * A part on the data protection officer that says there is none ("Tälle sivustolle ei ole nimetty erillistä
 * tietosuojavastaavaa", "Föreningen har inget dataskyddsombud", "We have not appointed a data protection officer"):
 * what it gives after that is where requests go, not the officer's details. Not being obliged to appoint one says
 * nothing of whether one was ("… not required to appoint a data protection officer, but we have appointed one").
 */
import { unitLines, type Unit } from '../draft/units.js';

const DENIED = [
  /(?<!\p{L})(?:ei|emme|eikä)\s+(?:\p{L}+\s+){0,4}?(?:ole|nimet\p{L}*|nimit\p{L}*|nimenn\p{L}*)\s+(?:\p{L}+\s+){0,3}?tietosuojavastaava\p{L}*/iu,
  /(?<!\p{L})(?:har|finns)\s+(?:\p{L}+\s+){0,2}?(?:inget|inte något|ej något|inte ett)\s+(?:\p{L}+\s+)?dataskyddsombud|(?<!\p{L})inte\s+(?:\p{L}+\s+){0,2}?(?:utsett|utnämnt|utsetts)\s+(?:\p{L}+\s+)?dataskyddsombud|dataskyddsombud\s+(?:\p{L}+\s+){0,2}?(?:saknas|har inte utsetts)/iu,
  /(?<!\p{L})(?:have|has)\s+not\s+(?:\p{L}+\s+){0,2}?(?:appointed|designated|named)\s+(?:a|an|any)\s+(?:\p{L}+\s+)?(?:data protection officer|DPO)|(?<!\p{L})no\s+(?:\p{L}+\s+)?(?:data protection officer|DPO)\s+(?:has been|is|was)\s+(?:appointed|designated|named)|(?<!\p{L})(?:do|does)\s+not\s+have\s+(?:a|an)\s+(?:data protection officer|DPO)/iu,
];

export function deniesOfficer(units: readonly Unit[]): boolean {
  const text = units.flatMap(unitLines).join('\n');
  return DENIED.some((re) => re.test(text));
}
