/**
 * A notice that lists its recipients by name and names among its cookies analytics or marketing tools of
 * providers the list leaves out: one finding at the list, naming them all. Not where the list names them,
 * nor for content embedded from another service, which sets its own cookies when the reader plays it.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICE = {
  fi: (recipients: string, cookies: string) =>
    `# Tietosuojaseloste\n\nPäivitetty 1.2.2026\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.example\n\n## Vastaanottajat\n\nTietoja käsittelevät puolestamme:\n\n${recipients}\n\n## Evästeet\n\n${cookies}\n`,
  sv: (recipients: string, cookies: string) =>
    `# Integritetspolicy\n\nUppdaterad 1.2.2026\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, dataskydd@exempel.example\n\n## Mottagare\n\nUppgifterna behandlas för vår räkning av:\n\n${recipients}\n\n## Kakor\n\n${cookies}\n`,
  en: (recipients: string, cookies: string) =>
    `# Privacy notice\n\nUpdated 1 February 2026\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, privacy@example.example\n\n## Recipients\n\nThe data are processed on our behalf by:\n\n${recipients}\n\n## Cookies\n\n${cookies}\n`,
};

const LIST = '- Supabase: tietokanta\n- Stripe: maksut';
const LIST_MORE = `${LIST}\n- Microsoft: Clarity\n- Meta Platforms: Meta Pixel`;

const TOOLS = {
  fi: 'Analytiikka (vaatii suostumuksen): Microsoft Clarity. Markkinointi (vaatii suostumuksen): Meta Pixel.',
  sv: 'Analys (kräver samtycke): Microsoft Clarity. Marknadsföring (kräver samtycke): Meta Pixel.',
  en: 'Analytics (needs consent): Microsoft Clarity. Marketing (needs consent): Meta Pixel.',
};

const EMBEDS = {
  fi: 'Sivuston sisältöupotukset, kuten Youtube-videot, käyttävät omia evästeitään.',
  sv: 'Inbäddat innehåll, som Youtube-videor, använder egna kakor.',
  en: 'Embedded content, such as Youtube videos, uses its own cookies.',
};

const BROWSERS = {
  fi: 'Voit estää evästeet selaimesi asetuksista, esimerkiksi Google Chromessa tai Microsoft Edgessä. Sivuston fontit ladataan omalta palvelimeltamme.',
  sv: 'Du kan blockera kakor i webbläsarens inställningar, till exempel i Google Chrome eller Microsoft Edge. Typsnitten hämtas från vår egen server.',
  en: 'You can block cookies in your browser settings, for example in Google Chrome or Microsoft Edge. The fonts are served from our own server.',
};

const unlisted = async (text: string) => (await auditText(text)).filter((d) => d.ruleId === 'recipients' && /Clarity|Microsoft|Meta|Youtube|Chrome|Edge/u.test(d.message));

describe('a provider among the cookies that the recipients leave out', () => {
  it.each(['fi', 'sv', 'en'] as const)('is reported once, at the list, with every one named (%s)', async (lang) => {
    const found = await unlisted(NOTICE[lang](LIST, TOOLS[lang]));
    expect(found.map((d) => d.line)).toEqual([11]);
    expect(found[0]?.message).toMatch(/Microsoft.*Meta Pixel/u);
  });

  it.each(['fi', 'sv', 'en'] as const)('not where the list names them (%s)', async (lang) => {
    expect(await unlisted(NOTICE[lang](LIST_MORE, TOOLS[lang]))).toEqual([]);
  });

  it.each(['fi', 'sv', 'en'] as const)('not for a browser named in instructions for blocking cookies (%s)', async (lang) => {
    expect(await unlisted(NOTICE[lang](LIST, BROWSERS[lang]))).toEqual([]);
  });

  it.each(['fi', 'sv', 'en'] as const)('not for content embedded from another service (%s)', async (lang) => {
    expect(await unlisted(NOTICE[lang](LIST, EMBEDS[lang]))).toEqual([]);
  });
});
