import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../src/publish/build.js';
import { ROOT, tempProject } from './helpers.js';

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile() && e.name !== '.seloste-cache.json') out[join(e.parentPath, e.name).slice(dir.length)] = readFileSync(join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

function project(): { dir: string; cleanup: () => void } {
  const p = tempProject({ 'seloste.config.yaml': readFileSync(join(ROOT, 'seloste.config.yaml'), 'utf8') });
  cpSync(join(ROOT, 'notices'), join(p.dir, 'notices'), { recursive: true });
  return p;
}

const build = (dir: string, out = 'dist', incremental = true) =>
  buildSite({ cwd: dir, paths: ['notices'], out: join(dir, out), formats: ['html', 'md', 'json'], incremental, history: false });

describe('incremental build', () => {
  it('redoes only what changed, and gives the same site as a full build', async () => {
    const { dir, cleanup } = project();
    try {
      const first = await build(dir);
      expect(first.reused).toEqual([]);
      const again = await build(dir);
      expect(again.reused).toHaveLength(first.built.length);
      expect(files(join(dir, 'dist'))).toEqual(files(join(dir, (await build(dir, 'full', false)) && 'full')));

      const file = join(dir, 'notices', 'sulka-members.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^updated: .*$/m, 'updated: 2026-11-20'));
      const changed = await build(dir);
      expect(changed.built.filter((f) => !changed.reused.includes(f))).toEqual(['notices/sulka-members.yaml']);
      expect(readFileSync(join(dir, 'dist', 'fi', 'sulka-members.html'), 'utf8')).toContain('20.11.2026');
      expect(files(join(dir, 'dist'))).toEqual(files(join(dir, (await build(dir, 'full', false)) && 'full')));
    } finally {
      cleanup();
    }
  });

  it('an organisation file, the config or a template changes what depends on it', async () => {
    const { dir, cleanup } = project();
    try {
      await build(dir);
      const org = join(dir, 'notices', 'lumo.org.yaml');
      writeFileSync(org, readFileSync(org, 'utf8').replace('Paahtimonkatu 4 B', 'Paahtimonkatu 6 A'));
      const afterOrg = await build(dir);
      expect(afterOrg.built.filter((f) => !afterOrg.reused.includes(f)).sort()).toEqual(['notices/lumo-customers.yaml', 'notices/lumo-recruitment.yaml']);
      expect(readFileSync(join(dir, 'dist', 'fi', 'lumo-customers.html'), 'utf8')).toContain('Paahtimonkatu 6 A');

      writeFileSync(join(dir, 'seloste.config.yaml'), `${readFileSync(join(dir, 'seloste.config.yaml'), 'utf8')}\nbase_url: https://example.org/tietosuoja/\n`);
      expect((await build(dir)).reused).toEqual([]);

      cpSync(join(ROOT, 'templates'), join(dir, 'theme'), { recursive: true });
      writeFileSync(join(dir, 'seloste.config.yaml'), `${readFileSync(join(dir, 'seloste.config.yaml'), 'utf8')}\ntemplates: theme\n`);
      await build(dir);
      expect((await build(dir)).reused).toHaveLength(5);
      writeFileSync(join(dir, 'theme', 'style.css'), `${readFileSync(join(dir, 'theme', 'style.css'), 'utf8')}\nh1 { color: #123; }\n`);
      const afterTheme = await build(dir);
      expect(afterTheme.reused).toEqual([]);
      expect(readFileSync(join(dir, 'dist', 'en', 'sulka-members.html'), 'utf8')).toContain('h1 { color: #123; }');
    } finally {
      cleanup();
    }
  });
});
