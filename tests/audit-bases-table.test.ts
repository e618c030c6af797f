/**
 * A notice that pairs each basis with its purpose in a table, says beside it that consent can be
 * withdrawn, and lists its uses apart, compliance with legal obligations among them: each basis is
 * paired, none is reported as listed for the register without its purposes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditBytes } from '../src/audit/audit.js';

const work = mkdtempSync(join(tmpdir(), 'seloste-bases-table-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const NOTICE = {
  fi: ['# Tietosuojaseloste', '', 'Päivitetty 27.5.2026. Rekisterinpitäjä: Esimerkki Oy, Katu 1, 00160 Helsinki, tietosuoja@esimerkki.fi.', '', '## Käsittelyn oikeusperusteet', '',
    '| Tarkoitus | Oikeusperuste |', '|---|---|', '| Jonotuslistan viestit | Nimenomainen suostumuksesi (6 artiklan 1 kohdan a alakohta) |', '| Yhteydenottoihin vastaaminen | Oikeutettu etu asiakaspalvelussa (6 artiklan 1 kohdan f alakohta) |', '| Lakisääteisten velvoitteiden noudattaminen | Lakisääteinen velvoite (6 artiklan 1 kohdan c alakohta) |', '',
    'Voit peruuttaa suostumuksesi milloin tahansa.', '', '## Mihin käytämme tietoja', '', '- Jonotuslistan vahvistaminen', '- Lakisääteisten velvoitteiden noudattaminen', ''],
  sv: ['# Dataskyddsbeskrivning', '', 'Uppdaterad 27.5.2026. Personuppgiftsansvarig: Exempel Ab, Gatan 1, 00160 Helsingfors, dataskydd@exempel.fi.', '', '## Rättslig grund för behandlingen', '',
    '| Ändamål | Rättslig grund |', '|---|---|', '| Meddelanden till kön | Ditt uttryckliga samtycke (artikel 6.1 a) |', '| Svar på förfrågningar | Berättigat intresse i kundservice (artikel 6.1 f) |', '| Att uppfylla rättsliga förpliktelser | Rättslig förpliktelse (artikel 6.1 c) |', '',
    'Du kan återkalla ditt samtycke när som helst.', '', '## Hur vi använder uppgifterna', '', '- Bekräfta din plats i kön', '- Uppfylla rättsliga förpliktelser', ''],
  en: ['# Privacy policy', '', 'Updated 27 May 2026. Controller: Example Ltd, Street 1, 00160 Helsinki, privacy@example.fi.', '', '## Legal basis for processing', '',
    '| Purpose | Legal basis |', '|---|---|', '| Waitlist emails | Your explicit consent (Article 6(1)(a)) |', '| Responding to inquiries | Legitimate interest in customer service (Article 6(1)(f)) |', '| Compliance with legal obligations | Legal obligation (Article 6(1)(c)) |', '',
    'You can withdraw consent at any time.', '', '## How we use your data', '', '- Confirm your spot on the waitlist', '- Comply with legal obligations', ''],
};

describe('bases paired with their purposes in a table', () => {
  it.each(['fi', 'sv', 'en'] as const)('are not reported as listed without saying which covers which purpose (%s)', async (lang) => {
    const result = await auditBytes(new TextEncoder().encode(NOTICE[lang].join('\n')), 'notice.md', { cwd: work });
    if ('problem' in result) throw new Error(result.problem);
    expect(result.diagnostics.filter((d) => d.ruleId === 'legal-basis' && /which covers which|vilken som gäller|mikä peruste/u.test(d.message))).toEqual([]);
  });
});
