/**
 * A web page's own footer, after the notice (its links to social media, its copyright line), is no part
 * of the notice: the services it links to are no parties the notice's data go to.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICE: Record<'fi' | 'sv' | 'en', string> = {
  fi: '<h1>Tietosuojaseloste</h1><p>Päivitetty 1.2.2026</p><h2>Rekisterinpitäjä</h2><p>Esimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.example</p><h2>Tietojen siirto</h2><p>Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.</p>',
  sv: '<h1>Integritetspolicy</h1><p>Uppdaterad 1.2.2026</p><h2>Personuppgiftsansvarig</h2><p>Exempel Ab, Gatan 1, 00100 Helsingfors, dataskydd@exempel.example</p><h2>Överföring av uppgifter</h2><p>Uppgifterna överförs inte utanför EU eller EES.</p>',
  en: '<h1>Privacy notice</h1><p>Updated 1 February 2026</p><h2>Controller</h2><p>Example Ltd, Street 1, 00100 Helsinki, privacy@example.example</p><h2>Transfers</h2><p>Data are not transferred outside the EU or the EEA.</p>',
};
const LINKS = '<ul><li><a href="#">Instagram</a></li><li><a href="#">LinkedIn</a></li></ul>';

const naming = (found: { message: string }[]): string[] => found.map((d) => d.message).filter((m) => /Instagram|LinkedIn/u.test(m));

describe("a page's own footer", () => {
  it.each(['fi', 'sv', 'en'] as const)('names no party the data go to, though its links name services (%s)', async (lang) => {
    const page = (inside: string, after: string) => `<!doctype html><html lang="${lang}"><body><main>${NOTICE[lang]}${inside}</main><footer>${after}</footer></body></html>`;
    expect(naming(await auditText(page('', LINKS), 'notice.html'))).toEqual([]);
    // The same services named in the notice itself are asked of.
    expect(naming(await auditText(page(`<p>${lang === 'fi' ? 'Käytämme Instagramia ja LinkedIniä markkinointiin.' : lang === 'sv' ? 'Vi använder Instagram och LinkedIn för marknadsföring.' : 'We use Instagram and LinkedIn for marketing.'}</p>`, ''), 'notice.html')).length).toBeGreaterThan(0);
  });
});
