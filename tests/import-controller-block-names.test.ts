/**
 * The controller's block as notices write it: a sole trader's "T:mi" name, a name with a small word of a
 * place in it ("Garanti-Städ i Lund AB"), a Danish "ApS", under a heading "Contacting us"; a person on
 * the line under the name is the contact person; an address said in a sentence ("Our address is …") is
 * the address without its verb.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

type Address = { street?: string; postal_code?: string; city?: string };
type Draft = { controller?: { name?: string; address?: Address }; contact_person?: { name?: string } };

const draft = (lines: readonly string[]): Draft => importNotice(lines.join('\n'), { format: 'markdown' }).register as Draft;

const BLOCKS: [string, string, string[], string, string][] = [
  ['fi', 'T:mi', ['# Tietosuojaseloste', '', '## Rekisterinpitäjä', '', 'T:mi Toiset Aijat\\', 'Jarle M. Alvheim\\', 'Kauppakatu 24\\', '00100 Helsinki\\', 'Sähköposti: jarle@example.fi', ''], 'T:mi Toiset Aijat', 'Jarle M. Alvheim'],
  ['sv', 'i', ['# Integritetspolicy', '', '## Personuppgiftsansvarig', '', 'Garanti-Städ i Lund AB\\', 'Anna Berg\\', 'Propellervägen 14\\', '224 78 Lund\\', 'E-post: anna@example.se', ''], 'Garanti-Städ i Lund AB', 'Anna Berg'],
  ['en', 'ApS', ['# Privacy policy', '', '## Contacting us', '', 'If you have any questions, contact us using the information below.', '', 'Example ApS\\', 'Jane Roe\\', 'Skelbyvej 147\\', '4171 Glumsø\\', 'Denmark\\', 'E-mail: jane.roe@example.dk', ''], 'Example ApS', 'Jane Roe'],
];

describe('the controller’s block', () => {
  it.each(BLOCKS)('names the controller with its form (%s, %s) and the person under it as the contact person', (_lang, _form, lines, name, person) => {
    const found = draft(lines);
    expect(found.controller?.name).toBe(name);
    expect(found.contact_person?.name).toBe(person);
  });

  it.each([
    ['en', ['Example Ltd\\', 'Innovation House\\', '12 High Street\\', 'London EC1A 1BB\\', 'E-mail: info@example.com']],
    ['sv', ['Exempel AB\\', 'Kundtjänst Göteborg\\', 'Storgatan 1\\', '411 01 Göteborg\\', 'E-post: info@exempel.se']],
    ['fi', ['Esimerkki Oy\\', 'Anna Aho\\', 'Tietosuojavastaava\\', 'Kauppakatu 24\\', '00100 Helsinki\\', 'Sähköposti: anna.aho@esimerkki.fi']],
  ])('takes no building, department or officer under the name for the contact person (%s)', (_lang, block) => {
    expect(draft(['# Notice', '', '## Controller', '', ...block, '']).contact_person?.name).toBeUndefined();
  });

  it('leaves off a title before the person’s name', () => {
    const lines = ['# Tietosuojaseloste', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy\\', 'Puheterapeutti Maija Aho\\', 'Katu 1\\', '00100 Helsinki\\', 'Sähköposti: maija.aho@esimerkki.fi', ''];
    expect(draft(lines).contact_person?.name).toBe('Maija Aho');
  });

  it('takes no person under the name for the contact person when the block names one', () => {
    const lines = ['# Tietosuojaseloste', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy\\', 'Anna Aho\\', 'Katu 1\\', '00100 Helsinki', '', '## Yhteyshenkilö', '', 'Ville Vaara, ville@example.fi', ''];
    expect(draft(lines).contact_person?.name).toBe('Ville Vaara');
  });
});

const SENTENCES: [string, string][] = [
  ['en', 'Example rf, a registered non-profit association in Finland, is the data controller. Our address is Sturenportti 3, Helsinki, Finland.'],
  ['fi', 'Rekisterinpitäjä on Esimerkki ry. Osoitteemme on Sturenportti 3, Helsinki.'],
  ['sv', 'Personuppgiftsansvarig är Exempel rf. Vår adress är Sturenportti 3, Helsingfors.'],
];

describe('an address said in a sentence', () => {
  it.each(SENTENCES)('is the street and the city, without the verb (%s)', (_lang, sentence) => {
    const found = draft(['# Notice', '', '## Controller', '', sentence, '']);
    expect(found.controller?.address?.street).toBe('Sturenportti 3');
  });
});
