/**
 * A PDF as blocks, from the text pdf.js finds on its pages. pdf.js runs in this process, offline:
 * it fetches nothing, evaluates no code built from the file, and keeps its warnings to itself.
 */
import type { Block } from './block.js';
import { pdfBlocks } from './pdf-blocks.js';
import { dropFixedPieces, dropFurniture } from './pdf-furniture.js';
import { itemColumns } from './pdf-item-columns.js';
import { pageLines, withoutControls, type PdfItem, type PdfLine } from './pdf-lines.js';
import { markLines, paintedBoxes, type Drawing } from './pdf-marks.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

export const NO_TEXT = 'the PDF has no text (a scanned image?): run it through text recognition (OCR) first, or copy the text into a .txt file';

async function loadPdfjs(): Promise<Pdfjs> {
  // pdf.js warns as it loads when a package for drawing pages is missing; only text is read here.
  const log = console.log;
  console.log = () => undefined;
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // In Node pdf.js does its work in this process, with the code of its worker file: this one.
    pdfjs.GlobalWorkerOptions.workerSrc = import.meta.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  } finally {
    console.log = log;
  }
}

function options(pdfjs: Pdfjs, bytes: Uint8Array): Parameters<Pdfjs['getDocument']>[0] {
  return {
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    useWorkerFetch: false,
    useSystemFonts: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
  };
}

/** Fonts' own names ("…-Bold"), which tell bold text; pdf.js shares them only once the page's drawing is read. */
function fontNames(page: PdfPage, ids: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const id of ids) {
    const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: unknown } | undefined) : undefined;
    if (typeof font?.name === 'string') names.set(id, font.name);
  }
  return names;
}

/** A page's text pieces and what it draws. */
interface PageRead {
  items: PdfItem[];
  /** The page's height in points. */
  height: number;
  drawing?: Drawing;
}

/** The text pieces of a page and its drawing. */
async function readPage(page: PdfPage): Promise<PageRead> {
  const content = await page.getTextContent();
  // A glyph the font maps to a control character (a list's bullet read as U+0000) is no text.
  const pieces = content.items
    .filter((i): i is Extract<typeof i, { str: string }> => 'str' in i)
    .map((i) => ({ ...i, str: withoutControls(i.str).normalize('NFC') }))
    .filter((i) => i.str.trim() !== '');
  const height = page.view[3]! - page.view[1]!;
  if (!pieces.length) return { items: [], height };
  // The drawing loads the fonts: their names are known only after it.
  const drawing: Drawing = await page.getOperatorList();
  const names = fontNames(page, [...new Set(pieces.map((i) => i.fontName))]);
  const items: PdfItem[] = pieces.map((i) => {
    const [a, b, , , x, y] = i.transform as number[];
    return { str: i.str, x: x!, y: y!, width: i.width, size: Math.hypot(a!, b!), font: names.get(i.fontName) ?? i.fontName };
  });
  return { items, height, drawing };
}

/** The lines a page's pieces make, those a drawn list mark opens marked. */
function linesOfPage(pdfjs: Pdfjs, items: readonly PdfItem[], drawing: Drawing | undefined, p: number): PdfLine[] {
  if (!items.length || !drawing) return [];
  return itemColumns(markLines(pageLines(items, p), paintedBoxes(drawing, pdfjs.OPS)));
}

function problemOf(error: unknown): string {
  const name = (error as { name?: unknown } | undefined)?.name;
  if (name === 'PasswordException') return 'the PDF is protected by a password: remove the protection (print it to a new PDF, or save it without a password) and try again';
  return 'the PDF is damaged and cannot be read; open it and save or print it to a new PDF, or copy the text into a .txt file';
}

/** The blocks of a PDF, and the line (counted over all pages, as blocks count them) each page starts at. */
export async function readPdf(bytes: Uint8Array): Promise<{ blocks: Block[]; pageStarts: number[] } | { problem: string }> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument(options(pdfjs, bytes));
  try {
    const doc = await task.promise;
    const read: PageRead[] = [];
    for (let p = 1; p <= doc.numPages; p++) read.push(await readPage(await doc.getPage(p)));
    const pieces = dropFixedPieces(read);
    const pages = read.map((r, p) => linesOfPage(pdfjs, pieces[p]!, r.drawing, p));
    const kept = dropFurniture(pages);
    const blocks = pdfBlocks(kept);
    const pageStarts: number[] = [];
    kept.reduce((start, page) => (pageStarts.push(start), start + page.length), 1);
    return blocks.length ? { blocks, pageStarts } : { problem: NO_TEXT };
  } catch (error) {
    return { problem: problemOf(error) };
  } finally {
    await task.destroy();
  }
}
