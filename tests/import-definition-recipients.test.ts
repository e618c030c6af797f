/**
 * Recipients given as a definition list under the heading on recipients ("<dt>Google Ireland
 * Limited</dt><dd>Sähköposti ja kalenteri</dd>"): each term is a recipient, its definition what it does.
 * A Swedish heading "Biträden" (processors) is a heading on recipients.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

type Recipient = { name?: string; category?: Record<string, string> };
const recipients = (html: string): Recipient[] => (importNotice(html, { format: 'html' }).register['recipients'] as Recipient[] | undefined) ?? [];

describe('a definition list of recipients', () => {
  it('names a recipient a term, with what it does (fi)', () => {
    const html =
      '<html><body><h1>Tietosuojaseloste</h1><h2>1 Rekisterinpitäjä</h2><p>Esimerkki Oy, Katu 1, 00100 Helsinki</p>' +
      '<h2>5 Palveluntarjoajat ja tietojen luovutus</h2><p>Seuraavat palveluntarjoajat käsittelevät tietoja lukuumme:</p>' +
      '<dl><dt>Google Ireland Limited</dt><dd>Sähköposti ja kalenteri.</dd><dt>Vercel Inc.</dt><dd>Sivuston palvelin.</dd></dl>' +
      '<h2>6 Oikeutesi</h2><p>Sinulla on oikeus tarkastaa tietosi.</p></body></html>';
    const found = recipients(html);
    expect(found.map((r) => r.name)).toEqual(expect.arrayContaining(['Google Ireland Limited', 'Vercel Inc.']));
    expect(Object.values(found.find((r) => r.name === 'Vercel Inc.')?.category ?? {})[0]).toMatch(/Sivuston palvelin/u);
  });

  it('reads a list under "Biträden" as recipients (sv)', () => {
    const html =
      '<html><body><h1>Integritetspolicy</h1><h2>1. Personuppgiftsansvarig</h2><p>Exempel Ab, Gatan 1, 00100 Helsingfors</p>' +
      '<h2>4. Biträden</h2><ul><li>Supabase: databas och inloggning</li><li>Brevo: utskick av e-post</li></ul>' +
      '<h2>5. Lagring</h2><p>Uppgifterna sparas medan avtalet gäller.</p></body></html>';
    const text = JSON.stringify(recipients(html));
    expect(text).toMatch(/Supabase/u);
    expect(text).toMatch(/Brevo/u);
  });
});
