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
