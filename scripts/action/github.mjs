// What the steps of action.yml share: their inputs, outputs and summary, as GitHub Actions passes them
// (INPUT_* variables, the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY), and running Seloste.
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

/** An input of the action: `with: { base-url: … }` arrives as INPUT_BASE-URL, passed on as INPUT_BASE_URL. */
export function input(name, fallback = '') {
  const value = process.env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`];
  return value === undefined || value.trim() === '' ? fallback : value.trim();
}

export function flag(name) {
  return input(name, 'false').toLowerCase() === 'true';
}

/** The registers to read: one path or glob a line or separated by spaces. */
export function paths() {
  return input('paths', 'notices').split(/\s+/).filter(Boolean);
}

export function setOutput(name, value) {
  const file = process.env.GITHUB_OUTPUT;
  if (file) appendFileSync(file, `${name}=${value}\n`);
}

export function summary(markdown) {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, `${markdown}\n`);
}

/** The work space the action runs in: the checked-out repository. */
export function workspace() {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

/** The action's own folder: Seloste's checkout, where GitHub put it. */
export function actionRoot() {
  return process.env.GITHUB_ACTION_PATH || join(import.meta.dirname, '..', '..');
}

/** Runs `seloste ARGS` in the work space; its output goes where the step's goes unless captured. */
export function seloste(args, { capture = false } = {}) {
  const result = spawnSync(process.execPath, [join(actionRoot(), 'bin', 'seloste.js'), ...args], {
    cwd: workspace(),
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: result.status ?? 2, stdout: result.stdout ?? '' };
}

