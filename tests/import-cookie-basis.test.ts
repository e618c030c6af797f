/**
 * A basis said of the cookies alone ("För cookies … används samtycke som rättslig grund") is no basis of the
 * register's purposes, which speak of no cookies: it is quoted for the cookies, and the purpose keeps none.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';
import { auditText } from './audit-text.js';

const NOTICES: [string, string][] = [
  ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel IK, kontakt@exempel.example\n\n## Rättslig grund\n\nBehandling av personuppgifter sker huvudsakligen för att kunna besvara inkommande frågor.\n\nFör cookies och externa tjänster som inte är nödvändiga används samtycke som rättslig grund.\n'],
  ['en', '# Privacy notice\n\n## Controller\n\nExample Club, contact@example.example\n\n## Legal basis\n\nWe process personal data mainly to answer the questions you send us.\n\nFor cookies that are not necessary, the legal basis is your consent.\n'],
  ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry, info@esimerkki.example\n\n## Käsittelyn oikeusperuste\n\nKäsittelemme henkilötietoja pääasiassa vastataksemme yhteydenottoihin.\n\nMuiden kuin välttämättömien evästeiden käytön oikeusperuste on suostumus.\n'],
];

describe('a basis said of the cookies alone', () => {
  it.each(NOTICES)('is no basis of the purposes (%s)', (lang, text) => {
    const { register } = importNotice(text, { lang: lang as 'sv' });
    const purposes = register['purposes'] as { legal_basis?: string }[];
    expect(purposes.length).toBeGreaterThan(0);
    expect(purposes.every((p) => p.legal_basis === undefined)).toBe(true);
    expect(register['legal_bases']).toBeUndefined();
  });

  it.each(NOTICES)('leaves the purposes to be asked for their basis (%s)', async (_lang, text) => {
    const found = (await auditText(text)).filter((d) => d.ruleId === 'legal-basis');
    expect(found.length).toBeGreaterThan(0);
  });

  it('stays with the others where the sentence names them too', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, info@esimerkki.example\n\n## Mihin käytämme tietoja\n\n- Yhteydenottojen käsittely ja asiakasviestintä\n- Laskutus ja taloushallinto\n\n## Oikeusperuste\n\nTietoja käsitellään sopimuksen täytäntöönpanemiseksi, oikeutetun edun perusteella (esim. asiakasviestintä) tai suostumuksella (esim. evästeet).\n';
    const { register, yaml } = importNotice(text, { lang: 'fi' });
    expect(register['legal_bases']).toEqual(expect.arrayContaining(['contract', 'legitimate_interests', 'consent']));
    expect(yaml).not.toMatch(/for the cookies, not for the purposes/u);
  });

  it.each([
    ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, info@example.example\n\n## Purposes\n\nWe use your e-mail address to send you our newsletter.\n\n## Legal basis\n\nThe legal basis is your consent, which you give when you subscribe to the newsletter or accept cookies.\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, info@example.example\n\n## Purposes\n\nWe use your contact details to deliver your orders.\n\n## Legal basis\n\nThe legal basis for processing is the performance of a contract. We do not use cookies.\n'],
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, info@esimerkki.example\n\n## Käsittelyn tarkoitus\n\nKäsittelemme tietoja asiakassuhteen hoitamiseksi.\n\n## Oikeusperuste\n\nHenkilötietojen käsittely perustuu rekisterinpitäjän oikeutettuun etuun (asiakassuhde). Evästeistä kerrotaan tarkemmin kohdassa 9.\n'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, info@exempel.example\n\n## Ändamål\n\nVi behandlar din e-postadress för att skicka vårt nyhetsbrev.\n\n## Rättslig grund\n\nRättslig grund är ditt samtycke, som du ger när du prenumererar på nyhetsbrevet eller godkänner kakor.\n'],
  ] as const)('is not a basis that only names the cookies further on, or beside it (%s)', (lang, text) => {
    const { register, yaml } = importNotice(text, { lang });
    const purposes = register['purposes'] as { legal_basis?: string }[];
    expect(purposes.some((p) => p.legal_basis !== undefined) || register['legal_bases'] !== undefined).toBe(true);
    expect(yaml).not.toMatch(/for the cookies, not for the purposes/u);
  });

  it('is the basis of a purpose that speaks of the cookies', () => {
    const text = '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel IK, kontakt@exempel.example\n\n## Rättslig grund\n\nVi använder analyskakor för att förbättra webbplatsen.\n\nFör cookies som inte är nödvändiga används samtycke som rättslig grund.\n';
    const purposes = importNotice(text, { lang: 'sv' }).register['purposes'] as { legal_basis?: string }[];
    expect(purposes.map((p) => p.legal_basis)).toEqual(['consent']);
  });
});
