/**
 * `seloste … | head`: the reader goes away before the command has written everything. The command
 * ends quietly — no EPIPE stack trace — with the exit code it would have had.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

interface Ended {
  code: number | null;
  stderr: string;
}

/** Runs the real command with its standard output a pipe whose reading end is closed at once. */
function runIntoClosedPipe(args: string[]): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'seloste.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('output into a closed pipe', () => {
  it('schema: no stack trace, exit 0', async () => {
    const r = await runIntoClosedPipe(['schema']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('check with findings: no stack trace, and still the exit code of the findings', async () => {
    const r = await runIntoClosedPipe(['check', '--format', 'json', 'tests/fixtures/format']);
    expect(r.stderr).not.toMatch(/EPIPE|at .*\(|internal error/);
    expect(r.code).toBe(1);
  });
});
