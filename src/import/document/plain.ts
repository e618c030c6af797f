/**
 * Plain text as blocks: paragraphs between blank lines, bullet lists, and headings told by their
 * numbers ("3 TARKOITUS") or, in a notice without numbers, by being a short line of their own.
 */
import { isKnownHeading } from '../headings.js';
import { PARTY_NOUNS, THE_FOLLOWING } from '../party-words.js';
import { clean, paragraph, table, treeList, type Block, type ListItem } from './block.js';
import { numberedHeading } from './numbered-paragraphs.js';

const BULLET = /^\s*(?:[-•*–·▪●○◦]|\d{1,2}[.)])\s+/u;
const DATE_LINE = /^\(?\s*(?:päivitetty|laatimispäivä|laadittu|päiväys|updated|last updated|date)?\s*:?\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\s*\)?$/iu;

const TOC_LINE = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s*\t\s*[^\t]+\t\s*\d{1,3}\s*|[^\t]+(?:\t|\.{3,}|…+)\s*\d{1,3}\s*)$/u;
const TOC_TITLE = /^(?:sisältö|sisällys|sisällysluettelo|contents|table of contents):?$/iu;

/** A line that starts with a bullet or an item number: "• nimi", "- nimi", "2) nimi". */
export function isBulletLine(line: string): boolean {
  return BULLET.test(line);
}

/** An em dash that opens a line: a bullet only where every line of the paragraph opens on one (`bulletLines`). */
const DASH = /^(\s*)—(?=\s)/u;

/**
 * Lines of one paragraph that each open on a bullet or a dash ("— besvara förfrågningar<br>— administrera avtal"), under
 * a lead-in line if it has one ("Vi använder uppgifterna för att:"). A single line that a dash opens goes on with its
 * sentence ("… eikä yksilöi kävijää ⏎— se laskee sivulatauksia"): no list.
 */
export function bulletLines(lines: readonly string[]): boolean {
  const opens = (l: string): boolean => isBulletLine(l) || DASH.test(l);
  return lines.length > 1 && lines.slice(1).every(opens) && (opens(lines[0]!) || /:$/u.test(lines[0]!));
}

/** The lines `bulletLines` takes for a list, each dash that opens one written as a bullet. */
export function asBullets(lines: readonly string[]): string[] {
  return lines.map((l) => l.replace(DASH, '$1-'));
}

export function isTocLine(line: string): boolean {
  return line.length <= 200 && TOC_LINE.test(line);
}


/** Two or three capitalised words: a person's name, not a heading. */
function looksLikeName(line: string): boolean {
  return /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(line);
}

/** A label of one contact detail, alone on its line over the detail ("Osoite" ⏎ "Savilahdenkatu 10A, 50100 MIKKELI"): no heading. */
const DETAIL_LABEL =
  /^(?:nimi|osoite|postiosoite|käyntiosoite|puhelin|puhelinnumero|sähköposti|sähköpostiosoite|y-tunnus|kotipaikka|name|address|postal address|phone|telephone|e-?mail|business id|domicile|namn|adress|postadress|besöksadress|telefon|e-post|e-postadress|organisationsnummer|org\.? ?nr\.?|fo-nummer|hemort)$/iu;

function looseHeading(line: string, numberedDoc: boolean): boolean {
  const t = line.trim();
  if (DETAIL_LABEL.test(t)) return false;
  // A question on a line of its own may be a heading too ("Hur länge sparar vi dina uppgifter?").
  if (!t || t.length > 80 || !/^\p{Lu}/u.test(t) || /[.,;:!]$/u.test(t)) return false;
  if (/@|https?:\/\/|www\./u.test(t) || BULLET.test(t) || DATE_LINE.test(t) || /\d{5}/u.test(t)) return false;
  if (t.split(/\s+/u).length > 12) return false;
  const known = isKnownHeading(t);
  if (numberedDoc) return known;
  return known || !(looksLikeName(t) || /\b(?:Oy|Oyj|Ab|ry|Ltd|Inc|GmbH|AG|AB|Ky)\b/u.test(t) || /\d/u.test(t));
}

