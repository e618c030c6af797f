/**
 * Targeting or personalisation that a published notice tells of ("kohdennettu mainonta", "personalised
 * ads", "riktad reklam") is profiling that is rarely a decision of Art. 22, and Art. 13(2)(f) asks a
 * notice to tell only of those: the audit does not ask it to say there are none. Profiling, scoring or
 * credit checks named it still asks of.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICES: [string, (use: string) => string, string, string][] = [
  [
    'fi',
    (use) => `# Tietosuojaseloste\n\nPäivitetty 1.2.2026.\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Evästeet\n\n${use}\n`,
    'Google ja sen kumppanit voivat käyttää evästeitä mainosten personointiin ja kohdennettuun mainontaan.',
    'Profiloimme asiakkaita ostohistorian perusteella ja pisteytämme heidän luottokelpoisuutensa.',
  ],
  [
    'sv',
    (use) => `# Integritetspolicy\n\nUppdaterad 1.2.2026.\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## Kakor\n\n${use}\n`,
    'Kakorna används för riktad reklam på sociala medier.',
    'Vi gör en kreditprövning innan beställningen godkänns.',
  ],
  [
    'en',
    (use) => `# Privacy notice\n\nUpdated 1 February 2026.\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n## Cookies\n\n${use}\n`,
    'Advertising cookies are used for targeted and personalised ads.',
    'We use profiling and credit scoring to decide on your application.',
  ],
];

async function asked(text: string): Promise<number> {
  return (await auditText(text)).filter((d) => d.ruleId === 'automated-decisions').length;
}

describe('targeting told of in a published notice', () => {
  it.each(NOTICES)('is no question of automated decisions (%s)', async (_lang, notice, targeting) => {
    expect(await asked(notice(targeting))).toBe(0);
  });

  it.each(NOTICES)('differs from profiling, scoring or credit checks, which are asked of (%s)', async (_lang, notice, _targeting, profiling) => {
    expect(await asked(notice(profiling))).toBe(1);
  });
});

const MARKETING_PROFILING: [string, string][] = [
  ['fi', 'Käytämme tietoja suoramarkkinointiin ja siihen liittyvään profilointiin.'],
  ['sv', 'Vi använder uppgifterna för marknadsföring och profilering för att rikta den.'],
  ['en', 'We use the data for direct marketing and the profiling it involves.'],
];

describe('profiling said only of marketing', () => {
  it.each(MARKETING_PROFILING)('is targeting, no question of automated decisions (%s)', async (lang, use) => {
    const notice = NOTICES.find(([l]) => l === lang)![1];
    expect(await asked(notice(use))).toBe(0);
  });
});

const DECISIONS: [string, string][] = [
  ['fi', 'Käytämme tietoja markkinointiin sekä profilointiin, jolla päätämme lainahakemuksista.'],
  ['sv', 'Vi använder profilering för marknadsföring och för beslut om kredit.'],
  ['en', 'We use profiling for marketing and to decide on loan applications.'],
];

describe('profiling said of marketing and of decisions', () => {
  it.each(DECISIONS)('is still asked of (%s)', async (lang, use) => {
    const notice = NOTICES.find(([l]) => l === lang)![1];
    expect(await asked(notice(use))).toBe(1);
  });
});

describe('profiling said in a sentence that goes on from one on marketing', () => {
  it.each([
    ['fi', 'Kerättyjä tietoja käytetään tilastointi- ja markkinointitarkoituksiin. Tietoja voidaan käyttää myös profilointiin.'],
    ['sv', 'Uppgifterna används för statistik och marknadsföring. De kan också användas för profilering.'],
    ['en', 'The data collected are used for statistics and marketing. They may also be used for profiling.'],
  ])('is profiling for marketing, no question of automated decisions (%s)', async (lang, text) => {
    const notice = NOTICES.find(([l]) => l === lang)![1];
    expect(await asked(notice(text))).toBe(0);
  });
});

describe('profiling in a sentence that goes on from one on marketing but gives its own end', () => {
  it.each([
    ['fi', 'Käytämme yhteystietojasi vakuutustuotteidemme markkinointiin. Käytämme myös profilointia vakuutusmaksusi määrittämiseen.'],
    ['sv', 'Vi använder dina kontaktuppgifter för marknadsföring av våra försäkringar. Vi använder även profilering för att fastställa din försäkringspremie.'],
    ['en', 'We use your contact details for marketing our insurance products. We also use profiling to set the premium of your insurance.'],
  ])('is still a question of automated decisions (%s)', async (lang, text) => {
    const notice = NOTICES.find(([l]) => l === lang)![1];
    expect(await asked(notice(text))).toBeGreaterThan(0);
  });
});
