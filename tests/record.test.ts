/**
 * `seloste record` on the example registers: the record of processing activities of each
 * organisation in every language, as a workbook, CSV files, a page and a PDF, each read back and
 * compared with the registers; the same registers give the same bytes; every internal fact is in it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPaths } from '../src/pipeline.js';
import { recordPhrases } from '../src/record/phrases/index.js';
import { slugOf } from '../src/record/organisations.js';
import type { Register } from '../src/types.js';
import { cli, ROOT } from './helpers.js';
import { markedProject } from './internal-markers.js';

const exec = promisify(execFile);
const LANGUAGES = ['fi', 'en', 'sv'] as const;
const ORGANISATIONS = ['helsingin-sulkapalloseura-ry', 'kuusikosken-kunta', 'lumo-kahvi-oy', 'nordlicht-karten-ag'];

/** RFC 4180 read back: records of fields, quoted fields with doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      (row = []), (field = ''), i++;
    } else field += c;
  }
  return rows;
}

function cellValue(value: ExcelJS.CellValue): string {
  return value === null || value === undefined ? '' : String(value);
}

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => cellValue(row.getCell(i + 1).value))));
  return rows;
}

describe('seloste record on the examples', () => {
  let tmp: string;
  let out: string;
  let registers: Register[];
  let run: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'seloste-record-'));
    out = join(tmp, 'record');
    run = await cli(['record', 'notices', '-o', out]);
    registers = (await checkPaths({ cwd: ROOT, paths: ['notices'] })).files.map((f) => f.loaded!.register);
  }, 120_000);

  afterAll(() => tmp && rmSync(tmp, { recursive: true, force: true }));

  const read = (path: string): string => readFileSync(join(out, path), 'utf8');
  const ofOrganisation = (slug: string): Register[] => registers.filter((r) => slugOf(r.controller!.name) === slug).sort((a, b) => (a.id < b.id ? -1 : 1));

  it('writes each organisation in every language and format, and says so (exit 0)', () => {
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Wrote the record of processing activities of 4 organisations \(5 registers\) in fi, en, sv into .*record\/ \(51 files\)\n$/);
    expect(run.code).toBe(0);
    const files = readdirSync(out, { recursive: true }).map(String).sort();
    for (const lang of LANGUAGES) {
      for (const slug of ORGANISATIONS) for (const ext of ['xlsx', 'csv', 'html', 'pdf']) expect(files).toContain(join(lang, `${slug}.${ext}`));
      expect(files).toContain(join(lang, 'lumo-kahvi-oy.processor.csv'));
    }
    expect(JSON.parse(read('.seloste-output.json'))).toEqual({ generator: 'seloste', format: 1, kind: 'record' });
  });

  it('writes a workbook of one row per processing activity, with the header row frozen and columns of set widths', async () => {
    for (const lang of LANGUAGES) {
      const r = recordPhrases[lang]!;
      for (const slug of ORGANISATIONS) {
        const workbook = await readWorkbook(join(out, lang, `${slug}.xlsx`));
        const expectedSheets = slug === 'lumo-kahvi-oy' ? [r.controllerPart.sheet, r.processorPart.sheet] : [r.controllerPart.sheet];
        // Dated by the registers (the latest update, the first creation), never by the clock.
        const own = ofOrganisation(slug);
        expect(workbook.modified).toEqual(new Date(`${own.map((reg) => reg.updated!).sort().at(-1)}T00:00:00Z`));
        expect(workbook.created).toEqual(new Date(`${own.map((reg) => reg.created ?? reg.updated!).sort()[0]}T00:00:00Z`));
        expect(workbook.worksheets.map((s) => s.name)).toEqual(expectedSheets);
        const sheet = workbook.worksheets[0]!;
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        expect(sheet.columns.every((c) => (c.width ?? 0) >= 10)).toBe(true);
        expect(sheet.getRow(2).getCell(3).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
        const [header, ...rows] = sheetRows(sheet);
        expect(header).toEqual(Object.values(r.controllerPart.columns));
        expect(rows.map((row) => row[header!.indexOf(r.controllerPart.columns.id)])).toEqual(own.map((reg) => reg.id));
        own.forEach((register, i) => expectActivity(register, header!, rows[i]!, lang));
      }
    }
  });

  /** A row holds the register's facts: name, owner, purposes, data, recipients, transfers, retention, systems. */
  function expectActivity(register: Register, header: string[], row: string[], lang: string): void {
    const c = recordPhrases[lang]!.controllerPart.columns;
    const cell = (column: string): string => row[header.indexOf(column)]!;
    expect(cell(c.activity)).toBe(register.name[lang]);
    expect(cell(c.owner)).toContain(register.internal!.owner!.name!);
    for (const p of register.purposes ?? []) expect(cell(c.purposes)).toContain(plain(p.description[lang]!));
    for (const d of register.data_categories ?? []) expect(cell(c.personalData)).toContain(plain(d.description[lang]!));
    for (const s of register.data_subjects ?? []) expect(cell(c.dataSubjects)).toContain(plain(s[lang]!));
    if (Array.isArray(register.recipients)) for (const x of register.recipients) expect(cell(c.recipients)).toContain(x.name ?? plain(x.category![lang]!));
    if (Array.isArray(register.transfers)) for (const x of register.transfers) expect(cell(c.transfers)).toContain(x.recipient!);
    else expect(cell(c.transfers)).toBe(recordPhrases[lang]!.labels.noTransfers);
    for (const rule of register.retention ?? []) if (rule.trigger) expect(cell(c.erasure)).toContain(plain(rule.trigger[lang]!));
    for (const system of register.internal!.systems ?? []) expect(cell(c.systems)).toContain(system.name);
    expect(cell(c.security)).toContain(plain(register.internal!.security![lang]!).slice(0, 60));
    expect(cell(c.risks)).toBe(plain(register.internal!.risks![lang]!));
    expect(cell(c.controller)).toContain(register.controller!.email!);
    if (register.controller!.business_id) expect(cell(c.controller)).toContain(register.controller!.business_id);
    if (register.dpo?.email) expect(cell(c.dpo)).toContain(register.dpo.email);
  }

  /** Author text as the record writes it: Markdown marks gone, one line. */
  function plain(text: string): string {
    return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
  }

  it('writes the processing on behalf of other controllers (Art. 30(2)) in a sheet of its own', async () => {
    const workbook = await readWorkbook(join(out, 'fi', 'lumo-kahvi-oy.xlsx'));
    const [header, ...rows] = sheetRows(workbook.worksheets[1]!);
    const c = recordPhrases['fi']!.processorPart.columns;
    expect(header).toEqual(Object.values(c));
    expect(rows).toHaveLength(1);
    const cell = (column: string): string => rows[0]![header!.indexOf(column)]!;
    expect(cell(c.onBehalfOf)).toMatch(/^Kahvila Kivijalka Oy\nY-tunnus: 3201875-8\n/);
    expect(cell(c.onBehalfOf)).toContain('tietosuoja@kivijalka.example');
    expect(cell(c.processing)).toContain('Lumo paahtaa, pakkaa ja lähettää');
    expect(cell(c.processorTransfers)).toBe(recordPhrases['fi']!.labels.noTransfers);
    expect(cell(c.processor)).toMatch(/^Lumo Kahvi Oy\n/);
    expect(cell(c.processorDpo)).toContain('Aino Lehto');
  });

  it('writes CSV files (RFC 4180, UTF-8 with a byte order mark) that read back as the workbook', async () => {
    for (const lang of LANGUAGES) {
      for (const slug of ORGANISATIONS) {
        const text = read(join(lang, `${slug}.csv`));
        expect(text.startsWith('\uFEFF')).toBe(true);
        expect(text.endsWith('\r\n')).toBe(true);
        const workbook = await readWorkbook(join(out, lang, `${slug}.xlsx`));
        expect(parseCsv(text.slice(1))).toEqual(sheetRows(workbook.worksheets[0]!));
      }
      const processor = await readWorkbook(join(out, lang, 'lumo-kahvi-oy.xlsx'));
      expect(parseCsv(read(join(lang, 'lumo-kahvi-oy.processor.csv')).slice(1))).toEqual(sheetRows(processor.worksheets[1]!));
    }
  });

  it('writes a page per organisation and language with a section per activity', () => {
    for (const lang of LANGUAGES) {
      const r = recordPhrases[lang]!;
      for (const slug of ORGANISATIONS) {
        const html = read(join(lang, `${slug}.html`));
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html).toContain(`<h1>${r.title} – `);
        expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
        for (const register of ofOrganisation(slug)) expect(html).toMatch(new RegExp(`<h3 id="controller-\\d+">${register.name[lang]}</h3>`));
      }
    }
  });

  it('prints a PDF whose text holds the title and every activity', async () => {
    for (const lang of LANGUAGES) {
      for (const slug of ORGANISATIONS) {
        const text = (await exec('pdftotext', ['-enc', 'UTF-8', join(out, lang, `${slug}.pdf`), '-'])).stdout.replace(/\s+/g, ' ');
        expect(text).toContain(recordPhrases[lang]!.title);
        for (const register of ofOrganisation(slug)) expect(text).toContain(register.name[lang]!);
        expect(text).toContain(recordPhrases[lang]!.controllerPart.heading);
      }
    }
  });

  it('gives the same bytes for the same registers: workbook, CSV and page', async () => {
    const again = join(tmp, 'again');
    // Zip entries carry seconds in pairs: a run two seconds later would differ if they were not set.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await cli(['record', 'notices', '-o', again, '--format', 'xlsx,csv,html'])).code).toBe(0);
    const files = readdirSync(again, { recursive: true }).map(String).filter((f) => /\.(xlsx|csv|html)$/.test(f));
    expect(files.length).toBe(39);
    for (const file of files) expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
  });
});

describe('the record of the examples with every internal fact a marker', () => {
  it('holds every marker of every register, in every format', async () => {
    const project = markedProject();
    try {
      const out = join(project.dir, 'record');
      const run = await cli(['record', 'notices', '-o', out, '--format', 'xlsx,csv,html', '--lang', 'fi'], project.dir);
      expect(run.code).toBe(0);
      const csv = readdirSync(join(out, 'fi')).filter((f) => f.endsWith('.csv')).map((f) => readFileSync(join(out, 'fi', f), 'utf8')).join('\n').toLowerCase();
      const html = readdirSync(join(out, 'fi')).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(out, 'fi', f), 'utf8')).join('\n').toLowerCase();
      // Each register's own markers (those of the organisation file are overridden key by key).
      const checked = await checkPaths({ cwd: project.dir, paths: ['notices'] });
      const held = project.markers.filter((m) => JSON.stringify(checked.files.map((f) => f.loaded!.register.internal)).toLowerCase().includes(m));
      expect(held.length).toBeGreaterThan(100);
      expect(held.filter((m) => !csv.includes(m))).toEqual([]);
      expect(held.filter((m) => !html.includes(m))).toEqual([]);
    } finally {
      project.cleanup();
    }
  }, 120_000);
});
