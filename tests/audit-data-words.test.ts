/**
 * What a notice's list of data says of the data themselves: health data in other words than the usual
 * ones, and a provider's account a person signs in with, which is no party the data go to.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

async function rulesOf(text: string): Promise<string[]> {
  return (await auditText(text)).map((d) => d.ruleId);
}

const HEALTH: [string, string][] = [
  ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@esimerkki.example\n\n## Insamling av personuppgifter\n\n- Namn och e-postadress.\n- Hälsorelaterad information som vikt, längd och medicinska tillstånd.\n'],
  ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## Collection of personal data\n\n- Name and e-mail address.\n- Health-related information such as weight and height.\n'],
  ['fi, a compound', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Rekisterin tietosisältö\n\n- Tapahtumiin ilmoittautuneiden nimi ja sähköpostiosoite\n- Ruoka-aineallergiat\n'],
  ['sv, a compound', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel rf, Gatan 1, 00100 Helsingfors, info@esimerkki.example\n\n## Vilka uppgifter vi behandlar\n\n- Namn och e-postadress till dem som anmäler sig\n- Eventuella matallergier\n'],
];

describe('data on health in other words', () => {
  it.each(HEALTH)('ask for the condition of Art. 9(2) (%s)', async (_lang, text) => {
    expect(await rulesOf(text)).toContain('special-category-condition');
  });
});

const ACCOUNTS: [string, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Rekisterin tietosisältö\n\n- Nimi ja sähköpostiosoite\n- Google-tunnuksen sisäinen tunniste\n\n## Tietojen siirto\n\nHenkilötietoja ei siirretä EU:n tai ETA-alueen ulkopuolelle.\n'],
  ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@esimerkki.example\n\n## Vilka uppgifter vi behandlar\n\n- Namn och e-postadress\n- Microsoft-kontots interna id\n\n## Överföring\n\nPersonuppgifter överförs inte utanför EU eller EES.\n'],
  ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## What data we collect\n\n- Name and e-mail address\n- Google account identifier\n\n## Transfers\n\nPersonal data are not transferred outside the EU or the EEA.\n'],
];

describe('a provider’s account named as a data item', () => {
  it.each(ACCOUNTS)('is no provider the data go to (%s)', async (_lang, text) => {
    const rules = await rulesOf(text);
    expect(rules).not.toContain('contradiction');
    expect(rules).not.toContain('provider-transfer');
  });
});
