/**
 * A web page's table of three columns whose rows leave a cell empty ("Cloudflare R2 | File storage | ")
 * is read as a table of three columns: each row is one item, not a heading over its other cell.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const row = (cells: readonly string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

const PAGES: Record<'fi' | 'sv' | 'en', { head: string; columns: string[]; rows: string[][] }> = {
  fi: {
    head: '<h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p>Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi</p><h2>Tietojen vastaanottajat</h2><p>Käytämme seuraavia palveluntarjoajia:</p>',
    columns: ['Palvelu', 'Käyttötarkoitus', 'Sijainti'],
    rows: [['Supabase', 'Tietokanta', 'EU (Frankfurt)'], ['Cloudflare R2', 'Tiedostojen tallennus', ''], ['Stripe', 'Maksut', 'Yhdysvallat'], ['Cliniko', 'Ajanvaraus', ''], ['Resend', 'Sähköpostit', 'Yhdysvallat']],
  },
  sv: {
    head: '<h1>Integritetspolicy</h1><h2>Personuppgiftsansvarig</h2><p>Exempel AB, Gatan 1, 111 22 Stockholm, info@exempel.se</p><h2>Mottagare</h2><p>Vi anlitar följande leverantörer:</p>',
    columns: ['Leverantör', 'Ändamål', 'Plats'],
    rows: [['Supabase', 'Databas', 'EU (Frankfurt)'], ['Cloudflare R2', 'Fillagring', ''], ['Stripe', 'Betalningar', 'USA'], ['Cliniko', 'Bokning', ''], ['Resend', 'E-post', 'USA']],
  },
  en: {
    head: '<h1>Privacy Policy</h1><h2>Controller</h2><p>Example AB, Street 1, 111 22 Stockholm, info@example.se</p><h2>Processors and recipients</h2><p>We share data with the following providers:</p>',
    columns: ['Provider', 'Purpose', 'Location / third country'],
    rows: [['Supabase', 'Database', 'EU (Frankfurt)'], ['Cloudflare R2', 'File storage', ''], ['Stripe', 'Payment processing', 'USA'], ['Cliniko', 'Booking', ''], ['Resend', 'Email delivery', 'USA']],
  },
};

describe('a table whose rows leave a cell empty', () => {
  it.each(['fi', 'sv', 'en'] as const)('gives each row as a recipient (%s)', (lang) => {
    const { head, columns, rows } = PAGES[lang];
    const html = `<html><body>${head}\n<table>\n<thead><tr>${columns.map((c) => `<th>${c}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.map(row).join('\n')}\n</tbody></table></body></html>`;
    const recipients = importNotice(html, { format: 'html' }).register['recipients'] as { name?: string }[];
    expect(recipients.map((r) => r.name).filter(Boolean)).toEqual(['Supabase', 'Cloudflare R2', 'Stripe', 'Cliniko', 'Resend']);
  });
});

describe('a table with a column empty in every row', () => {
  it('is read as the table of two columns it is', () => {
    const rows = [['1. Rekisterinpitäjä', 'Esimerkki ry, Katu 1, 00100 Helsinki, hallitus@esimerkki.fi'], ['2. Rekisterin nimi', 'Jäsenrekisteri'], ['7. Säilytysaika', 'Tiedot poistetaan kahden vuoden kuluttua jäsenyyden päättymisestä.']];
    const html = `<html><body><h1>Tietosuojaseloste</h1><table>${rows.map((r) => row([...r, ''])).join('\n')}</table></body></html>`;
    const register = importNotice(html, { format: 'html' }).register;
    expect([(register['controller'] as { name?: string }).name, (register['name'] as { fi?: string }).fi]).toEqual(['Esimerkki ry', 'Jäsenrekisteri']);
  });
});

describe('a table whose cells tick the column of a basis', () => {
  it.each([
    ['fi', ['Tarkoitus', 'Sopimus', 'Suostumus', 'Lakisääteinen velvoite'], ['Asiakassuhteen hoito', 'Uutiskirje', 'Kirjanpito']],
    ['sv', ['Ändamål', 'Avtal', 'Samtycke', 'Rättslig förpliktelse'], ['Kundrelationen', 'Nyhetsbrev', 'Bokföring']],
    ['en', ['Purpose', 'Contract', 'Consent', 'Legal obligation'], ['Customer relationship', 'Newsletter', 'Bookkeeping']],
  ])('gives each row the basis of the column it ticks (%s)', (_lang, header, purposes) => {
    const ticks = [['x', '', ''], ['', 'x', ''], ['', '', 'x']];
    const body = purposes.map((p, i) => row([p, ...ticks[i]!])).join('\n');
    const html = `<html><body><h1>Privacy</h1><h2>${header[0]}</h2><table><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>\n${body}</table></body></html>`;
    const found = importNotice(html, { format: 'html' }).register['purposes'] as { legal_basis?: string }[];
    expect(found.map((p) => p.legal_basis)).toEqual(['contract', 'consent', 'legal_obligation']);
  });
});
