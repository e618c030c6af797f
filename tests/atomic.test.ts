import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, SMALL_REGISTER, snapshot, tempProject } from './helpers.js';

const REGISTER = SMALL_REGISTER;

/** Chromium processes started by the build with this process id (their profile folder is named after it). */
function browsersOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (cmdline.includes(`seloste-chromium-${pid}-`)) found.push(Number(entry));
  }
  return found;
}

function staging(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.includes('.staging-') || n.includes('.old-'));
}

describe('atomic publish', () => {
  it('a build killed midway leaves the previous site whole, and the next build clears what it left', async () => {
    const files: Record<string, string> = { 'seloste.config.yaml': 'languages: [fi, en]\n' };
    for (let i = 0; i < 20; i++) files[`notices/r${i}.yaml`] = REGISTER(`Rekisteri ${i}`).replace(/\{fi: ([^}]*)\}/g, '{fi: $1, en: $1}');
    const { dir, cleanup } = tempProject(files);
    try {
      const first = await cli(['build', '--format', 'html,md', '--force'], dir);
      expect(first.code, first.stderr).toBe(0);
      const before = snapshot(join(dir, 'dist'));
      for (const f of Object.keys(files)) if (f.startsWith('notices/')) writeFileSync(join(dir, f), readFileSync(join(dir, f), 'utf8').replace('2026-01-15', '2026-02-01'));
      // A PDF build takes long enough to be killed in the middle of writing.
      const child = spawn('node', [join(ROOT, 'bin', 'seloste.js'), 'build', '--force'], { cwd: dir, stdio: 'ignore' });
      for (let i = 0; i < 200 && !staging(dir).length; i++) await new Promise((r) => setTimeout(r, 25));
      await new Promise((r) => setTimeout(r, 300));
      expect(child.exitCode, 'the build was still running when killed').toBe(null);
      // Chromium has started by now (it starts while the registers are checked).
      for (let i = 0; i < 200 && !browsersOf(child.pid!).length; i++) await new Promise((r) => setTimeout(r, 25));
      expect(browsersOf(child.pid!).length, 'the build started Chromium').toBeGreaterThan(0);
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      expect(snapshot(join(dir, 'dist'))).toEqual(before);
      // Killed outright, the build could clean up nothing; its Chromium still ends, as its pipe closed.
      for (let i = 0; i < 100 && browsersOf(child.pid!).length; i++) await new Promise((r) => setTimeout(r, 50));
      expect(browsersOf(child.pid!), 'Chromium processes left behind').toEqual([]);
      const left = staging(dir);
      const next = await cli(['build', '--format', 'html', '--force'], dir);
      expect(next.code, next.stderr).toBe(0);
      expect(staging(dir).filter((n) => left.includes(n))).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('Ctrl-C stops a build, removes its staging folder and keeps the site', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/a.yaml': REGISTER('A'), 'notices/b.yaml': REGISTER('B') });
    try {
      expect((await cli(['build', '--format', 'html', '--force'], dir)).code).toBe(0);
      const before = snapshot(join(dir, 'dist'));
      const child = spawn('node', [join(ROOT, 'bin', 'seloste.js'), 'build', '--force'], { cwd: dir, stdio: 'ignore' });
      // Interrupt it while it writes: once its staging folder exists, however long a loaded machine takes to get there.
      for (let i = 0; i < 1200 && !staging(dir).length && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 25));
      expect(staging(dir).length).toBe(1);
      child.kill('SIGINT');
      const code = await new Promise((r) => child.once('exit', (c) => r(c)));
      expect([0, 130]).toContain(code);
      expect(staging(dir)).toEqual([]);
      if (code === 130) expect(snapshot(join(dir, 'dist'))).toEqual(before);
    } finally {
      cleanup();
    }
  });

  it('a register that fails on write leaves the old site intact and says why', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/a.yaml': REGISTER('A') });
    try {
      expect((await cli(['build', '--format', 'html', '--force'], dir)).code).toBe(0);
      const before = snapshot(join(dir, 'dist'));
      // A file name longer than any file system allows: writing it fails.
      writeFileSync(join(dir, 'notices', 'b.yaml'), REGISTER('B', 'b'.repeat(300)));
      const r = await cli(['build', '--format', 'html', '--force'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('cannot write `dist` (ENAMETOOLONG); the previous output is unchanged');
      expect(snapshot(join(dir, 'dist'))).toEqual(before);
      expect(staging(dir)).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('files of registers that were removed do not linger', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/a.yaml': REGISTER('A'), 'notices/b.yaml': REGISTER('B') });
    try {
      expect((await cli(['build', '--format', 'html,md', '--force'], dir)).code).toBe(0);
      expect(existsSync(join(dir, 'dist', 'fi', 'b.html'))).toBe(true);
      rmSync(join(dir, 'notices', 'b.yaml'));
      expect((await cli(['build', '--format', 'html,md', '--force'], dir)).code).toBe(0);
      expect(existsSync(join(dir, 'dist', 'fi', 'b.html'))).toBe(false);
      expect(existsSync(join(dir, 'dist', 'fi', 'b.md'))).toBe(false);
      expect(existsSync(join(dir, 'dist', 'fi', 'a.html'))).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('refuses an output path that is a file', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/a.yaml': REGISTER('A'), 'out.txt': 'keep me' });
    try {
      const r = await cli(['build', '--format', 'html', '--force', '-o', 'out.txt'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('`out.txt` exists and is not a folder');
      expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('keep me');
    } finally {
      cleanup();
    }
  });
});
