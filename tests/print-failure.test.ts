import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../src/publish/build.js';
import { SMALL_REGISTER, tempProject } from './helpers.js';

describe('a PDF that cannot be printed', () => {
  it('is that notice’s failure: the build goes on, names it, and the earlier PDF stays published', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/a.yaml': SMALL_REGISTER('A'), 'notices/b.yaml': SMALL_REGISTER('B') });
    const build = (more: { printTimeoutMs?: number } = {}) =>
      buildSite({ cwd: dir, paths: ['notices'], out: join(dir, 'dist'), formats: ['html', 'pdf'], force: true, history: false, settleMs: 0, ...more });
    try {
      const first = await build();
      expect(first.pdfFailures).toEqual([]);
      const earlier = readFileSync(join(dir, 'dist', 'fi', 'b.pdf'));
      writeFileSync(join(dir, 'notices', 'b.yaml'), SMALL_REGISTER('B2'));
      // No notice prints in a millisecond: the changed one fails, the unchanged one is taken over.
      const failing = await build({ printTimeoutMs: 1 });
      expect(failing.pdfFailures.map((f) => [f.file, f.path])).toEqual([['notices/b.yaml', 'fi/b.pdf']]);
      expect(failing.pdfFailures[0]!.message).toMatch(/time/i);
      expect(readFileSync(join(dir, 'dist', 'fi', 'b.html'), 'utf8')).toContain('B2');
      expect(readFileSync(join(dir, 'dist', 'fi', 'b.pdf'))).toEqual(earlier);
      // Its PDF is printed again by the next build, which can.
      const next = await build();
      expect(next.reused).toEqual(['notices/a.yaml']);
      expect(next.pdfFailures).toEqual([]);
      expect(readFileSync(join(dir, 'dist', 'fi', 'b.pdf'))).not.toEqual(earlier);
    } finally {
      cleanup();
    }
  });

  it('without a browser, every notice keeps the PDF it had', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/a.yaml': SMALL_REGISTER('A'), 'notices/b.yaml': SMALL_REGISTER('B') });
    const build = (env: Record<string, string | undefined>) =>
      buildSite({ cwd: dir, paths: ['notices'], out: join(dir, 'dist'), formats: ['html', 'pdf'], force: true, history: false, env });
    try {
      await build(process.env);
      const earlier = readFileSync(join(dir, 'dist', 'fi', 'b.pdf'));
      writeFileSync(join(dir, 'notices', 'b.yaml'), SMALL_REGISTER('B2'));
      const r = await build({ ...process.env, PUPPETEER_EXECUTABLE_PATH: join(dir, 'no-such-browser') });
      expect(r.pdfError).toContain('No Chromium or Chrome found');
      expect(readFileSync(join(dir, 'dist', 'fi', 'b.html'), 'utf8')).toContain('B2');
      expect(readFileSync(join(dir, 'dist', 'fi', 'b.pdf'))).toEqual(earlier);
    } finally {
      cleanup();
    }
  });
});
