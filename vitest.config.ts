import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/checkout-guard.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A worker reads the modules once for all the files it runs, not once a file: most of a small file's
    // time went in loading them again. The files share no state through them (each makes its own folders).
    isolate: false,
    // Most time goes in waiting on Chromium and on child processes, not on this process's CPU: two
    // files at a time even on two cores, where the default would run one.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Output is English unless a test asks for a language: the machine's locale must not choose it.
    env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  },
});
