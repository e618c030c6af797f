/**
 * "Som krävs enligt lag" says whether data must be given only where it speaks of the data given
 * ("Uppgifterna … är de som krävs enligt lag"); of how long they are kept ("så länge som krävs enligt
 * lag") it says nothing of giving them.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICES: [string, string, string][] = [
  [
    'sv',
    '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## Personuppgifter vi samlar in\n\nNär du kontaktar oss samlar vi in ditt namn, telefonnummer och din e-postadress.\n\n## Lagring\n\n',
    'Vi sparar dina personuppgifter så länge det är nödvändigt för ändamålet eller så länge som krävs enligt lag.',
  ],
  [
    'sv',
    '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n## Personuppgifter vi samlar in\n\nNär du kontaktar oss samlar vi in ditt namn och din e-postadress.\n\n## Lagring\n\n',
    'Vi sparar dina personuppgifter så lång tid som krävs enligt lag för bokföringen.',
  ],
  [
    'en',
    '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n## Data we collect\n\nWhen you contact us we collect your name, phone number and e-mail address.\n\n## Retention\n\n',
    'We keep your data as long as the purpose needs, and the records for the period that the law requires.',
  ],
];

describe('the time the law requires data kept', () => {
  it.each(NOTICES)('does not say whether the data must be given (%s)', async (_lang, notice, kept) => {
    const found = await auditText(`${notice}${kept}\n`);
    expect(found.filter((d) => d.ruleId === 'provision-requirement')).toHaveLength(1);
  });
});
