/**
 * What counts as kept in a draft: a sentence of the original is kept when the draft holds its text.
 *
 * Text is compared as words: lower-cased runs of letters and digits, so that markup, punctuation,
 * line breaks and wrapping do not matter ("Sähköposti: a@b.fi" is the words `sähköposti a b fi`);
 * a date "21.6.2021" is the words of "2021-06-21", as the register writes it.
 * A sentence is kept when
 * - its words occur, in order and next to each other, in one value of the register or in one note
 *   (a note's message and its lines read as one text), or
 * - it is a detail line: at most eight words after a label, and a digit or `@` in it or a contact
 *   label before it, whose words are values of the register one after another ("Katu 1, 00100
 *   Helsinki" is a street, a postal code and a city). A value may hold up to two words more than
 *   the detail it keeps ("https://www.example.fi" keeps "www.example.fi"), never twice as many: words
 *   found one here and one there in longer values do not keep an e-mail address or a phone number.
 *   The label is a text of at most four words before a colon ("Puhelin: 040 123 4567"), or one or
 *   two words before the first word with a digit ("Päivitetty 21.6.2021", "Y-tunnus 1234567-8"); a
 *   line with no label counts when it holds a digit or an `@`. The label itself need not appear.
 * A value taken out of a longer sentence does not keep the sentence: its other words are missing.
 * The first word must stand as the sentence writes it, its capital too: a heading is not kept by the
 * same words in the middle of a sentence ("… its own first-party analytics and Speed Insights" keeps
 * no heading "First-party analytics and Speed Insights").
 * `inValues` asks the same of the register's values alone, without the notes.
 */
import { isDetailLabel, roleAtStart } from '../recognise/contact-labels.js';
import type { Note } from './state.js';

/** The words (letters and digits) of a text as written. */
function writtenWords(text: string): string[] {
  const dated = text.replace(/(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/gu, (_, d: string, m: string, y: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
  return dated.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Lower-cased words (letters and digits) of a text. */
export function tokens(text: string): string[] {
  return writtenWords(text).map((w) => w.toLowerCase());
}

function scalars(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(scalars);
  if (value && typeof value === 'object') return Object.values(value).flatMap(scalars);
  return [];
}

const LABEL = /^([^:]{1,40}):\s*(?=\S)/u;
/** One or two words before the first word with a digit: "Päivitetty 21.6.2021", "puh. 040 123". */
const WORD_LABEL = /^[\s(]*[\p{L}][\p{L}.-]*(?:\s+[\p{L}][\p{L}.-]*)?\s*:?\s+(?=\S*\d)/u;
const MAX_DETAIL_WORDS = 8;
/** How many words more than the detail it keeps a value may hold. */
const SPARE_WORDS = 2;

/** The words after a detail line's label, or `undefined` when the sentence is no detail line. */
function detailWords(sentence: string): string[] | undefined {
  const label = LABEL.exec(sentence);
  const colon = label !== null && tokens(label[1]!).length <= 4 ? label[0] : undefined;
  const cut = colon ?? WORD_LABEL.exec(sentence)?.[0] ?? '';
  const rest = tokens(sentence.slice(cut.length));
  if (!rest.length || rest.length > MAX_DETAIL_WORDS) return undefined;
  // A statement after a label ("Siirrot: tietoja ei siirretä") is no detail: its words must stand as written.
  const detail = /[\d@]/u.test(sentence) || (colon !== undefined && (isDetailLabel(label![1]!) || roleAtStart(label![1]!) !== undefined));
  return detail ? rest : undefined;
}

/** `run` occurs in `words`, its words next to each other. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let p = 0; p + run.length <= words.length; p++) if (run.every((w, j) => words[p + j] === w)) return true;
  return false;
}

/** The texts of a draft, to ask whether a sentence of the original is kept in it. */
export class Kept {
  /** The words of every value and note, one text after another, an empty word between texts. */
  private readonly words: string[] = [];
  /** The same words as written, capitals and all. */
  private readonly written: string[] = [];
  /** Where each word occurs in `words`. */
  private readonly at = new Map<string, number[]>();
  /** The words of each value short enough to keep a detail line. */
  private readonly details: string[][];
  /** Where the words of the notes begin in `words`: before it, the values'. */
  private readonly valuesEnd: number;

  constructor(register: Record<string, unknown>, notes: readonly Note[]) {
    const values = scalars(register).map(writtenWords);
    const noted = notes.map((n) => writtenWords([n.todo ?? '', n.comment ?? '', ...n.lines].join('\n')));
    for (const text of [...values, ...noted]) {
      for (const written of text) {
        const word = written.toLowerCase();
        const list = this.at.get(word);
        if (list) list.push(this.words.length);
        else this.at.set(word, [this.words.length]);
        this.words.push(word);
        this.written.push(written);
      }
      // A sentence is never found across two texts.
      this.words.push('');
      this.written.push('');
    }
    this.details = values.filter((v) => v.length > 0 && v.length <= MAX_DETAIL_WORDS + SPARE_WORDS).map((v) => v.map((w) => w.toLowerCase()));
    this.valuesEnd = values.reduce((n, v) => n + v.length + 1, 0);
  }

  has(sentence: string): boolean {
    return this.keeps(sentence, this.words.length);
  }

  /** The sentence is in the register's values: in one value, or as a detail line whose details are values. */
  inValues(sentence: string): boolean {
    return this.keeps(sentence, this.valuesEnd);
  }

  private keeps(sentence: string, end: number): boolean {
    const written = writtenWords(sentence);
    const words = written.map((w) => w.toLowerCase());
    if (words.length === 0 || this.holds(words, written[0]!, end)) return true;
    const detail = detailWords(sentence);
    return detail !== undefined && this.madeOfValues(detail);
  }

  /** The words are values one after another: each run of them is (nearly) the whole of one value. */
  private madeOfValues(words: readonly string[]): boolean {
    const reached = [true];
    for (let end = 1; end <= words.length; end++) {
      reached[end] = reached.some((ok, start) => ok && this.isValue(words.slice(start, end)));
    }
    return reached[words.length] === true;
  }

  private isValue(run: readonly string[]): boolean {
    return this.details.some((value) => value.length <= Math.min(run.length + SPARE_WORDS, 2 * run.length) && containsRun(value, run));
  }

  /** The words occur next to each other in one text that ends before `end`, the first as `first` writes it: looked for from the word that occurs least. */
  private holds(words: readonly string[], first: string, end: number): boolean {
    let anchor = 0;
    let places: number[] | undefined;
    for (const [i, word] of words.entries()) {
      const found = this.at.get(word);
      if (!found) return false;
      if (!places || found.length < places.length) [anchor, places] = [i, found];
    }
    return places!.some((p) => p >= anchor && p - anchor + words.length <= end && this.written[p - anchor] === first && words.every((w, j) => this.words[p - anchor + j] === w));
  }
}
