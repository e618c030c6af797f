/**
 * A finding on something the notice leaves out stands where it belongs in a notice without a section
 * for it: whether data must be given, where the person registers; a purpose's missing basis, at the
 * purpose's own sentence, not an earlier one that uses something else; missing rights, not under a
 * heading on the rights to the site's content.
 */
import { describe, expect, it } from 'vitest';
import { passagesOf } from '../src/audit/passages.js';
import { readBlocks } from '../src/import/document/read.js';
import { outline } from '../src/import/outline.js';
import { auditText } from './audit-text.js';

async function linesOf(lines: readonly string[], ruleId: string): Promise<number[]> {
  return (await auditText(`${lines.join('\n')}\n`)).filter((d) => d.ruleId === ruleId).map((d) => d.line);
}

/** A race's notice with no section on the data: the person registers at line 11 ("rekisteröidyille" and a complaint, "en anmälan till Integritetsskyddsmyndigheten", before it are no registration). */
const REGISTERS = {
  fi: [
    '# Tietosuojaseloste', '', '## Rekisterinpitäjä', '', 'Esimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.fi', '',
    '## Miksi käsittelemme tietoja', '', 'Järjestämme rekisteröidyille juoksutapahtuman ja lähetämme tulokset.', '',
    'Ilmoittautuessasi tapahtumaan annat nimesi ja sähköpostiosoitteesi.',
  ],
  sv: [
    '# Integritetspolicy', '', '## Personuppgiftsansvarig', '', 'Exempel förening, Gatan 1, 00100 Helsingfors, info@exempel.fi', '',
    '## Varför behandlar vi uppgifterna', '', 'Vi ordnar ett lopp. Du kan göra en anmälan till Integritetsskyddsmyndigheten.', '',
    'När du anmäler dig till loppet lämnar du ditt namn och din e-postadress.',
  ],
  en: [
    '# Privacy notice', '', '## Controller', '', 'Example Club, Street 1, 00100 Helsinki, info@example.fi', '',
    '## Why we process the data', '', 'We organise a race and send the results.', '',
    'When you register for the race you give your name and e-mail address.',
  ],
};

/** A course's notice that says what data are at line 9, as those given when booking, with no section on them. */
const GIVEN = {
  fi: ['# Tietosuojaseloste', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi', '', '## Henkilötietojen käsittely', '', 'Käsittelemme kurssin varauksen yhteydessä annetut tiedot.', '', 'Tietoja käytetään kurssin järjestämiseen.'],
  sv: ['# Integritetspolicy', '', '## Personuppgiftsansvarig', '', 'Exempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi', '', '## Behandling av personuppgifter', '', 'Vi behandlar de uppgifter som lämnas vid bokningen av kursen.', '', 'Uppgifterna används för att ordna kursen.'],
  en: ['# Privacy notice', '', '## Controller', '', 'Example Ltd, Street 1, 00100 Helsinki, info@example.fi', '', '## Processing of personal data', '', 'The personal data comprise the information given when booking a course.', '', 'The data are used to organise the course.'],
};

/** A club's notice with no section on the data, which it lists at line 13 (not the general word on collecting at line 9, nor the contact details). */
const LISTED = {
  fi: [
    '# Tietosuojaseloste', '', '## Rekisterinpitäjä', '', 'Esimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.fi, puh. 040 123 4567', '',
    '## Yleistä', '', 'Keräämme vain tarpeellisia tietoja.', '', '## Jäsenrekisteri', '', 'Jäsenrekisteriin tallennetaan jäsenen nimi, sähköpostiosoite, puhelinnumero ja osoite.',
  ],
  sv: [
    '# Integritetspolicy', '', '## Personuppgiftsansvarig', '', 'Exempel förening, Gatan 1, 00100 Helsingfors, info@exempel.fi, tel. 040 123 4567', '',
    '## Allmänt', '', 'Vi samlar in så lite data som möjligt.', '', '## Medlemsregister', '', 'Vi registrerar följande personuppgifter om medlemmarna:', '', '- namn', '- e-postadress',
  ],
  en: [
    '# Privacy notice', '', '## Controller', '', 'Example Club, Street 1, 00100 Helsinki, info@example.fi, tel. 040 123 4567', '',
    '## General', '', 'We collect only the data we need.', '', '## Membership register', '', "The register holds each member's name, e-mail address, phone number and postal address.",
  ],
};

/** Recorded data listed at line 9 (the site's logs), the form the person fills in at line 11; in Swedish, data from another source "bland annat" at line 9. */
const FORM_AFTER_LOGS = {
  fi: ['# Tietosuojaseloste', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi', '', '## Tietojen käsittely', '', 'Sivusto tallentaa kävijän IP-osoitteen, selaimen tyypin ja sijainnin kaupungin tarkkuudella.', '', 'Yhteydenottolomakkeella voit lähettää meille nimesi ja sähköpostiosoitteesi.'],
  sv: ['# Integritetspolicy', '', '## Personuppgiftsansvarig', '', 'Exempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi', '', '## Behandling av personuppgifter', '', 'Från Befolkningsregistercentralen uppdaterar vi bland annat namn, adress och telefonnummer.', '', 'Vi behandlar följande personuppgifter som du själv anger i formuläret: namn, e-postadress och telefonnummer.'],
  en: ['# Privacy notice', '', '## Controller', '', 'Example Ltd, Street 1, 00100 Helsinki, info@example.fi', '', '## Processing of personal data', '', 'Our analytics cookies record your IP address, browser type and approximate location.', '', 'With the contact form you can send us your name and e-mail address.'],
};

/** Terms of a site with its content's rights (lines 7-9) before the one purpose (line 13). */
const TERMS = {
  sv: [
    '# Villkor och integritet', '', '## Personuppgiftsansvarig', '', 'Exempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi', '',
    '## Immateriella rättigheter', '', 'Webbplatsens fotografier används med fotografernas tillstånd.', '',
    '## Webbläsarens lagring', '', 'Webbläsarens lokala lagring används för att spara de platser du har besökt.',
  ],
  en: [
    '# Terms and privacy', '', '## Controller', '', 'Example Ltd, Street 1, 00100 Helsinki, info@example.fi', '',
    '## Intellectual property rights', '', 'The photographs of the site are used under licence from their authors.', '',
    '## Browser storage', '', "The browser's local storage is used for saving the places you have visited.",
  ],
};

describe('a finding stands where what is left out belongs', () => {
  it.each(Object.entries(REGISTERS))('whether data must be given: where the person registers (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'provision-requirement')).toEqual([11]);
  });

  it.each(Object.entries(GIVEN))('whether data must be given: where the notice says what was given when booking (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'provision-requirement')).toEqual([9]);
  });

  it.each(Object.entries(LISTED))('whether data must be given: where the notice lists the data (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'provision-requirement')).toEqual([13]);
  });

  it.each(Object.entries(FORM_AFTER_LOGS))('whether data must be given: where the person gives them, not where data are recorded or come from another (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'provision-requirement')).toEqual([11]);
  });

  it.each(Object.entries(TERMS))('a missing basis: at the purpose’s own sentence (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'legal-basis')).toEqual([13]);
  });

  it.each(Object.entries(TERMS))('missing rights: not under the heading on the content’s rights (%s)', async (_lang, lines) => {
    // With no section on the rights, they belong at the start of the notice.
    expect(await linesOf(lines, 'right-missing')).toEqual([1, 1, 1, 1]);
  });
});

