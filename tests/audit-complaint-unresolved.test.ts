/**
 * The complaint to the authority made to wait until the controller has failed to resolve it ("if you have
 * complaints that cannot be resolved with us you may submit these to IMY"): the right is narrowed by a condition
 * the GDPR does not set (Art. 77). A complaint offered plainly is not.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const HEAD = {
  en: '# Privacy notice\n\nExample University is the controller, info@example.se, Street 1, 211 19 Malmö.\n\n## Your rights\n\nYou have the right of access, rectification, erasure and restriction. ',
  fi: '# Tietosuojaseloste\n\nRekisterinpitäjä on Esimerkki Oy, info@esimerkki.fi, Katu 1, 00100 Helsinki.\n\n## Oikeutesi\n\nSinulla on oikeus tarkastaa, oikaista ja poistaa tietosi sekä rajoittaa niiden käsittelyä. ',
  sv: '# Integritetspolicy\n\nPersonuppgiftsansvarig är Exempel AB, info@exempel.se, Gatan 1, 111 22 Stockholm.\n\n## Dina rättigheter\n\nDu har rätt till tillgång, rättelse, radering och begränsning. ',
};
const WAITS = {
  en: 'If you have complaints that cannot be resolved with us you may submit these to the supervisory authority.\n',
  fi: 'Jos asiaa ei saada ratkaistua kanssamme, voit tehdä valituksen tietosuojavaltuutetulle.\n',
  sv: 'Om ärendet inte kan lösas med oss kan du lämna ett klagomål till Integritetsskyddsmyndigheten.\n',
};
const PLAIN = {
  en: 'You may lodge a complaint with the supervisory authority.\n',
  fi: 'Voit tehdä valituksen tietosuojavaltuutetulle.\n',
  sv: 'Du kan lämna ett klagomål till Integritetsskyddsmyndigheten.\n',
};

const narrowed = async (text: string) => (await auditText(text)).filter((d) => d.ruleId === 'right-limited' && /\(Art\. 77\)/u.test(d.message));

describe('a complaint made to wait until the controller fails to resolve it', () => {
  it.each(Object.keys(WAITS) as (keyof typeof WAITS)[])('is narrowed (%s)', async (lang) => {
    expect(await narrowed(HEAD[lang] + WAITS[lang])).toHaveLength(1);
  });
  it.each(Object.keys(PLAIN) as (keyof typeof PLAIN)[])('is not where it is offered plainly (%s)', async (lang) => {
    expect(await narrowed(HEAD[lang] + PLAIN[lang])).toEqual([]);
  });
});
