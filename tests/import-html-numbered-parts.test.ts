/**
 * A page that numbers its parts as lists of one bold item ("<ol start="2"><li><strong>Rekisteröidyt</strong></li></ol>"),
 * the part's text in paragraphs after it: each such list is the part's heading, and the controller's
 * details under the first are the controller's. A list of one item that is not bold, or that says more, stays a list.
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../src/import/document/html.js';
import { importNotice } from '../src/import/import.js';

const page = (parts: [string, string[]][]): string =>
  `<!doctype html><html><body>\n${parts.map(([heading, paras], i) => `<ol start="${i + 1}">\n<li><strong>${heading}</strong></li>\n</ol>\n${paras.map((p) => `<p>${p}</p>`).join('\n')}`).join('\n')}\n</body></html>\n`;

const NOTICES = {
  fi: page([['Rekisterinpitäjä', ['Esimerkki Oy (y-tunnus 2980005-2)', 'Testikatu 17 B', '02600 Espoo']], ['Henkilötietojen säilytysaika', ['Tietoja säilytetään kaksi vuotta asiakkuuden päättymisestä.']]]),
  sv: page([['Personuppgiftsansvarig', ['Exempel Ab (FO-nummer 2980005-2)', 'Testgatan 17 B', '02600 Esbo']], ['Hur länge uppgifterna sparas', ['Uppgifterna sparas i två år efter att kundrelationen upphört.']]]),
  en: page([['Controller', ['Example Ltd (business ID 2980005-2)', 'Test Street 17 B', '02600 Espoo']], ['Retention of the data', ['The data are kept for two years after the customer relationship ends.']]]),
};

describe('parts numbered as lists of one bold item', () => {
  it.each(Object.entries(NOTICES))('are headings, and the controller’s address is read (%s)', (lang, html) => {
    const headings = readHtml(html).filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toHaveLength(2);
    const register = importNotice(html, { format: 'html', lang: lang as 'fi' | 'sv' | 'en' }).register as { controller?: { address?: { postal_code?: string } }; retention?: unknown[] };
    expect(register.controller?.address?.postal_code).toBe('02600');
    expect(register.retention?.length).toBeGreaterThan(0);
  });

  it('are lists where the one item is not bold, or ends as a sentence does', () => {
    expect(readHtml('<ol><li>Rekisterinpitäjä</li></ol><p>Esimerkki Oy</p>').map((b) => b.kind)).toEqual(['list', 'paragraph']);
    expect(readHtml('<ul><li><strong>Tiedot säilytetään kaksi vuotta.</strong></li></ul><p>Muuta</p>').map((b) => b.kind)).toEqual(['list', 'paragraph']);
    expect(readHtml('<ul><li><strong>Esimerkki Oy</strong></li></ul><p>Testikatu 1</p>').map((b) => b.kind)).toEqual(['list', 'paragraph']);
    // A bulleted list of one bold item, and one led into by a colon, hold data, not a part's heading.
    expect(readHtml('<h2>Käsiteltävät henkilötiedot</h2><ul><li><strong>Nimi ja sähköpostiosoite</strong></li></ul><p>Muuta</p>').map((b) => b.kind)).toEqual(['heading', 'list', 'paragraph']);
    expect(readHtml('<h2>Data</h2><p>We process the following data:</p><ol><li><strong>Name and e-mail address</strong></li></ol><p>More</p>').map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'paragraph']);
    expect(readHtml('<h2>Rekisterin tietosisältö</h2><p>Rekisteriin tallennetaan asiakkaasta</p><ol><li><strong>Nimi ja sähköpostiosoite</strong></li></ol><p>Muuta</p>').map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'paragraph']);
  });
});
