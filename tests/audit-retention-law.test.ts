/**
 * A published notice that keeps data "enligt bokföringslagen" tells the reader in plain words that the law
 * is the ground: the audit does not ask for a purpose on a legal obligation, though `check` asks a register
 * for it (the rule's fixtures).
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICES: [string, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Käsittelyn tarkoitus\n\n- Tilausten toimittaminen (oikeusperuste: sopimus)\n\n## Säilytysaika\n\nKirjanpitoaineisto säilytetään kuusi vuotta kirjanpitolain mukaan.\n'],
  ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## Ändamål\n\n- Leverera beställningar (rättslig grund: avtal)\n\n## Lagring\n\nBokföringsmaterial sparas i 7 år enligt bokföringslagen.\n'],
  ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n## Purposes\n\n- Delivering orders (legal basis: contract)\n\n## Retention\n\nAccounting records are kept for six years under the Accounting Act.\n'],
];

describe('data kept as a law the notice names requires', () => {
  it.each(NOTICES)('are no missing basis in a published notice (%s)', async (_lang, text) => {
    const found = await auditText(text);
    expect(found.filter((d) => d.ruleId === 'legal-basis')).toEqual([]);
  });
});
