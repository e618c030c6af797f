import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempProject } from './helpers.js';

const REGISTER = 'name: {fi: Rekisteri, en: Register}\nupdated: 2026-01-15\n';

describe('--base-url', () => {
  it('adds canonical links and a sitemap of every page; without it links stay relative', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi, en]\n', 'notices/r.yaml': REGISTER });
    try {
      const r = await cli(['build', '--format', 'html', '--force', '--base-url', 'https://example.org/tietosuoja'], dir);
      expect(r.code, r.stderr).toBe(0);
      const page = readFileSync(join(dir, 'dist', 'en', 'r.html'), 'utf8');
      expect(page).toContain('<link rel="canonical" href="https://example.org/tietosuoja/en/r.html">');
      expect(page).toContain('<link rel="alternate" hreflang="fi" href="../fi/r.html">');
      const map = readFileSync(join(dir, 'dist', 'sitemap.xml'), 'utf8');
      expect(map.match(/<loc>[^<]+<\/loc>/g)).toEqual([
        '<loc>https://example.org/tietosuoja/en/index.html</loc>',
        '<loc>https://example.org/tietosuoja/en/r.html</loc>',
        '<loc>https://example.org/tietosuoja/fi/index.html</loc>',
        '<loc>https://example.org/tietosuoja/fi/r.html</loc>',
        '<loc>https://example.org/tietosuoja/index.html</loc>',
      ]);
      const plain = await cli(['build', '--format', 'html', '--force', '-o', 'plain'], dir);
      expect(plain.code).toBe(0);
      expect(existsSync(join(dir, 'plain', 'sitemap.xml'))).toBe(false);
      expect(readFileSync(join(dir, 'plain', 'en', 'r.html'), 'utf8')).not.toContain('rel="canonical"');
      const bad = await cli(['build', '--base-url', 'example.org'], dir);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--base-url must start with https:// or http://');
    } finally {
      cleanup();
    }
  });
});
