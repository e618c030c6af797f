import { describe, expect, it } from 'vitest';
import { checkPaths } from '../src/pipeline.js';
import { cli, tempProject } from './helpers.js';

/** A register that breaks the schema in one place and a rule in another. */
const REGISTER = `name: {fi: Uutiskirjeen tilaajat}
updated: 2026-01-15
controller: {name: Esimerkki Oy, email: tietosuoja@esimerkki.example}
purposes:
  - id: uutiskirje
    descripton: {fi: Uutiskirjeen lähettäminen}
    legal_basis: consent
`;

describe('a register with a schema problem', () => {
  it('reports the schema problem and the rules’ findings together, each at its own line', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/r.yaml': REGISTER });
    try {
      const result = await checkPaths({ cwd: dir, paths: ['notices'] });
      const found = result.files[0]!.diagnostics.map((d) => ({ line: d.line, ruleId: d.ruleId }));
      expect(found).toContainEqual({ line: 5, ruleId: 'consent-withdrawal' });
      expect(found).toContainEqual({ line: 6, ruleId: 'schema/unknown-key' });
      expect(found).toContainEqual({ line: 5, ruleId: 'schema/required' });
    } finally {
      cleanup();
    }
  });

  it('is not built, not even with --force, while its findings are printed', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/r.yaml': REGISTER });
    try {
      const r = await cli(['build', '--format', 'html', '--force', '--out', 'site'], dir);
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toContain('consent-withdrawal');
      expect(r.stderr).toContain('not built: notices/r.yaml cannot be read as a register');
    } finally {
      cleanup();
    }
  });

  it('still stops at a YAML syntax error: nothing can be read', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/r.yaml': `${REGISTER}  - [\n` });
    try {
      const result = await checkPaths({ cwd: dir, paths: ['notices'] });
      expect(result.files[0]!.diagnostics.map((d) => d.ruleId)).toEqual(['yaml/syntax']);
      expect(result.files[0]!.loaded).toBeUndefined();
    } finally {
      cleanup();
    }
  });
});
