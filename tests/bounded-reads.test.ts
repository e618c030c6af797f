/**
 * Every file Seloste reads is read to a bound: a named pipe, a device, a file too large or a link out
 * of the project is refused with a message, never waited on. Where a wait is possible the real CLI
 * runs in its own process with a deadline, so a hang fails the test instead of the suite.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../src/publish/build.js';
import { readBytesBounded } from '../src/load/read-bounded.js';
import { stampBookPath } from '../src/publish/cache.js';
import { cli, ROOT, tempProject } from './helpers.js';

const BIN = join(ROOT, 'bin', 'seloste.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** The real CLI, killed after `ms`: a run that would wait for ever comes back with `timedOut`. */
function seloste(args: string[], cwd: string, ms = 20_000): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, ms);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr, timedOut });
    });
  });
}

const REGISTER = (updated: string, extra = ''): string => `${extra}name: {fi: Jäsenrekisteri}
updated: ${updated}
controller: {name: Esimerkkiyhdistys ry, email: hallitus@esimerkki.example}
purposes:
  - description: {fi: Jäsenyyden hoitaminen}
    legal_basis: contract
`;

const ORGANISATION = 'controller: {name: Esimerkkiyhdistys ry, email: hallitus@esimerkki.example}\n';

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=test@example.org', '-c', 'user.name=Test', ...args], { cwd: dir, stdio: 'ignore' });
}

/** Files under `dir` (none when it does not exist) whose text contains `needle`. */
function filesContaining(dir: string, needle: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && readFileSync(join(e.parentPath, e.name), 'utf8').includes(needle))
    .map((e) => e.name);
}

const SPECIAL = 'Expected a file, found a special file (a pipe, socket or device)';

describe('the configuration, templates and imported files are read to a bound', () => {
  it('a named pipe or a device as --config: refused at once, exit 2', async () => {
    const { dir, cleanup } = tempProject({ 'notices/members.yaml': REGISTER('2026-01-15') });
    try {
      mkfifo(join(dir, 'fifo.yaml'));
      for (const config of ['fifo.yaml', '/dev/zero']) {
        const r = await seloste(['build', 'notices', '--config', config, '--format', 'html', '--out', 'site'], dir);
        expect({ timedOut: r.timedOut, code: r.code }, config).toEqual({ timedOut: false, code: 2 });
        expect(r.stderr).toContain(config);
        expect(r.stderr).toContain(SPECIAL);
        expect(r.stderr).toContain('the configuration has errors');
        expect(existsSync(join(dir, 'site'))).toBe(false);
      }
    } finally {
      cleanup();
    }
  });

  it('a named pipe or a device as a template: refused at once, exit 2', async () => {
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': 'languages: [fi]\ntemplates: ./t\n',
      'notices/members.yaml': REGISTER('2026-01-15'),
    });
    try {
      mkdirSync(join(dir, 't'));
      mkfifo(join(dir, 't', 'notice.hbs'));
      const pipe = await seloste(['build', 'notices', '--format', 'html', '--out', 'site', '--force'], dir);
      expect({ timedOut: pipe.timedOut, code: pipe.code }).toEqual({ timedOut: false, code: 2 });
      expect(pipe.stderr).toContain('Cannot use template `t/notice.hbs`: expected a file, found a special file (a pipe, socket or device)');

      unlinkSync(join(dir, 't', 'notice.hbs'));
      symlinkSync('/dev/zero', join(dir, 't', 'index.hbs'));
      const zero = await seloste(['build', 'notices', '--format', 'html', '--out', 'site', '--force'], dir);
      expect({ timedOut: zero.timedOut, code: zero.code }).toEqual({ timedOut: false, code: 2 });
      expect(zero.stderr).toContain('Cannot use template `t/index.hbs`: expected a file, found a special file (a pipe, socket or device)');
      expect(existsSync(join(dir, 'site'))).toBe(false);
    } finally {
      cleanup();
    }
  });

  it('a named pipe or a device as the FILE of import: refused at once, exit 2', async () => {
    const { dir, cleanup } = tempProject({});
    try {
      mkfifo(join(dir, 'fifo.html'));
      symlinkSync('/dev/zero', join(dir, 'zero.html'));
      for (const file of ['fifo.html', 'zero.html']) {
        const r = await seloste(['import', file], dir);
        expect({ timedOut: r.timedOut, code: r.code, stderr: r.stderr }).toEqual({
          timedOut: false,
          code: 2,
          stderr: `seloste: ${file}: expected a file, found a special file (a pipe, socket or device)\n`,
        });
      }
      expect(readdirSync(dir).sort()).toEqual(['fifo.html', 'zero.html']);
    } finally {
      cleanup();
    }
  });
});

