/** A finding on the notice's date stands at the line that gives the date, in whatever form the notice writes it. */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICES: [string, string][] = [
  ['fi', '# Rekisteriseloste\n\nHenkilötietolaki (523/99) 10 §\n\nLaadittu: 08.09.2009\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n'],
  ['sv', '# Registerbeskrivning\n\nPersonuppgiftslagen (523/99) 10 §\n\nUpprättad: 08.09.2009\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@esimerkki.example\n'],
  ['en', '# Register description\n\nPersonal Data Act (523/99) 10 §\n\nCreated: 08.09.2009\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n'],
];

describe('a date before the GDPR', () => {
  it.each(NOTICES)('is reported at the line that gives it (%s)', async (_lang, text) => {
    const dated = (await auditText(text)).find((d) => d.ruleId === 'outdated-reference' && d.message.includes('2009-09-08'));
    expect(dated?.line).toBe(5);
  });
});

const RUN_UP: [string, string][] = [
  ['fi', '# Tietosuojaseloste\n\nLaadittu: 24.05.2018\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Rekisteröidyn oikeudet\n\nRekisteröidyllä on oikeus saada henkilötietonsa koneluettavassa muodossa ja vaatia käsittelyn rajoittamista.\n'],
  ['sv', '# Dataskyddsbeskrivning\n\nUpprättad: 24.05.2018\n\n## Personuppgiftsansvarig\n\nExempel rf, Gatan 1, 00100 Helsingfors, info@esimerkki.example\n\n## Dina rättigheter\n\nDu har rätt att få dina uppgifter i maskinläsbar form och att begära begränsning av behandlingen.\n'],
  ['en', '# Privacy notice\n\nCreated: 24.05.2018\n\n## Controller\n\nExample ry, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## Your rights\n\nYou may have your data in a machine-readable format and ask for restriction of processing.\n'],
];

describe('a date in the month before the GDPR applied', () => {
  it.each(RUN_UP)('on a notice that states the rights the GDPR brought is no sign it predates it (%s)', async (_lang, text) => {
    expect((await auditText(text)).filter((d) => d.ruleId === 'outdated-reference')).toEqual([]);
  });

  it.each(RUN_UP)('on a notice that states none of them is (%s)', async (_lang, text) => {
    const without = text.replace(/\n## (?:Rekisteröidyn oikeudet|Dina rättigheter|Your rights)[\s\S]*$/u, '\n');
    expect((await auditText(without)).some((d) => d.ruleId === 'outdated-reference' && d.message.includes('2018-05-24'))).toBe(true);
  });
});

describe('a date in the two months before the GDPR applied', () => {
  const notice = (date: string) => `# Privacy policy\n\nThis privacy policy was last updated on ${date}.\n\n## Controller\n\nExample AB, Street 1, 111 35 Stockholm, privacy@example.example\n\n## Your rights\n\nYou have the right to data portability and to restriction of processing (GDPR Article 20 and 18).\n`;
  const outdated = async (date: string) => (await auditText(notice(date))).filter((d) => d.ruleId === 'outdated-reference').length;

  it('is no sign that a notice that names the GDPR predates it', async () => {
    expect(await outdated('2018-04-20')).toBe(0);
  });

  it('is one further back', async () => {
    expect(await outdated('2018-03-20')).toBe(1);
  });
});
