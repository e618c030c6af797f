/**
 * Providers established outside the EEA that the notice places in it by their cloud region's code
 * ("AWS eu-central-1") or by the area after their name ("Vercel EU"): no contradiction with "no data
 * leave the EU/EEA"; a region outside it ("us-east-1") still is one.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const notice = (region: string, lang: 'fi' | 'sv' | 'en'): string =>
  ({
    fi: `# Tietosuojaseloste\n\nPäivitetty 1.2.2026\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Tietojen sijainti\n\nTiedot tallennetaan Supabase-tietokantaan (AWS ${region}, Frankfurt). Sovelluksen taustapalvelu toimii palvelussa Vercel EU.\n\n## Tietojen siirto\n\nTietoja ei siirretä EU/ETA-alueen ulkopuolelle.\n`,
    sv: `# Integritetspolicy\n\nUppdaterad 1.2.2026\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## Var uppgifterna finns\n\nUppgifterna lagras i en Supabase-databas (AWS ${region}, Frankfurt). Appens server körs hos Vercel EU.\n\n## Överföring\n\nUppgifterna överförs inte utanför EU/EES.\n`,
    en: `# Privacy notice\n\nUpdated 1 February 2026\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n## Where the data are\n\nThe data are stored in a Supabase database (AWS ${region}, Frankfurt). The app's backend runs on Vercel EU.\n\n## Transfers\n\nWe do not transfer data outside the EU/EEA.\n`,
  })[lang];

const contradictions = async (text: string): Promise<number> => (await auditText(text)).filter((d) => d.ruleId === 'contradiction').length;

describe('providers placed in the EEA by their region or the area after their name', () => {
  it.each(['fi', 'sv', 'en'] as const)('contradict no denial of transfers (%s)', async (lang) => {
    expect(await contradictions(notice('eu-central-1', lang))).toBe(0);
  });

  it.each(['fi', 'sv', 'en'] as const)('do, in a region outside the EEA (%s)', async (lang) => {
    expect(await contradictions(notice('us-east-1', lang))).toBeGreaterThan(0);
  });
});