describe('organisation files of earlier versions are read to a bound', () => {
  it('an earlier version whose organisation is a device (by a `../` path) is left out, and the build ends', async () => {
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': 'languages: [fi]\n',
      'notices/members.yaml': REGISTER('2026-01-01', 'organisation: ../../../../../../../../../../dev/zero\n'),
    });
    try {
      git(dir, 'init', '-q');
      git(dir, 'add', '.');
      git(dir, 'commit', '-qm', 'first');
      writeFileSync(join(dir, 'notices', 'members.yaml'), REGISTER('2026-03-01'));
      git(dir, 'commit', '-qam', 'second');
      const r = await seloste(['build', 'notices', '--format', 'html', '--out', 'site', '--force'], dir);
      expect({ timedOut: r.timedOut, code: r.code }, r.stderr).toEqual({ timedOut: false, code: 0 });
      expect(existsSync(join(dir, 'site', 'fi', 'members.html'))).toBe(true);
      expect(existsSync(join(dir, 'site', 'fi', 'history', 'members', '2026-01-01.html'))).toBe(false);
      // The next build, over the cache of this one, ends as well.
      const again = await seloste(['build', 'notices', '--format', 'html', '--out', 'site', '--force'], dir);
      expect({ timedOut: again.timedOut, code: again.code }, again.stderr).toEqual({ timedOut: false, code: 0 });
    } finally {
      cleanup();
    }
  });

  it('an earlier version whose organisation file is now a named pipe is left out, and the build ends', async () => {
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': 'languages: [fi]\n',
      'notices/shared.org.yaml': ORGANISATION,
      'notices/members.yaml': REGISTER('2026-01-01', 'organisation: ./shared.org.yaml\n'),
    });
    try {
      git(dir, 'init', '-q');
      git(dir, 'add', '.');
      git(dir, 'commit', '-qm', 'first');
      git(dir, 'rm', '-q', 'notices/shared.org.yaml');
      writeFileSync(join(dir, 'notices', 'members.yaml'), REGISTER('2026-03-01'));
      git(dir, 'add', '.');
      git(dir, 'commit', '-qm', 'second');
      mkfifo(join(dir, 'notices', 'shared.org.yaml'));
      const r = await seloste(['build', 'notices', '--format', 'html', '--out', 'site', '--force'], dir);
      expect({ timedOut: r.timedOut, code: r.code }, r.stderr).toEqual({ timedOut: false, code: 0 });
      expect(existsSync(join(dir, 'site', 'fi', 'members.html'))).toBe(true);
      expect(existsSync(join(dir, 'site', 'fi', 'history', 'members', '2026-01-01.html'))).toBe(false);
    } finally {
      cleanup();
    }
  });
});

