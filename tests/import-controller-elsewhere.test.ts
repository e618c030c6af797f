/**
 * The controller and its details where a notice gives them outside a controller section of the usual
 * words: the site's owner named in the opening, a section titled by an old translation ("Register
 * keeper"), an address under its name in the rights section, a contact block of no name.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Draft = Record<string, unknown>;

const controllerOf = (text: string, lang: Lang): Draft => (importNotice(text, { lang }).register['controller'] ?? {}) as Draft;

describe('the owner of the site the notice is on', () => {
  const OWNED: [Lang, string, string][] = [
    ['fi', '# Tietosuojaseloste\n\nSivuston (esimerkki.fi) omistaa ja ylläpitää Matti Meikäläinen. Tämä seloste kertoo, miten tietoja käsitellään.\n\n## Mitä tietoja keräämme\n\nKävijätilastot Google Analyticsilla, jos hyväksyt evästeet.\n', 'Matti Meikäläinen'],
    ['sv', '# Integritetspolicy\n\nWebbplatsen exempel.se ägs och drivs av Anna Andersson. Här beskrivs hur uppgifterna behandlas.\n\n## Vilka uppgifter vi samlar in\n\nBesöksstatistik med Google Analytics, om du godkänner kakor.\n', 'Anna Andersson'],
    ['en', '# Privacy Policy\n\nThis website (example.fi) is owned and maintained by Jane Example. This notice explains how data are processed.\n\n## What we collect\n\nAnalytics data via Google Analytics, only if you consent.\n', 'Jane Example'],
  ];
  it.each(OWNED)('is the controller of a notice that names no other (%s)', (lang, text, name) => {
    expect(controllerOf(text, lang)['name']).toBe(name);
  });

  it('is not one who only maintains the site: that is often a web agency', () => {
    const text = '# Privacy Policy\n\nThis website is maintained by Example Web Agency. This notice explains how data are processed.\n\n## What we collect\n\nAnalytics data, only if you consent.\n';
    expect(controllerOf(text, 'en')['name']).toBeUndefined();
  });
});

describe('the one who answers for the site, and questions to "us"', () => {
  const RESPONSIBLE: [Lang, string, Draft][] = [
    ['fi', '# Yksityisyydensuojakäytäntö\n\nKaranteeni vastaa https://karanteeni.example -sivuston toiminnasta.\n\n## Tietojen käyttö\n\nKäytämme tietoja sivuston parantamiseen.\n\n## Kysymyksiä?\n\nJos sinulla on kysyttävää, voit ottaa yhteyttä meihin sähköpostilla info@karanteeni.example.\n', { name: 'Karanteeni', email: 'info@karanteeni.example' }],
    ['sv', '# Integritetspolicy\n\nGranklubben ansvarar för webbplatsen granklubben.example.\n\n## Hur vi använder uppgifterna\n\nVi använder uppgifterna för att förbättra webbplatsen.\n\n## Frågor?\n\nHar du frågor om något, kontakta oss på info@granklubben.example.\n', { name: 'Granklubben', email: 'info@granklubben.example' }],
    ['en', '# Privacy policy\n\nSpruce Club is responsible for the website spruceclub.example.\n\n## How we use data\n\nWe use the data to improve the site.\n\n## Questions?\n\nIf you have any questions, please contact us at info@spruceclub.example.\n', { name: 'Spruce Club', email: 'info@spruceclub.example' }],
  ];
  it.each(RESPONSIBLE)('is the controller, reached at the address for questions (%s)', (lang, text, controller) => {
    expect(controllerOf(text, lang)).toMatchObject(controller);
  });
});

describe('the only one said to process the data', () => {
  const ONLY: [Lang, string, string][] = [
    ['fi', '<h1>Tietosuojaseloste</h1><p>Sivuston kautta voi ottaa yhteyttä sähköpostitse. Viestien tietoja käytetään ainoastaan ajanvarauksen hoitamiseen.</p><p>Tietoja käsittelee vain Psykoterapia Esimerkki / psykoterapeutti Maija Esimerkki eikä niitä luovuteta ulkopuolisille. Viestejä säilytetään vain tarvittavan ajan.</p>', 'Psykoterapia Esimerkki'],
    ['sv', '<h1>Integritetspolicy</h1><p>Du kan kontakta oss per e-post. Uppgifterna används bara för att boka tider.</p><p>Uppgifterna behandlas endast av Terapi Exempel och lämnas inte ut. Meddelandena sparas så länge det behövs.</p>', 'Terapi Exempel'],
    ['en', '<h1>Privacy notice</h1><p>You can contact us by e-mail. The messages are used only to book appointments.</p><p>The data are processed only by Example Therapy and are not disclosed. Messages are kept only as long as necessary.</p>', 'Example Therapy'],
  ];
  it.each(ONLY)('is the controller of a notice that names no other, and "as long as necessary" its retention (%s)', (lang, text, name) => {
    const { register } = importNotice(text, { lang });
    expect((register['controller'] as Draft)['name']).toBe(name);
    expect((register['retention'] as Draft[]).length).toBe(1);
  });

  it('is not a word in the genitive: "vain Yhdistyksen hallitus" names the board, not the controller', () => {
    const text = '<h1>Tietosuojaseloste</h1><p>Tietoja käsittelee vain Yhdistyksen hallitus.</p>';
    expect(controllerOf(text, 'fi')['name']).toBeUndefined();
  });
});

describe('a controller section titled by an old translation', () => {
  it('"Register keeper" is the controller, with its address', () => {
    const text = '<h1>Register description</h1><h2>1. Register keeper</h2><p>Name: Example University of Applied Sciences</p><p>Contact Address</p><p>Example University of Applied Sciences</p><p>Esimerkkitie 9</p><p>02650 Espoo, Finland</p><h2>2. Purpose of the register</h2><p>Managing the user accounts of the service.</p>';
    const controller = controllerOf(text, 'en');
    expect(controller['name']).toBe('Example University of Applied Sciences');
    expect(controller['address']).toMatchObject({ street: 'Esimerkkitie 9', postal_code: '02650', city: 'Espoo' });
  });
});

describe('the address under the controller’s name elsewhere in the notice', () => {
  const UNDER: [Lang, string][] = [
    ['fi', '<h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p>Esimerkin Urheilijat ry</p><p>info@esimerkki.example</p><h2>Rekisteröidyn oikeudet</h2><p>Pyynnöt tehdään sähköpostitse. Voit myös kirjoittaa alla olevaan osoitteeseen:</p><p>Esimerkin Urheilijat ry<br>c/o Tiina Esimerkki, Luottikatu 4, 33870 Tampere</p>'],
    ['sv', '<h1>Dataskyddsbeskrivning</h1><h2>Personuppgiftsansvarig</h2><p>Exempelföreningen rf</p><p>info@esimerkki.example</p><h2>Dina rättigheter</h2><p>Begäran görs per e-post. Du kan också skriva till adressen nedan:</p><p>Exempelföreningen rf<br>c/o Tiina Exempel, Luottikatu 4, 33870 Tampere</p>'],
    ['en', '<h1>Privacy notice</h1><h2>Controller</h2><p>Example Athletes ry</p><p>info@esimerkki.example</p><h2>Your rights</h2><p>Requests are made by e-mail. You may also write to the address below:</p><p>Example Athletes ry<br>c/o Tiina Example, Luottikatu 4, 33870 Tampere</p>'],
  ];
  it.each(UNDER)('is the controller’s address, to be checked (%s)', (lang, text) => {
    const { register, yaml } = importNotice(text, { lang });
    expect((register['controller'] as Draft)['address']).toMatchObject({ street: 'Luottikatu 4', postal_code: '33870', city: 'Tampere' });
    expect(yaml).toContain('a block that opens with its name');
  });

  it('is not taken from a block of another party, whose e-mail is at another domain', () => {
    const text = '<h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p>Esimerkin Urheilijat ry</p><p>info@esimerkki.example</p><h2>Käsittelijät</h2><p>Esimerkin Urheilijat ry<br>c/o Tilitoimisto, Katu 1, 00100 Helsinki<br>kirjanpito@tilitoimisto.example</p>';
    expect((controllerOf(text, 'fi'))['address']).toBeUndefined();
  });
});

describe('a contact block of no name', () => {
  const NAMELESS: [Lang, string][] = [
    ['fi', '<h1>Tietosuojaseloste</h1><h2>1. Rekisterinpitäjä</h2><p>Esimerkki Oy (Y-tunnus 1234567-8) toimii rekisterinpitäjänä.</p><h2>2. Yhteyshenkilö tietosuoja-asioissa</h2><ul><li>Sähköposti: tietosuoja@esimerkki.example</li><li>Puhelin: 045 123 4567</li></ul>'],
    ['sv', '<h1>Dataskyddsbeskrivning</h1><h2>1. Personuppgiftsansvarig</h2><p>Exempel Ab (FO-nummer 1234567-8) är personuppgiftsansvarig.</p><h2>2. Kontaktperson i dataskyddsfrågor</h2><ul><li>E-post: tietosuoja@esimerkki.example</li><li>Telefon: 045 123 4567</li></ul>'],
    ['en', '<h1>Privacy notice</h1><h2>1. Controller</h2><p>Example Ltd (Business ID 1234567-8) is the controller.</p><h2>2. Contact person in privacy matters</h2><ul><li>E-mail: tietosuoja@esimerkki.example</li><li>Phone: 045 123 4567</li></ul>'],
  ];
  it.each(NAMELESS)('gives the controller its e-mail and phone, where it has none of its own (%s)', (lang, text) => {
    const { register } = importNotice(text, { lang });
    expect(register['controller']).toMatchObject({ email: 'tietosuoja@esimerkki.example', phone: '045 123 4567' });
    expect(register['contact_person']).toBeUndefined();
  });
});

describe('the address after the controller’s name where the notice says to write by post', () => {
  const BY_POST: [Lang, string][] = [
    ['en', '# Privacy\n\n  * The register is maintained by: Example Oy (Ltd), contact: support@example.example\n\n## Marketing\n\nYour data can be removed from the Example marketing register based on a personal request. Requests for register-related matters shall be submitted in writing to the postal address Example Oy, Katukatu 1C, 00180 Helsinki. Newsletter subscribers can unsubscribe directly.\n'],
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, tuki@esimerkki.example\n\n## Oikeudet\n\nVoit pyytää tietojesi poistamista Esimerkki-markkinointirekisteristä. Pyynnöt lähetetään kirjallisesti osoitteeseen Esimerkki Oy, Katukatu 1C, 00180 Helsinki.\n'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, info@exempel.example\n\n## Dina rättigheter\n\nDu kan begära att dina uppgifter tas bort ur Exempels marknadsregister. Begäran skickas skriftligen till Exempel AB, Gatan 4, 111 27 Stockholm.\n'],
  ];
  it.each(BY_POST)('is the controller’s address, to be checked (%s)', (lang, text) => {
    const { register, yaml } = importNotice(text, { lang });
    expect((register['controller'] as Draft)['address']).toMatchObject({ postal_code: lang === 'sv' ? '111 27' : '00180' });
    expect(yaml).toMatch(/the controller's address is taken from .*: check it/u);
  });

  it('is not taken for another party written to by post', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, tuki@esimerkki.example\n\n## Valitus\n\nValitus lähetetään kirjallisesti osoitteeseen Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki.\n';
    expect(controllerOf(text, 'fi')['address']).toBeUndefined();
  });
});
