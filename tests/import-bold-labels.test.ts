/**
 * A page that heads each part with a bold paragraph of its own ending in a label's colon
 * ("<p><b>Data retention: </b></p>") is read as parts under those headings; a bold label before a line
 * break in a contact block ("<strong>Rekisterinpitäjä:</strong><br>Esimerkki Oy") still opens the block.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

type Draft = Record<string, any>;
type Lang = 'fi' | 'sv' | 'en';

const PAGES: [Lang, string][] = [
  ['fi', '<html><body><h1>Tietosuojaseloste</h1><p><b>Tietojen säilytys: </b></p><p>Säilytämme tietoja kaksi vuotta.</p><p><b>Tietolähteet: </b></p><p>Tiedot saadaan käyttäjältä rekisteröitymislomakkeella.</p></body></html>'],
  ['sv', '<html><body><h1>Integritetspolicy</h1><p><b>Lagringstid: </b></p><p>Vi sparar uppgifterna i två år.</p><p><b>Källor: </b></p><p>Uppgifterna fås från användaren via registreringsformuläret.</p></body></html>'],
  ['en', '<html><body><h1>Privacy policy</h1><p><b>Data retention: </b></p><p>We keep the data for two years.</p><p><b>Sources of data: </b></p><p>The information is obtained from the user through registration forms.</p></body></html>'],
];

describe('bold paragraphs ending in a colon', () => {
  it.each(PAGES)('head the parts after them (%s)', (lang, html) => {
    const register = importNotice(html, { lang, format: 'html' }).register as Draft;
    expect((register['retention'] as Draft[]).map((r) => r['period'])).toEqual(['P2Y']);
    expect((register['sources'] as Draft[]).map((s) => s['type'])).toEqual(['data_subject']);
  });

  it('a bold label before a line break still opens a contact block', () => {
    const html =
      '<html><body><h1>Tietosuojaseloste</h1><div><strong>Rekisterinpitäjä:</strong><br>Kuusen Lattiat<br><em>Osa Kuusen Saneeraus Oy:tä</em><br><br><strong>Yhteystiedot:</strong><br>Anna Aho<br>Puhelin: 040 123 4567<br>Sähköposti: lattiat@kuusi.example<br><br><strong>Yritystiedot:</strong><br>Kuusen Saneeraus Oy<br>Y-tunnus: 1234567-1<br>Katu 1, 00100 Helsinki</div><h2>1. Yleistä</h2><p>Käytämme tietoja tarjousten laatimiseen.</p></body></html>';
    expect((importNotice(html, { lang: 'fi', format: 'html' }).register as Draft)['controller']).toMatchObject({
      business_id: '1234567-1',
      address: { street: 'Katu 1', postal_code: '00100', city: 'Helsinki' },
      email: 'lattiat@kuusi.example',
    });
  });

  it.each([
    ['fi', '<p><strong>Keräämme ja säilytämme asiakkaista seuraavat tiedot:</strong></p>', 'Rekisterin tietosisältö'],
    ['en', '<p><strong>We collect and keep your following data:</strong></p>', 'What data we collect'],
  ] as [Lang, string, string][])('a bold sentence that leads into a list stays its lead-in (%s)', (lang, lead, heading) => {
    const html = `<html><body><h1>Notice</h1><h2>${heading}</h2>${lead}<ul><li>nimi / name</li><li>sähköposti / email</li></ul></body></html>`;
    const register = importNotice(html, { lang, format: 'html' }).register as Draft;
    expect(register['data_categories']).toHaveLength(2);
    expect(register['retention']).toBeUndefined();
  });

  it('data from another party of the user\'s, or from a customer that is a company, are not the person\'s own', () => {
    const register = importNotice('# Privacy policy\n\n## Sources of data\n\nThe data are obtained from the user\'s employer.\n', { lang: 'en' }).register as Draft;
    expect((register['sources'] as Draft[]).map((s) => s['type'])).toEqual(['organisation']);
    const sv = importNotice('# Integritetspolicy\n\n## Källor\n\nUppgifterna fås från kunden, det vill säga din arbetsgivare.\n', { lang: 'sv' }).register as Draft;
    expect(((sv['sources'] ?? []) as Draft[]).map((s) => s['type'])).not.toContain('data_subject');
  });

  it('a heading on collecting personal data into a register heads the data', () => {
    const html = '<html><body><h1>Privacy policy</h1><p><b>Collection of personal data into the electronic service user register: </b></p><ul><li>name</li><li>email address</li></ul></body></html>';
    expect((importNotice(html, { lang: 'en', format: 'html' }).register as Draft)['data_categories']).toHaveLength(2);
  });
});
