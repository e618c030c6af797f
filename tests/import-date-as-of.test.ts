/** A date said as the day a notice takes effect from ("effective as of", "gäller från och med"): the notice's date. */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

describe('a date the notice takes effect from', () => {
  it('is read month first where the day cannot be first, and day first otherwise', () => {
    const date = (d: string) => importNotice(`# Privacy policy\n\nEffective Date: ${d}\n\nThe controller is Example Club (e-mail: board@example.org).\n`, { format: 'markdown' }).register['updated'];
    expect(date('03/26/2012')).toBe('2012-03-26');
    expect(date('26/03/2012')).toBe('2012-03-26');
    expect(date('03/04/2012')).toBe('2012-04-03');
  });

  it.each([
    ['en', '# Privacy policy\n\nThe controller is Example Club (e-mail: board@example.org).\n\nThis policy is effective as of 10 Oct 2020.\n'],
    ['en', '# Privacy policy\n\nThe controller is Example Club (e-mail: board@example.org).\n\nEffective from 10 October 2020.\n'],
    ['sv', '# Integritetspolicy\n\nPersonuppgiftsansvarig är Föreningen Exempel (e-post: styrelsen@exempel.se).\n\nPolicyn gäller från och med den 10 oktober 2020.\n'],
    ['fi', '# Tietosuojaseloste\n\nRekisterinpitäjä on Esimerkki ry (sähköposti: hallitus@esimerkki.fi).\n\nSeloste on voimassa 10.10.2020 alkaen.\n'],
    ['fi', '# Tietosuojakäytäntö\n\nVoimaantulopäivä: 10. lokakuuta 2020\n\nRekisterinpitäjä on Esimerkki ry (sähköposti: hallitus@esimerkki.fi).\n'],
    ['sv', '# Integritetspolicy\n\nIkraftträdandedatum: 2020-10-10\n\nPersonuppgiftsansvarig är Föreningen Exempel (e-post: styrelsen@exempel.se).\n'],
    // Month first, where the day cannot be first.
    ['en', '# Privacy policy\n\nEffective Date: 10/10/2020\n\nThe controller is Example Club (e-mail: board@example.org).\n'],
  ])('is the notice’s date (%s)', (_lang, notice) => {
    expect(importNotice(notice, { format: 'markdown' }).register['updated']).toBe('2020-10-10');
  });

  it.each([
    ['fi', 'Tietosuojailmoitus\nRekisterinpitäjä on Esimerkki ry (sähköposti: hallitus@esimerkki.fi).\nTämä tietosuojailmoitus on julkaistu ja toimitettu rekisteröidyille käyttäjille 10.10.2020 alkaen.\n'],
    ['en', 'Privacy notice\nThe controller is Example Club (e-mail: board@example.org).\nThis privacy notice was published and sent to the registered users from 10 October 2020.\n'],
    ['sv', 'Dataskyddsbeskrivning\nPersonuppgiftsansvarig är Föreningen Exempel (e-post: styrelsen@exempel.se).\nDenna dataskyddsbeskrivning har publicerats och skickats till användarna från och med den 10 oktober 2020.\n'],
  ])('is the notice’s date where a sentence about the notice says it holds from it (%s)', (_lang, notice) => {
    expect(importNotice(notice, { format: 'text' }).register['updated']).toBe('2020-10-10');
  });

  it('is later than the page’s own date in its front matter, and wins', () => {
    const notice = '---\ntitle: Privacy Policy\ndate: "2020-10-09T13:48:02+03:00"\n---\n\nThe controller is Example Club (e-mail: board@example.org).\n\nThis policy is effective as of 10 Oct 2020.\n';
    expect(importNotice(notice, { format: 'markdown' }).register['updated']).toBe('2020-10-10');
  });

  it.each([
    ['sv', '# Integritetspolicy\n\nUppdaterad 2018-05-20\n\nPersonuppgiftsansvarig är Föreningen Exempel (e-post: styrelsen@exempel.se).\n\nEU:s dataskyddsförordning (GDPR) gäller från och med den 25 maj 2018.\n', '2018-05-20'],
    ['en', '# Privacy notice\n\nLast updated: 20 May 2018\n\nThe controller is Example Club (e-mail: board@example.org).\n\nThe EU General Data Protection Regulation, effective as of 25 May 2018, replaces the Personal Data Act.\n', '2018-05-20'],
    ['en', '# Privacy notice\n\nLast updated: 20 May 2022\n\nThe controller is Example Club (e-mail: board@example.org).\n\nThe UK adequacy decision, effective as of 28 June 2021, covers transfers to the United Kingdom.\n', '2022-05-20'],
    ['sv', '# Personuppgiftspolicy\n\nPersonuppgiftsansvarig är Exempel AB (e-post: info@exempel.se). I denna policy beskrivs hur vi behandlar dina uppgifter. Inom EU/EES gäller från och med den 25 maj 2018 den så kallade dataskyddsförordningen (GDPR).\n\nDenna personuppgiftspolicy gäller från och med 2018-05-22\n', '2018-05-22'],
  ])('is not the day a law or a decision takes effect (%s)', (_lang, notice, date) => {
    expect(importNotice(notice, { format: 'markdown' }).register['updated']).toBe(date);
  });

  it.each([
    'Invoices issued from 1 January 2020 are kept for ten years.',
    'Data created from 1 January 2019 onwards is stored in the new member system.',
    'Accounts created as of 1 March 2024 use the new login.',
  ])('is no date of the notice where another label stands before it: %s', (sentence) => {
    const notice = `# Privacy policy\n\nThe controller is Example Club (e-mail: board@example.org).\n\n${sentence}\n`;
    const register = importNotice(notice, { format: 'markdown' }).register;
    expect([register['updated'], register['created']]).toEqual([undefined, undefined]);
  });

  it.each([
    ['sv', '# Integritetspolicy\n\nPersonuppgiftsansvarig är Föreningen Exempel (e-post: styrelsen@exempel.se).\n\nGäller från och med 2019-06-01 enligt dataskyddsförordningen.\n'],
    ['en', '# Privacy notice\n\nThe controller is Example Club (e-mail: board@example.org).\n\nEffective as of 1 June 2019 under the General Data Protection Regulation.\n'],
  ])('is the notice’s date where the law after it says only under which law (%s)', (_lang, notice) => {
    expect(importNotice(notice, { format: 'markdown' }).register['updated']).toBe('2019-06-01');
  });

  it('is read after “gäller fr.o.m.”', () => {
    const notice = '# Integritetspolicy\n\nPersonuppgiftsansvarig är Föreningen Exempel (e-post: styrelsen@exempel.se).\n\nPolicyn gäller fr.o.m. 2024-03-01.\n';
    expect(importNotice(notice, { format: 'markdown' }).register['updated']).toBe('2024-03-01');
  });
});

