/** A printed PDF read back with pdf.js: its metadata, bookmarks and structure tree, as a reader sees them. */
import { readFileSync } from 'node:fs';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;

/** A PDF file, or its bytes. */
export async function openPdf(pdf: string | Uint8Array): Promise<PdfDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(typeof pdf === 'string' ? readFileSync(pdf) : pdf);
  return pdfjs.getDocument({ data, isEvalSupported: false, verbosity: 0 }).promise;
}

/** A structure element: its type (`H2`, `Figure`, …), its /Alt, and the text of the content it holds. */
export interface Element {
  role: string;
  alt: string | undefined;
  text: string;
}

interface TreeNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: TreeNode[];
}

/** Marked-content id → the text drawn inside it, on one page. */
async function markedText(page: Awaited<ReturnType<PdfDocument['getPage']>>): Promise<Map<string, string>> {
  const content = await page.getTextContent({ includeMarkedContent: true });
  const out = new Map<string, string>();
  const open: string[] = [];
  for (const item of content.items) {
    if ('str' in item) for (const id of open) out.set(id, (out.get(id) ?? '') + item.str + (item.hasEOL ? ' ' : ''));
    // A marked-content sequence without an id (a ligature's /ActualText span) is nested in one with.
    else if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push(item.id ?? '');
    else if (item.type === 'endMarkedContent') open.pop();
  }
  return out;
}

function textOf(node: TreeNode, marked: Map<string, string>): string {
  if (node.type === 'content') return marked.get(node.id ?? '') ?? '';
  return (node.children ?? []).map((c) => textOf(c, marked)).join('');
}

/** Every structure element, page after page, in the order of the tree (the reading order); without their text, quicker. */
export async function structElements(doc: PdfDocument, options: { text: boolean } = { text: true }): Promise<Element[]> {
  const out: Element[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const marked = options.text ? await markedText(page) : new Map<string, string>();
    const walk = (node: TreeNode): void => {
      if (node.role) out.push({ role: node.role, alt: node.alt, text: textOf(node, marked).replace(/\s+/g, ' ').trim() });
      for (const child of node.children ?? []) walk(child);
    };
    walk((await page.getStructTree()) as TreeNode);
  }
  return out;
}

interface OutlineItem {
  title: string;
  items: OutlineItem[];
}

/** The bookmarks, depth first: `['Title', '  Section', …]`, two spaces a level. */
export async function outlineTitles(doc: PdfDocument): Promise<string[]> {
  const out: string[] = [];
  const walk = (items: OutlineItem[], depth: number): void => {
    for (const item of items) {
      out.push(`${'  '.repeat(depth)}${item.title}`);
      walk(item.items, depth + 1);
    }
  };
  walk(((await doc.getOutline()) ?? []) as OutlineItem[], 0);
  return out;
}
