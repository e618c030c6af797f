/**
 * The test notices (HTML written for the tests) as a Word file and as a PDF, made at test time: the
 * Word file with the `docx` package from the same headings, paragraphs, lists and table, the PDF
 * printed by Chromium with a running header and page numbers, as Seloste prints its own PDFs.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { decode } from './helpers.js';
import { PdfPrinter } from '../src/pdf/printer.js';

type Child = Paragraph | Table;

interface State {
  out: Child[];
  depth: number;
  tag: string | undefined;
  runs: TextRun[];
  bold: boolean;
  rows: TableRow[];
  cells: TableCell[];
}

function paragraphOf(tag: string | undefined, runs: TextRun[], depth: number): Paragraph {
  if (tag === 'h1') return new Paragraph({ children: runs, heading: HeadingLevel.TITLE });
  if (tag === 'h2') return new Paragraph({ children: runs, heading: HeadingLevel.HEADING_1 });
  if (tag === 'li') return new Paragraph({ children: runs, bullet: { level: Math.max(0, depth - 1) } });
  return new Paragraph({ children: runs });
}

function flush(s: State): void {
  if (!s.runs.length) return;
  const p = paragraphOf(s.tag, s.runs, s.depth);
  if (s.tag === 'td' || s.tag === 'th') s.cells.push(new TableCell({ children: [p] }));
  else s.out.push(p);
  s.runs = [];
}

function open(s: State, name: string): void {
  if (name === 'br') s.runs.push(new TextRun({ text: '', break: 1 }));
  else if (name === 'strong') s.bold = true;
  else if (name === 'ul') {
    flush(s);
    s.depth++;
  } else if (['h1', 'h2', 'p', 'li', 'td', 'th'].includes(name)) {
    flush(s);
    s.tag = name;
  }
}

function close(s: State, name: string): void {
  if (name === 'strong') {
    s.bold = false;
    return;
  }
  flush(s);
  if (name === 'ul') s.depth--;
  else if (name === 'li') s.tag = s.depth > 0 ? 'li' : undefined;
  else if (name === 'tr') {
    s.rows.push(new TableRow({ children: s.cells }));
    s.cells = [];
  } else if (name === 'table') {
    s.out.push(new Table({ rows: s.rows }));
    s.rows = [];
  }
}

/** The body of one of the test notices (headings, paragraphs with line breaks and bold, nested lists, a table) as a Word file. */
export async function docxFromHtml(html: string): Promise<Buffer> {
  const body = /<body>([\s\S]*)<\/body>/u.exec(html)![1]!;
  const s: State = { out: [], depth: 0, tag: undefined, runs: [], bold: false, rows: [], cells: [] };
  for (const m of body.matchAll(/<(\/?)(\w+)[^>]*>|([^<]+)/gu)) {
    if (m[3] !== undefined) {
      const text = decode(m[3]).replace(/\s+/gu, ' ');
      if (text.trim()) s.runs.push(new TextRun({ text: s.runs.length ? text : text.trimStart(), bold: s.bold }));
    } else if (m[1]) close(s, m[2]!);
    else open(s, m[2]!);
  }
  flush(s);
  return Packer.toBuffer(new Document({ sections: [{ children: s.out }] }));
}

/**
 * The notices printed to PDF by Chromium, with a header (a title, a date) and a footer (page numbers)
 * on every page, as Seloste prints its own; or, `bare`, with nothing but the page itself.
 */
export async function printPdfs(htmls: readonly string[], bare = false): Promise<Uint8Array[]> {
  const printer = await PdfPrinter.open({ concurrency: 1 });
  const frame = bare ? { title: '', updated: '', pageLabel: '' } : { title: 'Tulostettu seloste', updated: '30.11.2026', pageLabel: 'Sivu {page} / {pages}' };
  try {
    const out: Uint8Array[] = [];
    for (const html of htmls) out.push(await printer.print({ html, ...frame, lang: 'fi' }));
    return out;
  } finally {
    await printer.close();
  }
}

/** All the text pdf.js finds in a PDF, page after page: what was printed, before Seloste reads it. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const out: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    out.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  await doc.destroy();
  return out.join('\n');
}
