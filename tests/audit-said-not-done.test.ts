/**
 * What a notice says it does not do names nothing it does: a consent it says is not needed ("kräver inget
 * samtycke") is no basis whose withdrawal must be stated, and a service it says it does not use ("inget
 * Google Analytics") is no recipient whose transfer must be declared.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';
import { auditText } from './audit-text.js';

type Lang = 'fi' | 'sv' | 'en';

const HEAD: Record<Lang, string> = {
  fi: '# Tietosuojaseloste\n\nPäivitetty 27.2.2026\n\n## Rekisterinpitäjä\n\nKukka Esimerkki Oy, Katu 1, 00100 Helsinki, info@kukka.example\n\n## Käyttötarkoitus\n\n- Tilausten toimittaminen (oikeusperuste: sopimus)\n\n',
  sv: '# Integritetspolicy\n\nSenast uppdaterad: 27 februari 2026\n\n## Personuppgiftsansvarig\n\nBlomster Exempel AB, Gatan 1, 21100 Malmö, info@blomster.example\n\n## Ändamål\n\n- Fullfölja köp (rättslig grund: avtal)\n\n',
  en: '# Privacy policy\n\nLast updated: 27 February 2026\n\n## Controller\n\nFlower Example Ltd, Street 1, 00100 Helsinki, info@flower.example\n\n## Purposes\n\n- Delivering orders (legal basis: contract)\n\n',
};
const COOKIES: Record<Lang, string> = {
  fi: '## Evästeet\n\nKäytämme vain välttämättömiä evästeitä. Ne ovat välttämättömiä sivuston toiminnalle, eivätkä ne vaadi suostumusta. Emme käytä seurantaevästeitä, emmekä käytä Google Analyticsia.\n',
  sv: '## Cookies\n\nVi använder bara nödvändiga kakor. Dessa är nödvändiga för att webbplatsen ska fungera och kräver inget samtycke enligt GDPR. Vi använder inga spårningscookies, inget Google Analytics och ingen tredjepartstracking.\n',
  en: "## Cookies\n\nWe use only necessary cookies. These are needed for the site to work and do not require consent. We don't use Google Analytics or any third-party tracking.\n",
};

describe('what a notice says it does not do', () => {
  it.each(['fi', 'sv', 'en'] as const)('asks for no withdrawal of a consent it says is not needed (%s)', async (lang) => {
    const found = await auditText(HEAD[lang] + COOKIES[lang]);
    expect(found.filter((d) => d.ruleId === 'right-missing' && /withdraw|peruuttaa|återkalla/u.test(d.message))).toEqual([]);
  });

  it.each(['fi', 'sv', 'en'] as const)('takes no service it says it does not use for a recipient (%s)', async (lang) => {
    const found = await auditText(HEAD[lang] + COOKIES[lang]);
    expect(found.filter((d) => d.ruleId === 'provider-transfer')).toEqual([]);
    expect(JSON.stringify(importNotice(HEAD[lang] + COOKIES[lang], { lang }).register['recipients'] ?? [])).not.toContain('Google');
  });
});
