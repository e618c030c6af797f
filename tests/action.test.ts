/**
 * The GitHub Action: action.yml's steps are scripts in scripts/action, run here as GitHub runs them
 * (inputs as INPUT_* variables, outputs and the summary through the files GitHub names).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cli, INIT_FLAGS, ROOT, tempProject } from './helpers.js';

interface Step {
  id?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  if?: string;
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } };

function scriptOf(step: Step): string {
  return step.run!.match(/scripts\/action\/([\w-]+\.mjs)/)![1]!;
}

/** Runs a step's script with the environment GitHub gives it. */
function runStep(script: string, workspace: string, inputs: Record<string, string>) {
  const temp = mkdtempSync(join(tmpdir(), 'seloste-runner-'));
  const files = { GITHUB_OUTPUT: join(temp, 'output'), GITHUB_STEP_SUMMARY: join(temp, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env: NodeJS.ProcessEnv = { ...process.env, ...files, GITHUB_WORKSPACE: workspace, GITHUB_ACTION_PATH: ROOT, GITHUB_ACTIONS: 'true', RUNNER_TEMP: temp, NO_COLOR: '1' };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k}`] = v;
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'action', script)], { cwd: workspace, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(readFileSync(files.GITHUB_OUTPUT, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary, cleanup: () => rmSync(temp, { recursive: true, force: true }) };
}

describe('action.yml', () => {
  it('is a composite action whose every step runs a script of the repository or a well-known action', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) {
      if (step.run) expect(existsSync(join(ROOT, 'scripts', 'action', scriptOf(step))), step.run).toBe(true);
      else expect(step.uses).toMatch(/^(actions|github)\/[\w-]+(\/[\w-]+)?@v\d+$/);
    }
  });

  it('passes only declared inputs, and its outputs are ones a script sets', () => {
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    for (const [, name] of text.matchAll(/inputs\.([\w-]+)/g)) expect(Object.keys(action.inputs)).toContain(name);
    for (const step of action.runs.steps.filter((s) => s.run)) {
      for (const [key, value] of Object.entries(step.env ?? {})) expect(value).toBe(`\${{ inputs.${key.slice('INPUT_'.length).toLowerCase().replace(/_/g, '-')} }}`);
    }
    for (const { value } of Object.values(action.outputs)) {
      const [, id, name] = value.match(/steps\.([\w-]+)\.outputs\.([\w-]+)/)!;
      const step = action.runs.steps.find((s) => s.id === id)!;
      expect(readFileSync(join(ROOT, 'scripts', 'action', scriptOf(step)), 'utf8')).toContain(`setOutput('${name}'`);
    }
  });
});

describe('the scripts of the action, run as GitHub runs them', () => {
  it('check: annotations, counts, a summary and SARIF; the step fails on errors', () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/a.yaml': 'name: {fi: Rekisteri}\nupdated: 2026-01-15\n' });
    const step = runStep('check.mjs', dir, { PATHS: 'notices', SARIF: 'true' });
    try {
      expect(step.code).toBe(1);
      expect(step.stdout).toMatch(/^::error file=notices\/a\.yaml,line=\d+,/m);
      expect(Number(step.outputs['errors'])).toBeGreaterThan(0);
      expect(step.summary).toContain(`${step.outputs['errors']} errors`);
      const sarif = JSON.parse(readFileSync(step.outputs['sarif-file']!, 'utf8')) as { runs: { results: unknown[] }[] };
      expect(sarif.runs[0]!.results.length).toBe(Number(step.outputs['errors']) + Number(step.outputs['warnings']));
    } finally {
      step.cleanup();
      cleanup();
    }
  });

  it('build: the site and its folder as an output; in a shallow clone, a warning that history is incomplete', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n' });
    const clone = mkdtempSync(join(tmpdir(), 'seloste-clone-'));
    try {
      expect((await cli(['init', '--yes', ...INIT_FLAGS], dir)).code).toBe(0);
      const git = (args: string[], cwd: string) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.fi', ...args], { cwd, stdio: 'pipe' });
      git(['init', '-q'], dir);
      git(['add', '.'], dir);
      git(['commit', '-qm', 'first'], dir);
      git(['commit', '-q', '--allow-empty', '-m', 'second'], dir);
      git(['clone', '-q', '--depth', '1', `file://${dir}`, clone], tmpdir());
      const step = runStep('build.mjs', clone, { PATHS: 'notices', FORMATS: 'html,json' });
      try {
        expect(step.code, step.stderr).toBe(0);
        expect(step.stderr).toMatch(/shallow clone.*fetch-depth: 0/);
        expect(existsSync(join(step.outputs['site']!, 'index.html'))).toBe(true);
      } finally {
        step.cleanup();
      }
    } finally {
      rmSync(clone, { recursive: true, force: true });
      cleanup();
    }
  });

  it('install: finds the browser when PDFs are built', () => {
    const step = runStep('install.mjs', ROOT, { FORMATS: 'html,pdf' });
    try {
      expect(step.code, step.stderr).toBe(0);
      expect(step.stdout).toMatch(/^PDFs are printed with \//m);
    } finally {
      step.cleanup();
    }
  });
});