/**
 * A line that starts something new after a heading on the line above it: a list item, or a line that
 * begins with a capital or a figure (a wrapped sentence goes on in lower case) under a heading that is
 * the heading alone ("Rekisterinpitäjä", not "Rekisterinpitäjä Esimerkki Oy", which is a labelled detail).
 */
function startsAnew(line: string, heading: string): boolean {
  // An item lettered "a)" or "b." opens something new, as a bullet does.
  if (BULLET.test(line) || LETTERED.test(line)) return true;
  const alone = heading.trim().split(/\s+/u).length <= 6 && !/\b(?:Oy|Oyj|Ab|ry|Ltd|Inc|GmbH|AG|AB|Ky)\b/u.test(heading);
  return alone && /^\s*[\p{Lu}\d]/u.test(line);
}

/**
 * The first line of a group wrapped by hand at one width: each line but the last is as long as that
 * width allows (the next line's first word would not have fitted on it), and the first line fits the
 * same width. It begins the paragraph; it is no heading above it.
 */
function filledLine(lines: readonly string[]): boolean {
  if (lines.length < 3) return false;
  const words = lines.map((l) => l.trim().split(/\s+/u));
  const length = (i: number) => lines[i]!.trim().length;
  /** The widths a line allows: at least its length, less than its length with the next line's first word. */
  const allows = (i: number): [number, number] => [length(i), length(i) + 1 + words[i + 1]![0]!.length];
  let [low, high] = allows(0);
  // A line of one word (a long address) may stand out past the width.
  for (let i = 1; i < lines.length - 1; i++) {
    if (words[i]!.length < 2) continue;
    const [l, h] = allows(i);
    [low, high] = [Math.max(low, l), Math.min(high, h)];
  }
  return low < high && words.slice(1, -1).some((w) => w.length >= 2);
}

/**
 * A heading on the line right above its text: it names a part of the notice and the text starts anew
 * on the next line, and it is no line of a paragraph wrapped there: no figure in it (a period, a date, a
 * phone number), no sentence ending inside it, not filled to the width of the lines after it.
 */
function headingAbove(lines: readonly string[]): boolean {
  const [first, next] = lines as [string, string | undefined];
  if (next === undefined || !isKnownHeading(first) || /\d|[.!?]\s/u.test(first) || filledLine(lines)) return false;
  return startsAnew(next, first) && looseHeading(first, false);
}

/** The short first line of a text file's page copied out one paragraph a line, over the paragraphs: its title ("Kameror", "Festival"). */
function titleOfPage(group: Group, text: boolean, numberedDoc: boolean): boolean {
  // A line over a list is its lead-in ("SSBA lagrar medlemmars" ⏎ "• Namn …"), not a title.
  const [first, next] = group.lines as [string, string | undefined];
  if (!text || next === undefined || BULLET.test(next) || !group.lines.some((l) => l.trim().length > UNWRAPPED)) return false;
  return looseHeading(first, numberedDoc);
}

interface Group {
  line: number;
  lines: string[];
  /** The numbered heading it opens on, where its group was cut at its numbered headings. */
  heading?: { text: string; level: number };
}

function groups(lines: readonly string[], first = 1): Group[] {
  const out: Group[] = [];
  let current: Group | undefined;
  lines.forEach((raw, i) => {
    if (!raw.trim()) {
      current = undefined;
      return;
    }
    if (!current) {
      current = { line: first + i, lines: [] };
      out.push(current);
    }
    current.lines.push(raw);
  });
  return out;
}

/** Bullet items as a tree: an item indented deeper than the one before it is nested in it. */
function nest(items: readonly { indent: number; text: string }[]): ListItem[] {
  const roots: ListItem[] = [];
  const stack: { indent: number; item: ListItem }[] = [];
  for (const { indent, text } of items) {
    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const item: ListItem = { text, items: [] };
    (stack.length ? stack[stack.length - 1]!.item.items : roots).push(item);
    stack.push({ indent, item });
  }
  return roots;
}

