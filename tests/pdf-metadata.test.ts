/**
 * The edits made to a printed PDF, on small PDFs written here: the metadata update (document
 * information, XMP, catalog), structure element IDs numbered again, bookmark titles restored.
 * Read back by poppler's pdfinfo and by pdf.js, which both complain about a broken file.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { renumberElementIds } from '../src/pdf/element-ids.js';
import { setPdfMetadata, type DocumentMetadata } from '../src/pdf/metadata.js';
import { restoreBookmarkTitles } from '../src/pdf/outline.js';
import { openPdf } from './pdf-structure.js';

const exec = promisify(execFile);
const latin1 = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes);

/** A PDF of the given objects (numbered from 1), with a cross-reference table as Chromium writes it. */
function pdfOf(objects: string[], trailer: string): Uint8Array {
  let text = '%PDF-1.4\n%\xd3\xeb\xe9\xe1\n';
  const offsets = objects.map((body, i) => {
    const at = text.length;
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<<${trailer}\n/Size ${objects.length + 1}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

const PAGES = ['<</Type /Pages /Kids [4 0 R] /Count 1>>', '<</Type /Page /Parent 3 0 R /MediaBox [0 0 200 200]>>'];

function printed(printTime = '20991231235959'): Uint8Array {
  return pdfOf(
    [
      `<</Title (Old)\n/Producer (Skia/PDF m156)\n/CreationDate (D:${printTime}+00'00')\n/ModDate (D:${printTime}+00'00')>>`,
      "<</Type /Catalog\n/Pages 3 0 R\n/Odd (a >> b \\) c)\n/PageLabels <</Nums [0 <</S /D>>]>>\n/ViewerPreferences <</Direction /L2R>>\n/Lang (en)>>",
      ...PAGES,
    ],
    '/Root 2 0 R\n/Info 1 0 R',
  );
}

const META: DocumentMetadata = {
  title: 'Tietosuojaseloste: Äänikirjasto 📚 & <muut>',
  lang: 'fi',
  author: 'Lumo Kahvi Oy',
  subject: 'Tietosuojaseloste',
  creator: 'Seloste 0.1.0',
  created: '2026-02-16',
  modified: '2026-10-05',
};

const dir = mkdtempSync(join(tmpdir(), 'seloste-pdfmeta-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** pdfinfo's fields of `pdf`, and what it said on stderr (a broken cross-reference table shows there). */
async function pdfinfo(pdf: Uint8Array, ...args: string[]): Promise<{ fields: Record<string, string>; stdout: string; stderr: string }> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const { stdout, stderr } = await exec('pdfinfo', [...args, file]);
  const fields = Object.fromEntries(stdout.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
  return { fields, stdout, stderr };
}

/** Each object of the last cross-reference section is where the section says it is. */
function lastSectionPointsRight(pdf: Uint8Array): void {
  const text = latin1(pdf);
  const start = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  expect(text.startsWith('xref\n', start)).toBe(true);
  const rows = [...text.slice(start, text.indexOf('trailer', start)).matchAll(/^(\d+) 1\n(\d{10}) 00000 n \n/gm)];
  expect(rows.length).toBeGreaterThan(0);
  for (const [, n, offset] of rows) expect(text.slice(Number(offset), Number(offset) + 12), `object ${n}`).toMatch(new RegExp(`^${n} 0 obj\\n`));
}

describe('document metadata by an incremental update', () => {
  it('leaves the bytes as they were, then appends objects exactly where its cross-reference section says', async () => {
    const before = printed();
    const after = setPdfMetadata(before, META);
    const blanked = latin1(before).replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, (entry) => ' '.repeat(entry.length));
    expect(latin1(after.subarray(0, before.length))).toBe(blanked);
    lastSectionPointsRight(after);
    const { fields, stderr } = await pdfinfo(after);
    expect(stderr).toBe('');
    expect(fields).toMatchObject({ Title: META.title, Author: 'Lumo Kahvi Oy', Creator: 'Seloste 0.1.0', Producer: 'Skia/PDF', 'Metadata Stream': 'yes', Pages: '1' });
    expect(fields['CreationDate']).toMatch(/Feb 16 00:00:00 2026/);
    expect(fields['ModDate']).toMatch(/Oct +5 00:00:00 2026/);
  });

  it('writes XMP in UTF-8 with the title in the notice language, dates and the PDF/UA-1 part', async () => {
    const doc = await openPdf(setPdfMetadata(printed(), META));
    const { metadata } = await doc.getMetadata();
    expect(metadata?.get('dc:title')).toBe(META.title);
    expect(metadata?.getRaw()).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="fi">Tietosuojaseloste: Äänikirjasto 📚 &amp; &lt;muut&gt;</rdf:li>');
    expect(metadata?.get('dc:language')).toBe('fi');
    expect(metadata?.get('xmp:createdate')).toBe('2026-02-16T00:00:00Z');
    expect(metadata?.get('xmp:modifydate')).toBe('2026-10-05T00:00:00Z');
    expect(metadata?.get('pdf:producer')).toBe('Skia/PDF');
    expect(metadata?.get('pdfuaid:part')).toBe('1');
    await doc.destroy();
  });

  it('keeps the catalog as it was and adds the metadata, the language, the title in the window and the tagged mark', async () => {
    const doc = await openPdf(setPdfMetadata(printed(), META));
    expect(await doc.getViewerPreferences()).toEqual({ Direction: 'L2R', DisplayDocTitle: true });
    expect(await doc.getMarkInfo()).toMatchObject({ Marked: true });
    expect(((await doc.getMetadata()).info as Record<string, unknown>)['Language']).toBe('fi');
    expect(await doc.getPageLabels()).toEqual(['1']);
    await doc.destroy();
    const catalog = /\n2 0 obj\n([\s\S]*?)\nendobj\n(?![\s\S]*\n2 0 obj)/.exec(latin1(setPdfMetadata(printed(), META)))?.[1];
    expect(catalog).toContain('/Odd (a >> b \\) c)');
  });

  it('gives the same bytes whenever the PDF was printed: the time of printing is blanked', () => {
    const a = setPdfMetadata(printed('20260101120000'), META);
    const b = setPdfMetadata(printed('20270615083015'), META);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(latin1(a)).not.toContain('D:2026010112');
  });

  it('adds an information dictionary where there was none, and names it in the trailer', async () => {
    const bare = pdfOf(['<<>>', '<</Type /Catalog /Pages 3 0 R>>', ...PAGES], '/Root 2 0 R');
    const after = setPdfMetadata(bare, { title: 'T', lang: 'en', creator: 'Seloste' });
    lastSectionPointsRight(after);
    const { fields, stderr } = await pdfinfo(after);
    expect(stderr).toBe('');
    expect(fields).toMatchObject({ Title: 'T', Creator: 'Seloste', 'Metadata Stream': 'yes' });
    expect(fields['CreationDate']).toBeUndefined();
  });

  it('returns a PDF whose cross-reference it cannot read as it is', () => {
    const stream = Uint8Array.from('%PDF-1.5\n1 0 obj\n<</Type /XRef>>\nendobj\nstartxref\n9\n%%EOF\n', (c) => c.charCodeAt(0));
    expect(setPdfMetadata(stream, META)).toBe(stream);
  });
});

describe('structure element IDs', () => {
  const tagged = (): Uint8Array =>
    pdfOf(
      [
        '<<>>',
        '<</Type /Catalog /Pages 3 0 R /StructTreeRoot 5 0 R>>',
        ...PAGES,
        '<</Type /StructTreeRoot /K [6 0 R 7 0 R 8 0 R] /IDTree 9 0 R>>',
        '<</Type /StructElem /S /TH /P 5 0 R /ID (node00000396)>>',
        '<</Type /StructElem /S /TH /P 5 0 R /ID (node00000197)>>',
        '<</Type /StructElem /S /TD /P 5 0 R /A [<</O /Table /Headers [(node00000197) (node00000396)]>>] /Alt (see \\(node00000197\\) and (node00000396))>>',
        '<</Kids [10 0 R]>>',
        '<</Limits [(node00000197) (node00000396)] /Names [(node00000197) 7 0 R (node00000396) 6 0 R]>>',
      ],
      '/Root 2 0 R',
    );

  it('are numbered from 1 in their order, everywhere they are named, and nowhere else', async () => {
    const before = tagged();
    const after = renumberElementIds(before);
    expect(after.length).toBe(before.length);
    const text = latin1(after);
    expect(text).toContain('/ID (node00000002)>>');
    expect(text).toContain('/ID (node00000001)>>');
    expect(text).toContain('/Headers [(node00000001) (node00000002)]');
    expect(text).toContain('/Limits [(node00000001) (node00000002)] /Names [(node00000001) 7 0 R (node00000002) 6 0 R]');
    expect(text).toContain('/Alt (see \\(node00000197\\) and (node00000396))');
    expect((await pdfinfo(after)).stderr).toBe('');
  });

  it('are the same however they were numbered', () => {
    const shifted = latin1(tagged()).replace(/node00000396/g, 'node00001396').replace(/node00000197/g, 'node00001197');
    const bytes = Uint8Array.from(shifted, (c) => c.charCodeAt(0));
    const renumbered = latin1(renumberElementIds(bytes)).replace(/\/Alt \(.*\)>>/, '');
    expect(renumbered).toBe(latin1(renumberElementIds(tagged())).replace(/\/Alt \(.*\)>>/, ''));
  });
});

describe('bookmark titles', () => {
  const outlined = (): Uint8Array =>
    pdfOf(
      [
        '<<>>',
        '<</Type /Catalog /Pages 3 0 R /Outlines 5 0 R>>',
        ...PAGES,
        '<</Type /Outlines /First 6 0 R /Last 6 0 R /Count 3>>',
        '<</Title (Privacy notice: Early childhood educationclient register) /Parent 5 0 R /First 7 0 R /Last 8 0 R /Count 2 /Dest [4 0 R /XYZ 0 200 0]>>',
        '<</Title <FEFF0031002E0020004B00650069007400E4> /Parent 6 0 R /Next 8 0 R /Dest [4 0 R /XYZ 0 150 0]>>',
        '<</Title (Not a heading) /Parent 6 0 R /Prev 7 0 R /Dest [4 0 R /XYZ 0 100 0]>>',
      ],
      '/Root 2 0 R',
    );

  it('take the words of their headings back where Chromium joined two lines of a heading', async () => {
    const headings = ['Privacy notice: Early childhood education client register', '1. Kei tä', 'Something else'];
    const after = restoreBookmarkTitles(outlined(), headings);
    lastSectionPointsRight(after);
    expect((await pdfinfo(after)).stderr).toBe('');
    const doc = await openPdf(after);
    const outline = (await doc.getOutline()) as { title: string; items: { title: string }[] }[];
    expect(outline.map((o) => o.title)).toEqual(['Privacy notice: Early childhood education client register']);
    expect(outline[0]!.items.map((o) => o.title)).toEqual(['1. Kei tä', 'Not a heading']);
    await doc.destroy();
  });

  it('leave the PDF as it is when every title is its heading', () => {
    const pdf = outlined();
    expect(restoreBookmarkTitles(pdf, ['Privacy notice: Early childhood educationclient register', '1. Keitä'])).toBe(pdf);
  });
});
