/**
 * Where `seloste record` writes, and what it answers: its own folder only (never a site, never
 * inside one, never a folder of other files), replaced whole; registers with errors left out unless
 * `--force`; usage errors and missing paths exit 2 with one line, nothing written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, ROOT, SMALL_REGISTER, snapshot, tempProject } from './helpers.js';

/** A project with one example register that checks clean, in Finnish only. */
function project(extra: Record<string, string> = {}): ReturnType<typeof tempProject> {
  const made = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', ...extra });
  mkdirSync(join(made.dir, 'notices'), { recursive: true });
  const text = readFileSync(join(ROOT, 'notices', 'sulka-members.yaml'), 'utf8');
  writeFileSync(join(made.dir, 'notices', 'sulka-members.yaml'), text);
  return made;
}

describe('seloste record writes', () => {
  let cleanup = (): void => undefined;
  afterEach(() => cleanup());

  it('into a folder of its own, marked as a record, and replaces it whole the next time', async () => {
    const p = project();
    cleanup = p.cleanup;
    const first = await cli(['record', '-o', 'record', '--format', 'csv,html'], p.dir);
    expect(first.code).toBe(0);
    expect(readdirSync(join(p.dir, 'record', 'fi')).sort()).toEqual(['helsingin-sulkapalloseura-ry.csv', 'helsingin-sulkapalloseura-ry.html']);
    const second = await cli(['record', '-o', 'record', '--format', 'xlsx'], p.dir);
    expect(second.code).toBe(0);
    expect(readdirSync(join(p.dir, 'record', 'fi'))).toEqual(['helsingin-sulkapalloseura-ry.xlsx']);
    expect(readdirSync(p.dir).filter((n) => n.startsWith('.record.staging-'))).toEqual([]);
  });

  it('never into a built site, nor inside one; and a build never into a record', async () => {
    const p = project();
    cleanup = p.cleanup;
    expect((await cli(['build', '-o', 'site', '--format', 'html'], p.dir)).code).toBe(0);
    const before = snapshot(join(p.dir, 'site'));
    const into = await cli(['record', '-o', 'site', '--format', 'csv'], p.dir);
    expect(into).toMatchObject({ code: 2, stdout: '' });
    expect(into.stderr).toBe('seloste: `site` holds a published site, and the record of processing activities is never published; choose another folder for --out\n');
    const inside = await cli(['record', '-o', 'site/internal', '--format', 'csv'], p.dir);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/^seloste: `site\/internal` is inside a published site \(`.*site`\), and the record of processing activities is never published; choose a folder outside it for --out\n$/);
    expect(snapshot(join(p.dir, 'site'))).toEqual(before);
    expect((await cli(['record', '-o', 'record', '--format', 'csv'], p.dir)).code).toBe(0);
    const build = await cli(['build', '-o', 'record', '--format', 'html'], p.dir);
    expect(build.code).toBe(2);
    expect(build.stderr).toContain('`record` holds a record of processing activities, which is never published; choose another folder for --out');
    expect(existsSync(join(p.dir, 'record', 'fi', 'helsingin-sulkapalloseura-ry.csv'))).toBe(true);
  });

  it('never into a folder of other files, nor over the registers', async () => {
    const p = project({ 'mine/keep.txt': 'keep me' });
    cleanup = p.cleanup;
    const other = await cli(['record', '-o', 'mine'], p.dir);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('holds files Seloste did not write (`keep.txt`)');
    expect(readFileSync(join(p.dir, 'mine', 'keep.txt'), 'utf8')).toBe('keep me');
    const registers = await cli(['record', '-o', 'notices'], p.dir);
    expect(registers.code).toBe(2);
    expect(registers.stderr).toContain('is where the registers are');
  });
});

describe('seloste record answers', () => {
  let cleanup = (): void => undefined;
  afterEach(() => cleanup());

  it('leaves a register with errors out (exit 1), and puts it in with --force', async () => {
    const p = project({ 'notices/small.yaml': SMALL_REGISTER('Pieni rekisteri') });
    cleanup = p.cleanup;
    const run = await cli(['record', '-o', 'record', '--format', 'csv'], p.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('seloste: not in the record: notices/small.yaml has errors (use --force to put it in the record anyway)\n');
    expect(readdirSync(join(p.dir, 'record', 'fi'))).toEqual(['helsingin-sulkapalloseura-ry.csv']);
    const forced = await cli(['record', '-o', 'record', '--format', 'csv', '--force'], p.dir);
    expect(forced.code).toBe(1);
    expect(forced.stdout).toContain('of 2 organisations (2 registers)');
    expect(readFileSync(join(p.dir, 'record', 'fi', 'esimerkki-oy.csv'), 'utf8')).toContain('Pieni rekisteri');
  });

  it('says when no register can go into a record, and writes nothing (exit 1)', async () => {
    const p = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/small.yaml': SMALL_REGISTER('Pieni rekisteri') });
    cleanup = p.cleanup;
    const run = await cli(['record', '-o', 'record'], p.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('seloste: no register can go into a record; nothing was written, record/ is unchanged\n');
    expect(existsSync(join(p.dir, 'record'))).toBe(false);
  });

  it('refuses unknown formats, empty lists and languages it has no words for (exit 2)', async () => {
    const p = project();
    cleanup = p.cleanup;
    expect(await cli(['record', '--format', 'xlsx,docx'], p.dir)).toEqual({ code: 2, stdout: '', stderr: 'seloste: unknown format `docx`; expected some of `xlsx`, `csv`, `html`, `pdf`\n' });
    expect((await cli(['record', '--format', ','], p.dir)).stderr).toBe('seloste: `--format` names no format; give one or more of `xlsx`, `csv`, `html`, `pdf`\n');
    expect((await cli(['record', '--lang', 'de'], p.dir)).code).toBe(2);
    expect(existsSync(join(p.dir, 'record'))).toBe(false);
  });

  it('says which path it cannot read, and writes nothing (exit 2)', async () => {
    const p = project();
    cleanup = p.cleanup;
    const run = await cli(['record', 'missing', '-o', 'record'], p.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('seloste: missing: No such file or folder\n');
    expect(run.stderr).toContain('nothing was written');
    expect(existsSync(join(p.dir, 'record'))).toBe(false);
  });

  it('writes the other formats without a browser, and says how to get one (exit 2)', async () => {
    const p = project();
    cleanup = p.cleanup;
    const run = await cli(['record', '-o', 'record', '--format', 'csv,pdf'], p.dir, { PUPPETEER_EXECUTABLE_PATH: join(p.dir, 'no-browser') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No Chromium or Chrome found to print PDFs');
    expect(readdirSync(join(p.dir, 'record', 'fi'))).toEqual(['helsingin-sulkapalloseura-ry.csv']);
  });
});