/** A line longer than any a hand-wrapped text holds: the lines of its group are paragraphs of a page copied out, one a line. */
const UNWRAPPED = 120;

/** A line that opens on a letter of an item and a capital: "a) Henkilötiedot", "B. Sähköisesti tallennetut tiedot"; not "n. 6 vuotta", "t. ex.". */
const LETTERED = /^\s*[a-zåäöA-ZÅÄÖ][.)]\s+\p{Lu}/u;

/** Whether a paragraph ends before line i + 1: each line is one in a group written one paragraph a line. */
function endsParagraph(lines: readonly string[], i: number, oneALine: boolean): boolean {
  const [raw, next] = [lines[i]!, lines[i + 1]];
  if (!oneALine || next === undefined) return oneALine;
  // A line that goes on in lower case is the same paragraph broken by hand ("… salasanalla suojatulla" ⏎ "tietokoneella. …").
  if (/^\s*\p{Ll}/u.test(next) && !LETTERED.test(next)) return false;
  // A lettered line is a part's own title or item: it stands alone, and the one before it ends there.
  if (LETTERED.test(raw) || LETTERED.test(next)) return true;
  // Short lines that end no sentence are the lines of one block: a name over its address; not over the next part's heading.
  // A detail's label over its value ("Postiosoite" ⏎ "Joensuu") is one block: the value is no heading.
  const heading = !DETAIL_LABEL.test(raw.trim()) && lineHeading(next, lines[i + 2]);
  return heading || !(raw.trim().length < SHORT && next.trim().length < SHORT && !/[.!?:]$/u.test(raw.trim()));
}

/** A line no longer than a name, a street or a postal code with its town. */
const SHORT = 60;

/**
 * In a page copied out one paragraph a line, a short line over a paragraph of text ("Inspelat material"), or a
 * part's own title over a shorter line it starts ("Rekisterinpitäjä" ⏎ "Iitin Latu ry"): a heading of its own.
 */
function lineHeading(raw: string, next: string | undefined): boolean {
  // "Jäsenluetteloasioiden vastuuhenkilö: Rahastonhoitaja" is a labelled detail, not a title; a line over a list is its
  // lead-in ("SSBA lagrar medlemmars" ⏎ "• Namn"), unless it names a part ("Henkilötietojen käsittelyn tarkoitus" ⏎ "● …").
  if (next === undefined || /:\s+\S/u.test(raw) || !looseHeading(raw, false)) return false;
  if (BULLET.test(next) && !isKnownHeading(raw.trim())) return false;
  return next.trim().length > raw.trim().length || (isKnownHeading(raw.trim()) && startsAnew(next, raw));
}

/** How many lines of a page's parts, labelled with a colon, make it a form that labels every part so. */
const COLON_FORM = 3;

/**
 * In a page copied out one paragraph a line, the lines that name a part of the notice and end on a colon, each
 * over its text ("Registerförare:" ⏎ "Suomen valuutta- ja maksupalvelu Oy. …", "Normala källor:" ⏎ "Uppgifter som …"):
 * the headings of a form that labels its parts so, where three or more do; a lone lead-in ("Tietoja luovutetaan:")
 * stays a paragraph.
 */
function colonTitles(lines: readonly string[]): Set<number> {
  const at = lines.flatMap((raw, i) => {
    const t = raw.trim();
    const next = lines[i + 1];
    if (!t.endsWith(':') || t.length > UNWRAPPED || next === undefined || BULLET.test(next)) return [];
    const label = t.slice(0, -1).trim();
    return /[.!?;:]/u.test(label) || !isKnownHeading(label) ? [] : [i];
  });
  return at.length >= COLON_FORM ? new Set(at) : new Set();
}

/** What says the lines after it name parties: "seuraaville … käsittelijöille", "the following processors", "följande personuppgiftsbiträden". */
const FOLLOWING = new RegExp(String.raw`(?<!\p{L})${THE_FOLLOWING}${PARTY_NOUNS}`, 'iu');

