/** The controller's web site: the site the notice speaks of by its address, at the domain of the controller's e-mail. */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Draft = Record<string, unknown>;

const NOTICE: Record<Lang, (site: string, email: string) => string> = {
  fi: (site, email) => `<h1>Tietosuojaseloste</h1><p>Retuperän Soittajat ry käsittelee sivustollamme (${site}) asioivien käyttäjien henkilötietoja.</p><h2>Rekisterinpitäjä</h2><p>Retuperän Soittajat ry<br>Sähköposti: ${email}</p>`,
  sv: (site, email) => `<h1>Dataskyddsbeskrivning</h1><p>Här berättar vi hur Fasad Exempel Ab behandlar personuppgifter på webbplatsen ${site}.</p><h2>Personuppgiftsansvarig</h2><p>Fasad Exempel Ab<br>E-post: ${email}</p>`,
  en: (site, email) => `<h1>Privacy policy</h1><p>When you visit ${site}, Studio Example Ltd may collect data about your visit.</p><h2>Data controller</h2><p>Studio Example Ltd<br>Email: ${email}</p>`,
};

const controller = (lang: Lang, site: string, email: string): Draft => importNotice(NOTICE[lang](site, email), { lang }).register['controller'] as Draft;

describe('a site the notice speaks of by its address', () => {
  it.each(['fi', 'sv', 'en'] as const)('is the controller\'s web site where its e-mail is at that domain (%s)', (lang) => {
    expect(controller(lang, 'liput.esimerkki.fi', 'info@esimerkki.fi')['website']).toBe('https://liput.esimerkki.fi');
    expect(controller(lang, 'www.esimerkki.fi', 'info@esimerkki.fi')['website']).toBe('https://esimerkki.fi');
  });

  it.each(['fi', 'sv', 'en'] as const)('is not, at another domain than its e-mail\'s (%s)', (lang) => {
    const found = controller(lang, 'hosting-example.com', 'info@esimerkki.fi');
    expect(found['email']).toBe('info@esimerkki.fi');
    expect(found['website']).toBeUndefined();
  });

  it('is not the part of an e-mail address after its @', () => {
    const text = '<h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p>Retuperän Soittajat ry<br>Sähköposti: info@esimerkki.fi</p><p>Tietoja kysytään osoitteesta tietosuoja@esimerkki.fi.</p>';
    expect((importNotice(text, { lang: 'fi' }).register['controller'] as Draft)['website']).toBeUndefined();
  });

  it('is not a page of the site, nor the domain of an e-mail address written out', () => {
    const text = '<h1>Privacy policy</h1><h2>Data controller</h2><p>Studio Example Ltd<br>Email: info@esimerkki.fi</p><p>Use our form at https://esimerkki.fi/privacy-form or write to dpo (at) esimerkki.fi.</p>';
    expect((importNotice(text, { lang: 'en' }).register['controller'] as Draft)['website']).toBeUndefined();
  });
});
