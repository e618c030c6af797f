/** `seloste edit` run as a user runs it: the real binary, its address read from what it prints. */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyExamples } from './edit-client.js';
import { cli, ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'seloste.js');

/** Start the binary and wait for the address it prints (or its exit). */
function start(dir: string, args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; url?: string; stdout: string; stderr: string; code?: number | null }> {
  const child = spawn(process.execPath, [BIN, 'edit', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', DISPLAY: '', WAYLAND_DISPLAY: '', ...env } });
  let stdout = '';
  let stderr = '';
  return new Promise((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const url = /http:\/\/\S+\?token=[\w-]+/.exec(stdout)?.[0];
      if (url) resolve({ child, url, stdout, stderr });
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (code) => resolve({ child, stdout, stderr, code }));
  });
}

describe('seloste edit on the command line', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });

  it('prints the address with a fresh token and answers the API with it', async () => {
    const dir = copyExamples();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const run = await start(dir, ['--port', '0', '--no-open']);
    cleanups.push(() => run.child.kill());
    expect(run.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
    const url = new URL(run.url!);
    const token = url.searchParams.get('token')!;
    const response = await fetch(`${url.origin}/api/project`, { headers: { 'x-seloste-token': token } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { files: { path: string }[] };
    expect(body.files.map((f) => f.path)).toContain('notices/lumo-customers.yaml');
    expect((await fetch(`${url.origin}/api/project`)).status).toBe(403);
    const other = await start(dir, ['--port', '0', '--no-open']);
    cleanups.push(() => other.child.kill());
    expect(new URL(other.url!).searchParams.get('token')).not.toBe(token);
  });

  it('takes the token from SELOSTE_EDIT_TOKEN and warns when it listens beyond this machine', async () => {
    const dir = copyExamples();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const token = 'a-token-of-the-users-own-choosing-1234';
    const run = await start(dir, ['--port', '0', '--no-open', '--host', '0.0.0.0'], { SELOSTE_EDIT_TOKEN: token });
    cleanups.push(() => run.child.kill());
    expect(new URL(run.url!).searchParams.get('token')).toBe(token);
    expect(run.stderr).toMatch(/warning: listening on `0\.0\.0\.0`/);
  });

  it('refuses a token that could be guessed (exit 2)', async () => {
    const dir = copyExamples();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const { code, stderr } = await cli(['edit', '--port', '0', '--no-open', '--token', 'secret'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/at least 22 characters/);
  });

  it('refuses a path that does not exist (exit 2)', async () => {
    const dir = copyExamples();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const { code, stderr } = await cli(['edit', 'registers', '--port', '0', '--no-open'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^seloste: registers: /);
  });

  it('has help in Finnish and Swedish', async () => {
    const fi = await cli(['edit', '--help'], ROOT, { LANG: 'fi_FI.UTF-8' });
    expect(fi.stdout).toContain('muokkaa rekistereitä selaimessa');
    const sv = await cli(['edit', '--help'], ROOT, { LANG: 'sv_FI.UTF-8' });
    expect(sv.stdout).toContain('redigera registren i webbläsaren');
  });
});
