import { describe, expect, it } from 'vitest';
import { namesAuthority } from '../src/audit/authority-names.js';

describe('the supervisory authority named in a notice', () => {
  it('is found by the names notices use for the Finnish Ombudsman, in the three languages', () => {
    expect(namesAuthority('Voit tehdä valituksen tietosuojavaltuutetun toimistolle.')).toBe(true);
    expect(namesAuthority('Du kan lämna klagomål till dataskyddsombudsmannens byrå.')).toBe(true);
    expect(namesAuthority('Du kan vända dig till Dataombudsmannens byrå.')).toBe(true);
    expect(namesAuthority('You may complain to the Office of the Data Protection Ombudsman.')).toBe(true);
  });

  it('is found where the name runs over two lines of the page', () => {
    expect(namesAuthority('In Finland, the authority in question is the Data Protection\nOmbudsman.')).toBe(true);
    expect(namesAuthority('Dataombudsmannens\n byrå')).toBe(true);
  });

  it('is not found where the text names no authority', () => {
    expect(namesAuthority('Du kan lämna klagomål till en myndighet.')).toBe(false);
    expect(namesAuthority('You may lodge a complaint with a supervisory authority.')).toBe(false);
  });

  it('is not found in what every authority is called, in the three languages', () => {
    expect(namesAuthority('Voit tehdä valituksen tietosuojaviranomaiselle.')).toBe(false);
    expect(namesAuthority('Du kan lämna klagomål till dataskyddsmyndigheten.')).toBe(false);
    expect(namesAuthority('You can lodge a complaint with the data protection authority.')).toBe(false);
  });

  it('is not found in an IP address, though IP is an authority’s abbreviation', () => {
    expect(namesAuthority('Keräämme IP-osoitteen ja selaimen tiedot.')).toBe(false);
    expect(namesAuthority('Vi sparar din IP-adress.')).toBe(false);
    expect(namesAuthority('We log your IP address.')).toBe(false);
    expect(namesAuthority('Complaints in Slovenia go to the IP.')).toBe(true);
  });
});
