import { describe, expect, it } from 'vitest';
import { type Lang, register } from './import-draft.js';

describe('the controller named by the short name the notice defines for it', () => {
  const notices: [Lang, string, string][] = [
    ['fi', '# Tietosuojaseloste\n\nTämä seloste koskee Kuusipaja Oy:tä (jäljempänä "Kuusipaja").\n\n## Rekisterinpitäjä\n\nKuusipaja on rekisterinpitäjä. Sähköposti: info@kuusipaja.example\n', 'Kuusipaja Oy'],
    ['sv', '# Integritetspolicy\n\nDenna policy gäller tjänster som tillhandahålls av Granverkstan AB (nedan kallad "Granverkstan").\n\n## Personuppgiftsansvarig\n\nGranverkstan är personuppgiftsansvarig. E-post: info@gran.example\n', 'Granverkstan AB'],
    ['en', "# Privacy policy\n\nThis policy governs the services provided by SkinWatch ApS (hereinafter referred to as 'SkinWatch', 'we', 'us').\n\n## Data controller\n\nSkinWatch is the controller for the personal data collected from users. Email: info@skinwatch.example\n", 'SkinWatch ApS'],
  ];
  it.each(notices)('is the company the short name stands for, with its company form (%s)', (lang, text, name) => {
    expect(register(text, lang)['controller']['name']).toBe(name);
  });

  it('a short name defined for another company leaves the controller as named', () => {
    const text = "# Privacy policy\n\nPayments are handled by Paymentor Ltd (hereinafter 'Paymentor').\n\n## Data controller\n\nSkinWatch ApS is the controller. Email: info@skinwatch.example\n";
    expect(register(text, 'en')['controller']['name']).toBe('SkinWatch ApS');
  });

  it('an event that takes place in an EEA country, or processing that does not take place only in the EU, says nothing of transfers', () => {
    expect(register('# Privacy policy\n\n## Event\n\nThe conference will take place in Finland.\n', 'en')['transfers']).toBeUndefined();
    expect(register('# Privacy policy\n\n## Processing\n\nProcessing does not take place only within the European Union.\n', 'en')['transfers']).toBeUndefined();
  });

  it('processing that "will take place within the European Union" keeps the data in the EU', () => {
    const text = "# Privacy policy\n\n## Your consent\n\n\"Processing\" means collecting, storing and using information, all of which activities will take place within the European Union (EU).\n";
    expect(register(text, 'en')['transfers']).toBe('none');
  });

  it('a word before the label of a business ID with no number after it is no controller', () => {
    const text = '# Privacy policy\n\n## What data we process\n\nCustomer business ID and contact details are stored for invoicing.\n';
    expect(register(text, 'en')['controller']?.['name']).toBeUndefined();
  });

  it('"the controller is" takes the name, not the words that go on after it', () => {
    const text = '# Tietosuojaseloste\n\n## 1. Rekisterinpitäjä\n\nRekisterinpitäjänä toimii Kuusen kyläyhdistys yhdessä hallituksen kanssa.\n';
    expect(register(text, 'fi')['controller']?.['name']).not.toBe('Kuusen kyläyhdistys yhdessä hallituksen kanssa');
  });

  it('"Example Ltd." and "Example Ltd" are one controller, whose details the contact section gives', () => {
    const text = '# Privacy policy\n\n## 1. Data controller\n\nExample Ltd.\nBusiness ID: 1234567-1\n\n## 2. Purposes\n\nWe use your data to deliver orders.\n\n## 3. Contact details\n\nExample Ltd\nHarbour Street 1\n00100 Helsinki\nEmail: info@example.com\n';
    expect(register(text, 'en')['controller']).toMatchObject({ business_id: '1234567-1', email: 'info@example.com', address: { street: 'Harbour Street 1' } });
  });
});

describe('the controller named after what it is the controller of', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n## 1. Rekisterinpitäjä\n\nTämän verkkosivuston rekisterinpitäjänä toimii Kuusipaja Oy (y-tunnus: 1234567-1). Voit olla meihin yhteydessä osoitteeseen info@kuusipaja.example.\n', 'Kuusipaja Oy'],
    ['fi', '# Tietosuojaseloste\n\n## 1. Rekisterinpitäjä\n\nVerkkokaupan rekisterinpitäjä on Kuusipaja Oy, Katu 1, 00100 Helsinki. Sähköposti: info@kuusipaja.example\n', 'Kuusipaja Oy'],
  ] as const)('is the company named after the role, not the words before it (%s)', (lang, text, name) => {
    expect(register(text, lang)['controller']['name']).toBe(name);
  });
});
