/**
 * `transfers: none` against a provider established outside the EEA is reported where the notice names
 * that provider, when the notice has no section on transfers to put it in.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICES = {
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Kenelle tietoja luovutetaan\n\nJäsenrekisterin tietoja käsittelee hallitus.\n\nMaksut käsittelee maksupalvelu Stripe.\n\n## Miten tietosi suojataan\n\nEmme siirrä tietojasi Suomen rajojen ulkopuolelle.\n',
  sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel rf, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## Vem får tillgång till uppgifterna\n\nStyrelsen behandlar medlemsregistret.\n\nBetalningar hanteras av betaltjänsten Stripe.\n\n## Var behandlar vi dina uppgifter?\n\nVi behandlar alltid dina personuppgifter inom EU/EES.\n',
  en: '# Privacy notice\n\n## Controller\n\nExample Club, Street 1, 00100 Helsinki, info@example.fi\n\n## Who we share data with\n\nThe board processes the member register.\n\nPayments are handled by the payment service Stripe.\n\n## How we protect your data\n\nYour data never leave the EU.\n',
};

describe('a provider named against `transfers: none`', () => {
  it.each(Object.entries(NOTICES))('is reported at the line that names it (%s)', async (_lang, text) => {
    const found = (await auditText(text)).filter((d) => d.ruleId === 'contradiction' && d.message.includes('the register names'));
    expect(found.map((d) => d.line)).toEqual([11]);
  });
});

const SILENT = {
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Kenelle tietoja luovutetaan\n\nMaksut käsittelee maksupalvelu Stripe.\n\nSivuston kävijämääriä seurataan Google Analyticsilla.\n',
  sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel rf, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## Vem får tillgång till uppgifterna\n\nBetalningar hanteras av betaltjänsten Stripe.\n\nVi mäter besöken på webbplatsen med Google Analytics.\n',
  en: '# Privacy notice\n\n## Controller\n\nExample Club, Street 1, 00100 Helsinki, info@example.fi\n\n## Who we share data with\n\nPayments are handled by the payment service Stripe.\n\nWe measure visits to the site with Google Analytics.\n',
};

describe('providers outside the EEA named at several lines of a notice silent on transfers', () => {
  it.each(Object.entries(SILENT))('are one finding, at the first, naming both (%s)', async (_lang, text) => {
    const found = (await auditText(text)).filter((d) => d.ruleId === 'provider-transfer');
    expect(found.map((d) => d.line)).toEqual([9]);
    expect(found[0]!.message).toMatch(/Stripe.*Google/u);
  });
});
