/**
 * Consent worded as none, said in more than one place of a notice (at its start, under the changes to
 * it, in its closing words): each sentence is reported at its own line, not only the one the draft maps.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

type Lang = 'fi' | 'sv' | 'en';

const NOTICE: Record<Lang, string[]> = {
  fi: [
    '# Tietosuojaseloste', '', 'Päivitetty 1.2.2026. Käyttämällä palvelua hyväksyt tämän selosteen mukaisen käsittelyn.', '',
    '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi', '',
    '## Muutokset', '', 'Palvelun käytön jatkaminen ilmoituksen jälkeen tarkoittaa päivitetyn selosteen hyväksymistä.', '',
  ],
  sv: [
    '# Integritetspolicy', '', 'Uppdaterad 1.2.2026. Genom att använda tjänsten godkänner du behandlingen enligt denna policy.', '',
    '## Personuppgiftsansvarig', '', 'Exempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi', '',
    '## Ändringar', '', 'Fortsatt användning efter meddelandet innebär att du godkänner den uppdaterade policyn.', '',
  ],
  en: [
    '# Privacy notice', '', 'Updated 1 February 2026. By using the Service, you consent to the data practices described in this policy.', '',
    '## Controller', '', 'Example Ltd, Street 1, 00100 Helsinki, info@example.fi', '',
    '## Changes', '', 'Continued use after notification constitutes acceptance of the updated policy.', '',
  ],
};

const lines = async (text: readonly string[]): Promise<number[]> =>
  (await auditText(`${text.join('\n')}\n`)).filter((d) => d.ruleId === 'invalid-consent').map((d) => d.line).sort((a, b) => a - b);

describe('consent worded as none in two places', () => {
  it.each(['fi', 'sv', 'en'] as const)('is reported at each (%s)', async (lang) => {
    expect(await lines(NOTICE[lang])).toEqual([3, 11]);
  });
});

describe('consent by use in the page\'s own footer', () => {
  it('is no part of the notice, and not reported', async () => {
    const html = [
      '<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8"></head><body>', '<main>', '<h1>Privacy notice</h1>',
      '<p>Updated 1 February 2026. Example Ltd, Street 1, 00100 Helsinki, info@example.fi.</p>', '<h2>Purposes</h2>', '<p>We use the data to answer your questions.</p>', '</main>',
      '<footer><p>By continuing to browse this site, you agree to our use of cookies.</p></footer>', '</body></html>', '',
    ].join('\n');
    expect((await auditText(html, 'notice.html')).filter((d) => d.ruleId === 'invalid-consent').map((d) => d.line)).toEqual([]);
  });
});
