import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../src/serve/serve.js';
import { ROOT, tempProject } from './helpers.js';

const REGISTER = `name: {fi: Jäsenrekisteri}
updated: 2026-01-15
controller: {name: Esimerkkiyhdistys ry, email: hallitus@esimerkki.example}
purposes:
  - description: {fi: Jäsenyyden hoitaminen}
    legal_basis: contract
`;

/**
 * One request written byte for byte, so that the request target and the Host header are exactly
 * what a hostile page or client would send. Status 0: no answer within the time (the server died).
 */
function rawGet(port: number, target: string, host: string | undefined, family: 4 | 6 = 4): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: family === 4 ? '127.0.0.1' : '::1' });
    let data = '';
    const done = (): void => {
      clearTimeout(timer);
      socket.destroy();
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0);
      resolve({ status, body: data.slice(data.indexOf('\r\n\r\n') + 4) });
    };
    const timer = setTimeout(done, 3000);
    socket.on('data', (chunk) => (data += chunk.toString('utf8')));
    socket.on('end', done);
    socket.on('error', done);
    socket.write(`GET ${target} HTTP/1.1\r\n${host === undefined ? '' : `Host: ${host}\r\n`}Connection: close\r\n\r\n`);
  });
}

async function waitFor(test: () => Promise<boolean> | boolean, ms: number): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await test()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not within ${ms} ms`);
}

describe('serve answers hostile requests and goes on', () => {
  let preview: Preview;
  let port: number;
  let cleanup: () => void;
  const log: string[] = [];

  beforeAll(async () => {
    const project = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/members.yaml': REGISTER });
    cleanup = project.cleanup;
    preview = await startPreview({ cwd: project.dir, paths: ['notices'], port: 0, log: (l) => log.push(l) });
    port = Number(new URL(preview.url).port);
  });

  afterAll(async () => {
    await preview.close();
    cleanup();
  });

  it('a malformed request target gets 400, and the next request is served', async () => {
    const host = `127.0.0.1:${port}`;
    const targets = ['/%', '/%zz', '/fi/%E0%A4%A', '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd', '//', '//[', '/fi/%00members.html', '*', 'fi/members.html'];
    const answers = [];
    for (const target of targets) answers.push({ target, status: (await rawGet(port, target, host)).status });
    expect(answers).toEqual(targets.map((target) => ({ target, status: 400 })));
    expect((await rawGet(port, '/fi/members.html', host)).status).toBe(200);
  });

  it('paths that leave the preview folder are not served', async () => {
    const host = `127.0.0.1:${port}`;
    const targets = ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd', '/fi/..%5c..%5cetc/passwd'];
    for (const target of targets) {
      const { status, body } = await rawGet(port, target, host);
      expect([400, 403, 404], target).toContain(status);
      expect(body, target).not.toContain('root:');
    }
    expect((await rawGet(port, '/fi/members.html', host)).status).toBe(200);
  });

  it('answers only to the address it listens on: a forged Host is refused', async () => {
    const refused = ['attacker.example', `attacker.example:${port}`, `rebind.attacker.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', `127.0.0.2:${port}`, `localhost.:${port}`, `127.0.0.1:${port}@attacker.example`, ''];
    const answers = [];
    for (const host of refused) answers.push({ host, status: (await rawGet(port, '/fi/members.html', host)).status });
    expect(answers).toEqual(refused.map((host) => ({ host, status: 421 })));
    // Without a Host header, Node refuses an HTTP/1.1 request itself.
    expect([400, 421]).toContain((await rawGet(port, '/fi/members.html', undefined)).status);
    expect((await rawGet(port, '/__seloste/events', 'attacker.example')).status).toBe(421);
    const refusal = await rawGet(port, '/fi/members.html', 'attacker.example');
    expect(refusal.body).not.toContain('Jäsenrekisteri');

    const accepted = [`127.0.0.1:${port}`, `localhost:${port}`, `LocalHost:${port}`, `[::1]:${port}`];
    const served = [];
    for (const host of accepted) served.push({ host, status: (await rawGet(port, '/fi/members.html', host)).status });
    expect(served).toEqual(accepted.map((host) => ({ host, status: 200 })));
  });
});

