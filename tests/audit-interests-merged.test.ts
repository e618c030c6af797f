/**
 * Purposes that each rest on legitimate interests without naming the interest are one fault of the
 * notice: told once, with their number, at the heading on the interests where there is one, else at the
 * first of them.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

type Lang = 'fi' | 'sv' | 'en';

/** A notice whose table of purposes (lines 7-11) rests three of them on legitimate interests. */
const TABLE: Record<Lang, string> = {
  fi: '# Tietosuojaseloste\n\nPäivitetty 1.3.2025. Kauppa Oy, Katu 1, 00100 Helsinki, info@kauppa.fi.\n\n## Mihin tietoja käytetään\n\n| Tarkoitus | Oikeusperuste |\n|---|---|\n| Ostoskorin muistutukset | Oikeutettu etu |\n| Arvostelupyynnöt | Oikeutettu etu |\n| Kuvien julkaisu | Oikeutettu etu |\n',
  sv: '# Integritetspolicy\n\nUppdaterad 2025-03-01. Butiken AB, Gatan 1, 111 22 Stockholm, info@butiken.se.\n\n## Hur behandlar vi dina uppgifter\n\n| Ändamål | Rättslig grund |\n|---|---|\n| Påminnelser om varukorgen | Berättigat intresse |\n| Förfrågan om recension | Berättigat intresse |\n| Publicering av bilder | Berättigat intresse |\n',
  en: '# Privacy policy\n\nUpdated 1 March 2025. Shop Ltd, Street 1, 00100 Helsinki, info@shop.fi.\n\n## How we use your data\n\n| Purpose | Legal basis |\n|---|---|\n| Reminding of an abandoned cart | Legitimate interest |\n| Asking for reviews | Legitimate interest |\n| Publishing photos | Legitimate interest |\n',
};

/** A section on the balancing of the interests, its heading at line 13. */
const BALANCING: Record<Lang, string> = {
  fi: '\n## Oikeutettu etu\n\nOlemme arvioineet etujemme ja oikeuksiesi välisen tasapainon.\n',
  sv: '\n## Intresseavvägning\n\nVi har gjort ett intresseavvägningstest.\n',
  en: '\n## Legitimate interests\n\nWe have carried out a balancing test.\n',
};

const onInterests = async (text: string) => (await auditText(text)).filter((d) => d.ruleId === 'legitimate-interest');

describe('purposes that each rest on legitimate interests without naming the interest', () => {
  it.each(Object.keys(TABLE) as Lang[])('are one finding, with their number, at the heading on the interests (%s)', async (lang) => {
    const found = await onInterests(TABLE[lang] + BALANCING[lang]);
    expect(found.map((d) => d.line)).toEqual([13]);
    expect(found[0]!.message).toMatch(/^3 /u);
  });

  it.each(Object.keys(TABLE) as Lang[])('are one finding at the first of them where no heading speaks of the interests (%s)', async (lang) => {
    const found = await onInterests(TABLE[lang]);
    expect(found.map((d) => d.line)).toEqual([9]);
    expect(found[0]!.message).toMatch(/^3 /u);
  });

  it.each(Object.keys(TABLE) as Lang[])('are not put on a heading of the rights that names the interests (%s)', async (lang) => {
    const rights = {
      fi: '\n## Oikeus vastustaa oikeutettuun etuun perustuvaa käsittelyä\n\nVoit vastustaa käsittelyä.\n',
      sv: '\n## Invänd mot behandling baserad på vårt berättigade intresse\n\nDu kan invända mot behandlingen.\n',
      en: '\n## Object to processing based on our legitimate interests\n\nYou can object to the processing.\n',
    }[lang];
    expect((await onInterests(TABLE[lang] + rights)).map((d) => d.line)).toEqual([9]);
  });
});
