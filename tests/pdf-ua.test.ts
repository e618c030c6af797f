/**
 * What PDF/UA-1 asks of a notice PDF, read back from PDFs printed by a real Chromium: XMP metadata
 * with the PDF/UA identification, the title in the window, the language, tags in reading order,
 * bookmarks, figures with a text alternative; and the same bytes for the same notice.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode, ROOT } from './helpers.js';
import { openPdf, outlineTitles, structElements } from './pdf-structure.js';

const exec = promisify(execFile);
const BIN = join(ROOT, 'bin', 'seloste.js');
// Long titles and headings that wrap on paper, in all three languages; tables with header cells.
const REGISTERS = ['notices/kuusikoski-early-education.yaml', 'notices/lumo-customers.yaml'];

function build(out: string, registers: string[]): Promise<unknown> {
  return exec('node', [BIN, 'build', ...registers, '-o', out, '--format', 'html,pdf'], { cwd: ROOT });
}

/** `D:20260301000000Z` → `2026-03-01T00:00:00Z`. */
const xmpDate = (d: string | undefined): string | undefined => d?.replace(/^D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z');
const squash = (s: string): string => s.replace(/\s+/g, '');

describe('PDF/UA-1 essentials of the printed notices (real Chromium)', () => {
  let out: string;
  let printed: { lang: string; pdf: string; html: string }[];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'seloste-pdfua-'));
    // The second build prints one notice alone: the first printed another one before it.
    await Promise.all([build(join(out, 'site'), REGISTERS), build(join(out, 'again'), REGISTERS.slice(1))]);
    printed = ['fi', 'en', 'sv'].flatMap((lang) =>
      readdirSync(join(out, 'site', lang))
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => ({ lang, pdf: join(out, 'site', lang, f), html: join(out, 'site', lang, f.replace(/\.pdf$/, '.html')) })),
    );
    expect(printed).toHaveLength(6);
  }, 60_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('identifies itself as PDF/UA-1 in XMP that says what the document information says', async () => {
    for (const { lang, pdf } of printed) {
      const doc = await openPdf(pdf);
      const { info: properties, metadata } = await doc.getMetadata();
      const info = properties as Record<string, string>;
      expect(metadata, pdf).not.toBeNull();
      expect(metadata!.getRaw(), pdf).toContain('xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"');
      expect(metadata!.get('pdfuaid:part'), pdf).toBe('1');
      expect(metadata!.get('dc:title'), pdf).toBe(info['Title']);
      expect(metadata!.getRaw(), pdf).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="${lang}">`);
      expect(metadata!.get('dc:language'), pdf).toBe(lang);
      expect(metadata!.get('dc:creator'), pdf).toEqual([info['Author']]);
      expect(metadata!.get('xmp:creatortool'), pdf).toBe(info['Creator']);
      expect(metadata!.get('pdf:producer'), pdf).toBe(info['Producer']);
      expect(metadata!.get('xmp:createdate'), pdf).toBe(xmpDate(info['CreationDate']));
      expect(metadata!.get('xmp:modifydate'), pdf).toBe(xmpDate(info['ModDate']));
      await doc.destroy();
    }
  });

  it('shows its title in the window, states its language and marks its content as tagged', async () => {
    for (const { lang, pdf } of printed) {
      const doc = await openPdf(pdf);
      expect(await doc.getViewerPreferences(), pdf).toMatchObject({ DisplayDocTitle: true });
      expect(((await doc.getMetadata()).info as Record<string, unknown>)['Language'], pdf).toBe(lang);
      expect(await doc.getMarkInfo(), pdf).toMatchObject({ Marked: true });
      await doc.destroy();
    }
  });

  it('has a bookmark for every heading, with its words and nested as the headings are, and tags them in reading order', async () => {
    for (const { pdf, html } of printed) {
      // The downloads are not printed.
      const page = readFileSync(html, 'utf8').replace(/<section class="downloads"[\s\S]*?<\/section>/g, '');
      const headings = [...page.matchAll(/<h([1-3])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({ level: Number(m[1]), text: decode(m[2]!.replace(/<[^>]+>/g, '')).trim() }));
      const doc = await openPdf(pdf);
      expect(await outlineTitles(doc), pdf).toEqual(headings.map((h) => `${'  '.repeat(h.level - 1)}${h.text}`));
      const tagged = (await structElements(doc)).filter((e) => /^H[1-6]$/.test(e.role));
      expect(tagged.map((e) => `${e.role} ${squash(e.text)}`), pdf).toEqual(headings.map((h) => `H${h.level} ${squash(h.text)}`));
      await doc.destroy();
    }
  });

  it('gives every figure a text alternative: the data-flow picture its title and description', async () => {
    for (const { pdf, html } of printed) {
      const doc = await openPdf(pdf);
      const figures = (await structElements(doc, { text: false })).filter((e) => e.role === 'Figure');
      for (const figure of figures) expect(figure.alt?.trim(), pdf).toBeTruthy();
      const page = readFileSync(html, 'utf8');
      const alt = ['title', 'desc'].map((tag) => decode((new RegExp(`<${tag} id="flow-${tag}">([^<]*)</${tag}>`).exec(page)?.[1] ?? '').replace(/&apos;/g, "'"))).join(' ');
      expect(alt.trim(), html).not.toBe('');
      expect(figures.map((f) => f.alt), pdf).toContain(alt);
      await doc.destroy();
    }
  });

  it('is a valid PDF, and the same bytes when the same notice is printed again, on its own', async () => {
    for (const lang of ['fi', 'en', 'sv']) {
      const file = join(out, 'site', lang, 'lumo-customers.pdf');
      expect(readFileSync(join(out, 'again', lang, 'lumo-customers.pdf')).equals(readFileSync(file)), lang).toBe(true);
      const { stderr } = await exec('pdfinfo', [file]);
      expect(stderr, lang).toBe('');
    }
  });
});
