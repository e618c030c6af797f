/**
 * Postal addresses in a contact block: street (or the street given in brackets after a PO box), PO
 * box, postal code, post office and country. Finnish and Swedish postal codes stand alone; another
 * country's are taken only where the country is named after the city, and only in that country's
 * form ("1060 Vienna, Austria"), except a British postcode, whose form is its own ("12 High Street,
 * Northtown NT1 2AB"). A street and a city without a postal code are taken only under an address
 * label ("Käyntiosoite: Ritarikatu 2 b, Helsinki"), and so is a city alone with its country ("Address:
 * Helsinki, Finland").
 */
import type { Address } from '../../types.js';
import { SUFFIX } from './contact-details.js';

/** "PL 12", "PB 5", "Postilokero 3", "P.O. Box 26", "PO BOX 11000", "Post Office Box 4", "Post Box 7", "Box 9". */
export const PO_BOX = String.raw`(?:PL|PB|Postilokero|Postbox|P\.?\s?O\.?\s?(?:Box|BOX)|Post\s(?:Office\s)?Box|POST\s(?:OFFICE\s)?BOX|Box|BOX)\s?\d{1,5}`;

/** The floor after a street's number and a comma: "1 tr", "2 tr upp", "3. krs", "4. kerros", "1st floor", "2nd Floor", "vån. 2", "Vån 2", "Floor 3", "plan 2". */
const FLOOR = String.raw`,[ \t]*(?:\d{1,2}\.?[ \t]?(?:tr(?:appor|appa|\.)?(?:[ \t](?:upp|ned))?|krs\.?|kerros)|\d{1,2}(?:st|nd|rd|th)[ \t][Ff]loor|(?:[Vv]ån(?:ing|\.)?|[Ff]loor|[Pp]lan)[ \t]?\d{1,2})(?![\p{L}])`;

/** "Mannerheimintie 12 B 5", "Ritarikatu 2 b", "Linke Wienzeile 12/19", "Kuja 3-5 as. 4", "Hyllilänkatu 1 B talli 26", "Banérgatan 10, 1 tr"; never across a company form or a PO box ("Esimerkki ry Katu 5", "Lautakunta PL 12"). */
export const STREET = String.raw`(?!${PO_BOX})(?<![\p{L}\d.'’-])\p{Lu}[\p{L}.'’-]*(?:[ \t](?!${SUFFIX}[ \t]|${PO_BOX}|(?:at|in|on|på|(?<!(?<![\p{L}])(?:[Tt]orget|[Gg]atan|[Vv]ägen|[Pp]latsen|[Bb]acken|[Pp]arken)[ \t])vid|med|adress|osoite|osoitteessa|address)[ \t])[\p{L}.'’-]+){0,3}[ \t]\d{1,4}(?:[-/]\d{1,4})?(?:[ \t]?[A-Za-z](?![\p{L}]))?(?:[ \t]?\d{1,3})?(?:[ \t](?:as\.?|krs\.?|talli|huoneisto|hs\.?|lok\.?|ovi|rappu|lgh\.?|lägenhet|vån\.?|trappa)[ \t]?\d{1,4})?(?:${FLOOR})?`;

interface Country {
  code: string;
  /** Its names in Finnish, Swedish, English and its own language. */
  names: readonly string[];
  /** The form of its postal codes. */
  postal: RegExp;
}

const FIVE = /^\d{5}$/u;
const FOUR = /^\d{4}$/u;

const COUNTRIES: readonly Country[] = [
  { code: 'FI', names: ['Suomi', 'Finland'], postal: FIVE },
  { code: 'SE', names: ['Ruotsi', 'Sverige', 'Sweden'], postal: /^\d{3} ?\d{2}$/u },
  { code: 'AT', names: ['Itävalta', 'Österrike', 'Austria', 'Österreich'], postal: FOUR },
  { code: 'CH', names: ['Sveitsi', 'Schweiz', 'Switzerland', 'Suisse'], postal: FOUR },
  { code: 'DK', names: ['Tanska', 'Danmark', 'Denmark'], postal: FOUR },
  { code: 'NO', names: ['Norja', 'Norge', 'Norway'], postal: FOUR },
  { code: 'BE', names: ['Belgia', 'Belgien', 'Belgium', 'Belgique', 'België'], postal: FOUR },
  { code: 'DE', names: ['Saksa', 'Tyskland', 'Germany', 'Deutschland'], postal: FIVE },
  { code: 'EE', names: ['Viro', 'Estland', 'Estonia', 'Eesti'], postal: FIVE },
  { code: 'FR', names: ['Ranska', 'Frankrike', 'France'], postal: FIVE },
];

