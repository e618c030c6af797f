/**
 * Where a notice of paragraphs without headings speaks of what a finding is about, the finding stands
 * there, not at the title: the service providers that process the data ("palveluntarjoajien … toimesta"),
 * a legitimate interest in any of its Finnish forms ("oikeutetun edun"). And data the person gives of
 * their own choice ("jotka annat vapaaehtoisesti", "the message you choose to provide") answer whether they must be given.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditBytes } from '../src/audit/audit.js';

const work = mkdtempSync(join(tmpdir(), 'seloste-words-placed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function findings(lines: readonly string[]): Promise<{ ruleId: string; line: number; message: string }[]> {
  const result = await auditBytes(new TextEncoder().encode(`${lines.join('\n')}\n`), 'notice.md', { cwd: work });
  if ('problem' in result) throw new Error(result.problem);
  return result.diagnostics;
}

/** A notice of paragraphs: the data at line 5, the bases at line 7, the providers at line 9. */
const PARAGRAPHS = {
  fi: [
    '# Tietosuojaseloste', '', 'Päivitetty 22.1.2026. Rekisterinpitäjä: Esimerkkiseura ry, hallitus@esimerkki.fi.', '',
    'Keräämme verkkosivuston toiminnan ja yhteydenottoihin vastaamisen kannalta tarpeellisia tietoja: nimi ja sähköpostiosoite.', '',
    'Tietoja käsitellään suostumuksen tai oikeutetun edun perusteella.', '',
    'Tietoja käsitellään luotettujen palveluntarjoajien toimesta.', '',
  ],
  sv: [
    '# Dataskyddsbeskrivning', '', 'Uppdaterad 22.1.2026. Personuppgiftsansvarig: Exempelföreningen rf, styrelsen@exempel.fi.', '',
    'Vi samlar in de uppgifter som behövs för webbplatsen och för att svara på kontakter: namn och e-postadress.', '',
    'Uppgifterna behandlas på grundval av samtycke eller berättigat intresse.', '',
    'Uppgifterna behandlas av pålitliga tjänsteleverantörer.', '',
  ],
  en: [
    '# Privacy notice', '', 'Updated 22 January 2026. Controller: Example Club, board@example.fi.', '',
    'We collect the data needed to run the site and answer enquiries: name and e-mail address.', '',
    'The data are processed on the basis of consent or legitimate interest.', '',
    'The data are processed by trusted service providers.', '',
  ],
};

describe('a notice of paragraphs without headings', () => {
  it.each(['fi', 'sv', 'en'] as const)('has the missing recipients at the providers it speaks of, not at its title (%s)', async (lang) => {
    const lines = (await findings(PARAGRAPHS[lang])).filter((d) => d.ruleId === 'recipients').map((d) => d.line);
    expect(lines).toEqual([9]);
  });

  it.each(['fi', 'en'] as const)('has the unnamed legitimate interest at the sentence that names it (%s)', async (lang) => {
    const lines = (await findings(PARAGRAPHS[lang])).filter((d) => d.ruleId === 'legitimate-interest').map((d) => d.line);
    expect(lines).toEqual([7]);
  });
});

describe('data the person gives of their own choice', () => {
  const FORM = {
    // "annat" here is "you give", not the Swedish "other".
    fi: 'Yhteydenottolomake: nimi, sähköpostiosoite ja viesti, jotka annat vapaaehtoisesti.',
    sv: 'Kontaktformulär: namn, e-postadress och meddelandet som du väljer att lämna.',
    en: 'Contact form: your name, e-mail address and the message you choose to provide.',
  };
  it.each(['fi', 'sv', 'en'] as const)('answer whether the data must be given (%s)', async (lang) => {
    const lines = [...PARAGRAPHS[lang].slice(0, 4), FORM[lang], ''];
    expect((await findings(lines)).filter((d) => d.ruleId === 'provision-requirement')).toEqual([]);
    const without = [...PARAGRAPHS[lang].slice(0, 4), FORM[lang].replace(/,? (?:jotka annat vapaaehtoisesti|som du väljer att lämna|you choose to provide)/u, ''), ''];
    expect((await findings(without)).filter((d) => d.ruleId === 'provision-requirement')).toHaveLength(1);
  });
});
