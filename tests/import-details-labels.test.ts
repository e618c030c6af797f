/**
 * The controller's block at the top of a page, its parts each under a bold label over a line break:
 * "Rekisterinpitäjä:" over the name, then "Yhteystiedot:" and "Yritystiedot:" over the details. The
 * labels of details go on with the controller's part; they do not end it.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Register = Record<string, any>;

const LABELS: Record<Lang, [string, string, string, string]> = {
  fi: ['Rekisterinpitäjä:', 'Yhteystiedot:', 'Yritystiedot:', 'Mitä tietoja keräämme?'],
  sv: ['Personuppgiftsansvarig:', 'Kontaktuppgifter:', 'Företagsuppgifter:', 'Vilka uppgifter samlar vi in?'],
  en: ['Controller:', 'Contact details:', 'Company details:', 'What data do we collect?'],
};

function page(lang: Lang): string {
  const [controller, contact, company, data] = LABELS[lang];
  return [
    `<html lang="${lang}"><body><h1>Tietosuojaseloste</h1><div class="highlight">`,
    `<strong>${controller}</strong><br>Esimerkki Lattiat<br><br>`,
    `<strong>${contact}</strong><br>Puhelin: 040 123 4567<br>Sähköposti: info@esimerkki.example<br><br>`,
    `<strong>${company}</strong><br>Esimerkki Oy<br>Y-tunnus: 1234567-8<br>Katu 14B, 33960 Pirkkala`,
    `</div><h2>${data}</h2><p>Nimi, puhelinnumero.</p></body></html>`,
  ].join('\n');
}

describe('labels of details in the controller block at the top of a page', () => {
  it.each(['fi', 'sv', 'en'] as const)('go on with the controller: its business ID, address, phone and e-mail (%s)', (lang) => {
    const register: Register = importNotice(page(lang), { lang, format: 'html' }).register;
    expect(register['controller']).toMatchObject({
      name: 'Esimerkki Lattiat',
      business_id: '1234567-8',
      address: { street: 'Katu 14B', postal_code: '33960', city: 'Pirkkala' },
      email: 'info@esimerkki.example',
    });
  });
});

describe('the controller block read as a list, one line an item (a printed page)', () => {
  it.each([
    ['fi', 'Rekisterinpitäjä:', 'Yhteystiedot:', 'Yritystiedot:', 'Mitä tietoja keräämme?'],
    ['sv', 'Personuppgiftsansvarig:', 'Kontaktuppgifter:', 'Företagsuppgifter:', 'Vilka uppgifter samlar vi in?'],
    ['en', 'Controller:', 'Contact details:', 'Company details:', 'What data do we collect?'],
  ] as const)('is the controller with its details (%s)', (lang, controller, contact, company, data) => {
    const md = [
      '# Tietosuojaseloste',
      '',
      `- ${controller}`,
      '- Esimerkki Lattiat',
      `- ${contact}`,
      '- Puhelin: 040 123 4567',
      '- Sähköposti: info@esimerkki.example',
      `- ${company}`,
      '- Y-tunnus: 1234567-8',
      '- Katu 14B, 33960 Pirkkala',
      '',
      `## ${data}`,
      '',
      'Nimi, puhelinnumero.',
    ].join('\n');
    const register: Register = importNotice(md, { lang }).register;
    expect(register['controller']).toMatchObject({ name: 'Esimerkki Lattiat', business_id: '1234567-8', email: 'info@esimerkki.example' });
  });
});
