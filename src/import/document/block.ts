/** The document tree every reader produces: headings, paragraphs and lists, with their source lines. */

export type Format = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

export interface Block {
  kind: 'heading' | 'paragraph' | 'list';
  /** Heading text without its number, paragraph text on one line, or a list's items joined. */
  text: string;
  items?: string[];
  /** The lines of the original, for keeping it in a comment. */
  lines: string[];
  /** 1-based line in the original (best effort for HTML). */
  line: number;
  /** Headings: depth, 1 the highest. */
  level?: number;
  /**
   * Headings: `table` a row heading of a two-column table, `numbered` "3 TARKOITUS", `loose` a short
   * line in a notice without numbered headings, `markup` a Markdown or HTML heading (Word's through HTML), or a PDF's line set larger or in bold.
   */
  style?: 'table' | 'numbered' | 'loose' | 'markup';
  /** A table of contents. */
  toc?: boolean;
}

/** One line of text: no-break spaces as spaces, runs of blanks as one. */
export function clean(s: string): string {
  return s.replace(/[\u00a0\u2007\u202f]/gu, ' ').replace(/[ \t]+/gu, ' ').trim();
}

export function paragraph(lines: string[], line: number): Block {
  const kept = lines.map(clean).filter(Boolean);
  return { kind: 'paragraph', text: kept.join(' '), lines: kept, line };
}

export function list(items: string[], lines: string[], line: number): Block {
  return { kind: 'list', text: items.join('\n'), items, lines: lines.map(clean).filter(Boolean), line };
}
