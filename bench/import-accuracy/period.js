/** A retention key phrase such as "2 vuotta" or "seven (7) hours" as an ISO 8601 duration, when it names one. */

const UNITS = [
  [/^(vuo|år|year)/, 'Y'],
  [/^(kuuk|kk\b|mån|month)/, 'M'],
  [/^(viik|veck|week)/, 'W'],
  [/^(päiv|dag|day)/, 'D'],
  [/^(tun|tim|hour)/, 'H'],
];

const WORDS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, yksi: 1, kaksi: 2, kolme: 3, ett: 1, en: 1, två: 2, tre: 3 };

/** `P2Y`, `PT24H`, … or null when the phrase names no number with a unit. */
export function phrasePeriod(phrase) {
  const m = /(\d+|[a-zåäö]+)\s*(?:\(\d+\)\s*)?([a-zåäö]+)/iu.exec(numberFirst(phrase));
  if (!m) return null;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : WORDS[m[1].toLowerCase()];
  const unit = UNITS.find(([re]) => re.test(m[2].toLowerCase()))?.[1];
  if (!n || !unit) return null;
  return unit === 'H' ? `PT${n}H` : `P${n}${unit}`;
}

/** The phrase from its first number (digits or a number word) on. */
function numberFirst(phrase) {
  const words = phrase.split(/\s+/);
  const i = words.findIndex((w) => /^\d+$/.test(w) || WORDS[w.toLowerCase()] !== undefined);
  return i < 0 ? '' : words.slice(i).join(' ');
}