/** A line that names an item and ends no sentence: "Ukko.fi (laskutustiedot, nimi ja sähköpostiosoite)". */
function itemLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length < SHORT && !/[.!?:]$/u.test(t) && !BULLET.test(t);
}

/**
 * In a page copied out one paragraph a line, the short lines right after a paragraph that says what follows
 * ("Rekisterin tietoja voidaan siirtää seuraaville … tietojenkäsittelijöille …" ⏎ "Kuvat.fi (Nimi …)" ⏎ "Ukko.fi (…)"):
 * the items of its list, two or more, not headings of their own.
 */
function ledItems(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((lead, i) => {
    if (lead.trim().length < SHORT || !FOLLOWING.test(lead)) return;
    let j = i + 1;
    // A part's own title ends the list.
    while (j < lines.length && itemLine(lines[j]!) && !isKnownHeading(lines[j]!.trim())) j++;
    if (j - i > 2) for (let k = i + 1; k < j; k++) out.add(k);
  });
  return out;
}

/**
 * A line right under a heading with nothing yet below it, over the next part's own title ("Säännönmukaiset
 * tietolähteet" ⏎ "Asiakas itse" ⏎ "Tietojen säännönmukaiset luovutukset"): the heading's text, not a heading of its own.
 */
function underBareHeading(out: readonly Block[], para: readonly string[], raw: string, next: string | undefined): boolean {
  return out.at(-1)?.kind === 'heading' && !para.length && !isKnownHeading(raw.trim()) && next !== undefined && isKnownHeading(next.trim());
}

/**
 * Paragraphs and bullet lists of a group of lines with no blank line between them. In plain text copied
 * from a page, one paragraph a line (a line longer than hand-wrapping allows), each line is a paragraph,
 * or a heading where it is a short title over a longer line.
 */
function splitGroup(group: Group, text = false): Block[] {
  const out: Block[] = [];
  let para: string[] = [];
  let paraLine = group.line;
  let items: { indent: number; text: string }[] = [];
  let itemLines: string[] = [];
  let listLine = group.line;
  const flushPara = () => {
    if (para.length) out.push(paragraph(para, paraLine));
    para = [];
  };
  const flushList = () => {
    if (items.length) out.push(treeList(nest(items), itemLines.map(clean), listLine));
    items = [];
    itemLines = [];
  };
  const numberedItems = group.lines.filter((l) => /^\s*\d{1,2}[.)]\s+/u.test(l)).length >= 2;
  const oneALine = text && group.lines.some((l) => l.trim().length > UNWRAPPED);
  const led = oneALine ? ledItems(group.lines) : new Set<number>();
  const titles = oneALine ? colonTitles(group.lines) : new Set<number>();
  group.lines.forEach((raw, i) => {
    const isBullet = (BULLET.test(raw) && (numberedItems || !/^\s*\d/u.test(raw))) || led.has(i);
    if (isBullet) {
      flushPara();
      if (!items.length) listLine = group.line + i;
      items.push({ indent: /^\s*/u.exec(raw)![0].length, text: clean(raw.replace(BULLET, '')) });
      itemLines.push(raw);
    } else if (items.length && /^\s+\S/u.test(raw)) {
      const last = items[items.length - 1]!;
      last.text = `${last.text} ${clean(raw)}`;
      itemLines.push(raw);
    } else if (titles.has(i) || (oneALine && !DETAIL_LABEL.test(group.lines[i - 1]?.trim() ?? '') && lineHeading(raw, group.lines[i + 1]) && !underBareHeading(out, para, raw, group.lines[i + 1]))) {
      flushPara();
      flushList();
      // A heading of the page as its markup set it, not a loose line: one that names no part starts a part of its own.
      out.push({ kind: 'heading', text: clean(raw), lines: [clean(raw)], line: group.line + i, level: 1, style: 'markup' });
    } else {
      flushList();
      if (!para.length) paraLine = group.line + i;
      para.push(raw);
      if (titles.has(i + 1) || endsParagraph(group.lines, i, oneALine)) flushPara();
    }
  });
  flushPara();
  flushList();
  return out;
}

