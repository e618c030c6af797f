import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/checkout-guard.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most time goes in waiting on Chromium and on child processes, not on this process's CPU: two
    // files at a time even on two cores, where the default would run one.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Output is English unless a test asks for a language: the machine's locale must not choose it.
    env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  },
});
