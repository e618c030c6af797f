/**
 * A list of bases whose items only say what each basis is ("Sopimus: Tietojen käsittely on tarpeen
 * sopimuksen täytäntöön panemiseksi", "Samtycke: När du har lämnat ditt samtycke") pairs none with a
 * purpose: beside purposes that rest on other bases, which of the rest it covers is not said.
 * An item that names its purpose ("Lakisääteinen velvoite: Kirjanpito ja verotus") pairs it.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICES: [string, string, string][] = [
  [
    'fi',
    '# Tietosuojaseloste\n\nPäivitetty 1.2.2026.\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Miksi keräämme tietoja?\n\n- Tarjouspyyntöihin vastaaminen\n- Asiakassuhteen hoitaminen\n- Laskutus ja kirjanpito\n\n## Oikeusperuste\n\n',
    '- Sopimus: Tietojen käsittely on tarpeen sopimuksen täytäntöön panemiseksi\n- Oikeutettu etu: Asiakaspalvelu ja liiketoiminnan kehittäminen\n- Lakisääteinen velvoite: Kirjanpito ja verotus\n',
  ],
  [
    'sv',
    '# Integritetspolicy\n\nUppdaterad 1.2.2026.\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## Ändamål\n\n- Kundservice: för att kunna svara på frågor\n- Fakturering: för att kunna skicka fakturor\n- Marknadsföring: för att skicka erbjudanden\n\n## Rättslig grund\n\n',
    '- Avtal: När behandlingen är nödvändig för att fullgöra ett avtal med dig\n- Samtycke: När du har lämnat ditt samtycke till behandlingen\n- Rättslig förpliktelse: Bokföring\n',
  ],
  [
    'en',
    '# Privacy notice\n\nUpdated 1 February 2026.\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n## Purposes\n\n- Answering enquiries\n- Managing the customer relationship\n- Bookkeeping\n\n## Legal basis\n\n',
    '- Contract: when the processing is necessary for the performance of a contract with you\n- Consent: when you have given your consent\n- Legal obligation: bookkeeping\n',
  ],
];

async function notMapped(text: string): Promise<number> {
  return (await auditText(text)).filter((d) => d.ruleId === 'legal-basis' && /not which covers which/u.test(d.message)).length;
}

describe('bases listed by what each is', () => {
  it.each(NOTICES)('pair no purpose, and the list does not say which covers which (%s)', async (_lang, notice, bases) => {
    expect(await notMapped(`${notice}${bases}`)).toBe(1);
  });

  it('pair their purposes where each item names one', async () => {
    const [, notice] = NOTICES[0]!;
    const bases = '- Sopimus: Tarjouspyyntöihin vastaaminen\n- Oikeutettu etu: Asiakassuhteen hoitaminen\n- Lakisääteinen velvoite: Laskutus ja kirjanpito\n';
    expect(await notMapped(`${notice}${bases}`)).toBe(0);
  });

  it.each([
    ['fi', '- Sopimus: kun vastaamme tarjouspyyntöihin\n- Oikeutettu etu: asiakassuhteen hoitaminen\n- Lakisääteinen velvoite: laskutus ja kirjanpito\n'],
    ['sv', '- Avtal: när vi svarar på dina frågor i kundservicen\n- Samtycke: när du har samtyckt till marknadsföringen\n- Rättslig förpliktelse: fakturering och bokföring\n'],
    ['en', '- Contract: when we answer your enquiries\n- Legitimate interest: managing the customer relationship\n- Legal obligation: bookkeeping\n'],
  ])('pair their purposes where a "when" clause names one (%s)', async (lang, bases) => {
    const notice = NOTICES.find(([l]) => l === lang)![1];
    expect(await notMapped(`${notice}${bases}`)).toBe(0);
  });
});