/** The rows of a group whose every line holds the same number (two or more) of tab-separated cells. */
function tabRows(group: Group): string[][] | undefined {
  const rows = group.lines.map((l) => l.split(/\t+/u).map(clean));
  const width = rows[0]!.length;
  return rows.length >= 2 && width >= 2 && rows.every((r) => r.length === width && r.every(Boolean)) ? rows : undefined;
}

const TITLE = 120;
const LONG_TITLE = 160;

/** "7. Säännönmukaiset tietojen luovutukset ja …": a numbered title of the first level with its number; a long one too, among others numbered on. */
function title(line: string, questions: boolean, paren = false): { text: string; number: number } | undefined {
  const heading = numberedHeading(line, LONG_TITLE, questions, paren);
  // Longer than most, the old Act's own wording of a part ("4) Mihin tietoja säännönmukaisesti luovutetaan ja siirretäänkö tietoja …");
  // numbered "1)", every title names a part, so that a list numbered so ("1) Nimi") stays a list.
  if (heading && (heading.text.length > TITLE || paren) && !isKnownHeading(heading.text)) return undefined;
  return heading?.level === 1 ? { text: heading.text, number: Number(/^\s*(\d+)/u.exec(line)![1]) } : undefined;
}

/** The lines of the numbered titles, if they run in order from 1, each over a line of its own text; otherwise none. */
function titlesInOrder(group: Group, questions: boolean, paren = false): number[] {
  const at = group.lines.flatMap((l, i) => (title(l, questions, paren) ? [i] : []));
  const numbers = at.map((i) => title(group.lines[i]!, questions, paren)!.number);
  // "1a", "1b" are parts of the first: the same number.
  const lettered = (k: number): boolean => /^\s*\d+[a-e]\s/u.test(group.lines[at[k]!]!);
  const inOrder = at.length >= 3 && numbers[0] === 1 && numbers.every((n, k) => k === 0 || n > numbers[k - 1]! || (n === numbers[k - 1] && lettered(k) && lettered(k - 1)));
  // Each over a line of its own text, not an item broken by hand whose next line goes on in lower case.
  const bodied = at.every((i) => group.lines[i + 1] !== undefined && !at.includes(i + 1) && !/^\s*\p{Ll}/u.test(group.lines[i + 1]!));
  return inOrder && bodied ? at : [];
}

/**
 * The level-1 numbered headings of a group with no blank line in it ("1. Rekisterinpitäjä" ⏎ "Pikkirii ry" ⏎
 * "2. Rekisteriasioista vastaava henkilö" ⏎ …): at least three numbered on from 1, each with a line of text
 * under it; otherwise none, and the numbered lines are items of a list. Titles put as questions ("4. Mitä oikeuksia
 * rekisteröidyllä on?") are read so only where the titles without them do not run in order: numbered questions inside
 * a part ("Kysymme seuraavaa: 1. Mitä mieltä olit palvelusta?") are a list of that part.
 */
function headingLines(group: Group): number[] {
  const plain = titlesInOrder(group, false);
  if (plain.length) return plain;
  const questions = titlesInOrder(group, true);
  if (questions.length) return questions;
  const parts = partsInOrder(group);
  return parts.length ? parts : titlesInOrder(group, false, true);
}

/**
 * The numbered titles that name parts of a notice, numbered on from 1 to the highest number of any numbered line,
 * where the items of lists numbered inside the parts break the order of the numbered lines ("4. Oikeusperuste ja
 * henkilötietojen käsittelyn tarkoitus" ⏎ … ⏎ "1. Käyttäjän tunnistamiseen …" ⏎ "2. Käyttöoikeuksien hallintaan" ⏎
 * "5. Tietosisältö"): each over a line of its own text; otherwise none.
 */
