/** The controller's details in a page's footer, under its name on a line of its own, for a notice that names it but gives no way to reach it. */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Draft = Record<string, unknown>;

/** A page: the notice, which names its controller in running text only, then a footer with its name over its details. */
function page(lang: Lang, footer: readonly string[]): string {
  const notice = {
    fi: '<h1>Tietosuojaseloste</h1><p>Korjaamo Esimerkki Oy ei kerää henkilötietoja kotisivukäynneiltä.</p><h2>Yhteydenottolomake</h2><p>Korjaamo Esimerkki Oy:n lomakkeella vastaanotetut tiedot säilytetään vuoden.</p><h2>Sinun oikeutesi</h2><p>Voit pyytää tietojesi poistamista.</p>',
    sv: '<h1>Integritetspolicy</h1><p>Verkstad Exempel Ab samlar inte in personuppgifter vid besök på webbplatsen.</p><h2>Kontaktformulär</h2><p>Uppgifter som Verkstad Exempel Ab tar emot via formuläret sparas i ett år.</p><h2>Dina rättigheter</h2><p>Du kan begära att dina uppgifter raderas.</p>',
    en: '<h1>Privacy policy</h1><p>Workshop Example Ltd does not collect personal data from visits to the site.</p><h2>Contact form</h2><p>Data received by Workshop Example Ltd through the form are kept for one year.</p><h2>Your rights</h2><p>You may ask us to erase your data.</p>',
  }[lang];
  return `<html><body><main>${notice}</main><footer>${footer.map((l) => `<div>${l}</div>`).join('')}</footer></body></html>`;
}

const NAMES: Record<Lang, string> = { fi: 'Korjaamo Esimerkki Oy', sv: 'Verkstad Exempel Ab', en: 'Workshop Example Ltd' };

describe('a controller named in the notice, with its details in the footer', () => {
  it.each(['fi', 'sv', 'en'] as const)('takes the details under its name for the controller (%s)', (lang) => {
    const name = NAMES[lang];
    const text = page(lang, [name, '<p><a href="tel:+358201234567">020 123 4567</a><br><a href="mailto:info@esimerkki.example">info@esimerkki.example</a><br>Kytkinkatu 1,<br>20380 Turku<br>Y-tunnus: 3362590-4</p>']);
    const { register, yaml } = importNotice(text, { lang });
    expect(register['controller']).toMatchObject({ name, email: 'info@esimerkki.example', phone: '020 123 4567', business_id: '3362590-4' });
    expect((register['controller'] as Draft)['address']).toMatchObject({ street: 'Kytkinkatu 1', postal_code: '20380', city: 'Turku' });
    expect(yaml).toContain('footer');
  });

  it('takes nothing from lines under its name that do not reach it (a menu)', () => {
    const { register } = importNotice(page('fi', [NAMES.fi, '<p>Etusivu<br>Palvelut<br>Yhteystiedot</p>']), { lang: 'fi' });
    expect(Object.keys(register['controller'] as Draft)).toEqual(['name']);
  });
});