const COUNTRY_NAMES = COUNTRIES.flatMap((c) => c.names).join('|');
const NOT_COUNTRY = String.raw`(?!(?:${COUNTRY_NAMES})(?![\p{L}]))`;

/** Where a post office of several words must end: the line, a comma, a bracket, a masked detail. */
const CITY_END = String.raw`(?=[ \t]*(?:[^\p{L}\d\s]|\n|$))`;
/** Short words inside a post office's name: "University of Helsinki", "Frankfurt am Main". */
const JOINER = String.raw`(?:of|upon|on|am|an|der|de|la|le|del|di|i|på)`;
const WORD = String.raw`\p{Lu}[\p{L}-]+`;

/**
 * A post office: capitalised words with their joiners up to the end of the line ("University of
 * Helsinki"), two words the second in lower case up to it ("Helsingin yliopisto", "Espoon
 * kaupunki"), or one word, never the first of a longer name that goes on.
 */
const CITY = [
  String.raw`${WORD}(?:[ \t]+(?:${JOINER}[ \t]+)?${NOT_COUNTRY}${WORD}){1,2}${CITY_END}`,
  String.raw`${WORD}[ \t]${NOT_COUNTRY}\p{L}[\p{L}-]+${CITY_END}`,
  String.raw`${WORD}(?![\p{L}-])(?![ \t]+${JOINER}[ \t]+\p{Lu})`,
].join('|');

const POSTAL_CODE = String.raw`\d{5}|\d{3} \d{2}|\d{4}`;

/** The country's letters before a postal code: "FI-00023", "SE-123 45", "A-1070"; Åland's "AX-22111" is a Finnish postal code. */
const PREFIX_OF: Record<string, string> = { FI: 'FI', SF: 'FI', AX: 'FI', SE: 'SE', S: 'SE', AT: 'AT', A: 'AT', CH: 'CH', DK: 'DK', NO: 'NO', BE: 'BE', DE: 'DE', D: 'DE', EE: 'EE', FR: 'FR', F: 'FR' };
const PREFIXES = Object.keys(PREFIX_OF).join('|');

/** The endings that tell a word a street's name: "-tie", "-katu", "-puisto", "-vägen", "-gatan". */
const STREET_ENDING = String.raw`(?:tie|katu|polku|kuja|väylä|raitti|rinne|kaari|puisto|puistikko|vägen|gatan|stigen|gränd|backen)`;

/**
 * A street named so right before a postal code, without a number ("Lounaisväylänpolku, 00200 Helsinki") or with
 * its number set against the name ("Hämeenpuisto21 B39, 33210 Tampere", "Itä-Hakkilantie3, 01380 Vantaa").
 */
const NAMED_STREET = String.raw`(?<![\p{L}\d-])\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*${STREET_ENDING}(?:\d{1,4}(?:[ \t]?\p{Lu}[ \t]?\d{0,3}|[a-z])?)?(?=,)`;

