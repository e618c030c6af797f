/**
 * The controller's details in a table of two columns under its heading, each row a label and its value: the
 * labels read as though a colon followed them, and with their other name in brackets left out.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const NOTICES: [string, string, Record<string, string>][] = [
  ['en', '<h2>1. Data Controller</h2><p>The data controller is:</p><table><tr><td>Company</td><td>Example Labs Oy</td></tr><tr><td>Business ID (Y-tunnus):</td><td>1234567-1</td></tr><tr><td>Email</td><td>hello@example.example</td></tr></table><h2>2. Purposes</h2><p>We use the data to run the service.</p>', { name: 'Example Labs Oy', business_id: '1234567-1', email: 'hello@example.example' }],
  ['fi', '<h2>1. Rekisterinpitäjä</h2><table><tr><td>Yritys</td><td>Esimerkki Oy</td></tr><tr><td>Y-tunnus (Business ID)</td><td>1234567-1</td></tr><tr><td>Sähköposti</td><td>info@esimerkki.example</td></tr></table><h2>2. Käsittelyn tarkoitus</h2><p>Käytämme tietoja palvelun toimittamiseen.</p>', { name: 'Esimerkki Oy', business_id: '1234567-1', email: 'info@esimerkki.example' }],
  ['sv', '<h2>1. Personuppgiftsansvarig</h2><table><tr><td>Företag</td><td>Exempel AB</td></tr><tr><td>Organisationsnummer</td><td>556677-8899</td></tr><tr><td>E-post</td><td>info@exempel.example</td></tr></table><h2>2. Ändamål</h2><p>Vi använder uppgifterna för att leverera tjänsten.</p>', { name: 'Exempel AB', email: 'info@exempel.example' }],
];

describe('the controller given in a table of labels and values', () => {
  it.each(NOTICES)('is read whole (%s)', (lang, html, controller) => {
    const { register } = importNotice(html, { format: 'html', lang: lang as 'fi' | 'sv' | 'en' });
    expect(register['controller']).toMatchObject(controller);
  });
});
