/**
 * A notice signed with its place and date, on its last line or its first ("Oulu 3.10.2024", "Stockholm den
 * 1 mars 2024"): the notice's date. A place and date inside the text is no signature.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const BODY: Record<string, string> = {
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki-säätiö, Katu 1, 90100 Oulu\n\n## Oikeudet\n\nRekisteröidyillä on oikeus peruuttaa antamansa suostumus.\n',
  sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nFöreningen Exempel, Gatan 1, 111 27 Stockholm\n\n## Rättigheter\n\nDu har rätt att återkalla ditt samtycke.\n',
};

describe('a notice signed with its place and date', () => {
  it.each([
    ['fi', `${BODY['fi']}\nOulu 3.10.2024\n`, '2024-10-03'],
    ['fi', `${BODY['fi']}\nHelsingissä 1.3.2024\n`, '2024-03-01'],
    ['sv', `${BODY['sv']}\nStockholm den 1 mars 2024\n`, '2024-03-01'],
    ['fi', `Oulu 3.10.2024\n\n${BODY['fi']}`, '2024-10-03'],
  ])('takes its date from the signature (%s)', (lang, text, date) => {
    expect(importNotice(text, { lang: lang as 'fi' | 'sv', format: 'markdown' }).register['updated']).toBe(date);
  });

  it('not from a place and date in the middle of the text', () => {
    const text = `${BODY['fi']}\nOulu 3.10.2024\n\n## Muutokset\n\nSelostetta päivitetään tarvittaessa.\n`;
    expect(importNotice(text, { lang: 'fi', format: 'markdown' }).register['updated']).toBeUndefined();
  });
});

describe('an event and its date on the last line', () => {
  it('is no signature', () => {
    const text = '# Privacy notice\n\n## Controller\n\nExample Club, Street 1, 00100 Helsinki\n\n## Events\n\nWe keep the list of participants until the next meeting.\n\nAnnual Meeting 12 April 2025\n';
    expect(importNotice(text, { lang: 'en', format: 'markdown' }).register['updated']).toBeUndefined();
  });
});

describe('a notice dated as published', () => {
  it.each([
    ['sv', '# Integritetspolicy\n\nSenast publicerad: 2024-04-19\n\n## Personuppgiftsansvarig\n\nFöreningen Exempel, Gatan 1, 111 27 Stockholm\n', '2024-04-19'],
    ['fi', '# Tietosuojaseloste\n\nJulkaistu: 19.4.2024\n\n## Rekisterinpitäjä\n\nEsimerkki-säätiö, Katu 1, 90100 Oulu\n', '2024-04-19'],
    ['en', '# Privacy notice\n\nPublished: 19 April 2024\n\n## Controller\n\nExample Foundation, Street 1, 90100 Oulu\n', '2024-04-19'],
  ])('takes the date it was published (%s)', (lang, text, date) => {
    expect(importNotice(text, { lang: lang as 'fi' | 'sv' | 'en', format: 'markdown' }).register['updated']).toBe(date);
  });

  it('takes the date it was last published as the date it was last changed (sv)', () => {
    const text = '# Integritetspolicy\n\nFörst publicerad: 2019-01-10\n\nSenast publicerad: 2024-04-19\n\n## Personuppgiftsansvarig\n\nFöreningen Exempel, Gatan 1, 111 27 Stockholm\n';
    expect(importNotice(text, { lang: 'sv', format: 'markdown' }).register['updated']).toBe('2024-04-19');
  });

  it('takes no date from a result list published in the text (sv)', () => {
    const text = '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nFöreningen Exempel, Gatan 1, 111 27 Stockholm\n\n## Tävlingar\n\nResultatlistan publicerad 2023-05-12 finns kvar på webbplatsen.\n';
    expect(importNotice(text, { lang: 'sv', format: 'markdown' }).register['updated']).toBeUndefined();
  });
});
