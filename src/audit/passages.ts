/**
 * The original notice as passages: each line of each block (a list item, a table cell, a heading)
 * split into sentences, with the line of the original it stands on and the part of the notice its
 * section is about. Findings are placed on these, and the rights the notice states are read from them.
 */
import { clean, flatItems, shaped, type Block } from '../import/document/block.js';
import type { SectionKind } from '../import/headings.js';
import type { Outline } from '../import/outline.js';
import { sentences } from '../import/draft/text.js';

export interface Passage {
  text: string;
  /** 1-based line of the original. */
  line: number;
  /** What the section it stands in is about; `front` before the first section. */
  kind: SectionKind | 'front';
  /** Everything its section is about ("Luovutukset ja siirrot": recipients and transfers). */
  kinds: readonly (SectionKind | 'front')[];
  /** The line of the heading of its section (the first line of the notice for the front). */
  sectionLine: number;
  /** It is a heading. */
  heading?: true;
  /** A heading's depth, 1 the highest, where the original marks it. */
  level?: number;
  /** It is an item of a list. */
  item?: true;
  /** It is the header row of a table, which leads into its rows. */
  header?: true;
  /** It stands in the page's own footer, outside the notice (its links, its copyright line). */
  page?: true;
  /** From the page's settings (a static site's front matter: its title, its date), not a line of the notice's own text. */
  settings?: true;
}

