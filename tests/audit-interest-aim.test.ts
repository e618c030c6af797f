/** "For" a purpose names the legitimate interest; "for" an event one signs up for ("legitimate interests that arise when you register for an event") names none. */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

describe('a legitimate interest said only of an event one signs up for', () => {
  const NOTICE =
    '# Privacy notice\n\nUpdated 27 February 2026\n\n## Controller\n\nExample Society ry, Street 1, 00100 Helsinki, board@society.example\n\n## Purposes and legal bases\n\nWe process your personal data to register you to our events and to develop our other operations.\n\nWe process your personal data on the basis of the agreement between you and us (GDPR Art. 6.1(b)), our legitimate interests that arise when you register for an event organised by us (GDPR Art. 6.1(f)), and to comply with the legal obligations applicable to us (GDPR Art. 6.1(c)), such as accounting.\n\n';
  it('names no interest: "for an event" is no aim', async () => {
    const found = await auditText(NOTICE);
    expect(found.filter((d) => d.ruleId === 'legitimate-interest')).toHaveLength(1);
  });

  it('"for the purposes of" one names is an aim', async () => {
    const found = await auditText(NOTICE.replace('that arise when you register for an event organised by us', 'for the purposes of keeping our events safe'));
    expect(found.filter((d) => d.ruleId === 'legitimate-interest')).toEqual([]);
  });
});
