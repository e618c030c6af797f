/** A date said as the day a notice takes effect from ("effective as of", "gäller från och med"): the notice's date. */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

describe('a date the notice takes effect from', () => {
  it.each([
    ['en', '# Privacy policy\n\nThe controller is Example Club (e-mail: board@example.org).\n\nThis policy is effective as of 10 Oct 2020.\n'],
    ['en', '# Privacy policy\n\nThe controller is Example Club (e-mail: board@example.org).\n\nEffective from 10 October 2020.\n'],
    ['sv', '# Integritetspolicy\n\nPersonuppgiftsansvarig är Föreningen Exempel (e-post: styrelsen@exempel.se).\n\nPolicyn gäller från och med den 10 oktober 2020.\n'],
    ['fi', '# Tietosuojaseloste\n\nRekisterinpitäjä on Esimerkki ry (sähköposti: hallitus@esimerkki.fi).\n\nSeloste on voimassa 10.10.2020 alkaen.\n'],
  ])('is the notice’s date (%s)', (_lang, notice) => {
    expect(importNotice(notice, { format: 'markdown' }).register['updated']).toBe('2020-10-10');
  });

  it('is later than the page’s own date in its front matter, and wins', () => {
    const notice = '---\ntitle: Privacy Policy\ndate: "2020-10-09T13:48:02+03:00"\n---\n\nThe controller is Example Club (e-mail: board@example.org).\n\nThis policy is effective as of 10 Oct 2020.\n';
    expect(importNotice(notice, { format: 'markdown' }).register['updated']).toBe('2020-10-10');
  });

  it('is no date where "as of" is not said of the notice', () => {
    const notice = '# Privacy policy\n\nThe controller is Example Club (e-mail: board@example.org).\n\nWe keep the data as of the day you join.\n';
    expect(importNotice(notice, { format: 'markdown' }).register['updated']).toBeUndefined();
  });
});
