/**
 * Who may talk to `seloste edit` and which files it touches: the token, the Host (DNS rebinding),
 * the Origin of a change, and paths that leave the project by `..`, by being absolute or through a
 * symbolic link — refused before anything is read.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExamples, startTestEditor, type TestEditor } from './edit-client.js';

/** A GET with exactly the Host header given (fetch would set its own). */
function getWithHost(base: string, path: string, host: string, token: string): Promise<number> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers: { host, 'x-seloste-token': token } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('seloste edit refuses requests that are not its page', () => {
  let t: TestEditor;
  let outside: string;
  beforeAll(async () => {
    outside = mkdtempSync(join(tmpdir(), 'seloste-outside-'));
    writeFileSync(join(outside, 'secret.yaml'), 'name: {fi: Salainen}\nsecret: outside the project\n');
    mkdirSync(join(outside, 'page'));
    writeFileSync(join(outside, 'page', 'index.html'), '<!doctype html><title>Editor</title><script src="app.js"></script>');
    writeFileSync(join(outside, 'page', 'app.js'), 'void 0;\n');
    const dir = copyExamples();
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'notices', 'linked.yaml'));
    writeFileSync(join(outside, 'far.org.yaml'), 'controller: {name: Far Away Oy, email: far@example.fi}\n');
    writeFileSync(join(dir, 'notices', 'far.yaml'), `name: {fi: Kaukana}\norganisation: ${join(outside, 'far.org.yaml')}\n`);
    t = await startTestEditor(dir, join(outside, 'page'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(outside, { recursive: true, force: true });
  });

  it('refuses an API request without the token or with a wrong one (403)', async () => {
    for (const headers of [{}, { 'x-seloste-token': 'wrong' }, { 'x-seloste-token': `${t.token}x` }]) {
      const { status, body } = await t.raw('/api/project', { headers });
      expect(status).toBe(403);
      expect(body.error).toEqual(expect.any(String));
    }
  });

  it('refuses a Host that is not its own address, even with the token (DNS rebinding)', async () => {
    expect(await getWithHost(t.base, '/api/project', 'attacker.example', t.token)).toBe(403);
    expect(await getWithHost(t.base, '/api/project', `attacker.example:${new URL(t.base).port}`, t.token)).toBe(403);
    expect(await getWithHost(t.base, '/', 'attacker.example', t.token)).toBe(403);
    expect(await getWithHost(t.base, '/api/project', new URL(t.base).host, t.token)).toBe(200);
  });

  it('refuses a change whose Origin is another site, or that has none', async () => {
    const before = readFileSync(join(t.dir, 'notices/sulka-members.yaml'), 'utf8');
    const { body: file } = await t.get('/api/file?path=notices/sulka-members.yaml');
    const save = { path: 'notices/sulka-members.yaml', text: 'name: {fi: Muutettu}\n', version: file.version };
    expect((await t.post('/api/save', save, { origin: 'http://attacker.example' })).status).toBe(403);
    expect((await t.post('/api/save', save, { origin: 'null' })).status).toBe(403);
    const noOrigin = await t.raw('/api/save', { method: 'POST', headers: { 'x-seloste-token': t.token, 'content-type': 'application/json' }, body: JSON.stringify(save) });
    expect(noOrigin.status).toBe(403);
    expect(readFileSync(join(t.dir, 'notices/sulka-members.yaml'), 'utf8')).toBe(before);
  });

  it('refuses paths out of the project, absolute, not YAML or not a register (400), reading nothing', async () => {
    const refused = ['../seloste.config.yaml', 'notices/../../x.yaml', '/etc/passwd.yaml', join(t.dir, 'notices/sulka-members.yaml'), 'notices\\sulka-members.yaml', 'notices/sulka-members.txt', 'seloste.config.yaml', 'notices/linked.yaml', 'notices/missing.yaml', ''];
    for (const path of refused) {
      const { status, body } = await t.get(`/api/file?path=${encodeURIComponent(path)}`);
      expect(status, path).toBe(400);
      expect(JSON.stringify(body)).not.toContain('outside the project');
    }
    const check = await t.post('/api/check', { path: 'notices/linked.yaml' });
    expect(check.status).toBe(400);
    const save = await t.post('/api/save', { path: 'notices/linked.yaml', text: 'x: 1\n', version: '0' });
    expect(save.status).toBe(400);
    expect(readFileSync(join(outside, 'secret.yaml'), 'utf8')).toContain('secret: outside the project');
    const listed = await t.get('/api/project');
    expect(listed.body.files.map((f: { path: string }) => f.path)).not.toContain('notices/linked.yaml');
    // A register naming an organisation file outside the project: the file is neither listed nor read.
    expect(JSON.stringify(listed.body)).not.toMatch(/far\.org\.yaml|Far Away/);
    const far = await t.get('/api/file?path=notices/far.yaml');
    expect(far.body.findings).toContainEqual(expect.objectContaining({ rule: 'register/organisation', file: 'notices/far.yaml' }));
    expect(far.body.organisation).toBeUndefined();
  });

  it('serves the page files without the token but no file of the project, and sends its policy', async () => {
    const page = await t.raw('/', {});
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Editor</title>');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const script = await t.raw('/app.js', {});
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    for (const path of ['/notices/sulka-members.yaml', '/../secret.yaml', '/%2e%2e/secret.yaml', '/..%2fsecret.yaml', '/seloste.config.yaml']) {
      const { status, body } = await t.raw(path, {});
      expect(status, path).toBe(404);
      expect(String(body)).not.toMatch(/Sulka|secret: outside/);
    }
  });

  it('refuses a body past 20 MB (413) without reading on', async () => {
    const body = `{"path":"notices/sulka-members.yaml","text":"${'x'.repeat(20 * 1024 * 1024)}"}`;
    const { status, body: answer } = await t.raw('/api/check', { method: 'POST', headers: { 'x-seloste-token': t.token, origin: t.base, 'content-type': 'application/json' }, body });
    expect(status).toBe(413);
    expect(answer.error).toMatch(/20 MB/);
  });

  it('answers a malformed request target with 400 and goes on', async () => {
    const host = new URL(t.base).host;
    for (const path of ['/%zz', '/api/file%00', '//attacker.example/api/project']) expect(await getWithHost(t.base, path, host, t.token), path).toBe(400);
    expect(await getWithHost(t.base, '/api/project', host, t.token)).toBe(200);
  });

  it('refuses a POST body that is not JSON', async () => {
    const { status } = await t.raw('/api/check', { method: 'POST', headers: { 'x-seloste-token': t.token, origin: t.base, 'content-type': 'text/plain' }, body: '{}' });
    expect(status).toBe(415);
  });
});
