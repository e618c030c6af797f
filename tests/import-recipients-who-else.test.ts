/**
 * Recipients under a heading that asks who else processes the data ("Kuka muu käsittelee tietojasi?"),
 * a sentence that denies those parties a use of their own (no recipient itself), and a company said,
 * a few words on, to be a controller of its own ("toimii näiden tietojen osalta itsenäisenä
 * rekisterinpitäjänä"): a recipient, never the draft's controller.
 */
import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../src/import/headings.js';
import { importNotice } from '../src/import/import.js';

type Recipient = { name?: string; category?: Record<string, string>; role?: string };

const recipients = (text: string): Recipient[] => (importNotice(text, { format: 'markdown' }).register['recipients'] as Recipient[] | undefined) ?? [];

const WHO_ELSE: [string, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Kuka muu käsittelee tietojasi?\n\nKäytämme seuraavia palveluntarjoajia tietojen käsittelyssä:\n\n- Google Calendar (varausjärjestelmä)\n- Google Drive (ilmoittautumiset)\n\nKolmansilla osapuolilla ei ole oikeutta käyttää meiltä saamiaan tietoja.\n'],
  ['sv', '# Integritetspolicy\n\n## Vem mer behandlar dina uppgifter?\n\nVi använder följande leverantörer:\n\n- Google Calendar (bokningar)\n- Google Drive (anmälningar)\n\nLeverantörerna får inte använda uppgifterna för egna syften.\n'],
  ['en', '# Privacy notice\n\n## Who else processes your data?\n\nWe use the following providers:\n\n- Google Calendar (bookings)\n- Google Drive (sign-ups)\n\nThey may not use your data for their own purposes.\n'],
];

describe('a heading that asks who can see the data', () => {
  it.each(['Vilka kan se uppgifterna?', 'Vem kan se dina personuppgifter?', 'Ketkä näkevät tietosi?', 'Ketkä voivat nähdä henkilötietosi?'])('heads the recipients: %s', (heading) => {
    expect(classifyHeading(heading)).toEqual(['recipients']);
  });

  it('maps its sentences, and a denial of more is no recipient', () => {
    const text = '# Integritetspolicy\n\n## Vilka kan se uppgifterna?\n\nVi säljer aldrig dina uppgifter. För att kunna drifta webbplatsen anlitar vi ett webbhotell. Det behandlar uppgifterna för vår räkning enligt personuppgiftsbiträdesavtal. I övrigt delas inget med tredje part, utöver vad lagen kan kräva.\n';
    const found = recipients(text);
    expect(found.some((r) => r.role === 'processor')).toBe(true);
    expect(found.some((r) => /delas inget/u.test(Object.values(r.category ?? {})[0] ?? ''))).toBe(false);
  });
});

describe('a heading that asks who else processes the data', () => {
  it.each(WHO_ELSE)('heads the recipients, and a use the parties are denied is none of them (%s)', (_lang, text) => {
    const found = recipients(text);
    expect(found.map((r) => Object.values(r.category ?? {})[0])).toEqual([expect.stringMatching(/^Google Calendar/u), expect.stringMatching(/^Google Drive/u)]);
  });
});

const CONTROLLERS: [string, string][] = [
  ['fi', 'Maksutiedot välitetään Vipps MobilePay AS:lle. Vipps MobilePay AS toimii näiden tietojen osalta itsenäisenä rekisterinpitäjänä.'],
  ['sv', 'Betalningen sker via Klarna. Klarna Bank AB är för dessa uppgifter självständigt personuppgiftsansvarig.'],
];

describe('a company said to be a controller of its own, a few words on', () => {
  it.each(CONTROLLERS)('is a recipient in that role (%s)', (lang, sentences) => {
    const heading = lang === 'fi' ? '## Maksaminen' : '## Betalning';
    const text = `# Notice\n\n## Controller\n\nExample Oy, Katu 1, 00100 Helsinki, info@example.fi\n\n${heading}\n\n${sentences}\n`;
    const found = recipients(text);
    expect(found).toContainEqual(expect.objectContaining({ name: expect.stringMatching(/^(?:Vipps MobilePay AS|Klarna Bank AB)$/u), role: 'controller' }));
  });
});

const RESTRICTED: [string, string, string][] = [
  ['fi', '## Tietojen luovutukset\n\nTilaustiedot luovutetaan Posti Oy:lle, jolla ei ole oikeutta käyttää tietoja muuhun tarkoitukseen.', 'Posti Oy'],
  ['sv', '## Mottagare\n\nVi lämnar ut dina uppgifter till Fortnox AB, som inte får använda dem för egna syften.', 'Fortnox AB'],
  ['en', '## Recipients\n\nWe share your payment data with Stripe Inc, which may not use it for its own purposes.', 'Stripe Inc'],
];

describe('a recipient named in the sentence that denies it a use of its own', () => {
  it.each(RESTRICTED)('is a recipient still (%s)', (_lang, section, name) => {
    expect(recipients(`# Notice\n\n${section}\n`).map((r) => r.name)).toEqual([name]);
  });
});

describe('a processor named beside another party that is the controller', () => {
  it.each([
    ['sv', 'Bokföringen sköts i en molntjänst. Fortnox AB är personuppgiftsbiträde och Exempel AB personuppgiftsansvarig.', 'Fortnox AB'],
    ['fi', 'Maksut käsitellään maksupalvelussa. Paytrail Oyj toimii käsittelijänä ja Esimerkki Oy rekisterinpitäjänä.', 'Paytrail Oyj'],
  ])('is no controller of its own (%s)', (_lang, sentences, name) => {
    const found = recipients(`# Notice\n\n## Payments\n\n${sentences}\n`).filter((r) => r.name === name);
    expect(found.every((r) => r.role !== 'controller')).toBe(true);
  });
});
