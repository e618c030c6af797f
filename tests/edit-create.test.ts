/** New registers and imported drafts through `seloste edit`: by init's and import's own code, never over a file. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEditor, type TestEditor } from './edit-client.js';
import { cli, FIXTURES, INIT_FLAGS } from './helpers.js';

/** `--name X --purpose A --purpose B` as the page's answers: `{ name: 'X', purpose: ['A', 'B'] }`. */
function answersOf(flags: readonly string[]): Record<string, string | string[]> {
  const repeated = new Set(['purpose', 'basis', 'withdraw', 'interest', 'law', 'category', 'provision', 'consequence', 'source', 'recipient', 'transfer']);
  const answers: Record<string, string | string[]> = {};
  for (let i = 0; i < flags.length; i += 2) {
    const name = flags[i]!.slice(2);
    const value = flags[i + 1]!;
    answers[name] = repeated.has(name) ? [...((answers[name] as string[] | undefined) ?? []), value] : value;
  }
  return answers;
}

/** What `seloste check` finds in a file, without the file's name. */
async function checked(dir: string, file: string): Promise<{ code: number; found: string[] }> {
  const { code, stdout } = await cli(['check', '--format', 'json', file], dir);
  const found = (JSON.parse(stdout) as { line: number; ruleId: string; message: string }[]).map((d) => `${d.line} ${d.ruleId} ${d.message}`);
  return { code, found };
}

describe('seloste edit: new registers and imports', () => {
  let t: TestEditor;
  beforeAll(async () => {
    t = await startTestEditor();
  });
  afterAll(() => t.close());

  it('makes a new register as `seloste init` does, which `seloste check` takes as init’s', async () => {
    const { status, body } = await t.post('/api/new', { answers: answersOf(INIT_FLAGS) });
    expect(status).toBe(201);
    expect(body).toEqual({ path: 'notices/asiakasrekisteri.yaml' });
    const init = await cli(['init', '--out', 'other/', ...INIT_FLAGS], t.dir);
    expect(init.code).toBe(0);
    const made = readFileSync(join(t.dir, 'notices/asiakasrekisteri.yaml'), 'utf8');
    expect(made).toBe(readFileSync(join(t.dir, 'other/asiakasrekisteri.yaml'), 'utf8'));
    const [ours, theirs] = [await checked(t.dir, 'notices/asiakasrekisteri.yaml'), await checked(t.dir, 'other/asiakasrekisteri.yaml')];
    expect(ours).toEqual(theirs);
    const listed = await t.get('/api/project');
    expect(listed.body.files.map((f: { path: string }) => f.path)).toContain('notices/asiakasrekisteri.yaml');
  });

  it('refuses a register whose file exists (409) and leaves the file', async () => {
    const before = readFileSync(join(t.dir, 'notices/asiakasrekisteri.yaml'), 'utf8');
    const { status, body } = await t.post('/api/new', { answers: { ...answersOf(INIT_FLAGS), controller: 'Toinen Oy' } });
    expect(status).toBe(409);
    expect(body.error).toContain('notices/asiakasrekisteri.yaml');
    expect(readFileSync(join(t.dir, 'notices/asiakasrekisteri.yaml'), 'utf8')).toBe(before);
  });

  it('names the answer that is missing or invalid (422)', async () => {
    const missing = await t.post('/api/new', { answers: { ...answersOf(INIT_FLAGS), name: '' } });
    expect(missing).toMatchObject({ status: 422, body: { field: 'name' } });
    const invalid = await t.post('/api/new', { answers: { ...answersOf(INIT_FLAGS), name: 'Toinen', email: 'not an address' } });
    expect(invalid).toMatchObject({ status: 422, body: { field: 'email' } });
    const unknown = await t.post('/api/new', { answers: { ...answersOf(INIT_FLAGS), name: 'Kolmas', force: 'yes' } });
    expect(unknown).toMatchObject({ status: 422, body: { field: 'force' } });
    expect(existsSync(join(t.dir, 'notices/toinen.yaml'))).toBe(false);
  });

  it('imports a dropped notice into a draft beside the registers, and never over a file', async () => {
    const bytes = readFileSync(join(FIXTURES, 'import/english-notice.md'));
    const send = (): Promise<Awaited<ReturnType<TestEditor['raw']>>> =>
      t.raw('/api/import', { method: 'POST', headers: { 'x-seloste-token': t.token, origin: t.base, 'content-type': 'application/octet-stream', 'x-file-name': 'English notice.md' }, body: bytes });
    const first = await send();
    expect(first.status).toBe(201);
    expect(first.body.paths).toEqual(['notices/english-notice.yaml']);
    expect(first.body.todos).toBeGreaterThan(0);
    const draft = readFileSync(join(t.dir, 'notices/english-notice.yaml'), 'utf8');
    expect(draft).toContain('by `seloste import`');
    expect(draft).toContain('privacy@kuuraoutdoor.example');
    const second = await send();
    expect(second.status).toBe(409);
    expect(readFileSync(join(t.dir, 'notices/english-notice.yaml'), 'utf8')).toBe(draft);
  });

  it('refuses a file import cannot read (422), with its reason', async () => {
    const { status, body } = await t.raw('/api/import', {
      method: 'POST',
      headers: { 'x-seloste-token': t.token, origin: t.base, 'content-type': 'application/octet-stream', 'x-file-name': 'photo.png' },
      body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    });
    expect(status).toBe(422);
    expect(body.error).toMatch(/^photo\.png: /);
  });
});
