/** A finding on the notice's date stands at the line that gives the date, in whatever form the notice writes it. */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICES: [string, string][] = [
  ['fi', '# Rekisteriseloste\n\nHenkilötietolaki (523/99) 10 §\n\nLaadittu: 08.09.2009\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n'],
  ['sv', '# Registerbeskrivning\n\nPersonuppgiftslagen (523/99) 10 §\n\nUpprättad: 08.09.2009\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@esimerkki.example\n'],
  ['en', '# Register description\n\nPersonal Data Act (523/99) 10 §\n\nCreated: 08.09.2009\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n'],
];

describe('a date before the GDPR', () => {
  it.each(NOTICES)('is reported at the line that gives it (%s)', async (_lang, text) => {
    const dated = (await auditText(text)).find((d) => d.ruleId === 'outdated-reference' && d.message.includes('2009-09-08'));
    expect(dated?.line).toBe(5);
  });
});
