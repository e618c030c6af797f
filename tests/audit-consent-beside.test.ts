/** Consent named beside another basis for one purpose: which one applies, and whether withdrawing ends it, is left open. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditBytes } from '../src/audit/audit.js';

const work = mkdtempSync(join(tmpdir(), 'seloste-consent-beside-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The lines at which the audit says consent stands beside another basis. */
async function besideAt(lines: readonly string[]): Promise<number[]> {
  const result = await auditBytes(new TextEncoder().encode(`${lines.join('\n')}\n`), 'notice.md', { cwd: work });
  if ('problem' in result) throw new Error(result.problem);
  return result.diagnostics.filter((d) => d.ruleId === 'legal-basis' && /beside|vid sidan av|ja jokin toinen/u.test(d.message)).map((d) => d.line);
}

const HEAD = {
  fi: ['# Tietosuojaseloste', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.fi', ''],
  sv: ['# Dataskyddsbeskrivning', '', 'Exempel Ab, Gatan 1, 00100 Helsingfors, dataskydd@exempel.fi', ''],
  en: ['# Privacy notice', '', 'Example Ltd, Street 1, 00100 Helsinki, privacy@example.fi', ''],
};

describe('consent beside another basis for one purpose', () => {
  const IN_ONE: [keyof typeof HEAD, string[], number][] = [
    ['en', ['## Purposes and legal bases', '', '- Responding to contact requests. Legal basis: legitimate interest and your consent.', '- Website security. Legal basis: legitimate interest.'], 7],
    ['sv', ['## Ändamål', '', '| Ändamål | Laglig grund |', '| --- | --- |', '| Anmälan till loppet | Avtal |', '| Kontakt med deltagarna | Intresseavvägning och ibland samtycke |'], 10],
    ['fi', ['## Analytiikka', '', 'Käytämme analytiikkaa sivuston kehittämiseen.', '', '- Oikeusperuste: oikeutettu etu tai suostumus evästeasetustesi mukaisesti'], 9],
    ['fi', ['## Käsittelyn peruste', '', 'Asiakkaan tietoja käsitellään asiakkaan suostumuksella, tai asiakkaan kanssa tehtävän sopimuksen täytäntöön panemiseksi.'], 7],
    // A row of three cells, its basis cell naming two.
    ['fi', ['## Mitä tietoja käsittelemme ja miksi', '', '| Käyttötarkoitus | Oikeusperuste | Tietotyypit |', '| --- | --- | --- |', '| Uutiskirje | Suostumus | Sähköpostiosoite |', '| Verkkosivuanalyysi | Oikeutettu etu / suostumus | IP-osoite |'], 10],
    ['sv', ['## Vilka uppgifter vi behandlar och varför', '', '| Ändamål | Rättslig grund | Uppgifter |', '| --- | --- | --- |', '| Nyhetsbrev | Samtycke | E-postadress |', '| Webbanalys | Berättigat intresse / samtycke | IP-adress |'], 10],
    ['en', ['## What data we process and why', '', '| Purpose | Legal basis | Data |', '| --- | --- | --- |', '| Newsletter | Consent | E-mail address |', '| Site analytics | Legitimate interest / consent | IP address |'], 10],
  ];
  it.each(IN_ONE)('is reported where it is said (%s)', async (lang, body, line) => {
    expect(await besideAt([...HEAD[lang], ...body])).toEqual([line]);
  });

  const EACH_ITS_OWN: [keyof typeof HEAD, string[]][] = [
    ['en', ['## Purposes and legal bases', '', '- Newsletter. Legal basis: consent.', '- Website security. Legal basis: legitimate interest.']],
    ['fi', ['## Käsittelyn oikeusperusteet', '', 'Käsittelyn oikeusperusteet ovat suostumus ja oikeutettu etu.']],
    ['sv', ['## Ändamål', '', '- Nyhetsbrev. Rättslig grund: samtycke för utskicket och berättigat intresse för statistiken över öppnade brev.']],
    ['fi', ['## Tarkoitus', '', '- Tietoja käytetään uutiskirjeessä. Oikeusperusteena on suostumus käsitellä henkilötietoja sähköisessä markkinoinnissa tai oikeutettu etu käsitellä henkilötietoja uusasiakashankintaan liittyen.']],
    ['sv', ['## Ändamål', '', '- Uppgifterna används i nyhetsbrevet. Rättslig grund: samtycke att behandla personuppgifter i e-postmarknadsföring eller berättigat intresse att behandla personuppgifter gällande kundvärvning.']],
    ['en', ['## Purposes', '', '- The data are used in the newsletter. Legal basis: consent to process data in e-mail marketing or legitimate interest to process data regarding finding new customers.']],
  ];
  it.each(EACH_ITS_OWN)('is not, where each basis has its own purpose or the bases are listed for all (%s)', async (lang, body) => {
    expect(await besideAt([...HEAD[lang], ...body])).toEqual([]);
  });
});

describe('two bases other than consent for the purpose their sentence says', () => {
  it('pair with it: no finding that the bases are listed apart from the purposes', async () => {
    const result = await auditBytes(
      new TextEncoder().encode(
        [
          ...HEAD.en, '## What data we collect', '', 'We use Google Analytics on this site for visitor statistics, but only if you give your consent via the cookie banner.', '',
          '## Legal basis', '',
          "We process visitor statistics to improve the site's content and usability. The legal basis is your consent (GDPR Art. 6(1)(a)). Contact form data is processed to prepare a contract or on the basis of our legitimate interest (GDPR Art. 6(1)(b)/(f)) in order to respond to your enquiry.", '',
        ].join('\n'),
      ),
      'notice.md',
      { cwd: work },
    );
    if ('problem' in result) throw new Error(result.problem);
    expect(result.diagnostics.filter((d) => d.ruleId === 'legal-basis' && d.message.includes('which covers which'))).toEqual([]);
  });
});
