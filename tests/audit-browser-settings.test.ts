/**
 * Cookie settings said to be the browser's ("Voit hallita evästeasetuksia selaimesi kautta", "manage your
 * cookie settings in your browser") are no consent tool of the site and withdraw no consent: analytics
 * cookies governed only so need consent asked on the site, and a notice that says no more of withdrawing
 * leaves that right out. A settings dialog or banner of the site itself, anywhere on the page, is a tool.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICES: [string, (cookies: string) => string, string, string][] = [
  [
    'fi',
    (c) =>
      `# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Käsittelyn tarkoitus\n\n- Markkinointi (suostumuksen perusteella)\n\n## Rekisteröidyn oikeudet\n\nSinulla on oikeus tarkastaa tietosi ja pyytää niiden oikaisemista tai poistamista.\n\n## Evästeet\n\nAnalytiikkaevästeet keräävät tietoa sivuston käytöstä. ${c}\n`,
    'Voit hallita evästeasetuksia selaimesi kautta tai kieltäytyä evästeistä.',
    'Voit muuttaa evästeasetuksiasi sivun alalaidan linkistä.',
  ],
  [
    'sv',
    (c) =>
      `# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@esimerkki.example\n\n## Ändamål\n\n- Marknadsföring (med stöd av ditt samtycke)\n\n## Dina rättigheter\n\nDu har rätt att begära registerutdrag, rättelse och radering.\n\n## Kakor\n\nAnalyskakor samlar in uppgifter om hur webbplatsen används. ${c}\n`,
    'Du kan ändra dina kakinställningar i din webbläsare.',
    'Du kan ändra dina kakinställningar via länken längst ned på sidan.',
  ],
  [
    'en',
    (c) =>
      `# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## Purposes\n\n- Marketing (based on your consent)\n\n## Your rights\n\nYou have the right to access, rectify and erase your data.\n\n## Cookies\n\nAnalytics cookies collect data on how the site is used. ${c}\n`,
    'You can manage your cookie settings in your browser.',
    'You can change your cookie settings from the link at the foot of every page.',
  ],
];

async function findings(text: string): Promise<{ browser: number; withdrawal: number }> {
  const all = await auditText(text);
  return {
    browser: all.filter((d) => d.ruleId === 'invalid-consent').length,
    withdrawal: all.filter((d) => d.ruleId === 'right-missing' && /withdraw consent/u.test(d.message)).length,
  };
}

describe('cookie settings of the browser', () => {
  it.each(NOTICES)('are no consent tool and withdraw no consent (%s)', async (_lang, notice, browser) => {
    expect(await findings(notice(browser))).toEqual({ browser: 1, withdrawal: 1 });
  });

  it.each(NOTICES)('differ from the site’s own settings, which are a tool and a way to withdraw (%s)', async (_lang, notice, _browser, site) => {
    expect(await findings(notice(site))).toEqual({ browser: 0, withdrawal: 0 });
  });

  it.each([
    ['fi', 'Voit muuttaa evästeasetuksiasi milloin tahansa sivun alalaidan Evästeasetukset-linkistä tai poistaa evästeet selaimesi asetuksista.'],
    ['sv', 'Du kan när som helst ändra dina kakinställningar via länken längst ned på sidan eller radera kakor i din webbläsare.'],
    ['en', 'You can change your cookie settings at any time via the Cookie settings link at the bottom of the page, or delete cookies in your browser.'],
    ['fi', 'Voit peruuttaa suostumuksesi milloin tahansa ja muuttaa evästeasetuksiasi tai tyhjentää selaimesi evästeet.'],
    ['sv', 'Du kan när som helst återkalla ditt samtycke genom att ändra dina kakinställningar eller radera kakorna i din webbläsare.'],
  ])('are the site’s where its link is named, or where the browser only deletes cookies (%s)', async (lang, sentence) => {
    const notice = NOTICES.find(([l]) => l === lang)![1];
    expect(await findings(notice(sentence))).toEqual({ browser: 0, withdrawal: 0 });
  });

  it.each([
    ['fi', '## Evästeasetukset', 'Voit hallita evästeasetuksia selaimesi kautta tai kieltäytyä evästeistä.'],
    ['sv', '## Cookie-inställningar', 'Du kan hantera dina cookie-inställningar i din webbläsare.'],
    ['en', '## Cookie settings', 'You can manage your cookie settings in your browser.'],
  ])('are the browser’s under a heading that names cookie settings, which is no tool (%s)', async (lang, heading, sentence) => {
    const notice = NOTICES.find(([l]) => l === lang)![1];
    expect(await findings(`${notice('')}\n${heading}\n\n${sentence}\n`)).toEqual({ browser: 1, withdrawal: 1 });
  });

  it.each([
    ["All browsers allow you to restrict cookie behavior or to disable them by changing the browser's settings."],
    ['Information on how to do this can be found under settings in your browser.'],
  ])('are the browser’s settings however the sentence names them (%s)', async (sentence) => {
    const notice = NOTICES.find(([l]) => l === 'en')![1];
    expect((await findings(notice(sentence))).browser).toBe(1);
  });

  it('give way to a settings dialog of the site elsewhere on the page', async () => {
    const [, notice, browser] = NOTICES[0]!;
    const page = `${notice(browser)}\n## Evästeilmoitus\n\nVälttämättömät: evästeasetustesi muistaminen. Näitä ei voi poistaa käytöstä.\n`;
    expect((await findings(page)).browser).toBe(0);
  });
});