describe('serve on another address', () => {
  it('answers to the address given with --host and its port, and to no other name', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/members.yaml': REGISTER });
    const preview = await startPreview({ cwd: dir, paths: ['notices'], port: 0, host: '::1', log: () => undefined });
    try {
      expect(preview.url).toMatch(/^http:\/\/\[::1\]:\d+\/$/);
      const port = Number(new URL(preview.url).port);
      expect((await rawGet(port, '/fi/members.html', `[::1]:${port}`, 6)).status).toBe(200);
      expect((await rawGet(port, '/fi/members.html', `localhost:${port}`, 6)).status).toBe(200);
      expect((await rawGet(port, '/fi/members.html', `attacker.example:${port}`, 6)).status).toBe(421);
      expect((await rawGet(port, '/fi/members.html', `[::2]:${port}`, 6)).status).toBe(421);
    } finally {
      await preview.close();
      cleanup();
    }
  });
});

describe('serve survives changes in the watched folder', () => {
  it('a symlink loop created while serving is reported, and later changes are still shown', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/members.yaml': REGISTER });
    const run = serve(['--port', '0'], mkdtempSync(join(dir, 'tmp-')), dir);
    try {
      await waitFor(() => run.out().includes('Serving '), 20_000);
      const url = /Serving (\S+)/.exec(run.out())![1]!;
      symlinkSync('self.yaml', join(dir, 'notices', 'self.yaml'));
      await waitFor(() => run.err().includes('notices/self.yaml'), 5000);
      // Two links to each other, and a folder that links back to its parent, while the first is there.
      symlinkSync('b.yaml', join(dir, 'notices', 'a.yaml'));
      symlinkSync('a.yaml', join(dir, 'notices', 'b.yaml'));
      mkdirSync(join(dir, 'notices', 'sub'));
      symlinkSync('..', join(dir, 'notices', 'sub', 'up'));
      await new Promise((r) => setTimeout(r, 500));
      const page = (): Promise<string> => fetch(`${url}fi/members.html`).then((r) => r.text());
      expect(await page()).toContain('Jäsenyyden hoitaminen');

      const file = join(dir, 'notices', 'members.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('Jäsenyyden hoitaminen', 'Jäsenmaksujen laskutus'));
      await waitFor(async () => (await page()).includes('Jäsenmaksujen laskutus'), 5000);
      expect(run.child.exitCode).toBe(null);
    } finally {
      run.child.kill('SIGINT');
      await run.exit;
      cleanup();
    }
  }, 60_000);

  it('a folder that cannot be watched is said once in the log, tried again, and the rest is still watched', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/members.yaml': REGISTER });
    const log: string[] = [];
    const preview = await startPreview({ cwd: dir, paths: ['notices'], port: 0, log: (l) => log.push(l), debounceMs: 20 });
    try {
      // Folders nested deeper than the longest path the system can watch (PATH_MAX), made step by
      // step from the inside.
      const name = 'd'.repeat(200);
      const nest = `process.chdir('notices'); for (let i = 0; i < 25; i++) { require('fs').mkdirSync('${name}'); process.chdir('${name}'); }`;
      execFileSync('node', ['-e', nest], { cwd: dir });
      await waitFor(() => log.some((l) => l.startsWith('Cannot watch notices/d')), 5000);
      // Tried again (after 0.1 s, 0.5 s, 2 s…), but said once.
      await new Promise((r) => setTimeout(r, 1000));
      const said = log.filter((l) => l.startsWith('Cannot watch'));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(/^Cannot watch notices\/d{200}\/.*ENAMETOOLONG.*; trying again$/);

      const page = (): Promise<string> => fetch(`${preview.url}fi/members.html`).then((r) => r.text());
      const file = join(dir, 'notices', 'members.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('Jäsenyyden hoitaminen', 'Jäsenmaksujen laskutus'));
      await waitFor(async () => (await page()).includes('Jäsenmaksujen laskutus'), 5000);
    } finally {
      await preview.close();
      // Node's rmSync cannot reach below PATH_MAX; rm works from the inside.
      execFileSync('rm', ['-rf', dir]);
      cleanup();
    }
  });
});

describe('the preview banner', () => {
  it('names only the registers that cannot be read, not the unchanged ones', async () => {
    const other = REGISTER.replace('Jäsenyyden hoitaminen', 'Kerhon tapahtumat');
    const third = REGISTER.replace('Jäsenyyden hoitaminen', 'Lehden tilaukset');
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': 'languages: [fi]\n',
      'notices/members.yaml': REGISTER,
      'notices/events.yaml': other,
      'notices/magazine.yaml': third,
    });
    const preview = await startPreview({ cwd: dir, paths: ['notices'], port: 0, log: () => undefined });
    try {
      const next = preview.nextBuild();
      writeFileSync(join(dir, 'notices', 'events.yaml'), `${other}name: [unclosed\n`);
      const result = await next;
      expect(result?.reused.sort()).toEqual(['notices/magazine.yaml', 'notices/members.yaml']);
      const html = await fetch(`${preview.url}fi/index.html`).then((r) => r.text());
      const banner = /<div class="banner" role="alert">([^<]*)<\/div>/.exec(html)?.[1] ?? '';
      expect(banner).toMatch(/^Preview: not shown because they cannot be read — notices\/events\.yaml:\d+:\d+ /);
      expect(banner).not.toContain('members.yaml');
      expect(banner).not.toContain('magazine.yaml');

      // Mended, the banner goes.
      const mended = preview.nextBuild();
      writeFileSync(join(dir, 'notices', 'events.yaml'), other);
      await mended;
      expect(await fetch(`${preview.url}fi/index.html`).then((r) => r.text())).not.toContain('class="banner"');
    } finally {
      await preview.close();
      cleanup();
    }
  });
});

