/** A controller's address with no postal code: the notice does not give what the finding says is missing, so the finding stands. */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICES = {
  fi: (address: string) => `# Tietosuojaseloste\n\nPäivitetty 1.3.2026\n\n## Rekisterinpitäjä\n\nKuusen Muutto Oy\\\n${address}\\\ninfo@muutto.example\n\n## Käsittelyn tarkoitus\n\nTarjouspyyntöihin vastaaminen (oikeusperuste: sopimus).\n`,
  sv: (address: string) => `# Integritetspolicy\n\nUppdaterad 1.3.2026\n\n## Personuppgiftsansvarig\n\nGranens Flytt Ab\\\n${address}\\\ninfo@flytt.example\n\n## Ändamål\n\nBesvara offertförfrågningar (rättslig grund: avtal).\n`,
  en: (address: string) => `# Privacy policy\n\nUpdated 1 March 2026\n\n## Controller\n\nSpruce Movers Ltd\\\n${address}\\\ninfo@movers.example\n\n## Purpose\n\nAnswering requests for quotes (legal basis: contract).\n`,
} as const;
const STREETS = { fi: 'Pispalan valtatie 27', sv: 'Stora Nygatan 4', en: 'Main Street 4' } as const;

describe('a controller address without its postal code', () => {
  it.each(['fi', 'sv', 'en'] as const)('is reported as lacking it (%s)', async (lang) => {
    const found = await auditText(NOTICES[lang](`${STREETS[lang]}, Tampere`));
    expect(found.filter((d) => d.ruleId === 'controller-contact').map((d) => d.message)).toEqual([expect.stringContaining('`postal_code`')]);
  });

  it.each(['fi', 'sv', 'en'] as const)('is no finding with it (%s)', async (lang) => {
    const found = await auditText(NOTICES[lang](`${STREETS[lang]}, 33200 Tampere`));
    expect(found.filter((d) => d.ruleId === 'controller-contact')).toEqual([]);
  });
});
