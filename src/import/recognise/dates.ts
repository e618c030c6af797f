/** Dates of an old notice: when it was drawn up and last updated. */
import type { Block } from '../document/block.js';
import { DraftState } from '../draft/state.js';
import type { Section } from '../outline.js';

export const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export const MONTHS_FI = ['tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kesä', 'heinä', 'elo', 'syys', 'loka', 'marras', 'joulu'];

export function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const DATE_PATTERNS: readonly [RegExp, (m: RegExpExecArray) => string | undefined][] = [
  [/(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/u, (m) => isoDate(+m[3]!, +m[2]!, +m[1]!)],
  [/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u, (m) => isoDate(+m[1]!, +m[2]!, +m[3]!)],
  [
    new RegExp(String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\.?\s+(${MONTHS_EN.join('|')})\s+(\d{4})`, 'iu'),
    (m) => isoDate(+m[3]!, MONTHS_EN.indexOf(m[2]!.toLowerCase()) + 1, +m[1]!),
  ],
  [
    new RegExp(String.raw`(${MONTHS_EN.join('|')})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`, 'iu'),
    (m) => isoDate(+m[3]!, MONTHS_EN.indexOf(m[1]!.toLowerCase()) + 1, +m[2]!),
  ],
  [
    new RegExp(String.raw`(?<!\d)(\d{1,2})\.\s*(${MONTHS_FI.join('|')})kuuta\s+(\d{4})`, 'iu'),
    (m) => isoDate(+m[3]!, MONTHS_FI.indexOf(m[2]!.toLowerCase()) + 1, +m[1]!),
  ],
];

export function findDate(text: string): { date: string; index: number; length: number } | undefined {
  let best: { date: string; index: number; length: number } | undefined;
  for (const [re, make] of DATE_PATTERNS) {
    const m = re.exec(text);
    const date = m ? make(m) : undefined;
    if (m && date && (!best || m.index < best.index)) best = { date, index: m.index, length: m[0].length };
  }
  return best;
}

export const UPDATED_LABEL = /(?:viimeksi )?päivitetty|päivitys|muutettu|last (?:updated|revised|modified)|updated|revised|effective(?: date| from)?|voimassa(?: alkaen)?/iu;

export const CREATED_LABEL = /laatimispäivä|laadittu|created|drawn up|julkaistu|published/iu;

export const DATE_LABEL = new RegExp(`(${UPDATED_LABEL.source}|${CREATED_LABEL.source}|päiväys|päivämäärä|date)`, 'iu');

/** A line that says nothing but a date: "Päivitetty 21.6.2021", "(Updated 3 March 2024)", "2018". */
export function isDateOnly(text: string): boolean {
  const found = findDate(text);
  let rest = found ? text.slice(0, found.index) + text.slice(found.index + found.length) : text;
  if (!found && !/^\s*\(?\s*(?:19|20)\d{2}\s*\)?\s*$/u.test(rest.replace(DATE_LABEL, ''))) return false;
  rest = rest.replace(DATE_LABEL, ' ').replace(/(?:19|20)\d{2}/u, ' ');
  return !/[\p{L}\d]/u.test(rest);
}

/** Dates anywhere in the notice: "Päivitetty 21.6.2021", "Laatimispäivä 29.05.2019", a year alone. */
export function dates(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  const check = (text: string) => {
    const label = DATE_LABEL.exec(text);
    if (!label) return;
    const after = text.slice(label.index + label[0].length, label.index + label[0].length + 40);
    const found = findDate(after);
    if (found && found.index <= 4) {
      if (CREATED_LABEL.test(label[0])) x.created ??= found.date;
      else x.updated.push(found.date);
    } else {
      const year = /^\s*:?\s*((?:19|20)\d{2})(?![\d.])/u.exec(after);
      if (year && UPDATED_LABEL.test(label[0])) x.year ??= year[1];
    }
  };
  for (const block of front) {
    for (const line of block.kind === 'heading' ? [block.text] : block.lines) {
      check(line);
      const year = /^\s*\(?\s*((?:19|20)\d{2})\s*\)?\s*$/u.exec(line);
      if (year) x.year ??= year[1];
      else if (isDateOnly(line) && !DATE_LABEL.test(line)) {
        const found = findDate(line);
        if (found) x.updated.push(found.date);
      }
    }
  }
  for (const section of sections) {
    if (section.kinds[0] === 'date') {
      const text = `${section.heading.text} ${section.blocks.map((b) => b.text).join(' ')}`;
      check(text);
      continue;
    }
    for (const block of section.blocks) if (block.kind !== 'list') for (const line of block.lines) check(line);
  }
}