function partsInOrder(group: Group): number[] {
  const at: number[] = [];
  let highest = 0;
  group.lines.forEach((l, i) => {
    const t = title(l, false);
    if (!t) return;
    highest = Math.max(highest, t.number);
    if (t.number === at.length + 1 && isKnownHeading(t.text)) at.push(i);
  });
  const bodied = at.every((i) => group.lines[i + 1] !== undefined && !at.includes(i + 1) && !/^\s*\p{Ll}/u.test(group.lines[i + 1]!));
  return at.length >= 3 && at.length === highest && bodied ? at : [];
}

/** A group cut before each of its numbered headings, so that each opens a group of its own. */
function atHeadings(group: Group): Group[] {
  const at = headingLines(group);
  if (!at.length) return [group];
  const cuts = at[0] === 0 ? at : [0, ...at];
  return cuts.map((from, k) => {
    const heading = at.includes(from) ? { text: (title(group.lines[from]!, true) ?? title(group.lines[from]!, true, true))!.text, level: 1 } : undefined;
    return { line: group.line + from, lines: group.lines.slice(from, cuts[k + 1]), ...(heading ? { heading } : {}) };
  });
}

/** Blocks of plain text; `text` when the lines are a text file's own, not lines of a page or a document read as text. */
export function readPlain(lines: readonly string[], first: number, text = false): Block[] {
  const all = text ? groups(lines, first).flatMap(atHeadings) : groups(lines, first);
  const numberedDoc = all.filter((g) => g.lines.length >= 1 && numberedHeading(g.lines[0]!)).length >= 3;
  const out: Block[] = [];
  all.forEach((group, gi) => {
    const firstLine = group.lines[0]!;
    // A table of contents: "Sisältö:" and "1<TAB>Rekisterinpitäjä<TAB>3" lines.
    const tocLines = group.lines.filter(isTocLine).length;
    const next = all[gi + 1];
    if (
      (tocLines >= 2 && tocLines * 2 >= group.lines.length) ||
      (group.lines.length === 1 && TOC_TITLE.test(firstLine.trim()) && next && next.lines.filter(isTocLine).length >= 2)
    ) {
      out.push({ ...paragraph(group.lines, group.line), toc: true });
      return;
    }
    const numbered = group.heading ?? numberedHeading(firstLine);
    const last = gi === all.length - 1;
    // A title the numbers of the group's titles found is one over a numbered list too ("5. Tietosisältö" ⏎ "1. Käyttäjän …").
    const overList = group.lines.length > 1 && BULLET.test(group.lines[1]!) && /^\s*\d/u.test(group.lines[1]!);
    if (numbered && (group.heading !== undefined || ((!last || group.lines.length > 1) && !overList))) {
      out.push({ kind: 'heading', text: numbered.text, lines: [clean(firstLine)], line: group.line, level: numbered.level, style: 'numbered' });
      if (group.lines.length > 1) out.push(...splitGroup({ line: group.line + 1, lines: group.lines.slice(1) }, text));
      return;
    }
    if (!last && group.lines.length === 1 && looseHeading(firstLine, numberedDoc)) {
      out.push({ kind: 'heading', text: clean(firstLine), lines: [clean(firstLine)], line: group.line, level: numberedDoc ? 9 : 1, style: numberedDoc ? 'numbered' : 'loose' });
      return;
    }
    if (headingAbove(group.lines) || titleOfPage(group, text, numberedDoc)) {
      out.push({ kind: 'heading', text: clean(firstLine), lines: [clean(firstLine)], line: group.line, level: numberedDoc ? 9 : 1, style: numberedDoc ? 'numbered' : 'loose' });
      out.push(...splitGroup({ line: group.line + 1, lines: group.lines.slice(1) }, text));
      return;
    }
    const rows = tabRows(group);
    // Recognisers read a table's lines as they read any other group's.
    if (rows) out.push(table(rows, false, splitGroup(group), group.lines.map(clean), group.line));
    else out.push(...splitGroup(group, text));
  });
  return out;
}

