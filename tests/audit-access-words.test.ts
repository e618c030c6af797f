/**
 * The right of access (Art. 15) is stated in words of its own: getting one's data out in a structured
 * format is portability, and information on how the data are processed is what the notice itself gives
 * (Art. 13, 14). A list of rights that has only those leaves access out.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICES: Record<string, (items: string) => string> = {
  fi: (items) =>
    `# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Käsittelyn tarkoitus\n\n- Asiakaspalvelu (oikeusperuste: sopimus)\n\n## Rekisteröidyn oikeudet\n\n${items}\n`,
  sv: (items) =>
    `# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## Ändamål\n\n- Kundtjänst (rättslig grund: avtal)\n\n## Dina rättigheter\n\n${items}\n`,
  en: (items) =>
    `# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n## Purposes\n\n- Customer service (legal basis: contract)\n\n## Your rights\n\n${items}\n`,
};

const WITHOUT_ACCESS: [string, string][] = [
  ['sv', '- Rätt till information: Att få information om hur vi behandlar dina uppgifter\n- Rätt till rättelse\n- Rätt till radering\n- Rätt till dataportabilitet: Att få ut dina uppgifter i ett strukturerat format'],
  ['sv', '- Rätt till dataportabilitet: att få ut dina personuppgifter i ett maskinläsbart format\n- Rätt till rättelse och radering'],
  ['fi', '- Oikeus saada tietoa siitä, miten käsittelemme tietojasi\n- Oikeus tietojen oikaisemiseen ja poistamiseen\n- Tietojen saaminen ja siirto järjestelmästä toiseen'],
  ['en', '- The right to rectification and erasure\n- The right to data portability: to receive a copy of your data in a structured, machine-readable format'],
];

const WITH_ACCESS: [string, string][] = [
  ['en', 'You have the right to request a copy of your personal data, to have inaccurate data corrected, to have your data erased, to restrict the processing and to data portability.'],
  ['sv', 'Du har rätt att få ut dina personuppgifter, att få felaktiga uppgifter rättade, att få dem raderade, att begränsa behandlingen och rätt till dataportabilitet.'],
  ['sv', '- Rätt att få information om huruvida vi behandlar personuppgifter om dig'],
  ['fi', '- Oikeus saada tietoa siitä, miten ja mitä henkilötietojasi käsittelemme'],
  ['sv', '- Rätt att få information om vilka uppgifter vi har om dig\n- Rätt till rättelse och radering\n- Rätt till dataportabilitet'],
  ['sv', '- Rätt att begära registerutdrag och att få ut dina uppgifter i ett strukturerat format\n- Rätt till rättelse och radering'],
  ['fi', '- Oikeus saada tieto siitä, mitä tietoja sinusta on tallennettu\n- Oikeus tietojen oikaisemiseen ja poistamiseen\n- Oikeus siirtää tiedot järjestelmästä toiseen'],
  ['en', '- The right of access and to receive a copy of your data in a structured format\n- The right to rectification and erasure'],
];

async function accessMissing(lang: string, items: string): Promise<boolean> {
  return (await auditText(NOTICES[lang]!(items))).some((d) => d.ruleId === 'right-missing' && /right of access/u.test(d.message));
}

describe('the right of access', () => {
  it.each(WITHOUT_ACCESS)('is missing where the rights give only information on the processing and a portable copy (%s)', async (lang, items) => {
    expect(await accessMissing(lang, items)).toBe(true);
  });

  it.each(WITH_ACCESS)('is stated in words of its own, beside portability too (%s)', async (lang, items) => {
    expect(await accessMissing(lang, items)).toBe(false);
  });
});
