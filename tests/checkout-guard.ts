/**
 * Tests write only under temporary folders: this global setup lists the files of the checkout that
 * git does not know (and does not ignore) before the run, and fails the run when there are new ones
 * after it.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function untracked(): Set<string> | undefined {
  try {
    const out = execFileSync('git', ['ls-files', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
    return new Set(out.split('\0').filter(Boolean));
  } catch {
    // Not a git checkout (an unpacked tarball): nothing to compare with.
    return undefined;
  }
}

export default function setup(): () => void {
  const before = untracked();
  return () => {
    const after = untracked();
    if (!before || !after) return;
    const added = [...after].filter((f) => !before.has(f)).sort();
    if (!added.length) return;
    // vitest reports an error thrown here but still exits 0: the exit code is set as well.
    process.exitCode = 1;
    throw new Error(`files appeared in the checkout during the test run (tests write only under a temporary folder): ${added.join(', ')}`);
  };
}
