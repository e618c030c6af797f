/**
 * How long data are kept, said by the event after which they go or the time of year they are cleared
 * rather than by a period, in a part of the notice on something else: each such sentence is a
 * retention rule of the draft.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const retention = (text: string): string[] =>
  ((importNotice(text, { format: 'markdown' }).register['retention'] as { description: Record<string, string> }[] | undefined) ?? []).map((r) => Object.values(r.description)[0]!);

const NOTICES: [string, string, string[]][] = [
  [
    'sv',
    '# Integritetspolicy\n\nFöreningen Exempel, styrelsen@exempel.se\n\n### Event\n\nVi använder ett formulär för anmälningar. Efter avslutat event raderas den insamlade informationen. Anmälningslistor tas bort när eventet har genomförts.\n\n### E-post\n\nAll e-post sparas under aktuellt kalenderår. Den 1:e april varje år tar vi bort e-post från föregående kalenderår.\n',
    ['Efter avslutat event raderas', 'tas bort när eventet', 'under aktuellt kalenderår', 'varje år tar vi bort'],
  ],
  [
    'fi',
    '# Tietosuojaseloste\n\nEsimerkki ry, hallitus@esimerkki.fi\n\n### Tapahtumat\n\nKäytämme lomaketta ilmoittautumisiin. Ilmoittautumistiedot poistetaan tapahtuman päätyttyä.\n\n### Sähköposti\n\nVanhat viestit poistetaan vuosittain huhtikuussa.\n',
    ['tapahtuman päätyttyä', 'poistetaan vuosittain'],
  ],
  [
    'en',
    '# Privacy notice\n\nExample Club, board@example.org\n\n### Events\n\nWe use a form for sign-ups. The sign-up data are deleted right after the event. We delete the payment data after the event.\n\n### E-mail\n\nOld messages are deleted every year in April.\n',
    ['deleted right after the event', 'We delete the payment data after the event', 'deleted every year'],
  ],
];

describe('retention said by an event or a time of year', () => {
  it.each(NOTICES)('is a retention rule wherever it is said (%s)', (_lang, text, phrases) => {
    const found = retention(text).join('\n');
    for (const phrase of phrases) expect(found).toContain(phrase);
  });

  it.each([
    ['sv', '# Integritetspolicy\n\nFöreningen Exempel, styrelsen@exempel.se\n\n### Dina rättigheter\n\nDu kan begära att dina uppgifter tas bort när medlemskapet har upphört.\n'],
    ['en', '# Privacy notice\n\nExample Club, board@example.org\n\n### Your rights\n\nYou may ask us to delete your data after the event.\n'],
    ['fi', '# Tietosuojaseloste\n\nEsimerkki ry, hallitus@esimerkki.fi\n\n### Oikeutesi\n\nVoit pyytää tietojesi poistamista tapahtuman päätyttyä.\n'],
  ])('is not a right to have data deleted (%s)', (_lang, text) => {
    expect(retention(text)).toEqual([]);
  });

  it.each([
    ['en', '# Privacy notice\n\nExample Club, board@example.org\n\n### News\n\nWe keep you informed after the event. Membership fees are processed annually.\n'],
    ['fi', '# Tietosuojaseloste\n\nEsimerkki ry, hallitus@esimerkki.fi\n\n### Maksut\n\nJäsenmaksut käsitellään vuosittain.\n'],
    ['sv', '# Integritetspolicy\n\nFöreningen Exempel, styrelsen@exempel.se\n\n### Avgifter\n\nMedlemsavgifter behandlas årligen. Uppgifterna behandlas när köpet har genomförts.\n'],
    ['fi', '# Tietosuojaseloste\n\nEsimerkki ry, hallitus@esimerkki.fi\n\n## Tietoturva\n\nAuditoimme järjestelmämme vuosittain, jotta tietosi säilyvät turvassa.\n'],
    ['en', '# Privacy notice\n\nExample Club, board@example.org\n\n## Events\n\nWe send a feedback survey after the event; the answers are kept anonymous.\n'],
  ])('is not data processed after an event or every year (%s)', (_lang, text) => {
    expect(retention(text)).toEqual([]);
  });
});
