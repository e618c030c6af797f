/**
 * Rights a notice states in words the audit must read: a heading that is a right's name alone over text of its own
 * ("Begränsning", "Käsittelyn rajoittaminen", "Restriction"), and stopping the mailings among the rights ("Withdrawal —
 * You can stop communications at any time"), which is the objection to direct marketing.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const missing = async (text: string, right: string): Promise<boolean> =>
  (await auditText(text)).some((d) => d.ruleId === 'right-missing' && d.message.includes(right));

describe('a heading that is the right’s name, over text of its own', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Oikeutesi\n\nSinulla on oikeus saada pääsy tietoihisi.\n\n## Rajoittaminen\n\nTietojen rajoittaminen tarkoittaa, että merkitsemme tiedot niin, että niitä käytetään vain tiettyyn tarkoitukseen.\n', 'restriction'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 22 Stockholm, info@exempel.se\n\n## Dina rättigheter\n\nDu har rätt att ta del av dina uppgifter.\n\n## Begränsning\n\nAtt uppgifterna begränsas betyder att vi gör en markering om att hanteringen ska begränsas till ett visst syfte.\n', 'restriction'],
    ['en', '# Privacy policy\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n## Your rights\n\nYou may have access to your data.\n\n## Restriction\n\nHaving the data restricted means that we mark them so that they are used for one purpose only.\n', 'restriction'],
  ])('states the right (%s)', async (_lang, text, right) => {
    expect(await missing(text, right)).toBe(false);
  });
});

describe('a heading on more than the right', () => {
  it('states no right (en)', async () => {
    const text = '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n## Your rights\n\nYou may have access to your data.\n\n## Licenses and restrictions\n\nThe corpus may be used for research only, under the licence of its publisher.\n';
    expect(await missing(text, 'restriction')).toBe(true);
  });
});

describe('stopping the mailings among the rights', () => {
  const NOTICE = (rights: string): string =>
    `# Privacy policy\n\n## Controller\n\nExample ry, Street 1, 00100 Helsinki, info@example.fi\n\n## What we use your data for\n\n- Send newsletters and campaign updates (consent)\n\n## Your rights\n\nYou have the following rights regarding your data:\n\n${rights}\n`;

  it('states the objection to direct marketing', async () => {
    expect(await missing(NOTICE('- Access — You can request a copy of the data we hold.\n- Withdrawal — You can stop communications at any time.'), 'direct marketing')).toBe(false);
  });

  it('without it, the objection is missing', async () => {
    expect(await missing(NOTICE('- Access — You can request a copy of the data we hold.'), 'direct marketing')).toBe(true);
  });
});

describe('a heading that names a right over text on something else', () => {
  it.each([
    ['en', '## Access to data\n\nOnly the two members of our customer service team can see the data.', 'access'],
    ['fi', '## Pääsy tietoihin\n\nTietoja näkevät vain asiakaspalvelumme kaksi työntekijää.', 'access'],
    ['sv', '## Tillgång till uppgifterna\n\nEndast två anställda i kundtjänsten ser uppgifterna.', 'access'],
  ])('states no right (%s)', async (_lang, part, right) => {
    const text = `# Privacy\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n${part}\n`;
    expect(await missing(text, right)).toBe(true);
  });

  it('nor does saying one cannot stop the mailings state the objection to them', async () => {
    const text = '# Privacy policy\n\n## Controller\n\nExample ry, Street 1, 00100 Helsinki, info@example.fi\n\n## What we use your data for\n\n- Send newsletters and campaign updates (consent)\n\n## Your rights\n\n- Access — You can request a copy of the data we hold.\n- Note that you cannot opt out of service e-mails about your orders.\n';
    expect(await missing(text, 'direct marketing')).toBe(true);
  });
});
