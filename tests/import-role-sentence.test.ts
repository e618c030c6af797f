/**
 * An opening paragraph whose later sentence names the controller by its role, with its address and then
 * its contacts ("… Rekisterinpitäjä on True Solutions Oy, Katu 1, 33100 Tampere. Yhteydenotot: …"): the
 * controller is the one that sentence names, with those details, not the words that open the paragraph.
 */
import { describe, expect, it } from 'vitest';
import { register, type Lang } from './import-draft.js';

const NOTICES: [Lang, string, string][] = [
  [
    'fi',
    '<h1>Tietosuojaseloste</h1><p>Tämän tietosuojaselosteen antaa Esimerkki Oy (Y-tunnus 1234567-1), joka tarjoaa palvelun osoitteessa esimerkki.fi. Rekisterinpitäjä on Esimerkki Oy, Katu 1 B 6, 33100 Tampere. Yhteydenotot: info@esimerkki.fi tai +358 45 123 4567.</p><h2>Oikeutesi</h2><p>Voit tarkastaa tietosi.</p>',
    'Esimerkki Oy',
  ],
  [
    'sv',
    '<h1>Integritetspolicy</h1><p>Denna policy ges av Exempel AB (org.nr 556677-8899), som driver tjänsten på exempel.se. Personuppgiftsansvarig är Exempel AB, Storgatan 1, 111 27 Stockholm. Kontakt: info@exempel.se.</p><h2>Dina rättigheter</h2><p>Du kan begära ett registerutdrag.</p>',
    'Exempel AB',
  ],
  [
    'en',
    '<h1>Privacy notice</h1><p>This notice is given by Example Ltd (Business ID 1234567-1), which runs the service at example.fi. The controller is Example Ltd, Street 1, 00100 Helsinki. Contact: info@example.fi.</p><h2>Your rights</h2><p>You may request access to your data.</p>',
    'Example Ltd',
  ],
];

describe('a later sentence of the opening paragraph that names the controller by its role', () => {
  it.each(NOTICES)('gives the controller its name and address (%s)', (lang, html, name) => {
    const controller = register(html, lang)['controller'];
    expect(controller).toMatchObject({ name, address: { street: expect.stringMatching(/^\p{Lu}\p{L}+ 1/u) }, email: expect.stringMatching(/^info@/u) });
  });
});
