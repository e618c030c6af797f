/**
 * Consent said to be changeable later ("Du har rätten att ändra ditt medgivande vid ett senare
 * tillfälle", "you can change your consent later on", "voit perua suostumuksesi myöhemmin"): the notice
 * states the right to withdraw it; nothing is reported missing of it.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICES: [string, string][] = [
  ['sv', '# Integritetspolicy\n\nUppdaterad 1.2.2026.\n\n## Personuppgiftsansvarig\n\nFöreningen Exempel, Gatan 1, 00100 Helsingfors, styrelsen@exempel.example\n\n## Foton\n\nVid event tas foton för att publiceras på vår hemsida. Vid medlemsansökan lämnar du ditt samtycke eller ej till detta. Du har rätten att ändra ditt medgivande vid ett senare tillfälle.\n'],
  ['fi', '# Tietosuojaseloste\n\nPäivitetty 1.2.2026.\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki, hallitus@esimerkki.example\n\n## Valokuvat\n\nTapahtumissa otetaan valokuvia julkaistavaksi verkkosivuillamme suostumuksesi perusteella. Voit perua suostumuksesi myöhemmin.\n'],
  ['en', '# Privacy notice\n\nUpdated 1 February 2026.\n\n## Controller\n\nExample Club, Street 1, 00100 Helsinki, board@example.example\n\n## Photos\n\nAt events we take photos to publish on our site, based on your consent. You can withdraw your consent later on.\n'],
];

describe('consent that can be changed later', () => {
  it.each(NOTICES)('is withdrawal stated (%s)', async (_lang, text) => {
    const found = await auditText(text);
    expect(found.filter((d) => d.ruleId === 'consent-withdrawal' || (d.ruleId === 'right-missing' && /withdraw|peruuttaa|återkalla/u.test(d.message)))).toEqual([]);
  });
});
