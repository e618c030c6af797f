/**
 * "Den rättsliga grunden för vår insamling är … berättigat intresse": the basis's own "för" names no aim,
 * so the interest pursued is still to be said; a clause that does say what the processing is for names it.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICE = {
  sv: (said: string) => `# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## Varför vi samlar in uppgifter\n\nVi samlar in namn och e-postadress.\n\n## Rättslig grund\n\n${said}\n`,
  en: (said: string) => `# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n## What we collect\n\nWe collect names and e-mail addresses.\n\n## Legal basis\n\n${said}\n`,
};

const interestAsked = async (text: string): Promise<boolean> => (await auditText(text)).some((d) => d.ruleId === 'legitimate-interest');

describe('the legitimate interest named only as a basis', () => {
  it.each([
    ['sv', 'Den rättsliga grunden för vår insamling är dels samtycke, dels berättigat intresse.'],
    ['en', 'The legal basis for processing is our legitimate interest.'],
  ] as const)('is asked for (%s)', async (lang, said) => {
    expect(await interestAsked(NOTICE[lang](said))).toBe(true);
  });

  it.each([
    ['sv', 'Vi behandlar uppgifterna med stöd av berättigat intresse för att skydda tjänsten mot missbruk.'],
    ['en', 'We process the data on our legitimate interest to keep the service secure.'],
    ['en', 'Our legitimate interest is the basis for sending you direct marketing.'],
  ] as const)('is not asked for where the aim is said (%s)', async (lang, said) => {
    expect(await interestAsked(NOTICE[lang](said))).toBe(false);
  });
});
