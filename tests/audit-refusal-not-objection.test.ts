/**
 * The controller refusing a request ("voidaan … kieltäytyä suorittamasta pyydettyä toimea") is no word on
 * the reader's right to object: where the processing rests on a legitimate interest, the objection is
 * still asked.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const notice = (rights: string): string => [
  '# Tietosuojaseloste', '',
  '## Rekisterinpitäjä', '',
  'Esimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.fi', '',
  '## Käsittelyn tarkoitus ja oikeusperuste', '',
  'Tietoja käsitellään jäsenyyden hoitamiseksi yhdistyksen oikeutetun edun perusteella.', '',
  '## Rekisteröidyn oikeudet', '',
  rights, '',
].join('\n');

const objection = async (rights: string): Promise<boolean> =>
  (await auditText(notice(rights))).some((d) => d.ruleId === 'right-missing' && /Art\. 21\(1\)/u.test(d.message));

describe('a refusal by the controller', () => {
  it('states no right to object', async () => {
    expect(await objection('Sinulla on oikeus tarkastaa tietosi. Mikäli pyynnöt ovat ilmeisen perusteettomia, voidaan kieltäytyä suorittamasta pyydettyä toimea.')).toBe(true);
  });

  it('where the objection is said, nothing is asked', async () => {
    expect(await objection('Sinulla on oikeus tarkastaa tietosi ja vastustaa tietojesi käsittelyä.')).toBe(false);
  });
});
