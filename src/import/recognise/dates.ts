/** Dates of an old notice: when it was drawn up and last updated. */
import { flatItems, type Block } from '../document/block.js';
import { DraftState } from '../draft/state.js';
import type { Section } from '../outline.js';

export const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export const MONTHS_FI = ['tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kesä', 'heinä', 'elo', 'syys', 'loka', 'marras', 'joulu'];

export const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** Months cut short, in English and Swedish: "20 Sep 2024", "3 okt. 2023". */
const SHORT = String.raw`(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|okt|nov|dec)\.?`;

/** The number of a month named in English, Swedish or Finnish ("maaliskuuta", "maaliskuu"), or cut short ("Sep"). */
export function monthNumber(name: string): number {
  const n = name.toLowerCase().replace(/\.$/u, '');
  for (const months of [MONTHS_EN, MONTHS_SV]) if (months.includes(n)) return months.indexOf(n) + 1;
  if (new RegExp(`^${SHORT}$`, 'u').test(n)) return [MONTHS_EN, MONTHS_SV].map((ms) => ms.findIndex((m) => m.startsWith(n)) + 1).find((i) => i > 0) ?? 0;
  return MONTHS_FI.findIndex((m) => n.startsWith(`${m}kuu`)) + 1;
}

const MONTH = `(${[...MONTHS_EN, ...MONTHS_SV.filter((m) => !MONTHS_EN.includes(m))].join('|')}|${SHORT}|(?:${MONTHS_FI.join('|')})kuu(?:ta|ssa)?)`;

