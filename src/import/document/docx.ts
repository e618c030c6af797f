/**
 * A Word document (.docx) as blocks: mammoth turns it into HTML (headings from Word's heading
 * styles, lists, tables), which is then read as any saved web page is.
 */
import mammoth from 'mammoth';
import type { Block } from './block.js';
import { readHtml } from './html.js';
import { bulletParagraphs } from './bullet-paragraphs.js';
import { numberedParagraphs } from './numbered-paragraphs.js';
import { unpackedSize } from './zip-size.js';

/** A Word notice is a few hundred kilobytes unpacked; one that unpacks to more is not a notice. */
const MAX_UNPACKED = 100 * 1024 * 1024;

/** Word's own styles beyond mammoth's defaults: the document title is the top heading. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh", "p[style-name='Otsikko'] => h1:fresh"];

/** Images are left out: a notice's text is what is imported. */
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function readDocx(bytes: Uint8Array): Promise<{ blocks: Block[] } | { problem: string }> {
  if ((unpackedSize(bytes) ?? 0) > MAX_UNPACKED) return { problem: 'the Word file unpacks to more than 100 MB, far more than a privacy notice; save the notice as PDF or text and try again' };
  let html: string;
  try {
    // Mammoth's messages are about styles it did not know; the text is read all the same.
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) },
      { styleMap: STYLE_MAP, convertImage: NO_IMAGES, externalFileAccess: false },
    );
    html = result.value.normalize('NFC');
  } catch {
    return { problem: 'the Word file is damaged and cannot be read; open it in Word and save it again, or save it as PDF' };
  }
  const read = readHtml(html.replace(/<img\b[^>]*>/giu, '').replace(/(<\/(?:p|h[1-6]|li|tr|table|ul|ol)>)/giu, '$1\n'));
  const blocks = bulletParagraphs(numberedParagraphs(read));
  return { blocks };
}
