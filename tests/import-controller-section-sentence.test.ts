/**
 * The controller under its own heading, said in a sentence: named with its number between the name and the role
 * ("Klimatbyrån med organisationsnummer 802537-8814 är personuppgiftsansvarig", the name no "med" of it), or after a
 * clause on whom the notice is for ("If you reside in the European Union …, X will be the controller"), which is no name.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

type Controller = { name?: string; registration?: { number?: string }; business_id?: string };
const controllerOf = (text: string): Controller => importNotice(text, { format: 'markdown' }).register['controller'] as Controller;

describe('the controller named with its number', () => {
  it.each([
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvar\n\nKlimatbyrån med organisationsnummer 802537-8814 är personuppgiftsansvarig när föreningens verksamheter behandlar personuppgifter.\n\nKontakta oss på hej@klimatbyran.example.\n', 'Klimatbyrån'],
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkkiyhdistys, jonka y-tunnus on 1234567-1, vastaa jäsenrekisteristä. Esimerkkiyhdistys (y-tunnus 1234567-1) on rekisterinpitäjä.\n\nYhteydenotot: info@esimerkki.example\n', 'Esimerkkiyhdistys'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample Association with registration number 802537-8814 is the controller of your personal data.\n\nWrite to hello@example.example.\n', 'Example Association'],
  ])('is named without the words before its number (%s)', (_lang, text, name) => {
    expect(controllerOf(text).name).toBe(name);
  });
});

describe('a clause on whom the notice is for', () => {
  it.each([
    ['en', '# Privacy policy\n\n## Data controller\n\nIf you reside in the European Union (EU), You are entering into the Terms of Service with Example Scandinavia AB and Example Scandinavia AB will be the controller of Your personal information.\n', 'Example Scandinavia AB'],
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nJos asut Euroopan unionissa (EU), teet sopimuksen Esimerkki Oy:n kanssa, ja Esimerkki Oy on rekisterinpitäjä.\n', 'Esimerkki Oy'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nOm du bor i Europeiska unionen (EU), ingår du avtal med Exempel AB, och Exempel AB är personuppgiftsansvarig.\n', 'Exempel AB'],
  ])('is no name of the controller; the company it names is (%s)', (_lang, text, name) => {
    expect(controllerOf(text).name).toBe(name);
  });

  it.each([
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nOm Yoga Studio\nStorgatan 1\n111 27 Stockholm\ninfo@omyoga.example\n', 'Om Yoga Studio'],
    ['en', '# Privacy notice\n\n## Controller\n\nJos Verstappen\nStreet 1\n00100 Helsinki\njos@example.example\n', 'Jos Verstappen'],
  ])('leaves a name that opens on such a word a name (%s)', (_lang, text, name) => {
    expect(controllerOf(text).name).toBe(name);
  });
});