/** Bases listed apart from the purposes, a contract named among the purposes of a part headed for both first. */
const BASES_APART = {
  sv: [
    '# Integritetspolicy', '', '## Personuppgiftsansvarig', '', 'Exempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi', '',
    '## Ändamål med behandlingen och rättslig grund', '', '- För att administrera vårt avtal med dig', '- För marknadsföringsändamål', '',
    '## Rättslig grund för behandlingen', '', 'Vi behandlar uppgifterna med stöd av avtal, samtycke och berättigat intresse.',
  ],
  en: [
    '# Privacy notice', '', '## Controller', '', 'Example Ltd, Street 1, 00100 Helsinki, info@example.fi', '',
    '## Purposes and legal basis', '', '- To manage our contract with you', '- For marketing', '',
    '## Legal basis for processing', '', 'We process the data on the basis of a contract, consent and our legitimate interests.',
  ],
};

describe('bases listed apart from the purposes', () => {
  it.each(Object.entries(BASES_APART))('stand where the part on the bases alone names them (%s)', async (_lang, lines) => {
    const at = (await auditText(`${lines.join('\n')}\n`)).filter((d) => d.ruleId === 'legal-basis' && /are listed, but not which/u.test(d.message)).map((d) => d.line);
    expect(at).toEqual([14]);
  });
});

/** The controller's section gives a name, a domicile and an e-mail; a later section names people who maintain a part of the register. */
const MAINTAINERS = [
  '# Rekisteriseloste', '', '## Rekisterinpitäjä', '', 'Kuusisuvun sukuseura ry', 'Kotipaikka: Iisalmi', 'Sähköposti: info@kuusisuku.example', '',
  '## Rekisteriasioista vastaavat henkilöt', '', 'Matti Kuusi, digitaalisen sukututkimusrekisterin ylläpitäjä', 'Sähköposti: matti@kuusisuku.example',
];

describe('a controller with no postal address', () => {
  it('is asked for it in its own section, not at a maintainer of a part of the register', async () => {
    const at = (await auditText(`${MAINTAINERS.join('\n')}\n`)).filter((d) => d.ruleId === 'controller-contact').map((d) => d.line);
    expect(at.length).toBeGreaterThan(0);
    expect(at.every((line) => line >= 3 && line <= 7)).toBe(true);
  });
});

describe('a paragraph of a label and its value a line', () => {
  /** The controller's paragraph: its e-mail on line 6, the officer's (the same address) on line 7. */
  const LABELLED = {
    fi: ['# Tietosuojaseloste', '', '## Rekisterinpitäjä', '', '**Esimerkki Oy**', 'Sähköposti: info@esimerkki.fi', 'Tietosuojavastaava: info@esimerkki.fi'],
    sv: ['# Dataskyddsbeskrivning', '', '## Personuppgiftsansvarig', '', '**Exempel Ab**', 'E-post: info@exempel.fi', 'Dataskyddsombud: info@exempel.fi'],
    en: ['# Privacy notice', '', '## Controller', '', '**Example Oy**', 'E-mail: info@example.fi', 'Data protection officer: info@example.fi'],
  };

  it.each(['fi', 'sv', 'en'] as const)('places a finding on the officer at the officer\'s line, not the line before (%s)', async (lang) => {
    expect(await linesOf(LABELLED[lang], 'dpo-shared-contact')).toEqual([7]);
  });
});

describe('a sentence wrapped over lines that hold a colon', () => {
  it('stays one passage, at the line it starts on', () => {
    const lines = ['# Privacy notice', '', '## Cookies', '', 'We use analytics cookies to count visits: by using', 'the site you agree: to our use of those cookies.', ''];
    const passages = passagesOf(outline(readBlocks(lines.join('\n'))), lines);
    expect(passages.filter((p) => !p.heading).map((p) => p.line)).toEqual([5]);
  });
});
