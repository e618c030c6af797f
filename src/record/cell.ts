/** A cell of the record and the words it is written with. */
import type { Phrases } from '../compose/phrases/types.js';
import type { RecordPhrases } from './phrases/types.js';

/** A cell: its items (a list when there are several), each of one or more lines; empty when the registers do not say. */
export type Cell = string[][];

export interface Words {
  lang: string;
  /** The notice's phrase table: legal bases, mechanisms, roles, dates. */
  t: Phrases;
  /** The record's own words. */
  r: RecordPhrases;
}

/** One item of lines, left out when it has none. */
export function item(...lines: (string | undefined | false)[]): Cell {
  const kept = lines.filter((l): l is string => typeof l === 'string' && l.trim() !== '');
  return kept.length ? [kept] : [];
}

/** `label: text`, or undefined when there is no text. */
export function labelled(label: string, text: string | undefined): string | undefined {
  return text ? `${label}: ${text}` : undefined;
}

/** A cell as one text: its items one to a line, each marked with a bullet when there are several. */
export function cellText(cell: Cell): string {
  if (cell.length === 1) return cell[0]!.join('\n');
  return cell.map((lines) => `• ${lines.join('\n  ')}`).join('\n');
}
