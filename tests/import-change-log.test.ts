/** A notice dated only in its change log: the latest entry is when it was last changed. */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

describe('a change log', () => {
  it('dates the notice by its latest entry', () => {
    const notice = '# Rekisteriseloste\n\nRekisterinpitäjä on Esimerkki ry (sähköposti: hallitus@esimerkki.fi).\n\n### Muutoshistoria\n\n25.7.2022 (Esimerkki) - Ensimmäinen versio\n\n3.1.2024 (Esimerkki) - Säilytysaika lisätty\n';
    expect(importNotice(notice, { format: 'markdown' }).register['updated']).toBe('2024-01-03');
  });

  it.each([
    ['fi', '# Tietosuojaseloste\n\nRekisterinpitäjä on Esimerkki ry (sähköposti: hallitus@esimerkki.fi).\n\n### Versiohistoria\n\n- Versio 1 - 2019-07-24 - Uusi asiakirja\n- Versio 2 - 2024-01-16 - Tarkistus\n'],
    ['sv', '# Integritetspolicy\n\nPersonuppgiftsansvarig är Föreningen Exempel (e-post: styrelsen@exempel.se).\n\n### Revisionshistorik\n\n- Version 1 - 2019-07-24 - _Nytt dokument_\n- Version 2 - 2024-01-16 - _Revidering_\n'],
    ['en', '# Privacy policy\n\nThe controller is Example Club (e-mail: board@example.org).\n\n### Revision history\n\n- Version 1 - 2019-07-24 - New document\n- Version 2 - 2024-01-16 - Revised\n'],
  ])('dates the notice by its latest entry after the version’s number (%s)', (_lang, notice) => {
    expect(importNotice(notice, { format: 'markdown' }).register['updated']).toBe('2024-01-16');
  });

  it('takes no date from the middle of an entry', () => {
    const notice = '# Rekisteriseloste\n\n### Muutoshistoria\n\nSäilytysaika muutettiin lain 1.1.2019 voimaan tultua.\n';
    expect(importNotice(notice, { format: 'markdown' }).register['updated']).toBeUndefined();
  });
});

describe('a line with several labels', () => {
  it('gives the date of the label that has one', () => {
    const notice = '# Integritetspolicy\n\nVersion: 1.0 | Fastställd: 2025-12-10\n\n## Personuppgiftsansvarig\n\nFöreningen, styrelsen@example.se\n';
    expect(importNotice(notice, { format: 'markdown' }).register['updated']).toBe('2025-12-10');
  });
});

describe('an update named with its date after a comma', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n**Päivitys, 15.7.2025**\n\nVaihdoimme muistiinpanotyökalun.\n\n## Rekisterinpitäjä\n\nEsimerkki ry, hallitus@esimerkki.fi\n'],
    ['sv', '# Integritetspolicy\n\n**Uppdatering, 2025-07-15**\n\nVi bytte anteckningsverktyg.\n\n## Personuppgiftsansvarig\n\nFöreningen Exempel, styrelsen@exempel.se\n'],
    ['en', '# Privacy policy\n\n**Update, 15th July 2025**\n\nWe changed our note-taking tool.\n\n## Controller\n\nExample Club, board@example.org\n'],
  ])('dates the notice (%s)', (_lang, notice) => {
    expect(importNotice(notice, { format: 'markdown' }).register['updated']).toBe('2025-07-15');
  });

  it.each([
    ['fi', '# Tietosuojaseloste\n\nPäivitetty 3.3.2024\n\n## Tietoturva\n\nOhjelmistopäivitys, 12.5.2025, siirsi rekisterin uusille palvelimille.\n'],
    ['sv', '# Integritetspolicy\n\nSenast uppdaterad 2024-03-03\n\n## Ändringar\n\nNästa uppdatering den 1 januari 2027 gäller nya stadgar.\n'],
    ['en', '# Privacy policy\n\nLast updated 3 March 2024\n\n## Security\n\nA software update, 12 May 2025, moved the register to new servers. Board mandate, 1.1.2025–31.12.2026.\n'],
  ])('takes no date from an update or a label spoken of in a sentence (%s)', (_lang, notice) => {
    expect(importNotice(notice, { format: 'markdown' }).register['updated']).toBe('2024-03-03');
  });
});
