/**
 * A basis named only in a condition ("jos käsittely perustuu erilliseen suostumukseen, voit peruuttaa sen"),
 * or in what withdrawing a consent leaves lawful, is no basis the notice states: the rights that hang on
 * consent are not asked for on its strength.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const NOTICE = {
  fi: (said: string) =>
    `# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n## Käyttötarkoitus\n\nTietoja käytetään tilausten toimittamiseen.\n\n## Oikeutesi\n\nSinulla on oikeus tarkastaa tietosi, pyytää niiden oikaisemista tai poistamista ja pyytää käsittelyn rajoittamista. Voit tehdä valituksen tietosuojavaltuutetulle.\n\n${said}\n`,
  en: (said: string) =>
    `# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.fi\n\n## Purposes\n\nThe data are used to deliver orders.\n\n## Your rights\n\nYou have the right to access your data, to have them corrected or erased and to restrict their processing. You may complain to the Data Protection Ombudsman.\n\n${said}\n`,
};

const portabilityAsked = async (text: string): Promise<boolean> =>
  (await auditText(text)).some((d) => d.ruleId === 'right-missing' && /portability/u.test(d.message));

describe('a basis named only in a condition', () => {
  it.each([
    ['fi', 'Lisäksi, jos käsittely perustuu erilliseen suostumukseen, sinulla on oikeus peruuttaa suostumuksesi milloin tahansa. Huomaathan, ettei tämä vaikuta ennen suostumuksen peruuttamista suoritettuun tietojen käsittelyn lainmukaisuuteen.'],
    ['en', 'Where processing is based on your consent, you may withdraw it at any time. Withdrawing consent does not affect the lawfulness of processing before it.'],
  ] as const)('asks for no right consent gives (%s)', async (lang, said) => {
    expect(await portabilityAsked(NOTICE[lang](said))).toBe(false);
  });

  it.each([
    ['fi', 'Tietojen käsittely perustuu suostumukseesi. Voit peruuttaa suostumuksesi milloin tahansa.'],
    ['en', 'We process the data on the basis of your consent. You may withdraw it at any time.'],
    ['en', 'We process your data with your consent, which you may withdraw at any time.'],
    ['fi', 'Käsittelemme tietojasi suostumuksesi perusteella, jonka voit peruuttaa milloin tahansa.'],
  ] as const)('is unlike a basis stated (%s)', async (lang, said) => {
    expect(await portabilityAsked(NOTICE[lang](said))).toBe(true);
  });
});
