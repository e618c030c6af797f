/** Countries outside the EU/EEA that notices name, in Finnish, Swedish and English, as ISO codes. */
import { isEea } from '../../data/data.js';

export const COUNTRIES: readonly [RegExp, string][] = [
  [/\bYhdysval\p{L}*|\bUSA\b|\bU\.S\.(?:A\.)?|(?<!\b(?:CONTACT|ABOUT|JOIN|E-?MAIL|CALL|FOLLOW|VISIT|WRITE TO|HELP) )\bUS\b|\bUnited States\b|\bAmeri(?:ca|kka|kan|kassa|kkaan)\b|\bFörenta staterna?\b/u, 'US'],
  [/\bIs(?:o|on|ossa|osta|oon|olle)-?Britanni\p{L}*|\bYhdistyn\p{L}* kuningaskun\p{L}*|\bUnited Kingdom\b|\bUK\b|\bBritain\b|\bStorbritannien\b|\bFörenade kungariket\b/u, 'GB'],
  [/\bSveits\p{L}*|\bSwitzerland\b|\bSchweiz\b/u, 'CH'],
  [/\bKanad\p{L}*|\bCanada\b/u, 'CA'],
  [/\bJapan\p{L}*|\bJapani\p{L}*/u, 'JP'],
  [/\bIntia\p{L}*|\bIndia\b|\bIndien\b/u, 'IN'],
  [/\bKiina\p{L}*|\bChina\b|\bKina\b/u, 'CN'],
  [/\bAustrali\p{L}*/u, 'AU'],
  [/\bUu\p{L}*-?\s?Seelan\p{L}*|\bNew Zealand\b|\bNya Zeeland\b/u, 'NZ'],
  [/\bEtelä-Korea\p{L}*|\bSouth Korea\b|\bSydkorea\b|\bKorea\b/u, 'KR'],
  [/\bSingapor\p{L}*/u, 'SG'],
  [/\bIsrael\p{L}*/u, 'IL'],
  [/\bBrasilia\p{L}*|\bBrazil\b|\bBrasilien\b/u, 'BR'],
  [/\bVenäj\p{L}*|\bRussia\b|\bRyssland\b/u, 'RU'],
  [/\bUkrain\p{L}*/u, 'UA'],
  [/\bFilippiin\p{L}*|\bPhilippines\b|\bFilippinerna\b/u, 'PH'],
  [/\bTurkki\p{L}*|\bTurkey\b|\bTürkiye\b|\bTurkiet\b/u, 'TR'],
  [/\bArgentiin\p{L}*|\bArgentina\b/u, 'AR'],
  [/\bNorja\p{L}*|\bNorway\b|\bNorge\b/u, 'NO'],
];

/**
 * The area a transfer leaves, named with the EU/EEA: "utanför EU/EES eller Storbritannien", "outside
 * the EU/EEA and the UK". A country named there is where the data are, not where they go.
 */
const LEFT_AREA =
  /(?:outside|beyond|utanför|ulkopuol\p{L}*)\s+(?:the\s+)?(?:EU|EEA|ETA|EES|Euroopan talousalue\p{L}*)(?:[:\p{L}]*)(?:\s*(?:\/|or|and|eller|och|tai|ja)\s*(?:the\s+)?(?:EU|EEA|ETA|EES)\p{L}*)?\s*(?:,|or|and|eller|och|tai|ja)\s+(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}]*)?/gu;

/** Countries outside the EU/EEA a text names as a destination, as ISO codes, in the order of the list. */
export function countriesIn(text: string): string[] {
  const destinations = text.replace(LEFT_AREA, ' ');
  return COUNTRIES.filter(([re]) => re.test(destinations))
    .map(([, code]) => code)
    .filter((code) => !isEea(code));
}

/** A place in the EU/EEA a notice puts a provider in, in brackets after its name: "Finland", "Frankrike/Belgien", "EU". */
const EEA_PLACE =
  /^(?:(?:EU|EES|EEA|ETA|Suomi|Finland|Sverige|Sweden|Ruotsi|Tyskland|Germany|Saksa|Frankrike|France|Ranska|Belgien|Belgium|Belgia|Irland|Ireland|Irlanti|Nederländerna|the Netherlands|Netherlands|Alankomaat|Danmark|Denmark|Tanska|Norge|Norway|Norja|Estland|Estonia|Viro|Polen|Poland|Puola|Spanien|Spain|Espanja|Italien|Italy|Italia|Österrike|Austria|Itävalta)(?:\s*[/,]\s*|\s+(?:och|and|ja)\s+|$))+$/u;

export function isEeaPlace(text: string): boolean {
  return EEA_PLACE.test(text.trim());
}
