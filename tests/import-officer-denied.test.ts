/**
 * A part headed as the DPO's that says there is none ("Tälle sivustolle ei ole nimetty erillistä
 * tietosuojavastaavaa") and then gives where requests go: no DPO in the draft; the address is the controller's
 * channel. A part that names the officer keeps its details as the officer's.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const NOTICES: Record<string, [string, string, string]> = {
  fi: ['# Tietosuojaseloste\n\n## 1. Rekisterinpitäjä\n\nMaija Esimerkki, Katu 1, 00100 Helsinki\n\n## 2. Tietosuojavastaava ja pyyntökanava\n\n', 'Tälle sivustolle ei ole nimetty erillistä tietosuojavastaavaa.', '\n\nPyynnöt voi lähettää sähköpostitse: maija@example.fi\n'],
  sv: ['# Integritetspolicy\n\n## 1. Personuppgiftsansvarig\n\nMaja Exempel, Gatan 1, 111 22 Stockholm\n\n## 2. Dataskyddsombud\n\n', 'Föreningen har inget dataskyddsombud.', '\n\nBegäranden skickas till maja@example.se\n'],
  en: ['# Privacy notice\n\n## 1. Controller\n\nJane Example, Street 1, 00100 Helsinki\n\n## 2. Data protection officer\n\n', 'We have not appointed a data protection officer.', '\n\nRequests can be sent to jane@example.com\n'],
};

describe('a DPO part that says there is none', () => {
  it.each(Object.entries(NOTICES))('gives the DPO nothing (%s)', (_lang, [head, denial, rest]) => {
    const { register } = importNotice(head + denial + rest, { format: 'markdown' });
    expect(register['dpo']).toBeUndefined();
    expect(register['controller']).toMatchObject({ email: expect.stringMatching(/^(?:maija|maja|jane)@example\./u) });
  });

  it('gives the officer the details where the part names one', () => {
    const [head, , rest] = NOTICES['en']!;
    const { register } = importNotice(`${head}Our data protection officer is Joe Officer.${rest}`, { format: 'markdown' });
    expect(register['dpo']).toMatchObject({ email: 'jane@example.com' });
  });
});

describe('a DPO the controller was not obliged to appoint', () => {
  it('keeps the officer appointed all the same', () => {
    const text = '# Privacy notice\n\n## 1. Controller\n\nJane Example, Street 1, 00100 Helsinki, jane@example.com\n\n## 2. Data protection officer\n\nWe are not required to appoint a data protection officer, but we have appointed one: Joe Officer, dpo@example.com\n';
    expect(importNotice(text, { format: 'markdown' }).register['dpo']).toMatchObject({ email: 'dpo@example.com' });
  });
});
