/** A street address with its floor after a comma ("Banérgatan 10, 1 tr", "Mannerheimintie 5, 3. krs", "Main Street 4, 2nd floor") keeps its street. */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';
import { addressesIn } from '../src/import/recognise/contact-address.js';

describe('a street with its floor', () => {
  it.each([
    ['sv', 'Banérgatan 10, 1 tr, 115 23 Stockholm, Sweden', 'Banérgatan 10, 1 tr', '115 23'],
    ['sv', 'Storgatan 3, vån. 2, 111 22 Stockholm', 'Storgatan 3, vån. 2', '111 22'],
    ['fi', 'Mannerheimintie 5, 3. krs, 00100 Helsinki', 'Mannerheimintie 5, 3. krs', '00100'],
    ['fi', 'Aleksanterinkatu 7, 2. kerros, 00100 Helsinki', 'Aleksanterinkatu 7, 2. kerros', '00100'],
    ['en', 'Main Street 4, 2nd floor, 00100 Helsinki', 'Main Street 4, 2nd floor', '00100'],
    ['en', 'Main Street 4, 2nd Floor, 00100 Helsinki', 'Main Street 4, 2nd Floor', '00100'],
    ['sv', 'Storgatan 3, Vån 2, 111 22 Stockholm', 'Storgatan 3, Vån 2', '111 22'],
    ['sv', 'Storgatan 3, 2 tr upp, 111 22 Stockholm', 'Storgatan 3, 2 tr upp', '111 22'],
  ])('is the street, floor and all (%s)', (_lang, text, street, code) => {
    expect(addressesIn(text).map((a) => [a.address.street, a.address.postal_code])).toEqual([[street, code]]);
  });

  it('is no floor where a postal code follows the number', () => {
    expect(addressesIn('Katu 10, 12345 Helsinki').map((a) => a.address.street)).toEqual(['Katu 10']);
  });

  it('is the controller’s street in a draft', () => {
    const notice = '# Privacy policy\n\n## Controller\n\n- **Company:** Example AB\n- **Address:** Banérgatan 10, 1 tr, 115 23 Stockholm, Sweden\n- **Email:** info@example.se\n';
    const controller = importNotice(notice, { format: 'markdown' }).register['controller'] as { address?: { street?: string } };
    expect(controller.address?.street).toBe('Banérgatan 10, 1 tr');
  });
});

describe('a street said in running text after where the company is registered', () => {
  it.each([
    ['en', 'The company is registered in Finland at Punavuorenkatu 1 B 13, 00120 Helsinki, Finland.', 'Punavuorenkatu 1 B 13'],
    ['sv', 'Bolaget har sitt säte i Stockholm vid Storgatan 3, 111 22 Stockholm.', 'Storgatan 3'],
    ['sv', 'Bolaget har sitt säte i Stockholm med adress Storgatan 3, 111 22 Stockholm.', 'Storgatan 3'],
    ['fi', 'Kotipaikka on Helsinki ja osoite Mannerheimintie 12, 00100 Helsinki.', 'Mannerheimintie 12'],
  ])('starts at the street’s own name (%s)', (_lang, text, street) => {
    expect(addressesIn(text).map((a) => a.address.street)).toEqual([street]);
  });
});

describe('a street whose name holds "vid" after a square or street', () => {
  it.each([
    ['Exempel AB, Torget vid Ån 3, 123 45 Storstad', 'Torget vid Ån 3'],
    ['Exempel AB, Gatan vid Parken 12, 123 45 Storstad', 'Gatan vid Parken 12'],
  ])('keeps its first words (%s)', (text, street) => {
    expect(addressesIn(text).map((a) => a.address.street)).toEqual([street]);
  });

  it('is only a street named so whole, not one whose name ends so ("Kungsgatan vid Hötorget 44")', () => {
    expect(addressesIn('Exempel AB, Kungsgatan vid Hötorget 44, 111 22 Stockholm').map((a) => a.address.street)).toEqual(['Hötorget 44']);
  });
});

describe('a four-figure postal code where the text says the country in other words', () => {
  it.each([
    ['This statement applies to the Norwegian business. The registered headquarter is Transittgata 14, 7042 Trondheim.', 'NO'],
    ['Vi er et dansk selskab med adresse Nørregade 7, 1165 København.', 'DK'],
  ])('is that country’s (%s)', (text, country) => {
    expect(addressesIn(text).map((a) => a.address.country)).toEqual([country]);
  });

  it.each([
    'The registered headquarter is Transittgata 14, 7042 Trondheim.',
    'Example AG, Bahnhofstrasse 10, 8001 Zürich. We also serve Norwegian customers.',
    'Example AS, Storgata 1, 0155 Oslo, runs the web shop for Danish customers.',
  ])('is no address where the text says no such country of its organisation (%s)', (text) => {
    expect(addressesIn(text)).toEqual([]);
  });
});
