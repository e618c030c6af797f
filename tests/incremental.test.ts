import { cpSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../src/publish/build.js';
import { ROOT, tempProject } from './helpers.js';

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[join(e.parentPath, e.name).slice(dir.length)] = readFileSync(join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

function project(): { dir: string; cleanup: () => void } {
  const p = tempProject({ 'seloste.config.yaml': readFileSync(join(ROOT, 'seloste.config.yaml'), 'utf8') });
  cpSync(join(ROOT, 'notices'), join(p.dir, 'notices'), { recursive: true });
  return p;
}

const build = (dir: string, out = 'dist', incremental = true, more: { settleMs?: number; workers?: number } = {}) =>
  buildSite({ cwd: dir, paths: ['notices'], out: join(dir, out), formats: ['html', 'md', 'json'], incremental, history: false, ...more });

/** Rewrite a file to the same size and give it back its modification time, as a careless copy would. */
function sneakyEdit(file: string, from: string, to: string): void {
  expect(to.length).toBe(from.length);
  const before = statSync(file, { bigint: true });
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
  utimesSync(file, OLD, OLD);
  const after = statSync(file, { bigint: true });
  expect(after.size).toBe(before.size);
  expect(after.mtimeNs).toBe(before.mtimeNs);
}

/** A modification time in whole seconds, which can be set back exactly. */
const OLD = new Date('2026-01-01T00:00:00Z');

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
      // The cache an incremental build leaves is the one a first build writes, wherever the
      // project is: it holds no local path, and the order of things does not depend on what was reused.
      const cache = (root: string, out: string): string => readFileSync(join(root, `.${out}.seloste-cache.json`), 'utf8');
      await build(dir, 'fresh');
      expect(cache(dir, 'dist')).toBe(cache(dir, 'fresh'));
      const elsewhere = tempProject({});
      try {
        cpSync(join(dir, 'notices'), join(elsewhere.dir, 'moved', 'notices'), { recursive: true });
        cpSync(join(dir, 'seloste.config.yaml'), join(elsewhere.dir, 'moved', 'seloste.config.yaml'));
        await build(join(elsewhere.dir, 'moved'));
        expect(cache(join(elsewhere.dir, 'moved'), 'dist')).toBe(cache(dir, 'fresh'));
      } finally {
        elsewhere.cleanup();
      }
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
      expect(readFileSync(join(dir, 'dist', 'style.css'), 'utf8')).toContain('h1 { color: #123; }');
    } finally {
      cleanup();
    }
  });

  it('skips reading files whose stat stamps are unchanged, and never misses an edit', async () => {
    const { dir, cleanup } = project();
    try {
      for (const name of readdirSync(join(dir, 'notices'))) utimesSync(join(dir, 'notices', name), OLD, OLD);
      await pause(5);
      // settleMs 0: files count as settled at once (by default they must be left alone 2 s).
      const first = await build(dir, 'dist', true, { settleMs: 0 });
      const book = JSON.parse(readFileSync(join(dir, '.dist.seloste-stamps.json'), 'utf8')) as { files: Record<string, { stamps: Record<string, string> }> };
      expect(Object.keys(book.files)).toHaveLength(first.built.length);
      // A register that uses an organisation file is stamped with both.
      expect(Object.keys(book.files[join(dir, 'notices', 'lumo-customers.yaml')]!.stamps)).toEqual([join(dir, 'notices', 'lumo-customers.yaml'), join(dir, 'notices', 'lumo.org.yaml')]);
      // The stamps and this machine's paths stay out of the published site.
      expect(readFileSync(join(dir, '.dist.seloste-cache.json'), 'utf8')).not.toContain(dir);
      expect((await build(dir, 'dist', true, { settleMs: 0 })).reused).toHaveLength(first.built.length);

      // Same size, same modification time: the change time still tells.
      sneakyEdit(join(dir, 'notices', 'sulka-members.yaml'), 'updated: 2026-06-15', 'updated: 2026-06-16');
      await pause(5);
      const changed = await build(dir, 'dist', true, { settleMs: 0 });
      expect(changed.built.filter((f) => !changed.reused.includes(f))).toEqual(['notices/sulka-members.yaml']);
      expect(readFileSync(join(dir, 'dist', 'fi', 'sulka-members.html'), 'utf8')).toContain('16.6.2026');

      sneakyEdit(join(dir, 'notices', 'lumo.org.yaml'), 'Paahtimonkatu 4 B', 'Paahtimonkatu 6 A');
      await pause(5);
      const afterOrg = await build(dir, 'dist', true, { settleMs: 0 });
      expect(afterOrg.built.filter((f) => !afterOrg.reused.includes(f)).sort()).toEqual(['notices/lumo-customers.yaml', 'notices/lumo-recruitment.yaml']);
      expect(readFileSync(join(dir, 'dist', 'fi', 'lumo-recruitment.html'), 'utf8')).toContain('Paahtimonkatu 6 A');

      // A lost or damaged stamp book costs a read, never a wrong page.
      writeFileSync(join(dir, '.dist.seloste-stamps.json'), '{"seloste": 1, "files": {');
      expect((await build(dir, 'dist', true, { settleMs: 0 })).reused).toHaveLength(first.built.length);
      // Files changed within the settling time are not stamped: the next build reads them.
      expect(Object.keys((JSON.parse(readFileSync(join(dir, '.dist.seloste-stamps.json'), 'utf8')) as typeof book).files)).toHaveLength(first.built.length);
      await build(dir, 'dist', true, { settleMs: 60_000 });
      expect((JSON.parse(readFileSync(join(dir, '.dist.seloste-stamps.json'), 'utf8')) as typeof book).files).toEqual({});
      expect(files(join(dir, 'dist'))).toEqual(files(join(dir, (await build(dir, 'full', false)) && 'full')));
    } finally {
      cleanup();
    }
  });

  it('notices rendered on worker threads are the same bytes as on the main thread', async () => {
    const { dir, cleanup } = project();
    try {
      // Enough notices that threads are used: 15 registers in 3 languages.
      for (const name of readdirSync(join(dir, 'notices')).filter((n) => n.endsWith('.yaml') && !n.endsWith('.org.yaml'))) {
        const text = readFileSync(join(dir, 'notices', name), 'utf8');
        for (const copy of [2, 3]) {
          const id = /^id: (.*)$/m.exec(text)?.[1] ?? name.replace(/\.yaml$/, '');
          const withId = /^id: /m.test(text) ? text.replace(/^id: .*$/m, `id: ${id}-${copy}`) : `id: ${id}-${copy}\n${text}`;
          writeFileSync(join(dir, 'notices', name.replace(/\.yaml$/, `-${copy}.yaml`)), withId);
        }
      }
      const threads = await build(dir, 'threads', true, { workers: 2 });
      expect(threads.built).toHaveLength(15);
      await build(dir, 'main', true, { workers: 0 });
      const a = files(join(dir, 'threads'));
      expect(Object.keys(a).length).toBeGreaterThan(15 * 3 * 2);
      expect(a).toEqual(files(join(dir, 'main')));
      expect(readFileSync(join(dir, '.threads.seloste-cache.json'), 'utf8')).toBe(readFileSync(join(dir, '.main.seloste-cache.json'), 'utf8'));
    } finally {
      cleanup();
    }
  });

  it('a register taken over keeps its findings where they are, also those in its organisation file', async () => {
    const { dir, cleanup } = project();
    try {
      const org = join(dir, 'notices', 'lumo.org.yaml');
      // A finding the check places in the organisation file: an outdated law named in a shared text.
      const text = readFileSync(org, 'utf8').replace('säilytetään lukitussa kaapissa', 'säilytetään henkilötietolain mukaisesti lukitussa kaapissa');
      writeFileSync(org, text);
      const line = text.split('\n').findIndex((l) => l.includes('henkilötietolain')) + 1;
      const forced = () => buildSite({ cwd: dir, paths: ['notices'], out: join(dir, 'dist'), formats: ['html'], history: false, force: true });
      const where = (r: Awaited<ReturnType<typeof forced>>) =>
        r.check.files.find((f) => f.file === 'notices/lumo-customers.yaml')!.diagnostics.filter((d) => d.ruleId === 'outdated-reference').map((d) => `${d.file}:${d.line}`);
      const first = await forced();
      expect(where(first)).toEqual([`notices/lumo.org.yaml:${line}`]);
      // With --force a register with errors is taken over too, its findings as they were.
      const again = await forced();
      expect(again.reused).toContain('notices/lumo-customers.yaml');
      expect(where(again)).toEqual([`notices/lumo.org.yaml:${line}`]);
    } finally {
      cleanup();
    }
  });
});