describe('an organisation file is inside the project by its real path', () => {
  it('a symbolic link inside the project to a file outside it is refused, and nothing of it is published', async () => {
    const { dir, cleanup } = tempProject({
      'outside/secret.org.yaml': 'controller: {name: SECRET-OUTSIDE, email: s@outside.example}\n',
      'project/seloste.config.yaml': 'languages: [fi]\n',
      'project/notices/shared.org.yaml': ORGANISATION,
      'project/notices/link.yaml': REGISTER('2026-01-15', 'organisation: ./link.org.yaml\n').replace(/controller:.*\n/, ''),
    });
    try {
      const project = join(dir, 'project');
      symlinkSync(join(dir, 'outside', 'secret.org.yaml'), join(project, 'notices', 'link.org.yaml'));
      const r = await cli(['check', 'notices', '--format', 'json'], project);
      const list = (JSON.parse(r.stdout) as { file: string; line: number; ruleId: string; message: string }[]).filter((d) => d.ruleId === 'register/organisation');
      expect(list).toEqual([
        expect.objectContaining({
          file: 'notices/link.yaml',
          line: 1,
          message: 'Organisation file `./link.org.yaml` is outside the project folder; keep shared parts inside it',
        }),
      ]);
      const built = await cli(['build', 'notices', '--format', 'html,json', '--out', 'site', '--force'], project);
      expect(built.stderr).toContain('outside the project folder');
      expect(filesContaining(join(project, 'site'), 'SECRET-OUTSIDE')).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('links that stay inside the project, and a project reached through a link, are read as before', async () => {
    const { dir, cleanup } = tempProject({
      'project/seloste.config.yaml': 'languages: [fi]\n',
      'project/shared/real.org.yaml': ORGANISATION,
      'project/notices/members.yaml': REGISTER('2026-01-15', 'organisation: ./linked.org.yaml\n').replace(/controller:.*\n/, ''),
    });
    try {
      symlinkSync('../shared/real.org.yaml', join(dir, 'project', 'notices', 'linked.org.yaml'));
      symlinkSync(join(dir, 'project'), join(dir, 'via-link'));
      for (const cwd of [join(dir, 'project'), join(dir, 'via-link')]) {
        const r = await cli(['check', 'notices', '--format', 'json'], cwd);
        const list = (JSON.parse(r.stdout) as { ruleId: string }[]).filter((d) => d.ruleId.startsWith('register/') || d.ruleId.startsWith('file/'));
        expect(list, cwd).toEqual([]);
      }
    } finally {
      cleanup();
    }
  });
});

describe('the stamp book is written through no planted link', () => {
  it('a symbolic link at the temporary name a build used to write is left alone', async () => {
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': 'languages: [fi]\n',
      'notices/members.yaml': REGISTER('2026-01-15'),
      'victim.txt': 'precious\n',
    });
    try {
      const out = join(dir, 'site');
      const book = stampBookPath(out);
      const planted = `${book}.${process.pid}.tmp`;
      symlinkSync(join(dir, 'victim.txt'), planted);
      await buildSite({ cwd: dir, paths: ['notices'], out, formats: ['html'], force: true, settleMs: 0, history: false });
      expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('precious\n');
      expect(lstatSync(planted).isSymbolicLink()).toBe(true);
      expect(JSON.parse(readFileSync(book, 'utf8'))).toMatchObject({ seloste: 2 });
      // No temporary file is left beside it.
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([`.site.seloste-stamps.json.${process.pid}.tmp`]);
      // A link planted in place of the stamp book itself is replaced, not written through.
      unlinkSync(book);
      symlinkSync(join(dir, 'victim.txt'), book);
      await buildSite({ cwd: dir, paths: ['notices'], out, formats: ['html'], force: true, settleMs: 0, history: false });
      expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('precious\n');
      expect(lstatSync(book).isFile()).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('a named pipe in place of the stamp book or the cache is not waited on', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/members.yaml': REGISTER('2026-01-15') });
    try {
      // An earlier build made the folder Seloste's; then pipes take the place of its own files.
      expect((await seloste(['build', 'notices', '--format', 'html', '--out', 'site', '--no-history', '--force'], dir)).code).toBe(0);
      rmSync(join(dir, '.site.seloste-stamps.json'));
      rmSync(join(dir, '.site.seloste-cache.json'));
      mkfifo(join(dir, '.site.seloste-stamps.json'));
      mkfifo(join(dir, '.site.seloste-cache.json'));
      // Where an earlier version of Seloste kept the cache, too.
      mkfifo(join(dir, 'site', '.seloste-cache.json'));
      const r = await seloste(['build', 'notices', '--format', 'html', '--out', 'site', '--no-history', '--force'], dir);
      expect({ timedOut: r.timedOut, code: r.code }, r.stderr).toEqual({ timedOut: false, code: 0 });
      expect(existsSync(join(dir, 'site', 'fi', 'members.html'))).toBe(true);
    } finally {
      cleanup();
    }
  });
});

describe('readBytesBounded', () => {
  it('stops at the bound even when the file is larger than its status says', () => {
    // A file of /proc says it is empty and then gives more: the bound holds all the same.
    expect(readBytesBounded('/proc/self/maps', { limit: 64, kind: 'a test file' }).problem).toEqual({
      code: 'too-large',
      message: 'File is larger than the 64 bytes a test file may be',
    });
    expect(readBytesBounded('/proc/self/maps').problem).toBeUndefined();
  });

  it('says why a file was not read', () => {
    const { dir, cleanup } = tempProject({ 'big.txt': 'x'.repeat(2048) });
    try {
      mkfifo(join(dir, 'pipe'));
      const codes = ['pipe', 'missing', 'big.txt', '.'].map((name) => readBytesBounded(join(dir, name), { limit: 1024 }).problem?.code);
      expect(codes).toEqual(['special', 'missing', 'too-large', 'folder']);
      expect(readBytesBounded('/dev/zero').problem?.code).toBe('special');
    } finally {
      cleanup();
    }
  });
});
