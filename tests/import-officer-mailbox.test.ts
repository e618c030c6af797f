/**
 * A data protection officer named by title alone in the controller's part, with no details of their
 * own, where the mailbox given is a data-protection one: that mailbox is the officer's, with a TODO. A
 * general mailbox, or a sentence that denies an officer, gives none. A postal code of a digit too many
 * is kept as written, for the check to question.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

function notice(lang: Lang, officer: string, mailbox: string): string {
  const heading = { fi: 'Rekisterinpitäjä', sv: 'Personuppgiftsansvarig', en: 'Controller' }[lang];
  return `# Notice\n\n## ${heading}\n\nEsimerkki ry\n\nPostiosoite Viimatie 14, 28100 Pori\n\n${officer}\n\n${mailbox}\n`;
}

const NAMED: [Lang, string, string][] = [
  ['fi', 'Rekisterinpitäjän vastuuhenkilönä toimii tietosuojavastaava', 'tietosuojaavastaava@esimerkki.fi'],
  ['sv', 'Ansvarig för registret är vårt dataskyddsombud', 'dataskydd@exempel.se'],
  ['en', 'The person responsible for the register is our data protection officer', 'privacy@example.com'],
];

describe('a DPO named by title, reached at the data-protection mailbox', () => {
  it.each(NAMED)('takes the mailbox as the officer’s, to be checked (%s)', (lang, officer, mailbox) => {
    const result = importNotice(notice(lang, officer, mailbox), { lang });
    expect(result.register['dpo']).toEqual({ email: mailbox });
    expect(result.yaml).toMatch(/TODO: the original names a data protection officer without details of their own/u);
  });

  it('takes no general mailbox for the officer', () => {
    const result = importNotice(notice('fi', 'Rekisterinpitäjän vastuuhenkilönä toimii tietosuojavastaava', 'info@esimerkki.fi'), { lang: 'fi' });
    expect(result.register['dpo']).toBeUndefined();
  });

  it('takes no mailbox where the notice says there is no officer', () => {
    const result = importNotice(notice('fi', 'Yhdistyksellä ei ole tietosuojavastaavaa.', 'tietosuoja@esimerkki.fi'), { lang: 'fi' });
    expect(result.register['dpo']).toBeUndefined();
    for (const denial of ['Föreningen har inget dataskyddsombud.', 'Föreningen saknar dataskyddsombud.']) {
      expect(importNotice(notice('sv', denial, 'dataskydd@exempel.se'), { lang: 'sv' }).register['dpo']).toBeUndefined();
    }
  });

  it('leaves an officer given details of their own in a later part with them', () => {
    const text = `${notice('fi', 'Rekisterinpitäjän vastuuhenkilönä toimii tietosuojavastaava', 'tietosuoja@esimerkki.fi')}\n## Tietosuojavastaava\n\nMaija Meikäläinen, maija.meikalainen@esimerkki.fi\n`;
    expect(importNotice(text, { lang: 'fi' }).register['dpo']).toEqual({ name: 'Maija Meikäläinen', email: 'maija.meikalainen@esimerkki.fi' });
  });
});

describe('a postal code of a digit too many', () => {
  it('is kept as written beside its street and town, after a label with no colon', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry\n\nPostiosoite Viimatie 14, 282190 Pori\n\ninfo@esimerkki.fi\n';
    const result = importNotice(text, { lang: 'fi' });
    const controller = result.register['controller'] as Record<string, unknown>;
    expect(controller['postal_address'] ?? controller['address']).toEqual({ street: 'Viimatie 14', postal_code: '282190', city: 'Pori' });
  });
});

describe('a postal code of four digits with no country named', () => {
  it('is not taken for a mistyped Finnish one', () => {
    const text = '# Personvernerklæring\n\n## Personuppgiftsansvarig\n\nExempel AS\n\nStorgata 14, 0154 Oslo\n\ninfo@exempel.no\n';
    const controller = importNotice(text, { lang: 'sv' }).register['controller'] as Record<string, unknown>;
    expect(controller['postal_address'] ?? controller['address']).toBeUndefined();
  });
});
