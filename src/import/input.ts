/** A notice file's bytes as blocks, whatever it is: text, Markdown, HTML, Word (.docx) or PDF. */
import type { Block, Format } from './document/block.js';
import { pageAddress } from './document/page-address.js';
import { readBlocks } from './document/read.js';
import { sniff } from './document/sniff.js';

/** `page`: the address a saved web page gives for itself. */
export type NoticeRead = { format: Format; blocks: Block[]; pageStarts?: number[]; page?: string; problem?: undefined } | { problem: string };

export async function readNotice(bytes: Uint8Array, name: string): Promise<NoticeRead> {
  const sniffed = sniff(bytes, name);
  if (sniffed.problem !== undefined) return sniffed;
  const { format } = sniffed;
  // The readers of Word and PDF files are loaded only when one is read.
  if (format === 'docx' || format === 'pdf') {
    const read = format === 'docx' ? await (await import('./document/docx.js')).readDocx(bytes) : await (await import('./document/pdf.js')).readPdf(bytes);
    if ('problem' in read) return read;
    if (!read.blocks.length) return { problem: format === 'docx' ? 'the Word file has no text' : 'the PDF has no text' };
    const pageStarts = 'pageStarts' in read ? (read.pageStarts as number[]) : undefined;
    return { format, blocks: read.blocks, ...(pageStarts ? { pageStarts } : {}) };
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  const page = format === 'html' ? pageAddress(text) : undefined;
  return { format, blocks: readBlocks(text, format), ...(page ? { page } : {}) };
}
