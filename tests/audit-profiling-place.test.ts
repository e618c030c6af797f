/**
 * A finding that asks whether automated decisions are made, in a notice with no part on them, stands
 * where the notice says what suggests profiling, not at its title nor where the rights name profiling.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICES: [string, string[], number][] = [
  [
    'fi',
    ['> Arkistoitu kopio verkkosivusta.', '', '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## Rekisterinpitäjä', '', 'Laskuri Oy, Katu 1, 00100 Helsinki, tietosuoja@laskuri.example', '',
      '## Markkinointi', '', 'Lähetämme käyttäjille kohdennettua markkinointia. Oikeusperuste on oikeutettu etu.', '',
      '## Oikeutesi', '', 'Sinulla on oikeus vastustaa käsittelyä, kuten profilointia. Voit tarkastaa, oikaista ja poistaa tietosi.'],
    13,
  ],
  [
    'sv',
    ['> Arkiverad kopia av webbsidan.', '', '# Integritetspolicy', '', 'Uppdaterad 1.2.2025', '', '## Personuppgiftsansvarig', '', 'Räknare Ab, Gatan 1, 00100 Helsingfors, dataskydd@raknare.example', '',
      '## Marknadsföring', '', 'Vi skickar riktad marknadsföring till användarna. Den rättsliga grunden är berättigat intresse.', '',
      '## Dina rättigheter', '', 'Du har rätt att invända mot behandlingen, till exempel profilering. Du kan få tillgång till, rätta och radera dina uppgifter.'],
    13,
  ],
  [
    'en',
    ['> An archived copy of the web page.', '', '# Privacy policy', '', 'Updated 1 February 2025', '', '## Controller', '', 'Counter Ltd, Street 1, 00100 Helsinki, privacy@counter.example', '',
      '## Marketing', '', 'We may create general profiles of the users to send personalised marketing. We base this on our legitimate interests.', '',
      '## Your rights', '', 'You have a right to object to processing, such as profiling. You may access, correct and erase your data.'],
    13,
  ],
];

describe('whether automated decisions are made, asked of a notice with no part on them', () => {
  it.each(NOTICES)('is asked where the notice says what suggests profiling (%s)', async (lang, lines, line) => {
    const found = await auditText(lines.join('\n'), `${lang}.md`);
    expect(found.filter((d) => d.ruleId === 'automated-decisions').map((d) => d.line)).toEqual([line]);
  });
});
