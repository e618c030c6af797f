/**
 * The old register-notice template, a two-column table of numbered headings and their text: a finding
 * stands at the line where its cell's text starts, not at the row's closing tag; a bold heading broken
 * over lines is one heading; a denial of disclosure to outsiders in a clause before the transfers says
 * `recipients: none`; a sidebar after the article is the page's, not the notice's; the address under
 * the controller's name (or the end of it) in the contact person's cell is the controller's too.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';
import { auditText } from './audit-text.js';

const PAGE = [
  '<!doctype html><html lang="fi"><head><meta charset="utf-8"></head><body><article>',
  '<h1>Rekisteriseloste</h1>',
  '<p>Päivitetty 6.4.2026</p>',
  '<table><tbody>',
  '<tr>',
  '<td><strong>1. Rekisterinpitäjä</strong></td>',
  '<td>Esimerkki Kehittäjäyhdistys ESY ry.</td>',
  '</tr>',
  '<tr>',
  '<td><strong>2. Rekisteriasioista vastaava henkilö</strong></td>',
  '<td>',
  '<p>Maija Meikäläinen</p>',
  '<p>ESY ry.</p>',
  '<p>Katu 4 C<br>',
  '00120 Helsinki</p>',
  '</td>',
  '</tr>',
  '<tr>',
  '<td>',
  '<strong>3. Henkilötietojen käsittelyn tarkoitus /</strong>',
  '<p><strong>rekisterin käyttötarkoitus</strong></p>',
  '</td>',
  '<td>Rekisteriä käytetään jäsenasioiden hoitoon.',
  '<p>Rekisterin tietoja käytetään tiedottamiseen.</p>',
  '</td>',
  '</tr>',
  '<tr>',
  '<td>',
  '<strong>4. Säännönmukaiset tietojen luovutukset ja</strong>',
  '<p><strong>tietojen siirto EU:n tai Euroopan talousalueen</strong></p>',
  '<p><strong>ulkopuolelle</strong></p>',
  '</td>',
  '<td>Tietoja ei luovuteta yhdistyksen ulkopuolisille tahoille, tai siirretä EU:n tai Euroopan talousalueen ulkopuolelle.</td>',
  '</tr>',
  '</tbody></table>',
  '</article>',
  '<aside><h4>Artikkeleita</h4><ul><li><a href="/a">Webinaari: Microsoft Teams ja Google Drive</a></li></ul></aside>',
  '</body></html>',
];
const html = PAGE.join('\n');

describe('a register notice written as a two-column table', () => {
  it('reports a missing basis where the purposes cell starts, not at the row’s closing tag', async () => {
    const found = await auditText(html, 'seloste.html');
    const basis = found.filter((d) => d.ruleId === 'legal-basis').map((d) => d.line);
    expect(basis.length).toBeGreaterThan(0);
    for (const line of basis) expect([23, 24]).toContain(line);
  });

  it('reads a bold heading of three lines as one heading, and its denial of disclosure as no recipients', () => {
    const result = importNotice(html, { format: 'html' });
    expect(result.register['recipients']).toBe('none');
    expect(result.register['transfers']).toBe('none');
  });

  it('names no provider of the sidebar after the article', async () => {
    const found = await auditText(html, 'seloste.html');
    expect(found.filter((d) => /Microsoft|Google/u.test(d.message))).toEqual([]);
  });

  it('takes the address under the controller’s name in the contact person’s cell as the controller’s', () => {
    const result = importNotice(html, { format: 'html' });
    const address = { street: 'Katu 4 C', postal_code: '00120', city: 'Helsinki' };
    expect((result.register['controller'] as Record<string, unknown>)['address']).toEqual(address);
    expect((result.register['contact_person'] as Record<string, unknown>)['name']).toBe('Maija Meikäläinen');
  });
});

describe('a denial of disclosure beside a denial of transfers', () => {
  const heading = '# Tietosuojaseloste\n\n## 7. Tietojen luovuttaminen ja siirto EU:n tai ETA:n ulkopuolelle\n\n';
  it('denies recipients where it says "to no one", and not where it denies only a sale', () => {
    expect(importNotice(`${heading}Tietoja ei luovuteta kenellekään eikä siirretä EU:n tai ETA:n ulkopuolelle.\n`, { lang: 'fi' }).register['recipients']).toBe('none');
    const sale = '# Privacy notice\n\n## Disclosures and transfers outside the EEA\n\nWe do not sell your data to third parties or transfer it outside the EEA.\n';
    expect(importNotice(sale, { lang: 'en' }).register['recipients']).not.toBe('none');
    const others = '# Integritetspolicy\n\n## Utlämnande och överföring utanför EES\n\nUppgifterna lämnas inte ut till någon annan än våra personuppgiftsbiträden och överförs inte utanför EES.\n';
    expect(importNotice(others, { lang: 'sv' }).register['recipients']).not.toBe('none');
  });

  it('is no denial of recipients where the area stands after both verbs', () => {
    const text = '# Tietosuojaseloste\n\n## 7. Tietojen luovuttaminen ja siirto EU:n tai ETA:n ulkopuolelle\n\nRekisterin tietoja ei luovuteta tai säilytetä EU:n tai ETA:n ulkopuolella.\n';
    const result = importNotice(text, { lang: 'fi' });
    expect(result.register['recipients']).toBeUndefined();
    expect(result.register['transfers']).toBe('none');
  });
});
