import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../src/publish/build.js';
import { ROOT, tempProject } from './helpers.js';
import { publicRegister } from '../src/resolve/public-register.js';

function pages(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile() && e.name.endsWith('.html')) out[join(e.parentPath, e.name).slice(dir.length)] = readFileSync(join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

describe('layouts', () => {
  it('the built-in layouts, precompiled, give the same pages as when compiled from their text', async () => {
    const config = readFileSync(join(ROOT, 'seloste.config.yaml'), 'utf8');
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': config, 'own.config.yaml': `${config}\ntemplates: theme\n` });
    try {
      cpSync(join(ROOT, 'notices'), join(dir, 'notices'), { recursive: true });
      // A project's own copy, one comment line longer: no longer the built-in text, so it is
      // compiled with the full Handlebars; the comment line leaves no trace in the page.
      cpSync(join(ROOT, 'templates'), join(dir, 'theme'), { recursive: true });
      for (const name of ['notice.hbs', 'index.hbs']) {
        writeFileSync(join(dir, 'theme', name), `{{!-- our own copy --}}\n${readFileSync(join(dir, 'theme', name), 'utf8')}`);
      }
      const options = { cwd: dir, paths: ['notices'], formats: ['html', 'md'] as const, history: false, incremental: false };
      const own = await buildSite({ ...options, formats: [...options.formats], out: join(dir, 'own'), configFile: join(dir, 'own.config.yaml') });
      const builtIn = await buildSite({ ...options, formats: [...options.formats], out: join(dir, 'built-in') });
      expect(own.check.config.templates).toBe(join(dir, 'theme'));
      expect(builtIn.check.config.templates).toBeUndefined();
      const made = pages(join(dir, 'own'));
      expect(Object.keys(made).length).toBeGreaterThan(15);
      expect(made).toEqual(pages(join(dir, 'built-in')));
    } finally {
      cleanup();
    }
  });
});

describe('rendering threads', () => {
  it('a notice that cannot be rendered fails its request, on a thread as on the main thread, and the next one renders', async () => {
    const { createRenderer } = await import('../src/publish/render-pool.js');
    const { checkPaths } = await import('../src/pipeline.js');
    const checked = await checkPaths({ cwd: ROOT, paths: ['notices/sulka-members.yaml'] });
    const register = publicRegister(checked.files[0]!.loaded!.register);
    const context = { config: checked.config, languages: ['fi'], formats: new Set(['html', 'md'] as const) };
    for (const workers of [1, 0]) {
      const renderer = createRenderer(workers);
      try {
        await expect(renderer.notice(register, 'xx', context)).rejects.toThrow(/no phrase table for xx/);
        const notice = await renderer.notice(register, 'fi', context);
        expect(notice.markdown).toContain('Sulka');
        expect(await renderer.json(register)).toContain('"id": "sulka-members"');
      } finally {
        await renderer.close();
      }
    }
  });
});