export function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "1.3.2024", "2024-03-01", "1. maaliskuuta 2024", "den 1 mars 2024", "1st March 2024", "March 1, 2024". */
export const DATE_PATTERNS: readonly [RegExp, (m: RegExpExecArray) => string | undefined][] = [
  [/(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/u, (m) => isoDate(+m[3]!, +m[2]!, +m[1]!)],
  [/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u, (m) => isoDate(+m[1]!, +m[2]!, +m[3]!)],
  // Day first, as in Finland, Sweden and Britain: "23/5/2018"; month first only where the day cannot be first ("03/26/2012").
  [/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/u, (m) => isoDate(+m[3]!, +m[2]!, +m[1]!) ?? (+m[2]! > 12 ? isoDate(+m[3]!, +m[1]!, +m[2]!) : undefined)],
  [
    new RegExp(String.raw`(?<![\p{L}\d])(?:den\s+)?(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?${MONTH},?\s+(\d{4})(?!\d)`, 'iu'),
    (m) => isoDate(+m[3]!, monthNumber(m[2]!), +m[1]!),
  ],
  [
    new RegExp(String.raw`(?<![\p{L}])(${MONTHS_EN.join('|')}|${SHORT})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`, 'iu'),
    (m) => isoDate(+m[3]!, monthNumber(m[1]!), +m[2]!),
  ],
];

/** A month without its day: "maaliskuu 2024", "uppdaterad januari 2026", "March 2024"; not after a day ("1. maaliskuuta 2024"). */
const MONTH_YEAR = new RegExp(String.raw`(?<![\d.]\s?)(?<![\p{L}])${MONTH}\s+(\d{4})(?!\d)`, 'iu');

export function findDate(text: string): { date: string; index: number; length: number } | undefined {
  let best: { date: string; index: number; length: number } | undefined;
  for (const [re, make] of DATE_PATTERNS) {
    const m = re.exec(text);
    const date = m ? make(m) : undefined;
    if (m && date && (!best || m.index < best.index)) best = { date, index: m.index, length: m[0].length };
  }
  return best;
}

/** A month in figures with its year: "8/2026", "08/2026"; not part of a date or a fraction ("1.8/2026", "3/2026/1"). */
const MONTH_NUMBER_YEAR = /(?<![\d./])(0?[1-9]|1[0-2])\s?\/\s?((?:19|20)\d{2})(?![\d/])/u;

/** A month the text names without a day, as "2024-03". */
export function findMonth(text: string): { month: string; index: number; length: number } | undefined {
  const m = MONTH_YEAR.exec(text);
  const date = m ? isoDate(+m[2]!, monthNumber(m[1]!), 1) : undefined;
  if (m && date) return { month: date.slice(0, 7), index: m.index, length: m[0].length };
  const n = MONTH_NUMBER_YEAR.exec(text);
  const figures = n ? isoDate(+n[2]!, +n[1]!, 1) : undefined;
  return n && figures ? { month: figures.slice(0, 7), index: n.index, length: n[0].length } : undefined;
}

export const UPDATED_LABEL =
  /(?:viimeksi )?päivitetty(?: viimeksi)?|päivity\p{L}*|viimeisin (?:muutos|päivitys)|päivitettiin(?: viimeksi)?|muutettu|muokattu|(?:senast )?uppdaterad(?:es(?: senast)?)?|senast publicerad|(?:senast )?(?:ändrad|reviderad)(?:es)?(?: senast)?|fastställd|last (?:updated|revised|modified|update)|latest update|senaste uppdatering(?:en)?|updated(?: on)?|(?<![\p{L}])update(?![\p{L}])|(?<![\p{L}])uppdatering(?![\p{L}])|revised|effective(?: date| from)?|voimassa(?: alkaen)?|voimaantulopäivä\p{L}*|voimaantulopvm|ikraftträdandedatum\p{L}*|ikraftträdandedag\p{L}*|gäller från|gäller fr\.\s?o\.\s?m\.|\p{L}*(?:policy|policyn|beskrivning|beskrivningen|seloste|notice|statement)\s+(?:(?:trädde|träder) i kraft|astui voimaan|tuli voimaan|(?:came|comes) into (?:force|effect)|entered into force|took effect)/iu;

export const CREATED_LABEL = /laatimis\p{L}*|laadittu|(?:first version )?issued|upprättad|created|drawn up|julkaistu|published/iu;

export const DATE_LABEL = new RegExp(`(${UPDATED_LABEL.source}|${CREATED_LABEL.source}|päiväys|päivämäärä|pvm|(?<![\\p{L}])datum|(?<![\\p{L}])versio(?:n)?|date|lastmod|modified)`, 'iu');

/** A title that ends in its date: "Jäsenrekisterin rekisteriseloste 9.4.2019". */
export const TITLE_DATE = /(?:seloste|beskrivning|policy|notice|statement)\p{L}*\s*[,:–-]?\s*\(?((?:\d{1,2}\.\s?){2}\d{4}|\d{4}-\d{2}-\d{2})\)?\s*$/iu;

/** What may stand between a label and its date: a colon or a comma ("Update, 15th July 2025"), a preposition ("Senast ändrad i september 2026"), a version number ("Versio 2.1, 1.3.2024"). */
export const BETWEEN = /^[\s:,]*(?:on\s+|den\s+|in\s+|i\s+)?(?:v\.?\s*)?(?:\d+(?:\.\d+)?\s*[,;:–—(-]\s*)?$/u;

/** A label of the day a notice takes effect: "effective", "gäller från", "gäller fr.o.m.". */
const EFFECTIVE_LABEL = /^(?:effective|gäller från|gäller fr\.\s?o\.\s?m\.)$/iu;
/** What may stand between such a label and its date: "as of", "as from", "och med den" ("effective as of 10 Oct 2020", "gäller från och med den 10 oktober 2020"). */
const AFTER_EFFECTIVE = /^[\s:,]*(?:as (?:of|from)\s+|och med\s+)?(?:den\s+)?$/iu;
/** A law, a regulation or a decision the sentence is about: the day it takes effect is not the notice's ("GDPR, effective as of 25 May 2018", "The UK adequacy decision, effective as of 28 June 2021"). */
const ABOUT_A_LAW = /gdpr|regulation|asetu|förordning|decision|päätö|beslut|directive|direktiiv|direktiv|(?<![\p{L}])(?:act|laki|lagen?)(?![\p{L}])/iu;

/** A clause that says under which law something holds ("… 2019-06-01 enligt dataskyddsförordningen"): the law is not what takes effect. */
const UNDER_A_LAW = /(?<!\p{L})(?:enligt|i enlighet med|under|according to|in accordance with|pursuant to|mukaisesti|mukaan|nojalla)(?!\p{L})/iu;

/** A notice named before its label: "Denna personuppgiftspolicy gäller från …" dates the notice, whatever follows. */
const THE_NOTICE = /policy|beskrivning|seloste|notice|statement|ilmoitus|villkor|ehdot|terms/iu;

/**
 * The day a law takes effect, named before the label ("GDPR, effective as of 25 May 2018") or, where no notice
 * is named before it, in the clause after the date ("Inom EU/EES gäller från och med den 25 maj 2018 den så
 * kallade dataskyddsförordningen").
 */
function aboutALaw(text: string, at: number, dateEnd: number): boolean {
  if (ABOUT_A_LAW.test(text.slice(0, at))) return true;
  const sentence = /[^.!?]*$/u.exec(text.slice(0, at))![0];
  const after = /^[^.;!?]*/u.exec(text.slice(dateEnd))![0];
  return !THE_NOTICE.test(sentence) && ABOUT_A_LAW.test(after) && !UNDER_A_LAW.test(after);
}

/** A link to the notice in another language beside its date, with its address: "29 October 2018 / In Finnish (https://…)", "1.3.2024 | På svenska". */
const OTHER_LANGUAGE = /\s*[/|·]\s*(?:in (?:finnish|swedish|english)|på (?:svenska|finska|engelska)|suomeksi|ruotsiksi|englanniksi)(?:\s*\(\S*\))?\s*$/iu;

/** A line that says nothing but a date: "Päivitetty 21.6.2021", "(Updated 3 March 2024)", "2018"; a link to another language's version may follow. */
export function isDateOnly(line: string): boolean {
  const text = line.replace(OTHER_LANGUAGE, '');
  const found = findDate(text) ?? findMonth(text);
  let rest = found ? text.slice(0, found.index) + text.slice(found.index + found.length) : text;
  if (!found && !/^\s*\(?\s*(?:19|20)\d{2}\s*\)?\s*$/u.test(rest.replace(DATE_LABEL, ''))) return false;
  rest = rest.replace(DATE_LABEL, ' ').replace(/(?:19|20)\d{2}/u, ' ');
  return !/[\p{L}\d]/u.test(rest);
}

/** The number of a version an entry of a change log may open with: "Version 3 - ", "Versio 2.1: ", "v1.2 – ". */
const VERSION_FIRST = /^\s*(?:versio(?:n)?|v\.?)\s*\d+(?:\.\d+)*\s*[-–—:,]?\s*/iu;

/** The date an entry of a change log starts with, after its version's number ("25.7.2022 (Arttu Hanska) – Ensimmäinen versio", "2024-03-01: …", "Version 3 - 2024-01-16 - Revidering"). */
function changeDate(x: DraftState, entry: string): void {
  const line = entry.replace(VERSION_FIRST, '');
  const found = findDate(line);
  if (found && found.index <= 2) x.updated.push(found.date);
}

/** An update named as a noun ("Update", "Uppdatering"): a label only where it starts its line, not "a software update". */
const UPDATE_NOUN = /^(?:update|uppdatering)$/iu;

/**
 * The label starts its line (marks aside: "**Update, 15th July 2025**"). A label followed by a comma, or
 * an update named as a noun, is one only there: "A software update, 12 May 2025, moved …" dates no notice.
 */
function startsLine(text: string, label: RegExpMatchArray): boolean {
  return !/[\p{L}\d]/u.test(text.slice(0, label.index));
}

/** The date a label of a line gives ("Päivitetty 21.6.2021"), or the month or year it gives without a day. */
function labelledDate(x: DraftState, text: string, label: RegExpMatchArray): void {
  if (label.index === undefined) return;
  if (UPDATE_NOUN.test(label[0]) && !startsLine(text, label)) return;
  const after = text.slice(label.index + label[0].length, label.index + label[0].length + 40);
  const found = findDate(after);
  const between = found ? after.slice(0, found.index) : '';
  const effective = EFFECTIVE_LABEL.test(label[0]) && AFTER_EFFECTIVE.test(between) && (found === undefined || !aboutALaw(text, label.index, label.index + label[0].length + found.index + found.length));
  if (found && (effective || BETWEEN.test(between)) && (!between.includes(',') || startsLine(text, label))) {
    if (CREATED_LABEL.test(label[0])) x.created ??= found.date;
    else x.updated.push(found.date);
    return;
  }
  if (CREATED_LABEL.test(label[0])) return;
  const month = findMonth(after);
  if (month && BETWEEN.test(after.slice(0, month.index))) x.partial ??= month.month;
  const year = /^\s*:?\s*((?:19|20)\d{2})(?![\d.])/u.exec(after);
  if (year && UPDATED_LABEL.test(label[0])) x.partial ??= year[1];
}

/** A sentence about this notice itself: "Tämä tietosuojailmoitus …", "This privacy notice …", "Denna integritetspolicy …". */
const THIS_NOTICE = /^(?:tämä|this|denna|detta)\s+(?:[\p{L}-]+\s+)?[\p{L}-]*(?:seloste|ilmoitus|policy|notice|statement|beskrivning|policyn)(?![\p{L}])/iu;
/** What says a date is the day from which the notice holds: "1.5.2024 alkaen", "from 1 May 2024", "från och med den 1 maj 2024". */
const FROM_AFTER = /^\s*(?:alkaen|lähtien)(?![\p{L}])/iu;
const FROM_BEFORE = /(?<![\p{L}])(?:from|as of|since|fr\.\s?o\.\s?m\.|från och med(?: den)?|från(?: den)?)\s*$/iu;

/** The day from which a sentence about the notice says it holds ("Tämä tietosuojailmoitus on julkaistu … 1.5.2024 alkaen"). */
function noticeFrom(x: DraftState, text: string): void {
  if (!THIS_NOTICE.test(text.trim())) return;
  const found = findDate(text);
  if (found && (FROM_AFTER.test(text.slice(found.index + found.length)) || FROM_BEFORE.test(text.slice(0, found.index)))) x.updated.push(found.date);
}

/** Dates anywhere in the notice: "Päivitetty 21.6.2021", "Laatimispäivä 29.05.2019", a year alone. */
export function dates(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  // Every label of a line is tried: "Version: 1.0 | Fastställd: 2025-12-10".
  const check = (text: string): void => {
    for (const label of text.matchAll(new RegExp(DATE_LABEL.source, 'giu'))) labelledDate(x, text, label);
    if (!x.updated.length) noticeFrom(x, text);
  };
  for (const block of front) {
    for (const line of block.kind === 'heading' ? [block.text] : block.lines) {
      check(line);
      const year = /^\s*\(?\s*((?:19|20)\d{2})\s*\)?\s*$/u.exec(line);
      const titled = TITLE_DATE.exec(line);
      if (year) x.partial ??= year[1];
      else if (titled) x.updated.push(findDate(titled[1]!)!.date);
      else if (isDateOnly(line) && !DATE_LABEL.test(line)) {
        const found = findDate(line);
        if (found) x.updated.push(found.date);
        else x.partial ??= findMonth(line)?.month;
      }
    }
  }
  for (const section of sections) {
    // A change log's entries are dated: the latest is when the notice was last changed.
    if (section.kinds[0] === 'changes') for (const block of section.blocks) for (const line of block.kind === 'list' ? flatItems(block) : block.lines) changeDate(x, line);
    if (section.kinds[0] === 'date') {
      const text = `${section.heading.text} ${section.blocks.map((b) => b.text).join(' ')}`;
      check(text);
      continue;
    }
    for (const block of section.blocks) {
      if (block.kind !== 'list') block.lines.forEach((line, i) => check(labelAlone(line) && i + 1 < block.lines.length ? `${line} ${block.lines[i + 1]}` : line));
      // An item that is a label and a date alone ("- Päivitetty 1.3.2024", "— Upprättad 2020-01-01"): the notice's own.
      else for (const item of flatItems(block)) if (isDateOnly(item) && DATE_LABEL.test(item)) check(item);
    }
  }
  signedOn(x, front, sections);
}

/** A place before a date, as a document is signed: "Oulu 3.10.2024", "Helsingissä 1.3.2024", "Stockholm den 1 mars 2024"; one word, not an event's name ("Annual Meeting 12 April 2025"). */
const PLACE_FIRST = /^\s*(\p{Lu}[\p{Ll}-]+),?\s+(?:den\s+)?/u;

/** The date of a line that is only a place and a date, the place no label of a date. */
function placeAndDate(line: string): string | undefined {
  const place = PLACE_FIRST.exec(line);
  if (!place || DATE_LABEL.test(place[1]!)) return undefined;
  const rest = line.slice(place[0].length);
  const found = findDate(rest);
  return found && found.index === 0 && !rest.slice(found.length).trim() ? found.date : undefined;
}

/** The place and date the notice is signed with, on the last line of its text or the first: the day it was drawn up or last changed. */
function signedOn(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  const text = [...front, ...sections.flatMap((s) => s.blocks)].filter((b) => !b.page && b.kind === 'paragraph');
  const ends = [text[0]?.lines[0], text.at(-1)?.lines.at(-1)];
  for (const line of ends) {
    const date = line === undefined ? undefined : placeAndDate(line);
    if (date) x.updated.push(date);
  }
  const closing = closingDate(text.flatMap((b) => b.lines).slice(-2));
  if (closing && !x.updated.length) x.updated.push(closing);
}

/** Who signs a notice under its date: "Hallitus", "Styrelsen", "The Board", a name; a short line, no figure, no sentence. */
const SIGNATURE = /^\s*\p{Lu}[\p{L} .&-]{1,40}$/u;

/** A date alone on the last line of a notice's text, or over its signature ("25.10.2018" ⏎ "Hallitus"): the day it was drawn up. */
function closingDate(last: readonly string[]): string | undefined {
  const [before, end] = last.length === 2 ? last : [undefined, last[0]];
  const line = end !== undefined && SIGNATURE.test(end) && !/[.!?:]$/u.test(end.trim()) ? before : end;
  const found = line === undefined ? undefined : findDate(line);
  return found && found.index === 0 && !line!.trim().slice(found.length).trim() ? found.date : undefined;
}

/** A line that is only a label of a date ("Päivitetty", "Last updated:"), its date on the line after it. */
const LABEL_ALONE = new RegExp(`^\\s*(?:${DATE_LABEL.source})\\s*:?\\s*$`, 'iu');

function labelAlone(line: string): boolean {
  return LABEL_ALONE.test(line);
}
