import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, snapshot, tempProject } from './helpers.js';

const REGISTER = (name: string): string => `name: {fi: ${name}}
updated: 2026-01-15
controller: {name: Esimerkki Oy, email: tietosuoja@esimerkki.example, address: {street: Katu 1, postal_code: '00100', city: Helsinki}}
purposes:
  - description: {fi: Asiakassuhteen hoitaminen}
    legal_basis: contract
data_categories:
  - description: {fi: Nimi}
    provision: contractual
    consequence: {fi: Palvelua ei voi tarjota}
sources:
  - type: data_subject
recipients: none
transfers: none
retention:
  - period: P3Y
    trigger: {fi: asiakkuuden päättyminen}
automated_decisions: none
rights:
  channels:
    - type: email
      email: tietosuoja@esimerkki.example
`;

const site = (dir: string, path: string): string => readFileSync(join(dir, 'dist', path), 'utf8');

describe('a notice that cannot be built now', () => {
  it.each([
    ['has errors', (text: string) => text.replace('legal_basis: contract', 'legal_basis: maybe')],
    ['cannot be read', () => 'name: {fi: [\n'],
  ])('stays published as it was when its register %s, and the build says so', async (_, breakIt) => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/a.yaml': REGISTER('Rekisteri A'), 'notices/b.yaml': REGISTER('Rekisteri B') });
    try {
      const first = await cli(['build', '--format', 'html,md,json'], dir);
      expect(first.code, first.stderr).toBe(0);
      const published = { html: site(dir, 'fi/b.html'), md: site(dir, 'fi/b.md'), json: site(dir, 'json/b.json') };
      writeFileSync(join(dir, 'notices', 'b.yaml'), breakIt(REGISTER('Rekisteri B')));
      writeFileSync(join(dir, 'notices', 'a.yaml'), REGISTER('Rekisteri A2'));
      const r = await cli(['build', '--format', 'html,md,json'], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/not built: notices\/b\.yaml (has errors|cannot be read as a register; fix the errors above); its notice published earlier stays as it was until it builds again/);
      expect({ html: site(dir, 'fi/b.html'), md: site(dir, 'fi/b.md'), json: site(dir, 'json/b.json') }).toEqual(published);
      expect(site(dir, 'fi/index.html')).toContain('Rekisteri B');
      expect(site(dir, 'fi/a.html')).toContain('Rekisteri A2');
      // Fixed, it is built again.
      writeFileSync(join(dir, 'notices', 'b.yaml'), REGISTER('Rekisteri B2'));
      const fixed = await cli(['build', '--format', 'html,md,json'], dir);
      expect(fixed.code, fixed.stderr).toBe(0);
      expect(site(dir, 'fi/b.html')).toContain('Rekisteri B2');
    } finally {
      cleanup();
    }
  });

  it('a register never published is not in the site; the others are', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/a.yaml': REGISTER('Rekisteri A') });
    try {
      expect((await cli(['build', '--format', 'html'], dir)).code).toBe(0);
      writeFileSync(join(dir, 'notices', 'c.yaml'), 'name: {fi: [\n');
      const r = await cli(['build', '--format', 'html'], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('not built: notices/c.yaml cannot be read as a register; fix the errors above\n');
      expect(readdirSync(join(dir, 'dist', 'fi')).sort()).toEqual(['a.html', 'feed.xml', 'index.html']);
    } finally {
      cleanup();
    }
  });

  it('a build in which no register can be built leaves the published site as it was', async () => {
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': 'languages: [fi]\n',
      ...Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((n) => [`notices/${n}.yaml`, REGISTER(`Rekisteri ${n}`)])),
      'broken/x.yaml': REGISTER('X').replace('legal_basis: contract', 'legal_basis: maybe'),
    });
    try {
      expect((await cli(['build', 'notices', '--format', 'html,md'], dir)).code).toBe(0);
      const before = snapshot(join(dir, 'dist'));
      const r = await cli(['build', 'broken', '--format', 'html,md'], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('no register could be built; dist/ is unchanged');
      expect(snapshot(join(dir, 'dist'))).toEqual(before);
    } finally {
      cleanup();
    }
  });
});
