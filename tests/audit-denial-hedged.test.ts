/**
 * A denial of disclosures only as a rule or by default ("ei oletusarvoisesti luovuteta", "lämnas i regel
 * inte ut", "not disclosed by default") leaves other cases open: it does not contradict the recipients
 * the notice names. An outright denial does.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

async function contradictions(text: string): Promise<number> {
  return (await auditText(text)).filter((d) => d.ruleId === 'contradiction').length;
}

const NOTICES: [string, (denial: string) => string, string, string][] = [
  [
    'fi',
    (d) => `# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Tietojen luovutukset\n\nKäytämme ajanvarauksessa Varaamo-palvelua, joka toimii henkilötietojen käsittelijänä.\n\n## Yrittäjät\n\n${d}\n`,
    'Kun yrittäjä muuttaa muualle, asiakastietoja ei luovuteta oletusarvoisesti mukana.',
    'Asiakastietoja ei luovuteta kenellekään.',
  ],
  [
    'sv',
    (d) => `# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@esimerkki.example\n\n## Utlämnande av uppgifter\n\nVi använder Bokaren för bokningar. Bokaren är vårt personuppgiftsbiträde.\n\n## Företagare\n\n${d}\n`,
    'Kunduppgifter lämnas inte ut som standard när en företagare flyttar.',
    'Kunduppgifter lämnas inte ut.',
  ],
  [
    'en',
    (d) => `# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## Disclosures\n\nWe use Bookly for bookings. Bookly acts as our processor.\n\n## Contractors\n\n${d}\n`,
    'When a contractor moves away, customer data are not disclosed by default.',
    'Customer data are not disclosed to anyone.',
  ],
];

/** A denial narrowed to one purpose ("i marknadsföringssyfte"), in a notice whose recipients section names processors. */
const FOR_ONE_PURPOSE: [string, string][] = [
  ['sv', 'Vi delar aldrig dina uppgifter med tredje part i marknadsföringssyfte.'],
  ['fi', 'Emme koskaan luovuta tietojasi kolmansille osapuolille markkinointitarkoituksiin.'],
  ['en', 'We never share your data with third parties for marketing purposes.'],
];

describe('a denial of disclosures beside the recipients named', () => {
  it.each(FOR_ONE_PURPOSE)('narrowed to one purpose contradicts nothing (%s)', async (lang, denial) => {
    const notice = NOTICES.find(([l]) => l === lang)![1];
    expect(await contradictions(notice(denial))).toBe(0);
  });

  it.each(NOTICES)('only by default or as a rule contradicts nothing; outright, it does (%s)', async (_lang, notice, hedged, outright) => {
    expect(await contradictions(notice(hedged))).toBe(0);
    expect(await contradictions(notice(outright))).toBe(1);
  });
});

describe('a denial narrowed to sale, or said of a setting the browser keeps', () => {
  it.each([
    ['fi', 'Emme luovuta tietojasi myyntiin.'],
    ['sv', 'Vi lämnar inte ut dina uppgifter till försäljning.'],
    ['en', 'Your data are not passed on for sale.'],
  ])('"not handed over for sale" contradicts nothing (%s)', async (lang, text) => {
    const notice = NOTICES.find(([l]) => l === lang)![1];
    expect(await contradictions(notice(text))).toBe(0);
  });

  it('data about sales denied outright still contradict the recipients', async () => {
    const notice = NOTICES.find(([l]) => l === 'fi')![1];
    expect(await contradictions(notice('Myyntiin ja asiakaspalveluun liittyviä tietoja ei luovuteta kenellekään.'))).toBe(1);
  });

  it('"this information" after a sentence that lists name and e-mail is of personal data: it contradicts', async () => {
    const notice = NOTICES.find(([l]) => l === 'sv')![1];
    expect(await contradictions(notice('I dina kontoinställningar sparas ditt namn och din e-postadress. Denna information lämnar aldrig tjänsten.'))).toBe(1);
  });

  it.each([
    ['sv', 'Ditt språkval sparas lokalt i din webbläsare via localStorage så att sidan kommer ihåg din inställning. Denna information lämnar aldrig din enhet.'],
    ['en', 'Your language choice is kept in your browser’s local storage so that the site remembers your setting. This information never leaves your device.'],
  ])('"this information never leaves your device", of a setting kept in the browser, contradicts nothing (%s)', async (lang, text) => {
    const notice = NOTICES.find(([l]) => l === lang)![1];
    expect(await contradictions(notice(text))).toBe(0);
  });
});

describe('the person told to keep a password to themselves', () => {
  it('denies no disclosure of the data; a denial that names passwords among the data still denies', async () => {
    const notice = NOTICES.find(([l]) => l === 'en')![1];
    expect(await contradictions(notice('Use unique numbers, letters and special characters, and do not disclose your password to anyone.'))).toBe(0);
    expect(await contradictions(notice('Personal data, including user names and passwords, are not disclosed to anyone.'))).toBe(1);
  });
});
