/**
 * A sentence that gives purposes where it promises a basis, as an old model notice does: "EU:n yleisen
 * tietosuoja-asetuksen mukainen oikeusperuste henkilötietojen käsittelylle on yhteydenpito asiakkaisiin ja
 * asiakassuhteiden ylläpito, mukaan lukien laskutus ja perintä, markkinointi", "Den rättsliga grunden är
 * kundvård och fakturering". It names no basis of Art. 6(1): what it lists are the purposes, each one
 * part of the list, and no basis is said for them.
 */
import { statedBases } from './bases.js';

/** The basis promised and the words after "on", "är", "is". */
const PROMISED =
  /(?:oikeusperust\p{L}*|käsittelyn (?:\p{L}+ )?peruste(?:ena)?|rättslig\p{L}* grund\p{L}*|(?:legal|lawful) (?:basis|bases|grounds?))(?:\s+[^.:;]{0,100}?)?\s+(?:on|ovat|är|is|are)\s+([^.:;]+?)\.?$/iu;

/** Words that point elsewhere or deny: the list is not in the sentence. */
const NOT_A_LIST =
  /(?<![\p{L}])(?:seuraav\p{L}*|alla|alempana|edellä|yllä|kerrottu|mainittu|ei|eivät|följande|nedan|ovan|angiven|angivna|inte|following|below|above|described|stated|not|none)(?![\p{L}])/iu;

/** Where one purpose of the list ends: a comma, a semicolon, "including". */
const BETWEEN = /\s*,\s*(?:mukaan lukien\s+|inklusive\s+|including\s+)?|\s+(?:mukaan lukien|inklusive|including)\s+/iu;

/** The purposes the sentence lists where it promises a basis, or nothing when it names a basis or lists none. */
export function purposesAsBasis(sentence: string): string[] | undefined {
  const m = PROMISED.exec(sentence.trim());
  if (!m || NOT_A_LIST.test(m[1]!)) return undefined;
  const found = statedBases(sentence);
  if (found.bases.length || found.statutes.length) return undefined;
  const parts = m[1]!.split(BETWEEN).map((p) => p.trim()).filter((p) => /\p{L}{3,}/u.test(p));
  return parts.length ? parts : undefined;
}
