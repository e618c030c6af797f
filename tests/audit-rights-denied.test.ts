/**
 * Rights a notice says the person does not have ("Ei oikeutta tietojen korjaamiseen", "Du har ingen rätt
 * att …", "You have no right to …"): reported as limited where the bases give them; erasure and
 * portability refused because the processing rests on the law are refused on a ground the GDPR names.
 * A processing said not to rest on consent asks for no withdrawal; an authority named as one the data
 * are given to is not the one to complain to.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostic.js';
import { auditText } from './audit-text.js';

type Lang = 'fi' | 'sv' | 'en';

const HEAD: Record<Lang, string> = {
  fi: '# Tietosuojaseloste\n\nPäivitetty 27.2.2026\n\n## Rekisterinpitäjä\n\nEsimerkkivirasto, Katu 1, 00100 Helsinki, kirjaamo@virasto.example\n\n## Käsittelyn tarkoitus ja oikeusperuste\n\nTietoja käytetään palvelun valvontaan. Käsittely on tarpeen yleistä etua koskevan tehtävän suorittamiseksi (6 artiklan 1 e alakohta).\n\n## Tietojen luovutukset\n\nTietoja luovutetaan tietosuojavaltuutetulle valvontaa varten.\n\n',
  sv: '# Dataskyddsbeskrivning\n\nUppdaterad 27.2.2026\n\n## Personuppgiftsansvarig\n\nExempelverket, Gatan 1, 00100 Helsingfors, registratur@verket.example\n\n## Ändamål och rättslig grund\n\nUppgifterna används för att övervaka tjänsten. Behandlingen är nödvändig för att utföra en uppgift av allmänt intresse (artikel 6.1 e).\n\n## Utlämnande av uppgifter\n\nUppgifter lämnas ut till dataombudsmannen för tillsynen.\n\n',
  en: '# Privacy notice\n\nUpdated 27 February 2026\n\n## Controller\n\nExample Agency, Street 1, 00100 Helsinki, registry@agency.example\n\n## Purpose and legal basis\n\nThe data are used to monitor the service. The processing is necessary for the performance of a task carried out in the public interest (Article 6(1)(e)).\n\n## Disclosures\n\nData are disclosed to the Data Protection Ombudsman for supervision.\n\n',
};
const RIGHTS: Record<Lang, string> = {
  fi: '## Rekisteröidyn oikeudet\n\nRekisteröidyllä on oikeus tarkastaa itseään koskevat tiedot. Ei oikeutta tietojen korjaamiseen. Rekisteröidyllä ei ole oikeutta pyytää tietojensa poistamista, koska käsittely perustuu lakiin. Henkilötietojen käsittelyä ei myöskään voi pyytää rajoittamaan. Rekisteröidyllä on oikeus vastustaa käsittelyä. Henkilötietojen käsittely ei perustu suostumukseen. Rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle.\n',
  sv: '## Dina rättigheter\n\nDu har rätt att få tillgång till dina uppgifter. Du har ingen rätt att få uppgifterna rättade. Du har inte rätt att få dina uppgifter raderade, eftersom behandlingen grundar sig på lag. Du kan inte begära begränsning av behandlingen. Du har rätt att invända mot behandlingen. Behandlingen grundar sig inte på samtycke. Du har rätt att klaga hos tillsynsmyndigheten.\n',
  en: '## Your rights\n\nYou have the right of access to your data. You have no right to have the data rectified. You do not have the right to erasure, as the processing is based on law. You cannot request restriction of processing. You have the right to object to the processing. The processing is not based on consent. You have the right to lodge a complaint with the supervisory authority.\n',
};

const about = (found: Diagnostic[], rule: string): string[] => found.filter((d) => d.ruleId === rule).map((d) => d.message);

describe('rights a notice says the person does not have', () => {
  it.each(['fi', 'sv', 'en'] as const)('rectification and restriction denied are limited; erasure refused on the law is not (%s)', async (lang) => {
    const limited = about(await auditText(HEAD[lang] + RIGHTS[lang]), 'right-limited');
    expect(limited.some((m) => m.includes('Art. 16'))).toBe(true);
    expect(limited.some((m) => m.includes('Art. 18'))).toBe(true);
    expect(limited.filter((m) => m.includes('Art. 17'))).toEqual([]);
  });

  it.each(['fi', 'sv', 'en'] as const)('a processing said not to rest on consent asks for no withdrawal (%s)', async (lang) => {
    const missing = about(await auditText(HEAD[lang] + RIGHTS[lang]), 'right-missing');
    expect(missing.filter((m) => m.includes('Art. 7(3)'))).toEqual([]);
  });

  it.each(['fi', 'sv', 'en'] as const)('an authority named only as a recipient names none to complain to (%s)', async (lang) => {
    expect(about(await auditText(HEAD[lang] + RIGHTS[lang]), 'complaint-authority')).toHaveLength(1);
  });
});

describe('a right named on a line of its own over a paragraph that only says it does not apply', () => {
  const CONSENT: Record<Lang, string> = {
    fi: '# Tietosuojaseloste\n\nPäivitetty 27.2.2026\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Käsittelyn tarkoitus ja oikeusperuste\n\nTietoja käytetään jäsenyyden hoitamiseen. Käsittely perustuu jäsenen suostumukseen.\n\n## Rekisteröidyn oikeudet\n\nRekisteröidyllä on oikeus tarkastaa tietonsa.\n\nOikeus siirtää tiedot järjestelmästä toiseen\n\nEi sovellu.\n',
    sv: '# Dataskyddsbeskrivning\n\nUppdaterad 27.2.2026\n\n## Personuppgiftsansvarig\n\nExempel rf, Gatan 1, 00100 Helsingfors, info@exempel.example\n\n## Ändamål och rättslig grund\n\nUppgifterna används för att sköta medlemskapet. Behandlingen grundar sig på medlemmens samtycke.\n\n## Dina rättigheter\n\nDu har rätt att få tillgång till dina uppgifter.\n\nRätt till dataportabilitet\n\nGäller inte.\n',
    en: '# Privacy notice\n\nUpdated 27 February 2026\n\n## Controller\n\nExample Club, Street 1, 00100 Helsinki, info@example.example\n\n## Purpose and legal basis\n\nThe data are used to manage the membership. The processing is based on the member\'s consent.\n\n## Your rights\n\nYou have the right of access to your data.\n\nRight to data portability\n\nNot applicable.\n',
  };
  it.each(['fi', 'sv', 'en'] as const)('is a right said not to apply: portability under consent is limited (%s)', async (lang) => {
    const limited = about(await auditText(CONSENT[lang]), 'right-limited');
    expect(limited.some((m) => m.includes('Art. 20'))).toBe(true);
  });

  it.each(['Ei sovellu tähän rekisteriin.', 'Tämä oikeus ei koske tätä rekisteriä.'])('is denied in other short words too: %s', async (said) => {
    const limited = about(await auditText(CONSENT.fi.replace('Ei sovellu.', said)), 'right-limited');
    expect(limited.some((m) => m.includes('Art. 20'))).toBe(true);
  });

  it.each(['Oikeus ei koske suostumukseen perustuvaa käsittelyä.', 'Ei sovellu, jos tiedot on jo poistettu.'])('is not denied by a denial that holds only in some cases: %s', async (said) => {
    const limited = about(await auditText(CONSENT.fi.replace('Ei sovellu.', said)), 'right-limited');
    expect(limited.some((m) => m.includes('Art. 20'))).toBe(false);
  });
});

describe('erasure refused to members until they leave', () => {
  const NOTICE: Record<Lang, [string, string]> = {
    fi: ['# Tietosuojaseloste\n\nPäivitetty 27.2.2026\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Käsittelyn tarkoitus ja oikeusperuste\n\nSähköpostiosoitetta käytetään tiedottamiseen jäsenen suostumuksella.\n\n## Rekisteröidyn oikeudet\n\nRekisteröidyllä on oikeus tarkastaa tietonsa. ', 'Rekisteröidyllä on oikeus vaatia tietojensa poistamista, tämä ei koske jäsentä (silloin jäsenen tulee erota yhdistyksestä).'],
    sv: ['# Dataskyddsbeskrivning\n\nUppdaterad 27.2.2026\n\n## Personuppgiftsansvarig\n\nExempel rf, Gatan 1, 00100 Helsingfors, info@exempel.example\n\n## Ändamål och rättslig grund\n\nE-postadressen används för information med medlemmens samtycke.\n\n## Dina rättigheter\n\nDu har rätt att få tillgång till dina uppgifter. ', 'En person har rätt att begära att ens uppgifter stryks, detta gäller inte en medlem i föreningen (i sådana fall bör man avsluta sitt medlemskap).'],
    en: ['# Privacy notice\n\nUpdated 27 February 2026\n\n## Controller\n\nExample Club, Street 1, 00100 Helsinki, info@example.example\n\n## Purpose and legal basis\n\nThe e-mail address is used for news with the member\'s consent.\n\n## Your rights\n\nYou have the right of access to your data. ', 'You have the right to erasure, which does not apply to a member (a member must first end their membership).'],
  };
  it.each(['fi', 'sv', 'en'] as const)('are not limited: the data are still needed while the membership lasts (%s)', async (lang) => {
    const [head, erasure] = NOTICE[lang];
    const limited = about(await auditText(`${head}${erasure}\n`), 'right-limited');
    expect(limited.filter((m) => m.includes('Art. 17'))).toEqual([]);
    // Refused outright, it still is.
    const refused = { fi: 'Rekisteröidyllä ei ole oikeutta tietojensa poistamiseen.', sv: 'Du har ingen rätt att få dina uppgifter raderade.', en: 'You have no right to erasure.' }[lang];
    expect(about(await auditText(`${head}${refused}\n`), 'right-limited').some((m) => m.includes('Art. 17'))).toBe(true);
  });
});
