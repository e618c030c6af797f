#!/usr/bin/env node
import { installSignalHandlers } from '../lib/cleanup.js';
import { dropOutputToClosedPipes } from '../lib/closed-pipe.js';
import { run } from '../lib/cli.js';

installSignalHandlers();
dropOutputToClosedPipes();

run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  stdin: process.stdin,
  stdinIsTTY: Boolean(process.stdin.isTTY),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // A bug in Seloste itself, never a user's mistake: say so briefly.
    process.stderr.write(`seloste: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
