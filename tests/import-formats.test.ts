/**
 * Word and PDF notices are imported as their HTML originals are: the same notices (HTML written for
 * these tests) as a Word file made with the `docx` package and as a PDF printed by Chromium give the
 * same controller, purposes and headings. And every file that cannot be read is one line and exit 2.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../src/import/document/block.js';
import { importBytes, type ImportResult } from '../src/import/import.js';
import { readNotice } from '../src/import/input.js';
import { docxFromHtml, pdfText, printPdfs } from './format-fixtures.js';
import { FIXTURES, ROOT } from './helpers.js';

/** The real command line (compiled by `npm run compile`), in its own process. */
async function seloste(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'seloste.js'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const NOTICES = ['kuntosali', 'bookshop', 'yhdistys'];
const html = Object.fromEntries(NOTICES.map((n) => [n, readFileSync(join(FIXTURES, 'import', 'formats', `${n}.html`), 'utf8')]));
const files: Record<string, { html: Uint8Array; docx: Uint8Array; pdf: Uint8Array }> = {};

beforeAll(async () => {
  const pdfs = await printPdfs(NOTICES.map((n) => html[n]!));
  for (const [i, n] of NOTICES.entries()) {
    files[n] = { html: new TextEncoder().encode(html[n]!), docx: await docxFromHtml(html[n]!), pdf: pdfs[i]! };
  }
});

async function read(bytes: Uint8Array, name: string): Promise<Block[]> {
  const r = await readNotice(bytes, name);
  if (r.problem !== undefined) throw new Error(r.problem);
  return r.blocks;
}

async function draft(bytes: Uint8Array, name: string): Promise<ImportResult> {
  const r = await importBytes(bytes, name);
  if ('problem' in r) throw new Error(r.problem);
  expect(r).toHaveLength(1);
  return r[0]!;
}

const headings = (blocks: Block[]): string[] => blocks.filter((b) => b.kind === 'heading').map((b) => b.text);

function essentials(r: ImportResult): unknown {
  const controller = r.register['controller'] as Record<string, unknown>;
  const purposes = r.register['purposes'] as { description: Record<string, string> }[];
  return { lang: r.lang, name: controller['name'], email: controller['email'], address: controller['address'], purposes: purposes.map((p) => p.description) };
}

describe.each(NOTICES)('the %s notice as Word and PDF', (notice) => {
  it('is read as the Word or PDF file it is', async () => {
    for (const format of ['html', 'docx', 'pdf'] as const) {
      expect((await draft(files[notice]![format], `${notice}.${format}`)).format).toBe(format);
    }
  });

  it('a Word file: the same controller, purposes and headings as the HTML', async () => {
    const fromHtml = await draft(files[notice]!.html, `${notice}.html`);
    const fromDocx = await draft(files[notice]!.docx, `${notice}.docx`);
    expect(essentials(fromDocx)).toEqual(essentials(fromHtml));
    expect((essentials(fromHtml) as { purposes: unknown[] }).purposes.length).toBeGreaterThanOrEqual(3);
    expect(headings(await read(files[notice]!.docx, 'n.docx'))).toEqual(headings(await read(files[notice]!.html, 'n.html')));
  });

  it('a PDF: the same controller, purposes and headings as the HTML; no page numbers or running headers', async () => {
    const fromHtml = await draft(files[notice]!.html, `${notice}.html`);
    const fromPdf = await draft(files[notice]!.pdf, `${notice}.pdf`);
    expect(essentials(fromPdf)).toEqual(essentials(fromHtml));
    // Where a PDF differs, and why: a PDF has no table, only lines. The HTML reader takes a
    // two-column table row for a heading and the text under it; in the PDF a row is a paragraph
    // ("Order history – 3 years after …"), and cells only a space apart in print are joined by a
    // space, not by " – " (so the retention entries' wording differs; they are not compared here).
    const level = (b: Block): string => `${b.level} ${b.text}`;
    const blocks = await read(files[notice]!.pdf, 'n.pdf');
    const htmlBlocks = await read(files[notice]!.html, 'n.html');
    expect(blocks.filter((b) => b.kind === 'heading').map(level)).toEqual(htmlBlocks.filter((b) => b.kind === 'heading' && b.style !== 'table').map(level));
    // Chromium printed a header ("Tulostettu seloste", a date) at the top of each of two pages or
    // more and "Sivu 1 / 2" at the bottom: none of it is part of the notice.
    const printed = await pdfText(files[notice]!.pdf);
    expect(printed).toMatch(/Sivu 2 \/ \d/u);
    expect(printed).toContain('Tulostettu seloste');
    const text = blocks.flatMap((b) => b.lines).join('\n');
    expect(text).not.toMatch(/Sivu \d|Tulostettu|30\.11\.2026/u);
  });
});

describe.each(NOTICES.filter((n) => html[n]!.includes('<table>')))('the %s notice as a PDF', (notice) => {
  it('a PDF: a table row is a paragraph of its own, the cells apart where the gap between them is wide', async () => {
    const blocks = await read(files[notice]!.pdf, 'n.pdf');
    const rows = [...html[notice]!.matchAll(/<tr><td>([^<]+)<\/td><td>([^<]+)<\/td>/gu)].map((m) => m.slice(1, 3) as [string, string]);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const [first, second] of rows) {
      expect(blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith(first) && b.text.includes(second))).toBe(true);
    }
  });
});