/**
 * A postal address: a PO box (with the building it is in, in brackets: "PL 35 (Agora)"; a street in brackets is its
 * street), a street, the postal code, the city and the country; a comma may follow a code of five figures after a comma or at the start of a line ("Järjestökuja 2, 05400, Jokela"), not a phone number's ("09 12345, …").
 */
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?<box>${PO_BOX})(?:[ \t]*\((?!(?:${STREET})\))[^()\n]{1,40}\))?[,\s]+)?(?:\(?(?<street>${STREET}|${NAMED_STREET})\)?[,\s]+)?(?:(?<boxAfter>${PO_BOX})[,\s]+)?(?:(?<prefix>${PREFIXES})-)?(?<code>${POSTAL_CODE})(?:\s+|(?<=(?:^|,[ \t]*|\n)\d{5}),[ \t]*)(?<city>${CITY})(?:,?\s+(?<country>${COUNTRY_NAMES})(?![\p{L}]))?`,
  'dgu',
);

const ADDRESS_LABEL = String.raw`(?<![\p{L}])(?:käyntiosoite|katuosoite|osoitteemme|osoite|besöksadress|gatuadress|adress(?:en)?|visiting address|street address|address)`;

/** The verb a sentence puts between the label and the address: "Our address is …", "Osoitteemme on …", "Vår adress är …". */
const COPULA = String.raw`(?:[ \t]+(?:is|on|är))?`;

/** A street and a city under an address label, with no postal code: the label itself is left for the caller. */
const LABELLED_STREET = new RegExp(String.raw`${ADDRESS_LABEL}${COPULA}\s*[:：]?\s*((${STREET}),[ \t]*(${WORD})${CITY_END})`, 'giu');

/** What stands on the line after an address label. */
const AFTER_ADDRESS_LABEL = new RegExp(String.raw`${ADDRESS_LABEL}\s*[:：][ \t]*([^\n]*)`, 'giu');
/** A city and the country it is in, and nothing else: "Helsinki, Finland", "Göteborg, Sverige". */
const CITY_AND_COUNTRY = new RegExp(String.raw`^(${WORD}(?:[ \t]+${WORD}){0,2}),[ \t]*(${COUNTRY_NAMES})(?=[ \t.]*$)`, 'u');

/**
 * A British address, its number before the street and its postcode after the town: "12 High
 * Street, Northtown NT1 2AB". The town is taken only right after the street or PO box: a county
 * between them would be taken for it.
 */
const UK_POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}`;
const UK_WORD = String.raw`\p{Lu}[\p{L}.'’-]+`;
const UK_STREET = String.raw`\d{1,4}[A-Za-z]?(?:-\d{1,4})?[ \t]+${UK_WORD}(?:[ \t]+${UK_WORD}){0,3}`;
const UK_TOWN = String.raw`${UK_WORD}(?:[ \t]+(?:${JOINER}[ \t]+)?${UK_WORD}){0,2}`;
/** The last word of a British street name: the town may follow it after a mere space. */
const UK_STREET_TYPE = String.raw`(?:Street|Road|Lane|Avenue|Close|Drive|Way|Place|Square|Crescent|Terrace|Gardens|Court|Hill|Row|Walk|Grove|Parade|Mews)`;
const UK_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${PO_BOX})|(${UK_STREET}))(?:[ \t]*[,\n][ \t]*|(?<=${UK_STREET_TYPE})[ \t]+)(${UK_TOWN})[ \t]*[,\n]?[ \t]*(?<![\p{L}\d])(${UK_POSTCODE})(?![\p{L}\d])(?:,?\s+(United Kingdom|UK|England|Scotland|Wales|Iso-Britannia|Storbritannien)(?![\p{L}]))?`,
  'gu',
);

/**
 * A Swedish address written the international way, the city before its postal code, on the lines of a contact
 * block: "Kungsgatan 12" ⏎ "Stockholm 111 35" ⏎ "Sweden". Only a street on the line before: a city and five figures
 * alone say too little.
 */
const CITY_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d])(${STREET})[ \t]*[,\n][ \t]*(${WORD}(?:[ \t]+${WORD})?)[ \t]+(\d{3} \d{2})(?![\d])(?:[ \t]*[,\n][ \t]*(Sweden|Sverige|Ruotsi))?`,
  'gu',
);

function cityFirstIn(text: string): FoundAddress[] {
  return [...text.matchAll(CITY_FIRST)].map((m) => ({
    address: { street: m[1]!, postal_code: m[3]!, city: m[2]!, ...(m[4] ? { country: 'SE' } : {}) },
    index: m.index,
    length: m[0].length,
  }));
}

function ukAddressesIn(text: string): FoundAddress[] {
  return [...text.matchAll(UK_ADDRESS)].map((m) => ({
    address: { ...(m[2] ? { street: m[2] } : { po_box: m[1]! }), postal_code: m[4]!, city: m[3]!, ...(m[5] ? { country: 'GB' } : {}) },
    index: m.index,
    length: m[0].length,
  }));
}

function countryNamed(name: string | undefined): Country | undefined {
  return name === undefined ? undefined : COUNTRIES.find((c) => c.names.includes(name));
}

/** A postal code fits the country named, or, with none named, is Finnish or Swedish. */
function fits(code: string, country: Country | undefined): boolean {
  return country ? country.postal.test(code) : FIVE.test(code) || /^\d{3} \d{2}$/u.test(code);
}

/**
 * A street in a line run together ("Esimerkki Satamatie 5 00100 Helsinki"): a capitalised word
 * right before it may be its first word or the end of a name, and a street of several words with
 * no comma or line break after it may have taken a name's words. Which, the text does not say.
 */
