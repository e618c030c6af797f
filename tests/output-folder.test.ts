import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, SMALL_REGISTER, snapshot, tempProject } from './helpers.js';

const REGISTER = SMALL_REGISTER;

function project() {
  return tempProject({
    'seloste.config.yaml': 'languages: [fi]\n',
    'notices/a.yaml': REGISTER('A'),
    'docs/guide.md': '# Guide\n',
    'docs/notes.txt': 'keep\n',
  });
}

describe('the output folder', () => {
  it.each([
    ['.', 'is the working folder'],
    ['./', 'is the working folder'],
    ['notices/..', 'is the working folder'],
    ['..', 'holds the working folder'],
    ['notices', 'is where the registers are'],
    ['docs', 'holds files Seloste did not write (`guide.md`, `notes.txt`)'],
    ['/', 'is the root folder'],
  ])('`--out %s` is refused with exit 2 and nothing is touched', async (out, message) => {
    const { dir, cleanup } = project();
    try {
      execFileSync('git', ['init', '-q'], { cwd: dir });
      const before = snapshot(dir);
      const r = await cli(['build', '--force', '--format', 'html,md,json', '-o', out], dir);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe('');
      expect(snapshot(dir)).toEqual(before);
    } finally {
      cleanup();
    }
  });

  it('is refused when it is the home folder', () => {
    const { dir, cleanup } = project();
    try {
      mkdirSync(join(dir, 'home'));
      writeFileSync(join(dir, 'home', '.profile'), 'keep\n');
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'seloste.js'), 'build', '--force', '--format', 'html', '-o', join(dir, 'home')], { cwd: dir, env: { ...process.env, HOME: join(dir, 'home') }, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain('is the home folder');
      expect(readFileSync(join(dir, 'home', '.profile'), 'utf8')).toBe('keep\n');
    } finally {
      cleanup();
    }
  });

  it('is refused when it is a symbolic link, and the folder it points to is left alone', async () => {
    const { dir, cleanup } = project();
    try {
      symlinkSync(join(dir, 'docs'), join(dir, 'site'));
      const r = await cli(['build', '--force', '--format', 'html', '-o', 'site'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('`site` is a symbolic link');
      expect(readdirSync(join(dir, 'docs')).sort()).toEqual(['guide.md', 'notes.txt']);
    } finally {
      cleanup();
    }
  });

  it('may be missing, empty, or an earlier build (marked), and is marked by every build', async () => {
    const { dir, cleanup } = project();
    try {
      mkdirSync(join(dir, 'empty'));
      for (const out of ['new/site', 'empty']) {
        const r = await cli(['build', '--force', '--format', 'html', '-o', out], dir);
        expect(r.code, r.stderr).toBe(0);
        expect(JSON.parse(readFileSync(join(dir, out, '.seloste-output.json'), 'utf8'))).toEqual({ generator: 'seloste', format: 1 });
      }
      // Built again, and built with --no-incremental: the marker says the folder is Seloste's.
      expect((await cli(['build', '--force', '--format', 'html', '-o', 'empty'], dir)).code).toBe(0);
      expect((await cli(['build', '--force', '--format', 'html', '--no-incremental', '-o', 'empty'], dir)).code).toBe(0);
      // A site an earlier Seloste built carries only its cache.
      mkdirSync(join(dir, 'older', 'fi'), { recursive: true });
      writeFileSync(join(dir, 'older', '.seloste-cache.json'), '{"seloste":1,"global":"x","entries":{}}');
      writeFileSync(join(dir, 'older', 'fi', 'old.html'), 'old');
      expect((await cli(['build', '--force', '--format', 'html', '-o', 'older'], dir)).code).toBe(0);
      expect(existsSync(join(dir, 'older', 'fi', 'old.html'))).toBe(false);
    } finally {
      cleanup();
    }
  });

  it('a build killed between moving the old site aside and putting the new one in place loses nothing', async () => {
    const { dir, cleanup } = project();
    try {
      expect((await cli(['build', '--force', '--format', 'html', '-o', 'dist'], dir)).code).toBe(0);
      const before = snapshot(join(dir, 'dist'));
      // As a build killed there leaves it: the site aside under a dead process's id, nothing in place.
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
      renameSync(join(dir, 'dist'), join(dir, `.dist.old-${dead}-${Date.now().toString(16)}`));
      // The next build fails (a file name no file system allows), yet the site is back in place.
      writeFileSync(join(dir, 'notices', 'b.yaml'), REGISTER('B', 'b'.repeat(300)));
      const r = await cli(['build', '--force', '--format', 'html', '--force', '-o', 'dist'], dir);
      expect(r.code).toBe(2);
      expect(snapshot(join(dir, 'dist'))).toEqual(before);
      expect(readdirSync(dir).filter((n) => n.startsWith('.dist.')).sort()).toEqual(['.dist.seloste-cache.json', '.dist.seloste-stamps.json']);
    } finally {
      cleanup();
    }
  });

  it('a site made read-only is replaced, and what cannot be removed never stops the next build', async () => {
    const { dir, cleanup } = project();
    // As a user without the power to ignore permissions (root can write into any folder).
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const build = () => {
      const argv = [...asUser, process.execPath, join(ROOT, 'bin', 'seloste.js'), 'build', '--force', '--format', 'html', '-o', 'par/site'];
      return spawnSync(argv[0]!, argv.slice(1), { cwd: dir, encoding: 'utf8' });
    };
    try {
      mkdirSync(join(dir, 'par'));
      if (asUser.length) for (const e of ['', ...readdirSync(dir, { recursive: true }).map(String)]) chownSync(join(dir, e), 65534, 65534);
      expect(build().status).toBe(0);
      chmodSync(join(dir, 'par', 'site'), 0o555);
      chmodSync(join(dir, 'par', 'site', 'fi'), 0o555);
      for (let i = 0; i < 3; i++) {
        const r = build();
        expect(r.status, r.stderr).toBe(0);
      }
      expect(existsSync(join(dir, 'par', 'site', 'fi', 'a.html'))).toBe(true);
    } finally {
      for (const e of readdirSync(join(dir, 'par'), { recursive: true }).map(String)) chmodSync(join(dir, 'par', e), 0o755);
      cleanup();
    }
  });
});
