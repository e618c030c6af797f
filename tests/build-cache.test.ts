/**
 * Where the build keeps its cache: beside the output folder, never in the published site; and how a
 * site built by an earlier version, with the cache inside, is taken over.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, SMALL_REGISTER, snapshot, tempProject } from './helpers.js';

const BUILD = ['build', '--format', 'html,md,json', '--no-history'];

function project() {
  return tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/a.yaml': SMALL_REGISTER('A'), 'notices/b.yaml': SMALL_REGISTER('B') });
}

/** Names starting with a dot anywhere in a folder. */
function hidden(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((p) => p.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** Make `dist` look as an earlier version of Seloste left it: its cache inside the folder. */
function asEarlierVersion(dir: string): void {
  renameSync(join(dir, '.dist.seloste-cache.json'), join(dir, 'dist', '.seloste-cache.json'));
}

describe('the build cache', () => {
  it('is kept beside the output folder: the site holds only its pages and the marker, and the next build takes over', async () => {
    const { dir, cleanup } = project();
    try {
      const first = await cli([...BUILD, '--force'], dir);
      expect(first.code, first.stderr).toBe(0);
      expect(hidden(join(dir, 'dist'))).toEqual(['.seloste-output.json']);
      const cache = JSON.parse(readFileSync(join(dir, '.dist.seloste-cache.json'), 'utf8')) as { entries: Record<string, unknown> };
      expect(Object.keys(cache.entries).sort()).toEqual(['notices/a.yaml', 'notices/b.yaml']);
      const again = await cli([...BUILD, '--force'], dir);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain('2 unchanged');
      expect(hidden(join(dir, 'dist'))).toEqual(['.seloste-output.json']);
    } finally {
      cleanup();
    }
  });

  it('left inside the site by an earlier version still serves the next build, and goes with the old site', async () => {
    const { dir, cleanup } = project();
    try {
      expect((await cli([...BUILD, '--force'], dir)).code).toBe(0);
      const published = readFileSync(join(dir, 'dist', 'fi', 'b.html'), 'utf8');
      asEarlierVersion(dir);
      // b now has an error that even --force does not build past (no date): its published notice stays.
      writeFileSync(join(dir, 'notices', 'b.yaml'), SMALL_REGISTER('B').replace(/^updated: .*\n/m, ''));
      const r = await cli([...BUILD, '--force'], dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('1 unchanged');
      expect(readFileSync(join(dir, 'dist', 'fi', 'b.html'), 'utf8')).toBe(published);
      expect(hidden(join(dir, 'dist'))).toEqual(['.seloste-output.json']);
      expect(existsSync(join(dir, '.dist.seloste-cache.json'))).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('inside a folder that is not Seloste’s does not make it Seloste’s: nothing is touched', async () => {
    const { dir, cleanup } = project();
    try {
      writeFileSync(join(dir, 'victim.txt'), 'precious\n');
      expect((await cli([...BUILD, '--force', '-o', 'site'], dir)).code).toBe(0);
      rmSync(join(dir, 'site', '.seloste-output.json'));
      // Not a cache of Seloste's (no `seloste` version), and a link in place of one: neither marks the folder.
      for (const [name, make] of [
        ['json', () => writeFileSync(join(dir, 'site', '.seloste-cache.json'), '{"entries": {}}')],
        ['link', () => symlinkSync(join(dir, 'victim.txt'), join(dir, 'site', '.seloste-cache.json'))],
      ] as const) {
        rmSync(join(dir, 'site', '.seloste-cache.json'), { force: true });
        make();
        const before = snapshot(dir);
        const r = await cli([...BUILD, '--force', '-o', 'site'], dir);
        expect(r.code, name).toBe(2);
        expect(r.stderr, name).toContain('holds files Seloste did not write');
        expect(snapshot(dir), name).toEqual(before);
      }
      expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('precious\n');
    } finally {
      cleanup();
    }
  });
});