const BIN = join(ROOT, 'bin', 'seloste.js');

/** The real command in its own process, with its own temporary folder. */
function serve(args: string[], tmp: string, cwd: string): { child: ReturnType<typeof spawn>; out: () => string; err: () => string; exit: Promise<number | string> } {
  const child = spawn('node', [BIN, 'serve', ...args], { cwd, env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exit = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, out: () => out, err: () => err, exit };
}

describe('serve leaves no preview folder behind', () => {
  let tmp: string;
  let project: { dir: string; cleanup: () => void };

  beforeAll(() => {
    project = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/members.yaml': REGISTER });
  });
  afterAll(() => project.cleanup());

  const fresh = (): string => (tmp = mkdtempSync(join(project.dir, 'tmp-')));
  const cleanTmp = (): void => rmSync(tmp, { recursive: true, force: true });

  it('when the port is in use: exit 2 and a clear message', async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    try {
      const port = (busy.address() as AddressInfo).port;
      const run = serve(['--port', String(port)], fresh(), project.dir);
      expect(await run.exit).toBe(2);
      expect(run.err()).toContain(`seloste: cannot listen on 127.0.0.1:${port} (the port is in use; try --port 0)`);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      busy.close();
      cleanTmp();
    }
  }, 30_000);

  it('when the address is not one of this machine: exit 2 and a clear message, not an internal error', async () => {
    try {
      for (const host of ['256.1.1.1', 'no-such-host.invalid', '192.0.2.1']) {
        const run = serve(['--port', '0', '--host', host], fresh(), project.dir);
        expect(await run.exit, host).toBe(2);
        expect(run.err(), host).toMatch(new RegExp(`^seloste: cannot listen on ${host.replace(/\./g, '\\.')}:0 \\(.+\\)\\n$`, 'm'));
        expect(run.err(), host).not.toContain('internal error');
        expect(readdirSync(tmp), host).toEqual([]);
        cleanTmp();
      }
    } finally {
      cleanTmp();
    }
  }, 60_000);

  it('when it is stopped with Ctrl-C or SIGTERM', async () => {
    try {
      for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
        const run = serve(['--port', '0'], fresh(), project.dir);
        await waitFor(() => run.out().includes('Serving http://127.0.0.1:'), 20_000);
        expect(readdirSync(tmp).filter((n) => n.startsWith('seloste-preview-'))).toHaveLength(1);
        run.child.kill(signal);
        expect(await run.exit, signal).toBe(code);
        expect(readdirSync(tmp), signal).toEqual([]);
        cleanTmp();
      }
    } finally {
      cleanTmp();
    }
  }, 60_000);

  it('when the process crashes, and when the preview is closed', async () => {
    const script = (ending: string): string =>
      [
        `import { startPreview } from ${JSON.stringify(join(ROOT, 'lib', 'serve', 'serve.js'))};`,
        `const preview = await startPreview({ cwd: ${JSON.stringify(project.dir)}, paths: ['notices'], port: 0, log: () => {} });`,
        `process.stdout.write('up\\n');`,
        ending,
      ].join('\n');
    const endings = {
      crash: `setTimeout(() => { throw new Error('a bug'); }, 10);`,
      rejection: `Promise.reject(new Error('a bug'));`,
      exit: `process.exit(3);`,
      close: `await preview.close();`,
    };
    try {
      for (const [name, ending] of Object.entries(endings)) {
        fresh();
        const child = spawn('node', ['--input-type=module', '-e', script(ending)], { cwd: project.dir, env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (c: Buffer) => (out += c.toString()));
        const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
        expect(out, name).toBe('up\n');
        expect(code, name).toBe(name === 'close' ? 0 : name === 'exit' ? 3 : 1);
        expect(readdirSync(tmp), name).toEqual([]);
        cleanTmp();
      }
    } finally {
      cleanTmp();
    }
  }, 60_000);
});