describe('a controller with its business ID, in a footer that spells its name otherwise', () => {
  const NOTICE: Record<Lang, string> = {
    fi: '<h1>Tietosuojaseloste</h1><h2>1. Rekisterinpitäjä</h2><p>Lakiasiantoimisto Esimerkki &amp; Co Oy (y-tunnus 3362590-4)</p><h2>2. Sinun oikeutesi</h2><p>Voit pyytää tietojesi poistamista.</p>',
    sv: '<h1>Integritetspolicy</h1><h2>1. Personuppgiftsansvarig</h2><p>Advokatbyrå Exempel &amp; Co Ab (FO-nummer 3362590-4)</p><h2>2. Dina rättigheter</h2><p>Du kan begära att dina uppgifter raderas.</p>',
    en: '<h1>Privacy notice</h1><h2>1. Controller</h2><p>Law Office Example &amp; Co Ltd (business ID 3362590-4)</p><h2>2. Your rights</h2><p>You may ask us to erase your data.</p>',
  };
  const FOOTER_NAMES: Record<Lang, string> = { fi: 'Lakiasiaintoimisto Esimerkki &amp; Co Oy', sv: 'Advokatbyrån Exempel &amp; Co Ab', en: 'Law Offices Example &amp; Co Ltd' };
  const footer = (name: string, id: string): string =>
    `<footer><h2>${name}</h2><p>Kytkinkatu 1, 20380 Turku<br>Y-tunnus: ${id}</p><p><a href="tel:0201234567">020 123 4567</a><br><a href="mailto:info@esimerkki.example">info@esimerkki.example</a></p></footer>`;

  it.each(['fi', 'sv', 'en'] as const)('takes the details of the blocks under the name for the controller (%s)', (lang) => {
    const { register } = importNotice(`<html><body><main>${NOTICE[lang]}</main>${footer(FOOTER_NAMES[lang], '3362590-4')}</body></html>`, { lang });
    expect(register['controller']).toMatchObject({ business_id: '3362590-4', email: 'info@esimerkki.example', phone: '020 123 4567' });
  });

  it.each(['fi', 'sv', 'en'] as const)('takes nothing under a company of another business ID (%s)', (lang) => {
    const { register } = importNotice(`<html><body><main>${NOTICE[lang]}</main>${footer(FOOTER_NAMES[lang], '1234567-1')}</body></html>`, { lang });
    expect((register['controller'] as Draft)['email']).toBeUndefined();
  });
});

describe('a controller reachable by e-mail only, on a page with an address beside an e-mail at its domain', () => {
  const HEAD: Record<Lang, string> = {
    fi: '<h1>Tietosuojaseloste</h1><p>Rekisterinpitäjä: Saunaseura ry</p><p>Yhteystiedot: hallitus@saunaseura.example</p><h2>Sinun oikeutesi</h2><p>Voit pyytää tietojesi poistamista.</p>',
    sv: '<h1>Dataskyddsbeskrivning</h1><p>Personuppgiftsansvarig: Bastuföreningen rf</p><p>Kontakt: styrelsen@saunaseura.example</p><h2>Dina rättigheter</h2><p>Du kan begära att dina uppgifter raderas.</p>',
    en: '<h1>Privacy notice</h1><p>Controller: Sauna Society</p><p>Contact: board@saunaseura.example</p><h2>Your rights</h2><p>You may ask us to erase your data.</p>',
  };
  const footer = (block: string): string => `<footer><div class="address">${block}</div></footer>`;

  it.each(['fi', 'sv', 'en'] as const)('takes the address for the controller, to be checked (%s)', (lang) => {
    const { register, yaml } = importNotice(`<html><body><main>${HEAD[lang]}</main>${footer('Kansanpuistonpolku 5<br>00570 Helsinki<br><a href="mailto:sauna@saunaseura.example">sauna@saunaseura.example</a>')}</body></html>`, { lang });
    expect((register['controller'] as Draft)['address']).toMatchObject({ street: 'Kansanpuistonpolku 5', postal_code: '00570', city: 'Helsinki' });
    expect(yaml).toContain("at the controller's own domain: check it");
  });

  it.each(['fi', 'sv', 'en'] as const)('takes none from a block of another party, its e-mail at another domain (%s)', (lang) => {
    const other = 'Tietosuojavaltuutetun toimisto<br>Lintulahdenkuja 4<br>00530 Helsinki<br>tietosuoja@om.fi';
    const { register } = importNotice(`<html><body><main>${HEAD[lang]}<p>${other}</p></main>${footer('Lintulahdenkuja 4<br>00530 Helsinki<br>hallitus@saunaseura.example, tietosuoja@om.fi')}</body></html>`, { lang });
    expect((register['controller'] as Draft)['address']).toBeUndefined();
  });
});