describe('seloste import FILE.docx / FILE.pdf', () => {
  it('writes the draft and names the format in its summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-formats-'));
    try {
      writeFileSync(join(dir, 'kuntosali.docx'), files['kuntosali']!.docx);
      writeFileSync(join(dir, 'bookshop.pdf'), files['bookshop']!.pdf);
      const word = await seloste(['import', 'kuntosali.docx'], dir);
      expect(word.stdout.split('\n')[0]).toBe('Imported kuntosali.docx (Word document, Finnish) into kuntosali.yaml');
      const pdf = await seloste(['import', 'bookshop.pdf'], dir);
      expect(pdf.stdout.split('\n')[0]).toBe('Imported bookshop.pdf (PDF, English) into bookshop.yaml');
      expect({ word: word.code, pdf: pdf.code, stderr: word.stderr + pdf.stderr }).toEqual({ word: 0, pdf: 0, stderr: '' });
      expect(readFileSync(join(dir, 'bookshop.yaml'), 'utf8')).toContain('email: privacy@lumobooks.example');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A ZIP record: its signature, version, and from `at` the entry's CRC, sizes and name length. */
function record(length: number, signature: number, at: number, data: Buffer, name: string): Buffer {
  const b = Buffer.alloc(length);
  b.writeUInt32LE(signature, 0);
  b.writeUInt16LE(20, at - 10);
  b.writeUInt32LE(crc32(data), at);
  b.writeUInt32LE(data.length, at + 4);
  b.writeUInt32LE(data.length, at + 8);
  b.writeUInt16LE(name.length, at + 12);
  return b;
}

/** A ZIP of the given files, stored without compression. */
function zip(files: Record<string, string>): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const entry = record(46, 0x02014b50, 16, data, name);
    entry.writeUInt32LE(offset, 42);
    local.push(record(30, 0x04034b50, 14, data, name), Buffer.from(name), data);
    central.push(entry, Buffer.from(name));
    offset += 30 + name.length + data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

/** A Word file whose first file claims to unpack to `size` bytes, as a ZIP bomb's does. */
function claimSize(docx: Buffer, size: number): Buffer {
  const copy = Buffer.from(docx);
  copy.writeUInt32LE(size, copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
  return copy;
}

/** A one-page PDF whose /Encrypt dictionary wants a password the empty one is not. */
function encryptedPdf(): string {
  const key = 'A'.repeat(64);
  return [
    '%PDF-1.4',
    '1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj',
    '2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj',
    '3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>> endobj',
    `4 0 obj <</Filter/Standard/V 1/R 2/Length 40/P -4/O <${key}>/U <${key}>>> endobj`,
    'trailer <</Root 1 0 R/Encrypt 4 0 R/ID[<00112233445566778899AABBCCDDEEFF><00112233445566778899AABBCCDDEEFF>]>>',
    '%%EOF',
    '',
  ].join('\n');
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2217bc50000000049454e44ae426082', 'hex');

describe('seloste import: a file it cannot read is one line and exit 2, and nothing is written', () => {
  const cases: [string, string, RegExp][] = [
    ['empty.txt', 'empty', /: the file is empty$/u],
    ['blank.md', 'blank', /: the file holds nothing but blank space$/u],
    ['picture.png', 'png', /: a PNG image, not a text, Markdown, HTML, Word \(\.docx\) or PDF file; /u],
    ['huge.html', 'huge', /: the file is 20\.0 MB, larger than the 10 MB a privacy notice may be$/u],
    ['long.md', 'long', /: the file is 2\.0 MB, larger than the 1 MB a notice in text or Markdown may be$/u],
    ['locked.pdf', 'encrypted', /: the PDF is protected by a password: /u],
    ['scan.pdf', 'scan', /: the PDF has no text \(a scanned image\?\): run it through text recognition \(OCR\) first/u],
    ['broken.pdf', 'broken-pdf', /: the PDF is damaged and cannot be read; /u],
    ['broken.docx', 'broken-docx', /: the Word file is damaged and cannot be read; /u],
    ['bomb.docx', 'bomb', /: the Word file unpacks to more than 100 MB, /u],
    ['sheet.xlsx', 'xlsx', /: an Excel workbook, not a notice; Seloste reads text, Markdown, HTML, Word \(\.docx\) and PDF files$/u],
    ['old.doc', 'doc', /: a Word 97–2003 \.doc file: save it as \.docx /u],
  ];
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'seloste-formats-'));
    const [scan] = await printPdfs(['<!doctype html><body><svg width="300" height="200"><rect width="300" height="200" fill="#345"/><circle cx="150" cy="100" r="60" fill="#eee"/></svg></body>'], true);
    const docx = await docxFromHtml(html['bookshop']!);
    const contents: Record<string, Uint8Array | string> = {
      empty: '',
      blank: ' \n\t\n  \n',
      png: PNG,
      long: Buffer.alloc(2 * 1024 * 1024, 'The controller of the register is Example Ltd.\n'),
      encrypted: encryptedPdf(),
      scan: scan!,
      'broken-pdf': '%PDF-1.7\n1 0 obj <</Type/Catalog/Pages 9 0 R>>\nthis is where the file was cut',
      'broken-docx': docx.subarray(0, Math.floor(docx.length / 2)),
      bomb: claimSize(docx, 0xf0000000),
      xlsx: zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }),
      doc: Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]),
    };
    for (const [file, key] of cases) {
      writeFileSync(join(dir, file), contents[key] ?? '<html>');
      // Sparse: twenty megabytes written in no time.
      if (key === 'huge') truncateSync(join(dir, file), 20 * 1024 * 1024);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(cases)('%s', async (file, _key, message) => {
    const before = readdirSync(dir).sort();
    const r = await seloste(['import', file], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(`seloste: ${file}: `)).toBe(true);
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