describe('dates in a list of a notice’s versions, one line each', () => {
  it.each([
    ['html', '<html><body><h1>Tietosuojaseloste</h1><h2>1. Rekisterinpitäjä</h2><p>Esimerkki Oy, info@esimerkki.fi</p><h2>9. Selosteen muuttaminen</h2><p>Voimme päivittää tätä selostetta. Selosteen versiot:<br>\n- Päivitetty 1.3.2024<br>\n- Laadittu 1.1.2020</p></body></html>\n'],
    ['markdown', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, info@exempel.se\n\n## Om policyn\n\nVi kan komma att uppdatera policyn. Versioner:\n— Uppdaterad 2024-03-01\n— Upprättad 2020-01-01\n'],
  ] as const)('date the notice (%s)', (format, notice) => {
    const register = importNotice(notice, { format }).register;
    expect([register['updated'], register['created']]).toEqual(['2024-03-01', '2020-01-01']);
  });

  it('is no date of the notice where the law’s own start is named', () => {
    const notice = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, sähköposti info@esimerkki.fi\n\n## Yleistä\n\nEU:n yleisen tietosuoja-asetuksen voimaantulo 25.5.2018 muutti henkilötietojen käsittelyä.\n';
    expect(importNotice(notice, { format: 'markdown' }).register['updated']).toBeUndefined();
  });
});
