/**
 * A heading put as a question of an old register description ("8. Kenelle henkilötietoja voidaan
 * luovuttaa", "Till vem kan uppgifterna lämnas ut", "To whom may the data be disclosed"): it asks, and the
 * answer below it is what the notice says. Its modal verb hedges nothing.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const ASKED: [string, string][] = [
  ['fi', '# Rekisteriseloste\n\nPäivitetty 1.2.2025. Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## 8. Kenelle henkilötietoja voidaan luovuttaa\n\nHenkilötietoja ei luovuteta ulkopuolisille tahoille.\n'],
  ['sv', '# Registerbeskrivning\n\nUppdaterad 1.2.2025. Exempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## 8. Till vem kan uppgifterna lämnas ut\n\nUppgifterna lämnas inte ut till utomstående.\n'],
  ['en', '# Register description\n\nUpdated 1 February 2025. Northwind Ltd, Street 1, 00100 Helsinki, info@northwind.fi\n\n## 8. To whom may the data be disclosed\n\nThe data are not disclosed to outside parties.\n'],
];

describe('a heading put as a question', () => {
  it.each(ASKED)('is no vague wording (%s)', async (_lang, text) => {
    expect((await auditText(text)).filter((d) => d.ruleId === 'vague-language')).toEqual([]);
  });
});
