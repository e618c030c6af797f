/**
 * Where a finding on something a notice leaves out stands when the notice has no section on it and no
 * sentence that speaks of it: at the form data are given in, at the sentence on the data received, at
 * the section on what the data are used for or on what data it has; not at the notice's title.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditBytes } from '../src/audit/audit.js';

const work = mkdtempSync(join(tmpdir(), 'seloste-place-fallback-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function linesOf(lines: readonly string[], ruleId: string): Promise<number[]> {
  const result = await auditBytes(new TextEncoder().encode(`${lines.join('\n')}\n`), 'notice.md', { cwd: work });
  if ('problem' in result) throw new Error(result.problem);
  return result.diagnostics.filter((d) => d.ruleId === ruleId).map((d) => d.line);
}

/** A notice of three short sections: the company, its contact form (line 7), and the rights. */
const FORM_NOTICE = {
  fi: [
    '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025. Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi.', '',
    '## Yhteydenotot', '',
    'Yhteydenottolomakkeen avulla vastaanotetut tiedot säilytetään luottamuksellisesti palveluntarjoajan palvelimella vuoden ajan.', '',
  ],
  sv: [
    '# Dataskyddsbeskrivning', '', 'Uppdaterad 1.2.2025. Exempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi.', '',
    '## Kontakt', '',
    'Uppgifterna i kontaktformuläret som vi tar emot förvaras konfidentiellt i ett år.', '',
  ],
  en: [
    '# Privacy notice', '', 'Updated 1 February 2025. Example Ltd, Street 1, 00100 Helsinki, info@example.fi.', '',
    '## Contact', '',
    'The details received through our contact form are kept confidential for one year.', '',
  ],
};

describe('a finding on what a notice without a section on it leaves out', () => {
  it.each(Object.entries(FORM_NOTICE))('on whether data must be given stands at the form they are given in (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'provision-requirement')).toEqual([7]);
  });

  it('on transfers stands where the notice speaks of the data it receives (fi)', async () => {
    expect(await linesOf(FORM_NOTICE.fi, 'transfer-consistency')).toEqual([7]);
  });

  it('on transfers does not stand at the right to have data moved to another service', async () => {
    const lines = [
      '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025. Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi.', '',
      '## Mitä tietoja keräämme', '', 'Nimi ja sähköpostiosoite, jotka tallennetaan pilvipalveluun.', '', '## Mitä oikeuksia sinulla on', '', '- tietojen tarkastus', '- tietojen siirto toiseen palveluun',
    ];
    const found = await linesOf(lines, 'transfer-consistency');
    expect(found).toHaveLength(1);
    expect(found).not.toContain(12);
  });

  const USE_NOTICE: [string, string[]][] = [
    ['fi', ['# Tietosuoja', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi.', '', '## Mitä tietoja kerätään', '', 'Laitteen malli ja kaatumistiedot.', '', '## Miten tietoja käytetään', '', 'Sovelluksen kehittämiseen ja virheiden korjaamiseen.']],
    ['sv', ['# Dataskydd', '', 'Exempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi.', '', '## Vilka uppgifter samlas in', '', 'Enhetens modell och kraschdata.', '', '## Hur uppgifterna används', '', 'För att utveckla appen och rätta fel.']],
    ['en', ['# Privacy', '', 'Example Ltd, Street 1, 00100 Helsinki, info@example.fi.', '', '## What data we collect', '', 'The device model and crash reports.', '', '## How we use the data', '', 'To develop the app and to fix errors.']],
  ];
  it.each(USE_NOTICE)('on recipients stands at the section on what the data are used for (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'recipients')).toEqual([9]);
  });

  it.each(USE_NOTICE)('on retention stands at the section on what data the notice has (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'retention')).toEqual([5]);
  });
});

describe('a controller given only as an e-mail address in the sentence that says who it is', () => {
  const NOTICES: [string, string[]][] = [
    ['sv', ['# Integritetspolicy', '', '## Om denna policy', '', 'Ansvarig för behandlingen av personuppgifter på sajten är info@exempel.se.', '', '## Kontakt', '', 'Frågor besvaras på info@exempel.se.']],
    ['fi', ['# Tietosuojaseloste', '', '## Tästä selosteesta', '', 'Rekisterinpitäjä on info@esimerkki.fi.', '', '## Yhteydenotot', '', 'Kysymyksiin vastataan osoitteessa info@esimerkki.fi.']],
    ['en', ['# Privacy policy', '', '## About this policy', '', 'The party responsible for processing personal data on this site is info@example.org.', '', '## Contact', '', 'Questions are answered at info@example.org.']],
  ];
  it.each(NOTICES)('is reported there, not at the contact section that repeats the address (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'controller-contact')).toEqual([5]);
  });
});

describe('a finding on transfers in a notice that cites EU law by its number', () => {
  const NOTICES: [string, string[]][] = [
    ['en', ['# Privacy policy', '', 'Example Ltd processes personal data under Regulation (EU) 2016/679 and the Data Protection Act.', '', '## Transfers', '', 'If a provider processes data outside the EEA, appropriate safeguards are used.']],
    ['fi', ['# Tietosuojaseloste', '', 'Esimerkki Oy käsittelee henkilötietoja asetuksen (EU) 2016/679 ja tietosuojalain mukaisesti.', '', '## Siirrot', '', 'Jos palveluntarjoaja käsittelee tietoja ETA-alueen ulkopuolella, käytetään asianmukaisia suojatoimia.']],
    ['sv', ['# Integritetspolicy', '', 'Exempel Ab behandlar personuppgifter enligt förordning (EU) 2016/679 och dataskyddslagen.', '', '## Överföringar', '', 'Om en leverantör behandlar uppgifter utanför EES används lämpliga skyddsåtgärder.']],
  ];
  it.each(NOTICES)('does not stand at the law cited (%s)', async (_lang, lines) => {
    const found = await linesOf(lines, 'transfer-consistency');
    expect(found.length).toBeGreaterThan(0);
    expect(found).not.toContain(3);
  });
});

describe('a legitimate interest no purpose names', () => {
  it('stands at the sentence that names the interest with words between its own (fi)', async () => {
    const lines = [
      '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025. Esimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.fi.', '',
      '## Oikeusperuste ja käsittelyn tarkoitus', '',
      'Käsittelyn oikeusperuste on rekisteröidyn suostumus sekä rekisterinpitäjän oikeutettu asiakassuhteesta johtuva etu.', '',
      'Käsittelyn tarkoitus on myyjäsuhteiden hallinnointi.', '',
    ];
    expect(await linesOf(lines, 'legitimate-interest')).toEqual([7]);
  });
});
