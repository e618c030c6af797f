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
    const html = '<html><body><h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p><strong>Rekisterinpitäjä:</strong><br>Esimerkki Oy<br>Katu 1, 00100 Helsinki</p></body></html>';
    expect((importNotice(html, { lang: 'fi', format: 'html' }).register as Draft)['controller']).toEqual({ name: 'Esimerkki Oy', address: { street: 'Katu 1', postal_code: '00100', city: 'Helsinki' } });
  });
});
