/**
 * A contact person labelled for the matters they answer ("Yhteyshenkilö tietosuoja-asioissa:"), named after their
 * titles ("Yrityksen omistaja puheterapeutti Kaisa Penttilä"): the contact person, with the address under them.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const notice = (person: string): string =>
  `TIETOSUOJASELOSTE\n1. Rekisterinpitäjä: Esimerkki Oy\nY-tunnus 1234567-1\nYhteyshenkilö tietosuoja-asioissa: ${person}\nmaija@esimerkki.example\n2. TARKOITUS\nAsiakassuhteen hoitaminen.\n`;

describe('a contact person labelled for the matters they answer', () => {
  it.each([
    ['Hallituksen puheenjohtaja Maija Mallikas', 'Hallituksen puheenjohtaja'],
    ['Yrityksen omistaja puheterapeutti Maija Mallikas', 'Yrityksen omistaja puheterapeutti'],
  ])('is the contact person after their titles: "%s"', (person, title) => {
    const { register } = importNotice(notice(person), { format: 'text', lang: 'fi' });
    expect(register['contact_person']).toEqual({ name: 'Maija Mallikas', title: { fi: title }, email: 'maija@esimerkki.example' });
  });
});
