/**
 * A sentence that gives purposes where it promises a basis, as an old model notice does: "EU:n yleisen
 * tietosuoja-asetuksen mukainen oikeusperuste henkilötietojen käsittelylle on yhteydenpito asiakkaisiin ja
 * asiakassuhteiden ylläpito, mukaan lukien laskutus ja perintä, markkinointi", "Den rättsliga grunden är
 * kundvård och fakturering". It names no basis of Art. 6(1): what it lists are the purposes, each one
 * part of the list, and no basis is said for them. A relationship alone ("… on asiakassuhde") is no list
 * of purposes: it is said of the bases, and left to them.
 */
import { statedBases } from './bases.js';

/** The basis promised, each language with its own verb, and the words after it. */
const PROMISED = [
  /(?:oikeusperust\p{L}*|käsittelyn (?:\p{L}+ )?peruste(?:ena)?)(?:\s+[^.:;]{0,100}?)?\s+(?:on|ovat)\s+([^.:;]+?)\.?$/iu,
  /rättslig\p{L}* grund\p{L}*(?:\s+[^.:;]{0,100}?)?\s+är\s+([^.:;]+?)\.?$/iu,
  /(?:legal|lawful) (?:basis|bases|grounds?)(?:\s+[^.:;]{0,100}?)?\s+(?:is|are)\s+([^.:;]+?)\.?$/iu,
];

/** Words that point elsewhere, deny or hedge: the list is not in the sentence. */
const NOT_A_LIST =
  /(?<![\p{L}])(?:seuraav\p{L}*|alla|alempana|edellä|yllä|kerrottu|mainittu|kuvattu|lueteltu|esitetty|vaihtelee|riippuu|kohda\p{L}*|taulukko\p{L}*|ei|eivät|följande|nedan|ovan|angiven|angivna|beskriven|beskrivna|framgår|avsnitt\p{L}*|tabell\p{L}*|varierar|beror|inte|following|below|above|described|stated|set out|explained|listed|indicated|shown|depends?|varies|section|table|not|none)(?![\p{L}])/iu;

/** A relationship or membership, said as the ground: "asiakassuhde", "jäsenyys yhdistyksessä", "kundförhållandet", "the customer relationship". */
const RELATIONSHIP =
  /(?<![\p{L}])(?:\p{L}*suhde|\p{L}*suhteeseen|jäsenyys|jäsenyyteen|(?:asiallinen )?yhteys|\p{L}*förhållande\p{L}*|medlemskap\p{L}*|anställning\p{L}*|\p{L}*relationship|membership|employment|connection)(?![\p{L}])/iu;

/** Where one purpose of the list ends: a comma, a semicolon, "including". */
const BETWEEN = /\s*,\s*(?:mukaan lukien\s+|inklusive\s+|including\s+)?|\s+(?:mukaan lukien|inklusive|including)\s+/iu;

/** The purposes the sentence lists where it promises a basis, or nothing when it names a basis or lists none. */
export function purposesAsBasis(sentence: string): string[] | undefined {
  const said = PROMISED.map((re) => re.exec(sentence.trim())?.[1]).find((m) => m !== undefined);
  if (said === undefined || NOT_A_LIST.test(said)) return undefined;
  const found = statedBases(sentence);
  if (found.bases.length || found.statutes.length) return undefined;
  const parts = said
    .split(BETWEEN)
    .map((p) => p.trim().replace(/^(?:ja|sekä|och|samt|and)\s+/iu, ''))
    .filter((p) => /\p{L}{3,}/u.test(p));
  // A relationship in every part ("asiakassuhde, jäsenyys tai muu asiallinen yhteys") is said of the bases, and left to them.
  return parts.length && !parts.every((p) => RELATIONSHIP.test(p)) ? parts : undefined;
}
