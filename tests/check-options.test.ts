/** `seloste check` as users of ESLint and markdownlint expect: compact lines, --quiet, --output-file, ignore globs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempProject } from './helpers.js';

const REGISTER = 'name: {fi: Rekisteri}\nupdated: 2026-01-15\n';
const COMPOSE = 'services:\n  web:\n    image: nginx\n';

describe('seloste check: output', () => {
  it('--format compact prints one `file:line:col: severity message [rule]` line a finding', async () => {
    const { dir, cleanup } = tempProject({ 'notices/a.yaml': REGISTER });
    try {
      const r = await cli(['check', '--format', 'compact', 'notices'], dir);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines.length).toBeGreaterThan(2);
      for (const line of lines) expect(line).toMatch(/^notices\/a\.yaml:\d+:\d+: (error|warning|info) .+ \[[a-z/-]+\]$/);
      expect(r.code).toBe(1);
    } finally {
      cleanup();
    }
  });

  it('--quiet reports errors only', async () => {
    const all = await cli(['check', '--format', 'compact', 'tests/fixtures/format']);
    const quiet = await cli(['check', '--quiet', '--format', 'compact', 'tests/fixtures/format']);
    expect(all.stdout).toMatch(/: warning /);
    expect(quiet.stdout).not.toMatch(/: warning /);
    expect(quiet.stdout.split('\n').filter((l) => l.includes(': error ')).length).toBe(all.stdout.split('\n').filter((l) => l.includes(': error ')).length);
    expect(quiet.code).toBe(1);
  });

  it('--output-file writes the report there, and nothing to standard output', async () => {
    const { dir, cleanup } = tempProject({ 'notices/a.yaml': REGISTER });
    try {
      const r = await cli(['check', '--format', 'json', '--output-file', 'report.json', 'notices'], dir);
      expect(r.stdout).toBe('');
      expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).length).toBeGreaterThan(0);
      expect(r.code).toBe(1);
    } finally {
      cleanup();
    }
  });

  it('--output-file never writes over a YAML file', async () => {
    const { dir, cleanup } = tempProject({ 'notices/a.yaml': REGISTER });
    try {
      const r = await cli(['check', '--output-file', 'notices/a.yaml', 'notices'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/YAML file/);
      expect(readFileSync(join(dir, 'notices/a.yaml'), 'utf8')).toBe(REGISTER);
    } finally {
      cleanup();
    }
  });
});

describe('seloste check: which files are registers', () => {
  it('a docker-compose.yml beside the registers is not taken for one', async () => {
    const { dir, cleanup } = tempProject({ 'notices/a.yaml': REGISTER, 'notices/docker-compose.yml': COMPOSE, 'notices/compose.yaml': COMPOSE });
    try {
      const r = await cli(['check', '--format', 'compact', 'notices'], dir);
      expect(r.stdout).toMatch(/^notices\/a\.yaml:/m);
      expect(r.stdout).not.toMatch(/compose/);
    } finally {
      cleanup();
    }
  });

  it('`ignore:` globs in the config leave files out of a folder; a file named is still read', async () => {
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': 'languages: [fi]\nignore: ["notices/drafts/**"]\n',
      'notices/a.yaml': REGISTER,
      'notices/drafts/b.yaml': REGISTER,
    });
    try {
      const folder = await cli(['check', '--format', 'compact', 'notices'], dir);
      expect(folder.stdout).toMatch(/^notices\/a\.yaml:/m);
      expect(folder.stdout).not.toMatch(/drafts/);
      const named = await cli(['check', '--format', 'compact', 'notices/drafts/b.yaml'], dir);
      expect(named.stdout).toMatch(/^notices\/drafts\/b\.yaml:/m);
    } finally {
      cleanup();
    }
  });

  it('a quoted glob on the command line checks the files it matches', async () => {
    const { dir, cleanup } = tempProject({ 'notices/a.yaml': REGISTER, 'notices/sub/b.yaml': REGISTER, 'notices/c.yml': REGISTER });
    try {
      const r = await cli(['check', '--format', 'compact', 'notices/**/*.yaml'], dir);
      expect(r.stdout).toMatch(/^notices\/a\.yaml:/m);
      expect(r.stdout).toMatch(/^notices\/sub\/b\.yaml:/m);
      expect(r.stdout).not.toMatch(/c\.yml/);
      const none = await cli(['check', 'notices/**/*.json'], dir);
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(/No registers match/);
    } finally {
      cleanup();
    }
  });
});
