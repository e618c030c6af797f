/**
 * A contact detail after its label, the whole paragraph in bold ("<p><strong>Sähköpostiosoite:
 * info@…</strong></p>"), is a line of the contact block, not a heading: the controller's e-mail is read
 * from it. A bold paragraph that is a label alone still heads what follows.
 */
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../src/import/document/read.js';
import { importNotice } from '../src/import/import.js';

const NOTICES = {
  fi: '<h1>Tietosuojaseloste</h1>\n<h2>Rekisterinpitäjä</h2>\n<p>Esimerkki ry</p>\n<p><strong>Sähköpostiosoite: info@esimerkki.fi</strong></p>\n<p><strong>Postiosoite: Katu 1, 00100 Helsinki</strong></p>\n',
  sv: '<h1>Integritetspolicy</h1>\n<h2>Personuppgiftsansvarig</h2>\n<p>Exempel rf</p>\n<p><strong>E-post: info@exempel.fi</strong></p>\n<p><strong>Postadress: Gatan 1, 00100 Helsingfors</strong></p>\n',
  en: '<h1>Privacy notice</h1>\n<h2>Controller</h2>\n<p>Example Club</p>\n<p><strong>E-mail: info@example.fi</strong></p>\n<p><strong>Postal address: Street 1, 00100 Helsinki</strong></p>\n',
};

describe('a bold line of a contact detail', () => {
  it.each(Object.entries(NOTICES))('is a line of the block, not a heading (%s)', (_lang, text) => {
    const headings = readBlocks(text, 'html').filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toHaveLength(2);
    const controller = importNotice(text, { format: 'html' }).register['controller'] as Record<string, unknown>;
    expect(controller['email']).toMatch(/^info@/u);
  });

  it('is a heading where it is a label alone', () => {
    const headings = readBlocks('<p><strong>Yhteystiedot</strong></p>\n<p>Esimerkki ry, info@esimerkki.fi</p>\n', 'html').filter((b) => b.kind === 'heading');
    expect(headings.map((b) => b.text)).toEqual(['Yhteystiedot']);
  });
});
