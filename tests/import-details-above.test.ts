/**
 * A DPO whose contact details are said to stand above ("Tietosuojavastaava: Veli-Matti Ruuhimäki
 * (yhteystiedot yllä)"): the phone listed beside the name and the controller's e-mail are theirs, with a
 * TODO; the words "above" are no title.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';


const ABOVE: [Lang, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä ja yhteystiedot\n\n- Rekisterinpitäjä: Esimerkki Oy\n- Puhelin:\n  - Veli Virtanen: 045 185 8177\n  - Anna Aho: 045 322 8116\n- Sähköposti: info@esimerkki.fi\n- Tietosuojavastaava: Anna Aho (yhteystiedot yllä)\n'],
  ['sv', '# Dataskyddsbeskrivning\n\n## Personuppgiftsansvarig och kontaktuppgifter\n\n- Personuppgiftsansvarig: Exempel Ab\n- Telefon:\n  - Veli Virtanen: 045 185 8177\n  - Anna Aho: 045 322 8116\n- E-post: info@exempel.fi\n- Dataskyddsombud: Anna Aho (kontaktuppgifter ovan)\n'],
  ['en', '# Privacy notice\n\n## Controller and contact details\n\n- Controller: Example Ltd\n- Phone:\n  - Veli Virtanen: 045 185 8177\n  - Anna Aho: 045 322 8116\n- E-mail: info@example.fi\n- Data protection officer: Anna Aho (contact details above)\n'],
];

describe('a DPO whose contact details are said to stand above', () => {
  it.each(ABOVE)('has the phone beside the name and the controller’s e-mail, to be checked (%s)', (lang, text) => {
    const result = importNotice(text, { lang });
    expect(result.register['dpo']).toEqual({ name: 'Anna Aho', phone: '045 322 8116', email: expect.stringMatching(/^info@/u) });
    expect(result.yaml).toMatch(/TODO: the original gives these contact details as "above"/u);
  });
});
