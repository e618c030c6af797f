import { cpSync, lstatSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../src/publish/build.js';
import { stampBookPath } from '../src/publish/cache.js';
import { ROOT, tempProject } from './helpers.js';

/** Every entry of a folder: a file's text, or what else it is. */
function entries(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(e.parentPath, e.name);
    out[path.slice(dir.length)] = e.isSymbolicLink() ? 'symbolic link' : e.isFile() ? readFileSync(path, 'utf8') : 'folder';
  }
  return out;
}

function project(): { dir: string; cleanup: () => void } {
  const p = tempProject({ 'seloste.config.yaml': readFileSync(join(ROOT, 'seloste.config.yaml'), 'utf8') });
  cpSync(join(ROOT, 'notices'), join(p.dir, 'notices'), { recursive: true });
  return p;
}

const build = (dir: string, out = 'dist', incremental = true) =>
  buildSite({ cwd: dir, paths: ['notices'], out: join(dir, out), formats: ['html', 'md', 'json'], incremental, history: false, settleMs: 0 });

describe('taking over the outputs of the previous build', () => {
  it('an output changed, emptied or replaced by a link since the build is made again', async () => {
    const { dir, cleanup } = project();
    try {
      const first = await build(dir);
      const site = join(dir, 'dist');
      writeFileSync(join(site, 'en', 'lumo-customers.html'), 'TAMPERED');
      writeFileSync(join(site, 'fi', 'sulka-members.md'), '');
      rmSync(join(site, 'en', 'nordlicht-app-users.md'));
      symlinkSync('/etc/passwd', join(site, 'en', 'nordlicht-app-users.md'));
      writeFileSync(join(site, 'fi', 'index.html'), 'TAMPERED');
      const again = await build(dir);
      expect(again.reused).toHaveLength(first.built.length - 3);
      expect(again.reused).not.toContain('notices/lumo-customers.yaml');
      expect(lstatSync(join(site, 'en', 'nordlicht-app-users.md')).isFile()).toBe(true);
      await build(dir, 'full', false);
      const full = entries(join(dir, 'full'));
      expect(entries(site)).toEqual(full);
      expect(JSON.stringify(full)).not.toContain('TAMPERED');
    } finally {
      cleanup();
    }
  });

  it('an output whose stamp changed but whose content did not is taken over, also without the stamp book', async () => {
    const { dir, cleanup } = project();
    try {
      const first = await build(dir);
      const page = join(dir, 'dist', 'fi', 'sulka-members.html');
      utimesSync(page, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
      expect((await build(dir)).reused).toHaveLength(first.built.length);
      rmSync(stampBookPath(join(dir, 'dist')));
      expect((await build(dir)).reused).toHaveLength(first.built.length);
    } finally {
      cleanup();
    }
  });
});
