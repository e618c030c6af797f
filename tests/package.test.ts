/**
 * The package as a user gets it: `npm pack`, installed into an empty project with nothing but Node
 * and npm, then `npx seloste init`, `check` and `build` there.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INIT_FLAGS, ROOT } from './helpers.js';

const exec = promisify(execFile);
const INSTALL_TIMEOUT = 300_000;

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(command: string, args: string[], cwd: string): Promise<Ran> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, timeout: INSTALL_TIMEOUT, maxBuffer: 1 << 24, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}


describe('the npm package', () => {
  let work: string;
  let project: string;
  let tarball: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'seloste-package-'));
    project = join(work, 'project');
    // --ignore-scripts: the compiled code is already there (npm test compiles first).
    const packed = await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], ROOT);
    expect(packed.code, packed.stderr).toBe(0);
    tarball = join(work, packed.stdout.trim().split('\n').pop()!);
    await run('mkdir', [project], work);
    writeFileSync(join(project, 'package.json'), '{ "name": "notices", "version": "1.0.0", "private": true }\n');
    writeFileSync(join(project, 'seloste.config.yaml'), 'languages: [fi]\n');
    const installed = await run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], project);
    expect(installed.code, installed.stderr).toBe(0);
  }, INSTALL_TIMEOUT);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('ships the compiled code, schemas, templates, data and the rule docs, and no sources or tests', () => {
    const pkg = join(project, 'node_modules', 'seloste');
    for (const part of ['bin/seloste.js', 'lib/cli.js', 'schemas/register.schema.json', 'templates/notice.hbs', 'docs/rules/legal-basis.md']) {
      expect(existsSync(join(pkg, part)), part).toBe(true);
    }
    expect(readdirSync(pkg)).not.toContain('src');
    expect(readdirSync(pkg)).not.toContain('tests');
    // Nothing compiles TypeScript on install: the compiler is not even there.
    expect(existsSync(join(project, 'node_modules', 'typescript'))).toBe(false);
  });

  it('init, check and build work in the new project', async () => {
    const init = await run('npx', ['--no-install', 'seloste', 'init', '--yes', ...INIT_FLAGS], project);
    expect(init.code, init.stderr).toBe(0);
    const check = await run('npx', ['--no-install', 'seloste', 'check'], project);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const build = await run('npx', ['--no-install', 'seloste', 'build', '--format', 'html,md,json'], project);
    expect(build.code, build.stdout + build.stderr).toBe(0);
    expect(existsSync(join(project, 'dist', 'index.html'))).toBe(true);
    expect(readdirSync(join(project, 'dist', 'fi')).some((f) => f.endsWith('.md'))).toBe(true);
  }, INSTALL_TIMEOUT);
});