/** A line of a text file as a reader sees it: no tags, entities, emphasis or link targets. */
function plain(line: string): string {
  return clean(
    line
      .replace(/<[^>]*>/gu, ' ')
      .replace(/&nbsp;|&#160;/gu, ' ')
      .replace(/&amp;/gu, '&')
      .replace(/&[a-z]+;|&#\d+;/gu, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
      .replace(/[*_`]+/gu, ''),
  );
}

/**
 * The original's lines a block's texts are found on: those of a text file, read from where the block
 * starts (its `lines` leave out the blank lines of a loose list and the tags of HTML); or else the
 * block's own lines.
 */
interface Lines {
  texts: readonly string[];
  /** The line of the original of `texts[0]`. */
  first: number;
}

function linesOf(block: Block, source: readonly string[] | undefined): Lines {
  if (!source) return { texts: block.lines.map(clean), first: block.line };
  const from = Math.max(0, block.line - 1);
  // A block's texts lie within its lines and the blank and markup lines between them: a row of a
  // table saved as a web page runs over eight lines or many more (the row, each cell and its paragraph, a list in a cell, their ends).
  return { texts: source.slice(from, from + 24 * block.lines.length + 8).map(plain), first: from + 1 };
}

/** The words of a text as the original shows them: without the dash of a list item inside a table's cell ("- Visual recordings – …"). */
function wordsOf(text: string): string[] {
  return clean(text).replace(/^(?:[-–•*]\s+)+/u, '').split(' ');
}

/** Where a text of a block starts, as a line of the original: the first line from `after` on that holds its first words. */
function lineOf(lines: Lines, text: string, after: number): number | undefined {
  const words = wordsOf(text);
  for (const n of [4, 2, 1]) {
    const start = words.slice(0, n).join(' ');
    const index = lines.texts.findIndex((l, i) => i >= after && l.includes(start));
    if (index >= 0) return index;
  }
  return undefined;
}

/** The lines of a block read as one text, with where each line starts in it. */
interface Joined {
  text: string;
  starts: readonly number[];
}

function joined(lines: Lines): Joined {
  const starts: number[] = [];
  let text = '';
  for (const line of lines.texts) {
    starts.push(text.length);
    text += `${line} `;
  }
  return { text, starts };
}

/**
 * Where a text stands in a block's joined lines, from `at` on: the offset of its first words and of its
 * last, so that the next text is looked for after it ("Rekisterinpitäjä tai …" may open two sentences
 * of one paragraph).
 */
function spanOf(all: Joined, text: string, at: number): { start: number; end: number } | undefined {
  const words = wordsOf(text);
  for (const n of [4, 2]) {
    if (words.length < n) continue;
    const start = all.text.indexOf(words.slice(0, n).join(' '), at);
    if (start < 0) continue;
    const last = words.slice(-2).join(' ');
    const end = all.text.indexOf(last, start);
    return { start, end: end < 0 ? start + 1 : end + last.length };
  }
  return undefined;
}

/** The index of the line an offset of the joined lines falls on. */
function lineAt(all: Joined, offset: number): number {
  let index = 0;
  while (index + 1 < all.starts.length && all.starts[index + 1]! <= offset) index++;
  return index;
}

/** The line of each text of a block, in order: each stands after the end of the one before, or else on or after its line. */
function linesOfTexts(block: Block, texts: readonly string[], source: readonly string[] | undefined): number[] {
  const lines = linesOf(block, source);
  const all = joined(lines);
  let at = 0;
  let after = 0;
  return texts.map((text) => {
    const span = spanOf(all, text, at);
    const index = span ? lineAt(all, span.start) : (lineOf(lines, text, after) ?? lineOf(lines, text, 0));
    if (index === undefined) return block.line;
    if (span) at = span.end;
    after = index;
    return lines.first + index;
  });
}

/** A site generator's shortcode ("{{< cookie_settings … >}}", "{% include … %}"): the page shows what it renders, not its text. */
const SHORTCODE = /^\s*(?:\{\{[<%][\s\S]*[%>]\}\}|\{%[\s\S]*%\})\s*$/u;

/** A line that is a label of up to four words, capitalised, and its value: "Sähköposti: info@esimerkki.fi", "Tietosuojavastaava: Maija Mallikas". */
const LABEL_LINE = /^\p{Lu}[\p{L}()/-]*(?: [\p{L}()/-]+){0,3}:\s+\S/u;

/** A paragraph of a label and its value a line ("Sähköposti: …⏎Tietosuojavastaava: …"): each line says its own thing, its own passage. */
function labelLines(block: Block): string[] | undefined {
  if (block.kind !== 'paragraph' || block.lines.length < 2) return undefined;
  const lines = block.lines.map(clean);
  return lines.every((l) => LABEL_LINE.test(l)) ? lines : undefined;
}

function blockPassages(block: Block, kinds: Passage['kinds'], sectionLine: number, source: readonly string[] | undefined): Passage[] {
  const kind = kinds[0] ?? 'other';
  if (block.kind === 'table') return shaped([block]).flatMap((b) => blockPassages(b, kinds, sectionLine, source));
  if (block.kind === 'heading') return [{ text: clean(block.text), line: block.line, kind, kinds, sectionLine, heading: true, ...(block.level ? { level: block.level } : {}), ...(block.page ? { page: true as const } : {}), ...(block.settings ? { settings: true as const } : {}) }];
  // A paragraph's sentences run across the lines it is wrapped on: each stands at the line it starts on.
  const texts = (block.kind === 'list' ? flatItems(block) : (labelLines(block) ?? [block.text])).filter((t) => !SHORTCODE.test(t)).flatMap((t) => sentences(clean(t)));
  const lines = linesOfTexts(block, texts, source);
  return texts.map((text, i) => ({
    text,
    line: lines[i]!,
    kind,
    kinds,
    sectionLine,
    ...(block.kind === 'list' ? { item: true as const } : {}),
    ...(block.tableHeader ? { header: true as const } : {}),
    ...(block.page ? { page: true as const } : {}),
    ...(block.settings ? { settings: true as const } : {}),
  }));
}

/** Every passage of an outlined notice, in the order of the original; `source` the lines of a text file's original. */
export function passagesOf(outline: Outline, source?: readonly string[]): Passage[] {
  const first = outline.front[0]?.line ?? outline.sections[0]?.heading.line ?? 1;
  const out = outline.front.flatMap((b) => blockPassages(b, ['front'], first, source));
  for (const section of outline.sections) {
    const kinds = section.kinds.length ? section.kinds : (['other'] as const);
    out.push(...[section.heading, ...section.blocks].flatMap((b) => blockPassages(b, kinds, section.heading.line, source)));
  }
  return out.sort((a, b) => a.line - b.line);
}

/** A heading that titles a notice or a register, not one of its sections. */
const TITLE = /rekisteri|seloste|tietosuoja|henkilötie|privacy|policy|notice|statement|register|integritet|dataskydd|personuppgift|gdpr|data protection|personal (?:data|information)/iu;
/** A heading that titles a notice, not only a register: "Jäsenrekisterin rekisteriseloste", "Privacy notice", "Dataskyddsbeskrivning". */
const NOTICE_TITLE = /seloste|tietosuoja|privacy|policy|notice|statement|beskrivning|integritet|dataskydd/iu;
/** A table of contents' heading, which titles nothing. */
const CONTENTS = /^(?:table of contents|contents|sisällys\p{L}*|innehåll\p{L}*)$/iu;

/**
 * Where a register's notice starts, for what it leaves out altogether: the heading before its first
 * section that names it (a page may open with its own title and introduction, and hold several
 * registers), or in a file `alone` of one register, a title less deep above it; the last title
 * before its first section, the first heading before it, or else its first line.
 */
export function registerStart(passages: readonly Passage[], name?: string, alone = false): number {
  // Before its first section: a heading inside a section that names a register titles a part of it, not the notice.
  const named = name ? passages.find((p) => p.heading && p.kind === 'front' && !p.settings && comparable(p.text).startsWith(comparable(name).split(' ').slice(0, 3).join(' '))) : undefined;
  // In a file of one register, a title above a heading that names only the register, less deep ("## Behandling av personuppgifter" over "### Medlemsregister"), is where the notice starts.
  const above = alone && named && !NOTICE_TITLE.test(named.text) ? passages.find((p) => p.heading && p.kind === 'front' && p.line < named.line && TITLE.test(p.text) && (p.level ?? 0) > 0 && p.level! < (named.level ?? 0)) : undefined;
  if (named) return (above ?? named).line;
  // The page's settings (its title and date in front matter) head the page, not the notice: the notice starts with its own
  // text, its intro before its first heading too, unless it has a title of its own.
  const headings = passages.filter((p) => p.kind === 'front' && p.heading && !p.settings && !CONTENTS.test(p.text));
  const own = passages.find((p) => !p.settings);
  const first = passages.some((p) => p.settings) ? own : headings[0] ?? own;
  return (headings.filter((p) => TITLE.test(p.text)).at(-1) ?? first)?.line ?? 1;
}

/** Lower case, one space between words, no Markdown emphasis: how passages and needles are compared. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[*_`]+/gu, '').replace(/\s+/gu, ' ').trim();
}

/**
 * The passage that holds a text: its first words (at least three), or a short text of at least six
 * characters whole (an e-mail address, a phone number, a short name). Of several, the first from the
 * line `from` on (where the register's own notice starts), else the first.
 */
export function findPassage(passages: readonly Passage[], text: string, from = 0): Passage | undefined {
  const words = comparable(text).split(' ').filter(Boolean);
  const first = (needle: string): Passage | undefined => {
    const holding = passages.filter((p) => comparable(p.text).includes(needle));
    // A short value ("Netum") is first of all the passage that is nothing else: a list item, a cell;
    // then one that opens on it, as a table's row opens on its first cell ("Kundtjänst – Avtal – 2 år").
    const exact = holding.filter((p) => comparable(p.text) === needle);
    const opening = holding.filter((p) => comparable(p.text).startsWith(`${needle} `));
    return exact.find((p) => p.line >= from) ?? opening.find((p) => p.line >= from) ?? holding.find((p) => p.line >= from) ?? exact[0] ?? opening[0] ?? holding[0];
  };
  if (words.length < 3) {
    const needle = words.join(' ');
    // A name shorter than that stands for itself only where a passage is that name alone.
    return needle.length >= 6 ? first(needle) : passages.find((p) => p.line >= from && comparable(p.text) === needle);
  }
  for (const n of [8, 5, 3]) {
    const found = first(words.slice(0, n).join(' '));
    if (found || words.length <= n) return found;
  }
  return undefined;
}
