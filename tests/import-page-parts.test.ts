/**
 * A saved web page around its notice: its navigation is dropped; its footer stands apart from the
 * notice's last section, and a contact block there that repeats the controller's e-mail or address
 * completes the controller; a line under an address label that is no address names no one.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';
import { withoutNumber } from '../src/import/document/block.js';
import { parseBlock } from '../src/import/recognise/contact-block.js';

type Draft = Record<string, any>;
type Lang = 'fi' | 'sv' | 'en';

const NOTICE: Record<Lang, string> = {
  fi: '<h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p>Putki Esimerkki<br>Katu 2, 37150 Nokia<br>info@putki.example</p><h2>Tietojen luovutus</h2><p>Tietoja ei luovuteta kolmansille osapuolille.</p>',
  sv: '<h1>Dataskyddsbeskrivning</h1><h2>Personuppgiftsansvarig</h2><p>Rör Exempel<br>Gatan 2, 65100 Vasa<br>info@ror.example</p><h2>Utlämnande av uppgifter</h2><p>Uppgifterna lämnas inte ut till tredje part.</p>',
  en: '<h1>Privacy notice</h1><h2>Controller</h2><p>Pipe Example<br>Street 2, 37150 Nokia<br>info@pipe.example</p><h2>Disclosure of data</h2><p>Data are not disclosed to third parties.</p>',
};
const NAV = '<nav><ul><li><a href="/">Etusivu Home Hem</a></li><li><a href="/palvelut">Palvelut ja tuotteet kaikille asiakkaillemme</a></li></ul></nav>';
const SLOGAN: Record<Lang, string> = {
  fi: 'Luotettava kumppani sähkö- ja LVI-töissä.',
  sv: 'En pålitlig partner inom el och VVS.',
  en: 'A reliable partner in electrical and plumbing work.',
};
const CONTACT: Record<Lang, [string, string, string]> = {
  fi: ['Yhteystiedot', 'Katu 2, 37150 Nokia', 'Y-tunnus: 3178502-3'],
  sv: ['Kontakt', 'Gatan 2, 65100 Vasa', 'FO-nummer: 3178502-3'],
  en: ['Contact', 'Street 2, 37150 Nokia', 'Business ID: 3178502-3'],
};
const MAIL: Record<Lang, string> = { fi: 'info@putki.example', sv: 'info@ror.example', en: 'info@pipe.example' };

function page(lang: Lang): string {
  const [heading, address, id] = CONTACT[lang];
  const footer = `<footer><p>${SLOGAN[lang]}</p><h4>${heading}</h4><ul><li>${address}</li><li><a href="tel:+358400472627">0400 472 627</a></li><li>${MAIL[lang]}</li><li>${id}</li></ul></footer>`;
  return `<html lang="${lang}"><body><header>${NAV}</header><main>${NOTICE[lang]}</main>${footer}</body></html>`;
}

describe('a saved web page with a menu and a footer', () => {
  it.each(['fi', 'sv', 'en'] as const)('drops the menu, and keeps the footer out of the last section (%s)', (lang) => {
    const { register, yaml } = importNotice(page(lang), { lang });
    expect(yaml).not.toContain('Palvelut ja tuotteet');
    // The slogan is no recipient: the notice says data are not disclosed, and the footer is not part of that section.
    expect(register['recipients']).toBe('none');
    expect(yaml).toContain(SLOGAN[lang]);
  });

  it.each(['fi', 'sv', 'en'] as const)('completes the controller from a contact block that repeats its address and e-mail (%s)', (lang) => {
    const controller = importNotice(page(lang), { lang }).register['controller'] as Draft;
    expect(controller).toMatchObject({ email: MAIL[lang], phone: '0400 472 627', business_id: '3178502-3' });
  });

  it('keeps a footer inside the notice\'s own article as part of it', () => {
    const html = `<html><body><main><article>${NOTICE.en}<footer><p>Updated 3 March 2026</p></footer></article></main></body></html>`;
    expect(importNotice(html, { lang: 'en' }).register['updated']).toBe('2026-03-03');
  });
});

describe('a line under an address label that is no address', () => {
  it.each([
    ['Adress: Lackalänga Trädgård, Skåne', 'E-post: info@blomster.example'],
    ['Osoite: Puutarha Kukkala, Uusimaa', 'Sähköposti: info@kukkala.example'],
    ['Address: Flower Garden, Scania', 'E-mail: info@flowers.example'],
  ])('names no one: "%s"', (address, mail) => {
    const { values } = parseBlock('controller', [mail, address]);
    expect(values.name).toBeUndefined();
    expect(values.email).toBe(mail.split(': ')[1]);
  });

  it('names the company that stands first under the label', () => {
    expect(parseBlock('controller', ['Osoite: Esimerkki ry, PL 12, 00100 Helsinki']).values.name).toBe('Esimerkki ry');
  });
});

describe('a line on the role that ends in a colon', () => {
  it.each([
    ['DigiOpo.fi-palvelun rekisterinpitäjä on:', 'DigiOpo'],
    ['Personuppgiftsansvarig för Exempeltjänsten är:', 'Exempel AB'],
    ['The data controller of the Example service is:', 'Example Ltd'],
  ])('leads into the name on the next line: "%s"', (lead, name) => {
    expect(parseBlock('controller', [lead, name, 'info@example.fi']).values.name).toBe(name);
  });
});

describe('a section number set apart by the page', () => {
  it.each([
    ['1Rekisterinpitäjä', 'Rekisterinpitäjä'],
    ['12Oikeutesi', 'Oikeutesi'],
    ['3. Ändamål', 'Ändamål'],
  ])('"%s" heads "%s"', (heading, words) => {
    expect(withoutNumber(heading)).toBe(words);
  });

  it('leaves a name that opens on a figure', () => {
    expect(withoutNumber('3D-tulostus')).toBe('3D-tulostus');
  });
});
