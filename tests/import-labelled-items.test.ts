/**
 * Page shapes that put a notice's parts where headings are not: a list whose items each open on a bold
 * label over a line break ("<li><strong>Rekisterinpitäjä</strong><br>…</li>"); a table of purposes under a
 * heading before the first part; a part said in a paragraph under a subheading, which the next
 * subheading ends.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Register = Record<string, any>;

const item = (label: string, text: string): string => `<li><strong>${label}</strong><br>${text}</li>`;

const ITEMS: Record<Lang, [string, string][]> = {
  fi: [
    ['Rekisterinpitäjä', 'Esimerkki Oy. (Y-tunnus 1234567-1) Osoite: Katu 1, 00100 Helsinki'],
    ['Rekisterin tietosisältö', 'Nimi, sähköpostiosoite ja puhelinnumero.'],
    ['Tietojen säännönmukaiset luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle', 'Tietoja ei luovuteta EU:n tai ETA-alueen ulkopuolelle.'],
  ],
  sv: [
    ['Personuppgiftsansvarig', 'Exempel Ab. (FO-nummer 1234567-1) Adress: Gatan 1, 00100 Helsingfors'],
    ['Registrets datainnehåll', 'Namn, e-postadress och telefonnummer.'],
    ['Regelmässigt utlämnande av uppgifter och överföring av uppgifter utanför EU eller EES', 'Uppgifterna överförs inte utanför EU eller EES.'],
  ],
  en: [
    ['Controller', 'Example Ltd. (Business ID 1234567-1) Address: Street 1, 00100 Helsinki'],
    ['Data content of the register', 'Name, e-mail address and phone number.'],
    ['Regular disclosures of data and transfers of data outside the EU or the EEA', 'Data are not transferred outside the EU or the EEA.'],
  ],
};
const NAME: Record<Lang, string> = { fi: 'Esimerkki Oy', sv: 'Exempel Ab', en: 'Example Ltd.' };

const LANGS = ['fi', 'sv', 'en'] as const;

describe('a list whose items open on a bold label over a line break', () => {
  it.each(LANGS)('is read as parts under those labels (%s)', (lang) => {
    const html = `<html><body><h1>Tietosuojaseloste</h1><ol>${ITEMS[lang].map(([l, t]) => item(l, t)).join('\n')}</ol></body></html>`;
    const register: Register = importNotice(html, { lang, format: 'html' }).register;
    expect(register['controller']).toMatchObject({ name: NAME[lang], business_id: '1234567-1', address: { street: expect.stringMatching(/1$/u), postal_code: '00100' } });
    expect(register['transfers']).toBe('none');
  });

  it('stays a list where one item further down opens on a label that names a part', () => {
    const html = '<html><body><h2>Rekisterinpitäjä</h2><p>Esimerkki Oy, Katu 1, 00100 Helsinki</p><h2>Käsittelyn tarkoitukset</h2><ul><li><strong>Tilausten käsittely</strong><br>Käsittelemme tilauksesi toimittamiseksi.</li><li><strong>Tietoturva</strong><br>Seuraamme lokeja väärinkäytösten estämiseksi.</li><li><strong>Markkinointi</strong><br>Lähetämme uutiskirjeen suostumuksella.</li></ul></body></html>';
    const register: Register = importNotice(html, { lang: 'fi', format: 'html' }).register;
    expect(register['purposes']).toHaveLength(3);
  });

  it('stays a list where its labels are no parts and it has no line break after them', () => {
    const html = '<html><body><h2>Rekisterinpitäjä</h2><p>Esimerkki Oy, Katu 1, 00100 Helsinki</p><h2>Tietojen luovutukset</h2><ul><li><strong>Kirjanpito Oy</strong> hoitaa kirjanpidon.</li><li><strong>Palvelin Oy</strong> ylläpitää palvelimia.</li></ul></body></html>';
    const register: Register = importNotice(html, { lang: 'fi', format: 'html' }).register;
    expect(register['recipients']).toHaveLength(2);
  });
});

const TABLE: Record<Lang, string> = {
  sv: '<h3>Översikt</h3><table><thead><tr><th>Data</th><th>Syfte</th><th>Rättslig grund</th><th>Lagring</th></tr></thead><tbody><tr><td>App-data</td><td>Lagra och synka fordon</td><td>Avtal (art. 6.1.b)</td><td>Under kontots livstid</td></tr><tr><td>Statistik</td><td>Förstå hur appen används</td><td>Samtycke (art. 6.1.a)</td><td>Ett år</td></tr></tbody></table>',
  fi: '<h3>Yhteenveto</h3><table><thead><tr><th>Tiedot</th><th>Käyttötarkoitus</th><th>Oikeusperuste</th><th>Säilytys</th></tr></thead><tbody><tr><td>Sovellustiedot</td><td>Ajoneuvojen tallentaminen</td><td>Sopimus (6.1 b)</td><td>Tilin voimassaoloajan</td></tr><tr><td>Tilastot</td><td>Sovelluksen käytön ymmärtäminen</td><td>Suostumus (6.1 a)</td><td>Vuoden</td></tr></tbody></table>',
  en: '<h3>Overview</h3><table><thead><tr><th>Data</th><th>Purpose</th><th>Legal basis</th><th>Storage</th></tr></thead><tbody><tr><td>App data</td><td>Store and sync vehicles</td><td>Contract (Art. 6(1)(b))</td><td>While the account exists</td></tr><tr><td>Statistics</td><td>Understand how the app is used</td><td>Consent (Art. 6(1)(a))</td><td>One year</td></tr></tbody></table>',
};
const CONTROLLER: Record<Lang, string> = {
  fi: '<h2>Rekisterinpitäjä</h2><p>Esimerkki Oy, Katu 1, 00100 Helsinki</p>',
  sv: '<h2>Personuppgiftsansvarig</h2><p>Exempel Ab, Gatan 1, 00100 Helsingfors</p>',
  en: '<h2>Controller</h2><p>Example Ltd, Street 1, 00100 Helsinki</p>',
};

describe('a table of purposes under a heading before the first part', () => {
  it.each(LANGS)('gives each row its purpose with the basis of its basis column (%s)', (lang) => {
    const html = `<html><body><h1>Privacy</h1><p>Intro.</p>${TABLE[lang]}${CONTROLLER[lang]}</body></html>`;
    const register: Register = importNotice(html, { lang, format: 'html' }).register;
    expect(register['purposes'].map((p: Register) => p['legal_basis'])).toEqual(['contract', 'consent']);
  });
});

const SUBSECTIONS: Record<Lang, string> = {
  sv: '<h2>Vilken data samlas in</h2><h3>1. App-data</h3><p>Fordon lagras i ditt iCloud-konto.</p><p>Rättslig grund: avtal (GDPR art. 6.1.b).</p><h3>2. Statistik</h3><p>För att förstå hur appen används samlas statistik in.</p><p>Rättslig grund: berättigat intresse (GDPR art. 6.1.f).</p>',
  fi: '<h2>Mitä tietoja kerätään</h2><h3>1. Sovellustiedot</h3><p>Ajoneuvot tallennetaan tilillesi.</p><p>Oikeusperuste: sopimus (6.1 b).</p><h3>2. Tilastot</h3><p>Tilastoja kerätään, jotta ymmärrämme sovelluksen käyttöä.</p><p>Oikeusperuste: oikeutettu etu (6.1 f).</p>',
  en: '<h2>What data we collect</h2><h3>1. App data</h3><p>Vehicles are stored in your account.</p><p>Legal basis: contract (Art. 6(1)(b)).</p><h3>2. Statistics</h3><p>We collect statistics in order to understand how the app is used.</p><p>Legal basis: legitimate interest (Art. 6(1)(f)).</p>',
};

describe('two parts said in paragraphs under one subheading', () => {
  it('leave the next subheading to the section they interrupted', () => {
    const html = `<html><body><h1>Integritetspolicy</h1>${CONTROLLER.sv}<h2>Vilken data samlas in</h2><h3>1. App-data</h3><p>Fordon lagras i ditt konto.</p><p>Rättslig grund: avtal (GDPR art. 6.1.b).</p><p>Lagringstid: tills du raderar kontot.</p><h3>2. Statistik</h3><p>För att förstå hur appen används samlas statistik in.</p><p>Rättslig grund: berättigat intresse (GDPR art. 6.1.f).</p></body></html>`;
    const register: Register = importNotice(html, { lang: 'sv', format: 'html' }).register;
    for (const p of register['purposes'] ?? []) expect(p['legal_basis']).not.toBe('contract');
  });
});

describe('a basis said in a paragraph under a subheading', () => {
  it.each(LANGS)('holds under that subheading only: the next one goes back to the section (%s)', (lang) => {
    const html = `<html><body><h1>Privacy</h1>${CONTROLLER[lang]}${SUBSECTIONS[lang]}</body></html>`;
    const register: Register = importNotice(html, { lang, format: 'html' }).register;
    // The purpose said under the second subheading does not take the first one's contract.
    for (const p of register['purposes'] ?? []) expect(p['legal_basis']).not.toBe('contract');
  });
});
