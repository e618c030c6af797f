/**
 * A notice audited from a site's source (Jekyll, Hugo): a template expression the site fills in when
 * the page is built is no placeholder; a placeholder left for the writer still is.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditBytes } from '../src/audit/audit.js';

const work = mkdtempSync(join(tmpdir(), 'seloste-audit-site-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function placeholders(text: string): Promise<string[]> {
  const result = await auditBytes(new TextEncoder().encode(text), 'integritetspolicy.md', { cwd: work });
  if ('problem' in result) throw new Error(result.problem);
  return result.diagnostics.filter((d) => d.ruleId === 'placeholder-text').map((d) => d.message);
}

const NOTICES: [string, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\n{{ site.title }}, Katu 1, 00100 Helsinki, info@yritys.fi\n\n## Tarkoitus\n\nAsiakassuhteen hoitaminen. Yhteyshenkilö: [Yhteyshenkilön nimi]\n\nPäivitetty: {{ page.last_modified_at | date: \'%d.%m.%Y\' }}\n'],
  ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\n{{ site.title }}, Gatan 1, 171 00 Solna, info@foretag.se\n\n## Ändamål\n\nAtt hantera kundrelationen. Kontaktperson: [Kontaktpersonens namn]\n\nSenaste versionen: {{ page.last_modified_at | date: \'%Y-%m-%d\' }}\n'],
  ['en', '# Privacy policy\n\n## Controller\n\n{{ site.title }}, Street 1, 00100 Helsinki, info@company.fi\n\n## Purpose\n\nManaging the customer relationship. Contact person: [Name of the contact person]\n\nLast updated: {{ page.last_modified_at | date: \'%Y-%m-%d\' }}\n'],
];

describe('a notice audited from the source of its site', () => {
  it.each(NOTICES)('reports the placeholder left for the writer, not the expressions the site fills in (%s)', async (_lang, text) => {
    const found = await placeholders(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/`\[/u);
  });
});

const SHORTCODES: [string, string][] = [
  ['fi', '# Tietosuojaseloste\n\n{{% container maxWidth="tablet-md" %}}\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@yritys.fi\n\n## Tarkoitus\n\nAsiakassuhteen hoitaminen. Yhteyshenkilö: [Yhteyshenkilön nimi]\n\n{{% /container %}}\n'],
  ['sv', '# Integritetspolicy\n\n{{< section class="narrow" >}}\n\n## Personuppgiftsansvarig\n\nFöretag AB, Gatan 1, 171 00 Solna, info@foretag.se\n\n## Ändamål\n\nAtt hantera kundrelationen. Kontaktperson: [Kontaktpersonens namn]\n\n{{< /section >}}\n'],
  ['en', '# Privacy policy\n\n{% include notice-header.html %}\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@company.fi\n\n## Purpose\n\nManaging the customer relationship. Contact person: [Name of the contact person]\n\n{% endinclude %}\n'],
];

describe('a notice laid out by its site generator', () => {
  it.each(SHORTCODES)('reports the placeholder left for the writer, not the shortcodes that lay the page out (%s)', async (_lang, text) => {
    const found = await placeholders(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/`\[/u);
  });
});
