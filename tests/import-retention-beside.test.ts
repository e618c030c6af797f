/**
 * A section whose heading names keeping data after another part ("Säilytys ja luovutus", "Lagring och
 * utlämning av uppgifter", "Retention and disclosure") is read for how long data are kept as well.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const NOTICES: Record<'fi' | 'sv' | 'en', string> = {
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Säilytys ja luovutus\n\nTietoja säilytetään vain niin kauan kuin tarjouspyynnön hoitaminen tai kirjanpitovelvoitteet edellyttävät. Tietoja ei myydä eteenpäin.\n',
  sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 22 Stockholm, info@exempel.se\n\n## Utlämning och lagring av uppgifter\n\nUppgifterna sparas så länge offerten och bokföringsskyldigheten kräver det. Vi säljer inte uppgifterna vidare.\n',
  en: '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n## Disclosure and retention\n\nWe keep the data only as long as handling the request and our bookkeeping duties require. We do not sell the data.\n',
};

describe('a section on recipients and on keeping data', () => {
  it.each(['fi', 'sv', 'en'] as const)('gives how long data are kept (%s)', (lang) => {
    const retention = importNotice(NOTICES[lang], { format: 'markdown' }).register['retention'] as { description?: Record<string, string> }[] | undefined;
    expect(retention?.map((r) => Object.values(r.description ?? {})[0]).join(' ')).toMatch(/kirjanpito|bokföring|bookkeeping/u);
  });
});