function runsTogether(text: string, from: number, to: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', from - 1) + 1, from);
  const after = /^\)?([,\n]?)/u.exec(text.slice(to))![1];
  return /(?<![\p{L}.'’-])\p{Lu}[\p{L}.'’-]*[ \t]+$/u.test(before) || (/\s/u.test(text.slice(from, to).replace(/\s+\d.*$/u, '')) && !after);
}

export interface FoundAddress {
  address: Address;
  index: number;
  length: number;
}

/** A Nordic country of four-figure postal codes said of the text's organisation: "the Norwegian business", "dansk selskab", "tanskalainen yritys". */
const SAID_OF: readonly [string, RegExp][] = [
  ['NO', /(?<!\p{L})(?:Norwegian (?:business|company|entity|branch|office|subsidiary)|norsk (?:selskap|virksomhet|bedrift|foretak)|norjalai\p{L}* (?:yritys|yhtiö|tytäryhtiö))(?!\p{L})/iu],
  ['DK', /(?<!\p{L})(?:Danish (?:business|company|entity|branch|office|subsidiary)|dansk (?:selskab|virksomhed|firma)|tanskalai\p{L}* (?:yritys|yhtiö|tytäryhtiö))(?!\p{L})/iu],
];

/** The one such country the text speaks of, for a four-figure postal code that names none ("Transittgata 14, 7042 Trondheim"). */
function countrySaid(text: string): Country | undefined {
  const said = SAID_OF.filter(([, re]) => re.test(text));
  return said.length === 1 ? COUNTRIES.find((c) => c.code === said[0]![0]) : undefined;
}

const A_COUNTRY = new RegExp(String.raw`^(?:${COUNTRY_NAMES})$`, 'u');

/** Postal addresses: street, PO box, postal code, city and the country when named. */
export function addressesIn(text: string): FoundAddress[] {
  const out: FoundAddress[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    const g = m.groups!;
    const named = countryNamed(g['country']) ?? (FOUR.test(g['code']!) && g['street'] !== undefined ? countrySaid(text) : undefined);
    const prefixed = g['prefix'] === undefined ? undefined : COUNTRIES.find((c) => c.code === PREFIX_OF[g['prefix']!]);
    // A prefix and a name that disagree say nothing sure.
    if (named && prefixed && named !== prefixed) continue;
    const country = named ?? prefixed;
    const code = g['code']!;
    // A country on the line after the figures ("Stockholm 111 35" ⏎ "Sweden") is no city of theirs.
    if (!fits(code, country) || A_COUNTRY.test(g['city']!)) continue;
    const [from, to] = m.indices!.groups!['street'] ?? [m.index, m.index];
    const unsure = g['street'] !== undefined && runsTogether(text, from, to);
    const street = unsure ? undefined : g['street']?.trim();
    const poBox = (g['box'] ?? g['boxAfter'])?.trim();
    const address: Address = {
      ...(street ? { street } : {}),
      ...(poBox ? { po_box: poBox } : {}),
      postal_code: code,
      city: g['city']!,
      ...(country ? { country: country.code } : {}),
    };
    // A street left out stays in the text, to be read there.
    const start = unsure ? to : m.index;
    out.push({ address, index: start, length: m.index + m[0].length - start });
  }
  const free = (a: FoundAddress): boolean => !out.some((o) => a.index < o.index + o.length && o.index < a.index + a.length);
  return [...out, ...[...ukAddressesIn(text), ...cityFirstIn(text)].filter(free)].sort((a, b) => a.index - b.index);
}

/**
 * Under an address label, an address without a postal code: a street and a city ("Käyntiosoite:
 * Ritarikatu 2 b, Helsinki"), a street alone ("Osoite: Merimiehenkatu 19"), or a city and the country
 * it is in, alone on the line ("Address: Helsinki, Finland").
 */
