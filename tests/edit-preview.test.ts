/** Previews of a register as it is being edited: the page `seloste build --force` writes, served by the editor. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEditor, type TestEditor } from './edit-client.js';
import { cli } from './helpers.js';

describe('seloste edit: previews', () => {
  let t: TestEditor;
  beforeAll(async () => {
    t = await startTestEditor();
  });
  afterAll(() => t.close());

  it('renders the edited data as the notice page of the build, with its stylesheet', async () => {
    const { body: file } = await t.get('/api/file?path=notices/sulka-members.yaml');
    const data = structuredClone(file.data);
    data.name.en = 'Edited member register';
    const { status, body } = await t.post('/api/preview', { path: 'notices/sulka-members.yaml', data, lang: 'en' });
    expect(status).toBe(200);
    expect(body.url).toMatch(/^\/preview\/[\w-]{22}\/en\/sulka-members\.html\?token=/);
    const page = await t.raw(body.url, {});
    expect(page.status).toBe(200);
    expect(page.body).toContain('<h1');
    expect(page.body).toContain('Edited member register');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    const base = body.url.replace(/\/en\/.*$/, '');
    const style = await t.raw(`${base}/style.css`, {});
    expect(style.status).toBe(200);
    expect(style.headers.get('content-type')).toMatch(/^text\/css/);
    const finnish = await t.raw(`${base}/fi/sulka-members.html`, {});
    expect(finnish.status).toBe(200);
    expect(finnish.body).toContain('lang="fi"');
    // Nothing was written.
    expect(readFileSync(join(t.dir, 'notices/sulka-members.yaml'), 'utf8')).toBe(file.text);
  });

  it('renders the same page as `seloste build --force` for the text on disk', async () => {
    const out = mkdtempSync(join(tmpdir(), 'seloste-edit-build-'));
    try {
      const built = await cli(['build', 'notices/nordlicht-app-users.yaml', '--format', 'html', '--force', '--no-history', '--out', join(out, 'site')], t.dir);
      expect(built.code).toBe(0);
      const { body } = await t.post('/api/preview', { path: 'notices/nordlicht-app-users.yaml', lang: 'sv' });
      const page = await t.raw(body.url, {});
      expect(page.body).toBe(readFileSync(join(out, 'site/sv/nordlicht-app-users.html'), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('renders a register with a missing translation as `build --force` does: the text of another language, marked', async () => {
    const { body: file } = await t.get('/api/file?path=notices/sulka-members.yaml');
    const data = structuredClone(file.data);
    const purpose = data.purposes[0];
    delete purpose.description.sv;
    const checked = await t.post('/api/check', { path: 'notices/sulka-members.yaml', data });
    expect(checked.body.findings).toContainEqual(expect.objectContaining({ rule: 'translation-missing', pointer: '/purposes/0/description' }));
    const { status, body } = await t.post('/api/preview', { path: 'notices/sulka-members.yaml', data, lang: 'sv' });
    expect(status).toBe(200);
    const page = await t.raw(body.url, {});
    expect(page.body).toContain(`<span lang="fi">${purpose.description.fi}</span>`);
    expect(page.body).toContain('(inte tillgänglig på svenska)');
  });

  it('refuses a preview of a register that cannot be read (422), a wrong token and an unknown preview', async () => {
    const broken = await t.post('/api/preview', { path: 'notices/sulka-members.yaml', text: 'name: {fi: Rikki\n', lang: 'fi' });
    expect(broken.status).toBe(422);
    expect(broken.body.error).toEqual(expect.any(String));
    const { body } = await t.post('/api/preview', { path: 'notices/sulka-members.yaml', lang: 'fi' });
    expect((await t.raw(body.url.replace(/token=.*$/, 'token=wrong'), {})).status).toBe(403);
    expect((await t.raw('/preview/AAAAAAAAAAAAAAAAAAAAAA/fi/sulka-members.html', {})).status).toBe(404);
    const other = await t.post('/api/preview', { path: 'notices/sulka-members.yaml', lang: 'de' });
    expect(other.status).toBe(422);
  });
});
