/**
 * A provider established outside the EEA that the notice itself places in the EU, in the sentence
 * that says no data leave it ("Kaikki data tallennetaan EU-alueella (Irlanti, AWS eu-west-1)"): no
 * contradiction with `transfers: none` is reported there.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICES = {
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Missä tietoja käsitellään\n\nKaikki data tallennetaan EU-alueella (Irlanti, AWS eu-west-1).\n',
  sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## Var lagras uppgifterna\n\nAll data lagras inom EU (Irland, AWS eu-west-1).\n',
  en: '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n## Where we store your data\n\nAll data are stored in the EU (Ireland, AWS eu-west-1).\n',
};

describe('a provider the notice places in the EU', () => {
  it.each(Object.entries(NOTICES))('is no contradiction of `transfers: none` (%s)', async (_lang, text) => {
    expect((await auditText(text)).filter((d) => d.ruleId === 'contradiction')).toEqual([]);
  });

  it('is one where the notice does not place it so', async () => {
    const text = NOTICES.en.replace('All data are stored in the EU (Ireland, AWS eu-west-1).', 'Data never leave the EU. We host the site on AWS.');
    expect((await auditText(text)).filter((d) => d.ruleId === 'contradiction').map((d) => d.line)).toContain(9);
  });
});