export function labelledStreetsIn(text: string): FoundAddress[] {
  const streets = [...text.matchAll(LABELLED_STREET)].map((m) => ({
    address: { street: m[2]!.trim(), city: m[3]! },
    index: m.index + m[0].length - m[1]!.length,
    length: m[1]!.length,
  }));
  const cities = [...text.matchAll(AFTER_ADDRESS_LABEL)].flatMap((m): FoundAddress[] => {
    const value = m[1]!.trim();
    const at = m.index + m[0].length - m[1]!.length + m[1]!.indexOf(value);
    // A street of a street's name alone after the label: "Osoite: Merimiehenkatu 19".
    if (STREET_ALONE.test(value.replace(/[ \t.]+$/u, ''))) return [{ address: { street: value.replace(/[ \t.]+$/u, '') }, index: at, length: value.length }];
    const city = CITY_AND_COUNTRY.exec(m[1]!);
    return city ? [{ address: { city: city[1]!, country: countryNamed(city[2])!.code }, index: m.index + m[0].length - m[1]!.length, length: city[0].length }] : [];
  });
  return [...streets, ...cities].sort((a, b) => a.index - b.index);
}

/** A city and its country right after a company's name, ending the sentence: "The controller is Example Oy, Helsinki, Finland." */
const AFTER_COMPANY = new RegExp(String.raw`(?<=(?:Oyj|Oy|Ab|AB|ry|rf|Ltd|Inc|LLC|GmbH)(?:[ \t]*\([^()\n]{0,200}\))?,[ \t]*)(${WORD}(?:[ \t]+${WORD}){0,2}),[ \t]*(${COUNTRY_NAMES})(?=[ \t]*(?:[.;]|$))`, 'u');

/** The last word of a street's name: "-katu", "-tie", "-vägen", "Street" … */
const STREET_TYPE = String.raw`\p{L}*(?:katu|tie|kuja|polku|väylä|raitti|ranta|tori|kaari|rinne|gatan|gata|vägen|väg|gränd|stigen|torget|[ \t](?:Street|Road|Avenue|Lane))`;

/**
 * An address alone on its line, with no postal code and no label: a street of a street's name ("Hämeentie
 * 8 C26"), with its city ("Pispalan valtatie 27, Tampere"), or a city and the country it is in ("Oulu,
 * Finland"), as a contact block lists them.
 */
export function addressLinesIn(text: string): FoundAddress[] {
  const out: FoundAddress[] = [];
  let index = 0;
  for (const line of text.split('\n')) {
    // A label masked before ("Postiosoite Viimatie 14, …" without a colon) is not part of the address.
    const trimmed = line.replace(/^[\s\u0001]+/u, '').trim();
    const at = index + line.indexOf(trimmed);
    const named = AFTER_COMPANY.exec(trimmed);
    if (named) out.push({ address: { city: named[1]!, country: countryNamed(named[2])!.code }, index: at + named.index, length: named[0].length });
    const city = CITY_AND_COUNTRY.exec(trimmed);
    if (city && city[0].trim() === trimmed.replace(/[ \t.]+$/u, '')) out.push({ address: { city: city[1]!, country: countryNamed(city[2])!.code }, index: at, length: city[0].length });
    else if (STREET_ALONE.test(trimmed)) out.push({ address: { street: trimmed }, index: at, length: trimmed.length });
    else if (MISTYPED.test(trimmed)) {
      const [, street, code, town] = MISTYPED.exec(trimmed)!;
      out.push({ address: { street: street!, postal_code: code!, city: town! }, index: at, length: trimmed.length });
    } else {
      const both = STREET_AND_CITY.exec(trimmed);
      if (both) out.push({ address: { street: both[1]!, city: both[2]! }, index: at, length: trimmed.length });
    }
    index += line.length + 1;
  }
  return out;
}

/**
 * A Finnish or Swedish street, a postal code of a digit too many and the city, alone on the line:
 * "Viimatie 14, 282190 Pori". The code is kept as written, for the check to question. A code of four
 * digits may be another country's ("Storgata 14, 0154 Oslo"): it is left out, as without its country.
 */
const MISTYPED = new RegExp(String.raw`^(?=${STREET_TYPE}[ \t]\d)(${STREET}),?[ \t]+(\d{6})[ \t]+(${WORD})$`, 'u');

const STREET_ALONE = new RegExp(String.raw`^(?=${STREET_TYPE}[ \t]\d)(?:${STREET})$`, 'u');
/** A street of a street's name and the city, with no postal code, alone on the line: "Pispalan valtatie 27, Tampere". */
const STREET_AND_CITY = new RegExp(String.raw`^(?=(?:\p{Lu}\p{L}*[ \t]+)?${STREET_TYPE}[ \t]\d)(${STREET}),[ \t]*(${WORD})$`, 'u');
