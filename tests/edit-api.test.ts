/** `seloste edit`'s API on a copy of the example project: files, checks of edited data, saves, organisation files. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEditor, type TestEditor } from './edit-client.js';

/** The lines `git diff --no-index` shows as removed and added between two texts. */
function changedLines(before: string, after: string, dir: string): string[] {
  writeFileSync(join(dir, 'before.txt'), before);
  writeFileSync(join(dir, 'after.txt'), after);
  let out = '';
  try {
    execFileSync('git', ['diff', '--no-index', '--unified=0', 'before.txt', 'after.txt'], { cwd: dir, encoding: 'utf8' });
  } catch (error) {
    out = (error as { stdout: string }).stdout;
  }
  return out.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l));
}

describe('seloste edit: files and checks', () => {
  let t: TestEditor;
  beforeAll(async () => {
    t = await startTestEditor();
  });
  afterAll(() => t.close());

  it('lists the registers and organisation files with their summaries and who uses which', async () => {
    const { status, body } = await t.get('/api/project');
    expect(status).toBe(200);
    expect(body.languages).toEqual(['fi', 'en', 'sv']);
    const byPath = Object.fromEntries(body.files.map((f: { path: string }) => [f.path, f]));
    expect(byPath['notices/lumo-customers.yaml']).toMatchObject({ kind: 'register', title: 'Web shop customer register', organisation: 'notices/lumo.org.yaml', summary: { state: 'clean' } });
    expect(byPath['notices/lumo.org.yaml']).toMatchObject({ kind: 'organisation', usedBy: ['notices/lumo-customers.yaml', 'notices/lumo-recruitment.yaml'] });
  });

  it('gives a commented example as form data, with its version', async () => {
    const { status, body } = await t.get('/api/file?path=notices/lumo-customers.yaml');
    expect(status).toBe(200);
    const text = readFileSync(join(t.dir, 'notices/lumo-customers.yaml'), 'utf8');
    expect(body).toMatchObject({ path: 'notices/lumo-customers.yaml', kind: 'register', form: true, text, organisation: 'notices/lumo.org.yaml' });
    expect(body.version).toMatch(/^[0-9a-f]{64}$/);
    expect(body.data.name.en).toBe('Web shop customer register');
    expect(body.summary.state).toBe('clean');
  });

  it('shows a file with an unknown nested key or broken YAML as text, with findings at their lines', async () => {
    const unknown = readFileSync(join(t.dir, 'notices/sulka-members.yaml'), 'utf8').replace(/^(\s+)legal_basis: /m, '$1legal_basiss: ');
    writeFileSync(join(t.dir, 'notices/unknown-key.yaml'), unknown);
    writeFileSync(join(t.dir, 'notices/broken.yaml'), 'name: {fi: Rikki\nupdated: 2026-01-01\n');
    const a = await t.get('/api/file?path=notices/unknown-key.yaml');
    expect(a.body.form).toBe(false);
    expect(a.body.data).toBeUndefined();
    const line = unknown.split('\n').findIndex((l) => l.includes('legal_basiss')) + 1;
    expect(a.body.findings).toContainEqual(expect.objectContaining({ rule: 'schema/unknown-key', line, file: 'notices/unknown-key.yaml' }));
    const b = await t.get('/api/file?path=notices/broken.yaml');
    expect(b.body).toMatchObject({ form: false, summary: { state: 'invalid' } });
    expect(b.body.findings[0]).toMatchObject({ rule: 'yaml/syntax', pointer: expect.any(String) });
    expect(b.body.findings[0].line).toBeGreaterThanOrEqual(1);
  });

  it('checks data that add a purpose without a legal basis and points at it', async () => {
    const { body: file } = await t.get('/api/file?path=notices/sulka-members.yaml');
    const data = structuredClone(file.data);
    data.purposes.push({ id: 'newsletter', description: { fi: 'Uutiskirje', en: 'Newsletter', sv: 'Nyhetsbrev' } });
    const index = data.purposes.length - 1;
    const { status, body } = await t.post('/api/check', { path: 'notices/sulka-members.yaml', data });
    expect(status).toBe(200);
    expect(body.text).toContain('id: newsletter');
    const finding = body.findings.find((f: { rule: string }) => f.rule === 'legal-basis');
    expect(finding).toMatchObject({ pointer: `/purposes/${index}`, severity: 'error', file: 'notices/sulka-members.yaml' });
    expect(finding.explanation).toMatch(/^Every purpose of the processing names its own legal basis/);
    expect(finding.explanation).not.toMatch(/\*\*|`|^#/m);
    expect(finding.url).toMatch(/legal-basis\.md$/);
    expect(body.summary.state).toBe('errors');
    // Nothing was written.
    expect(readFileSync(join(t.dir, 'notices/sulka-members.yaml'), 'utf8')).toBe(file.text);
  });

  it('saves one changed value of a commented example as a change of that line alone', async () => {
    const { body: file } = await t.get('/api/file?path=notices/lumo-customers.yaml');
    const data = structuredClone(file.data);
    data.name.en = 'Online shop customer register';
    const { status, body } = await t.post('/api/save', { path: 'notices/lumo-customers.yaml', data, version: file.version });
    expect(status).toBe(200);
    const disk = readFileSync(join(t.dir, 'notices/lumo-customers.yaml'), 'utf8');
    expect(body.text).toBe(disk);
    expect(changedLines(file.text, disk, t.dir)).toEqual(['-  en: Web shop customer register', '+  en: Online shop customer register']);
    expect(body.version).not.toBe(file.version);
    const again = await t.get('/api/file?path=notices/lumo-customers.yaml');
    expect(again.body.version).toBe(body.version);
  });

  it('refuses a save over a file that changed on disk (409) and leaves the disk as it is', async () => {
    const path = join(t.dir, 'notices/lumo-recruitment.yaml');
    const { body: file } = await t.get('/api/file?path=notices/lumo-recruitment.yaml');
    const changed = `${file.text}# changed by another program\n`;
    writeFileSync(path, changed);
    const data = structuredClone(file.data);
    data.name.en = 'Recruiting';
    const { status, body } = await t.post('/api/save', { path: 'notices/lumo-recruitment.yaml', data, version: file.version });
    expect(status).toBe(409);
    expect(body.error).toEqual(expect.any(String));
    expect(body.disk.text).toBe(changed);
    expect(readFileSync(path, 'utf8')).toBe(changed);
    // Keeping the page's version: saved again over the disk's version.
    const kept = await t.post('/api/save', { path: 'notices/lumo-recruitment.yaml', data, version: body.disk.version });
    expect(kept.status).toBe(200);
    expect(readFileSync(path, 'utf8')).toContain('en: Recruiting');
  });

  it('refuses data that are not a JSON object (422)', async () => {
    const { body: file } = await t.get('/api/file?path=notices/sulka-members.yaml');
    const { status, body } = await t.post('/api/save', { path: 'notices/sulka-members.yaml', data: [1, 2], version: file.version });
    expect(status).toBe(422);
    expect(body.error).toEqual(expect.any(String));
  });

  it('checks an edited organisation file with each register that uses it', async () => {
    const { body: file } = await t.get('/api/file?path=notices/lumo.org.yaml');
    expect(file).toMatchObject({ kind: 'organisation', form: true, usedBy: ['notices/lumo-customers.yaml', 'notices/lumo-recruitment.yaml'] });
    const data = structuredClone(file.data);
    delete data.controller;
    const { status, body } = await t.post('/api/check', { path: 'notices/lumo.org.yaml', data });
    expect(status).toBe(200);
    expect(body.affected.map((a: { path: string }) => a.path)).toEqual(['notices/lumo-customers.yaml', 'notices/lumo-recruitment.yaml']);
    for (const a of body.affected) {
      expect(a.summary.state).toBe('errors');
      expect(a.findings).toContainEqual(expect.objectContaining({ file: a.path, severity: 'error' }));
    }
  });

  it('after a save of an organisation file, lists the registers that use it as checked with it', async () => {
    const { body: file } = await t.get('/api/file?path=notices/lumo.org.yaml');
    const data = structuredClone(file.data);
    delete data.controller;
    const saved = await t.post('/api/save', { path: 'notices/lumo.org.yaml', data, version: file.version });
    expect(saved.status).toBe(200);
    const { body } = await t.get('/api/project');
    const states = Object.fromEntries(body.files.map((f: { path: string; summary: { state: string } }) => [f.path, f.summary.state]));
    expect(states['notices/lumo-customers.yaml']).toBe('errors');
    expect(states['notices/lumo-recruitment.yaml']).toBe('errors');
    expect(states['notices/sulka-members.yaml']).toBe('clean');
  });

  it('of two saves on the same version, writes one and refuses the other', async () => {
    const { body: file } = await t.get('/api/file?path=notices/kuusikoski-early-education.yaml');
    const save = (en: string): Promise<{ status: number }> => {
      const data = structuredClone(file.data);
      data.name.en = en;
      return t.post('/api/save', { path: 'notices/kuusikoski-early-education.yaml', data, version: file.version });
    };
    const statuses = (await Promise.all([save('First'), save('Second')])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
  });

  it('gives the schemas the form is made from', async () => {
    const register = await t.get('/api/schema?kind=register');
    expect(register.status).toBe(200);
    expect(register.body.properties.purposes).toBeDefined();
    expect(register.body.$defs).toBeDefined();
    const organisation = await t.get('/api/schema?kind=organisation');
    expect(organisation.body.properties.controller).toBeDefined();
    expect((await t.get('/api/schema?kind=config')).status).toBe(400);
  });

  it('answers in the language asked for', async () => {
    const { body } = await t.post('/api/check?lang=fi', { path: 'notices/sulka-members.yaml', text: 'name: {fi: Rikki\n' });
    expect(body.findings[0].message).toMatch(/[äö]|YAML/);
    const refused = await t.get('/api/file?path=../x.yaml&lang=sv');
    expect(refused.body.error).toMatch(/projekt/);
  });
});
