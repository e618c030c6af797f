/**
 * A phone number whose country code stands in brackets ("(+358) 45-103 2606") is the controller's
 * phone, written as the register format takes it ("+358 45-103 2606").
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const notice = (phone: string): string =>
  `# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nJalkaterapia Esimerkki\nY-tunnus: 3453859-7\nSähköposti: esimerkki@example.fi\nPuhelinnumero: ${phone}\n\n## Oikeudet\n\nSinulla on oikeus tarkastaa tietosi.\n`;

describe('a phone with its country code in brackets', () => {
  it('is the controller\'s phone', () => {
    const controller = importNotice(notice('(+358) 45-103 2606'), { format: 'markdown' }).register['controller'] as Record<string, unknown>;
    expect(controller['phone']).toBe('+358 45-103 2606');
  });

  it('as one without brackets is', () => {
    const controller = importNotice(notice('+358 45 103 2606'), { format: 'markdown' }).register['controller'] as Record<string, unknown>;
    expect(controller['phone']).toBe('+358 45 103 2606');
  });
});
