/**
 * What kind of file a notice is, from its first bytes (and its name where the bytes leave it open):
 * PDF, Word (.docx), or UTF-8 text read as plain text, Markdown or HTML. Anything else is a reason.
 */
import { isUtf8 } from 'node:buffer';
import { extname } from 'node:path';
import type { Format } from './block.js';
import { detectFormat } from './read.js';

export type Sniffed = { format: Format; problem?: undefined } | { problem: string };

/** What Seloste reads, for every message that refuses a file. */
export const READABLE = 'text, Markdown, HTML, Word (.docx) or PDF';

const SAVE_AS = `save the notice as ${READABLE} and try again`;

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(end, bytes.length) - start)).toString('latin1');
}

/** A PDF may have a few bytes before its `%PDF-` header. */
function isPdf(bytes: Uint8Array): boolean {
  return ascii(bytes, 0, 1024).includes('%PDF-');
}

/** Why a ZIP that is not a Word file is not read, from the names of the files in it. */
function zipProblem(names: string): string {
  const reads = `Seloste reads ${READABLE.replace(' or ', ' and ')} files`;
  if (names.includes('application/vnd.oasis.opendocument.text')) return 'an OpenDocument text (.odt): save it as Word (.docx) or PDF and try again';
  if (/Index\/Document\.iwa|index\.xml/u.test(names)) return 'a Pages document: export it as Word (.docx) or PDF and try again';
  if (names.includes('xl/workbook')) return `an Excel workbook, not a notice; ${reads}`;
  if (names.includes('ppt/presentation')) return `a PowerPoint presentation, not a notice; ${reads}`;
  return `a ZIP archive, not a Word (.docx) file; ${reads}`;
}

const IMAGES: [string, readonly number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
];

function binaryProblem(bytes: Uint8Array, name: string): string {
  const ext = extname(name).toLowerCase();
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return 'a Word 97–2003 .doc file: save it as .docx (Word: File › Save As › Word Document) and try again';
  }
  if (ext === '.pdf') return 'not a PDF file, or a damaged one: it does not begin as a PDF does';
  if (ext === '.docx') return 'not a Word (.docx) file, or a damaged one: it is not the ZIP a .docx file is';
  const image = IMAGES.find(([, magic]) => startsWith(bytes, magic));
  return `${image ? `${image[0]}, ` : ''}not a ${READABLE} file; ${SAVE_AS}`;
}

const MARKDOWN_NAME = /\.(?:md|markdown|mdx)$/iu;
/** An HTML page from its first tag: a comment or a centred logo at the top of a Markdown file is not one. */
const HTML_PAGE = /^\s*(?:\ufeff)?\s*<(?:!doctype\s+html|html|head|body)\b/iu;

/** The format of a notice's bytes, or why it cannot be read. */
export function sniff(bytes: Uint8Array, name: string): Sniffed {
  if (isPdf(bytes)) return { format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // File names in a ZIP are stored as they are, in each entry's header and in the directory at the end.
    const names = ascii(bytes, 0, bytes.length);
    if (names.includes('word/document.xml')) return { format: 'docx' };
    return { problem: zipProblem(names) };
  }
  const head = bytes.subarray(0, 64 * 1024);
  if (head.includes(0) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { problem: binaryProblem(bytes, name) };
  if (!isUtf8(bytes)) {
    const ext = extname(name).toLowerCase();
    if (ext === '.pdf' || ext === '.docx') return { problem: binaryProblem(bytes, name) };
    return { problem: 'not UTF-8 text; save the notice as UTF-8 text, Markdown or HTML, or as Word (.docx) or PDF, and try again' };
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  if (!text.replace(/^\ufeff/u, '').trim()) return { problem: bytes.length ? 'the file holds nothing but blank space' : 'the file is empty' };
  const format = detectFormat(text);
  // A Markdown file that holds HTML is Markdown ("<h2 id=\"controller\">1. Rekisterinpitäjä</h2>" between a site's
  // Markdown paragraphs), unless it is an HTML page (a doctype, `<html>`, `<head>` or `<body>` first).
  if (format === 'html' && MARKDOWN_NAME.test(name) && !HTML_PAGE.test(text)) return { format: 'markdown' };
  return { format };
}
