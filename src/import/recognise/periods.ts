/** Periods of time in Finnish, Swedish and English text, in figures or words, as ISO 8601 durations. */

/** Number words 1–12 in their common forms: "kaksi", "kahden", "två", "two". */
const NUMBER_WORDS: readonly (readonly [number, string])[] = [
  [1, 'yksi|yhden|yhtä|en|ett|one|a'],
  [2, 'kaksi|kahden|kahta|två|two'],
  [3, 'kolme|kolmen|kolmea|tre|three'],
  [4, 'neljä|neljän|neljää|fyra|four'],
  [5, 'viisi|viiden|viittä|fem|five'],
  [6, 'kuusi|kuuden|kuutta|sex|six'],
  [7, 'seitsemän|seitsemää|sju|seven'],
  [8, 'kahdeksan|kahdeksaa|åtta|eight'],
  [9, 'yhdeksän|yhdeksää|nio|nine'],
  [10, 'kymmenen|kymmentä|tio|ten'],
  [11, 'yksitoista|yhdentoista|elva|eleven'],
  [12, 'kaksitoista|kahdentoista|tolv|twelve'],
];

const WORD_ALTERNATIVES = NUMBER_WORDS.map(([, w]) => w).join('|');

const UNIT =
  'vuorokau\\p{L}*|vrk|vuo\\p{L}*|v\\.|kuukau\\p{L}*|kk|viik\\p{L}*|päiv\\p{L}*|dygn\\p{L}*|år(?:en|s)?|månad\\p{L}*|mån\\.|veck\\p{L}*|dag\\p{L}*|years?|months?|weeks?|days?|tun(?:ti|nin|tia|nit|teja|neissa|nissa)|timm(?:e|ar|arna)|hours?';

/** A count and its unit; a range ("2–5 vuotta") is not a period. */
export const PERIOD = new RegExp(
  `(?<![\\p{L}\\d.,]|\\d\\s*[–-]\\s?)(\\d{1,3}|${WORD_ALTERNATIVES})\\s*-?\\s*(${UNIT})(?![\\p{L}])`,
  'giu',
);

/** A range of counts with its unit ("6–10 years", "2–5 vuotta", "3-7 år"): how long data are kept, though no one period. */
export const RANGE = new RegExp(`(?<![\\p{L}\\d.,])\\d{1,3}\\s*[–—-]\\s*\\d{1,3}\\s*(?:${UNIT})(?![\\p{L}])`, 'iu');

function count(word: string): number {
  if (/^\d+$/u.test(word)) return Number(word);
  const lower = word.toLowerCase();
  return NUMBER_WORDS.find(([, w]) => w.split('|').includes(lower))?.[0] ?? 0;
}

function letter(unit: string): 'D' | 'W' | 'M' | 'Y' | 'H' {
  const u = unit.toLowerCase();
  if (/^(?:tun|timm|hour)/u.test(u)) return 'H';
  if (/^(?:vuorokau|vrk|päiv|dygn|dag|day)/u.test(u)) return 'D';
  if (/^(?:vuo|v\.|år|year)/u.test(u)) return 'Y';
  if (/^(?:kuukau|kk|månad|mån\.|month)/u.test(u)) return 'M';
  return 'W';
}

export interface Found {
  period: string;
  /** Where in the text it is stated. */
  index: number;
}

/**
 * One unit without a count, as Finnish says it: "vuoden päästä" (in a year), "kuukauden ajan",
 * "viikon kuluessa", "vuorokauden kuluttua".
 */
const ONE_FI = new RegExp(
  `(?<![\\p{L}\\d]|(?:\\d|${WORD_ALTERNATIVES})\\s*-?\\s*)(vuoden|kuukauden|viikon|vuorokauden|päivän|tunnin)\\s+(?:päästä|kuluttua|kuluessa|ajan|ajaksi)(?![\\p{L}])`,
  'giu',
);

function onePeriods(text: string): Found[] {
  return [...text.matchAll(ONE_FI)].map((m) => {
    const l = letter(m[1]!);
    return { period: l === 'H' ? 'PT1H' : `P1${l}`, index: m.index };
  });
}

/** A count of years or months with a decimal ("2,5 years", "1.5 vuotta"): as months, when whole. */
const DECIMAL = /(?<![\p{L}\d.,])(\d{1,2})[,.](\d)\s*(vuo\p{L}*|år(?:en)?|years?)(?![\p{L}])/giu;

function decimalPeriods(text: string): Found[] {
  return [...text.matchAll(DECIMAL)].flatMap((m) => {
    const months = (Number(m[1]) + Number(m[2]) / 10) * 12;
    return Number.isInteger(months) ? [{ period: `P${months}M`, index: m.index }] : [];
  });
}

/** Periods in a text, in order. The article "a" counts only before an English unit ("a year"); "two (2) years" is one period. */
export function periodsIn(text: string): Found[] {
  const out: Found[] = [...onePeriods(text), ...decimalPeriods(text)];
  for (const m of figuresOnly(text).matchAll(PERIOD)) {
    const [, n, unit] = m;
    if (/^a$/iu.test(n!) && !/^(?:years?|months?|weeks?|days?)$/iu.test(unit!)) continue;
    if (/^en$/iu.test(n!) && !/^(?:månad|vecka|dag|timme)$/iu.test(unit!)) continue;
    if (/^ett$/iu.test(n!) && !/^(?:år|dygn)$/iu.test(unit!)) continue;
    const c = count(n!);
    const l = letter(unit!);
    if (c > 0) out.push({ period: l === 'H' ? `PT${c}H` : `P${c}${l}`, index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** "two (2) years" as "2 years", in place (the same length, so that positions hold). */
function figuresOnly(text: string): string {
  return text.replace(/(?<![\p{L}])(\p{L}+)\s*\((\d{1,3})\)/gu, (all, word: string, figure: string) =>
    count(word) === Number(figure) ? figure.padStart(all.length) : all,
  );
}

/** The one period a text states; none when it states none or several. */
export function periodIn(text: string): Found | undefined {
  const found = periodsIn(text);
  return found.length === 1 ? found[0] : undefined;
}

/** "as long as necessary": a criterion, not a period. */
export const VAGUE =
  /niin kauan kuin (?:\p{L}+ ){0,3}(?:tarpee|tarpeellis|välttämät)|(?:tarpeellisen|tarvittavan|välttämättömän) ajan|så länge (?:som )?(?:\p{L}+ ){0,3}(?:behövs|är nödvändig|krävs)|as long as (?:\p{L}+ ){0,3}(?:necessary|needed|required)|for as long as/iu;
