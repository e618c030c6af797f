/** An e-mail address of a register at a domain in any letters, as Finnish and Swedish domains may be ("info@hyrrä.fi"). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';
import { checkPaths } from '../src/pipeline.js';

const work = mkdtempSync(join(tmpdir(), 'seloste-email-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function formatErrors(email: string): Promise<string[]> {
  const file = join(work, 'rekisteri.yaml');
  writeFileSync(file, `name: {fi: Asiakasrekisteri}\nupdated: 2026-01-31\ncontroller:\n  name: Hyrrä Oy\n  email: ${email}\n`);
  const result = await checkPaths({ cwd: work, paths: [file] });
  return result.files.flatMap((f) => f.diagnostics).filter((d) => d.ruleId === 'schema/format').map((d) => d.message);
}

describe('an e-mail address in a register', () => {
  it.each(['info@hyrrä.fi', 'post@åland.se', 'tietosuoja@esimerkki.fi'])('%s is one', async (email) => {
    expect(await formatErrors(email)).toEqual([]);
  });

  it.each(['not-an-email', 'info@hyrrä', 'info@@hyrrä.fi'])('%s is not', async (email) => {
    expect(await formatErrors(email)).toHaveLength(1);
  });

  it('is read from a notice at a domain in any letters', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nHyrrä Oy\n\nSähköposti: info@hyrrä.fi\n';
    expect(importNotice(text, { lang: 'fi' }).register['controller']).toMatchObject({ name: 'Hyrrä Oy', email: 'info@hyrrä.fi' });
  });
});
