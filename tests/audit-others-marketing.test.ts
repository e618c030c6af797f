/**
 * What a notice says of its customers' own marketing and their own bases: marketing material made as the
 * service sold is no direct marketing to the data subject, and a consent the customer must hold for photos
 * uploaded is no basis of the controller, so neither gives a right the notice must then state.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const RIGHTS = {
  fi: 'Sinulla on oikeus tarkastaa tietosi, pyytää niiden oikaisemista tai poistamista, pyytää käsittelyn rajoittamista ja siirtää tiedot toiselle rekisterinpitäjälle. Voit tehdä valituksen tietosuojavaltuutetulle.',
  en: 'You have the right to access your data, to have them rectified or erased, to restrict their processing and to data portability. You can lodge a complaint with the Data Protection Ombudsman.',
};

function notice(lang: 'fi' | 'en', purpose: string, more = '', rightsMore = ''): string {
  const head = lang === 'fi'
    ? ['# Tietosuojaseloste', '', 'Päivitetty 1.2.2026', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.fi', '', '## Tarkoitus ja oikeusperuste', '']
    : ['# Privacy notice', '', 'Updated 1 February 2026', '', '## Controller', '', 'Example Ltd, Street 1, 00100 Helsinki, privacy@example.fi', '', '## Purpose and legal basis', ''];
  const rights = lang === 'fi' ? '## Oikeutesi' : '## Your rights';
  return [...head, purpose, '', more, '', rights, '', `${RIGHTS[lang]}${rightsMore}`, ''].join('\n');
}

const rightsMissing = async (text: string): Promise<string[]> => (await auditText(text)).filter((d) => d.ruleId === 'right-missing').map((d) => d.message);

describe('marketing material made as the service sold', () => {
  it.each([
    ['fi', 'Käsittelyn tarkoitus: Sosiaalisen median markkinointimateriaalin automaattinen luonti, kuvien analysointi ja laskutus.\n\nOikeusperuste: sopimus.'],
    ['en', 'We process the data for creating marketing materials for our customers. The processing is based on the contract.'],
  ] as const)('asks for no objection to direct marketing (%s)', async (lang, purpose) => {
    expect((await rightsMissing(notice(lang, purpose))).filter((m) => /direct marketing/u.test(m))).toEqual([]);
  });

  it.each([
    ['en', 'We use your e-mail address to send you marketing materials about our own products. The processing is based on our legitimate interest in marketing our own products to our customers.', ' You can object to processing based on our legitimate interest.'],
    ['en', 'We use your e-mail address to send you offers on our products and marketing materials. The processing is based on our legitimate interest.', ' You can object to processing based on our legitimate interest.'],
    ['fi', 'Käytämme asiakkaidemme yhteystietoja markkinointimateriaalin suunnitteluun ja lähettämiseen. Käsittely perustuu oikeutettuun etuumme.', ' Voit vastustaa oikeutettuun etuun perustuvaa käsittelyä.'],
  ] as const)('asks for it where marketing material is sent to the person (%s)', async (lang, purpose, objection) => {
    const found = await rightsMissing(notice(lang, purpose, '', objection));
    expect(found.filter((m) => /direct marketing|suoramarkkinointia/u.test(m)).length).toBe(1);
  });
});

describe('a consent the customer must hold for what the customer uploads', () => {
  it.each([
    ['fi', 'Käsittelemme asiakkaan lataamia kuvia palvelun tuottamiseksi. Käsittely perustuu sopimukseen.', 'Asiakas vastaa siitä, että hänellä on asianmukainen suostumus kuvissa esiintyvien henkilöiden tietojen käsittelyyn.'],
    ['en', 'We process the photos the customer uploads to provide the service. The processing is based on the contract.', 'The customer is responsible for ensuring that they have the consent of the people shown in the photos.'],
  ] as const)('is no basis of the controller, and gives no withdrawal to state (%s)', async (lang, purpose, duty) => {
    expect((await rightsMissing(notice(lang, purpose, duty))).filter((m) => /withdraw consent/u.test(m))).toEqual([]);
  });
});

describe('a duty the controller itself takes, or a clause on its own basis after the customer’s duty', () => {
  it.each([
    ['en', 'We send our newsletter to subscribers. We are responsible for making sure that you have given your consent before we send you the newsletter, and the processing is based on that consent.'],
    ['fi', 'Lähetämme uutiskirjettä tilaajille. Vastaamme siitä, että olet antanut suostumuksesi ennen kuin lähetämme uutiskirjeen, ja käsittely perustuu suostumukseesi.'],
  ] as const)('keeps the controller’s consent, whose withdrawal the notice must state (%s)', async (lang, purpose) => {
    expect((await rightsMissing(notice(lang, purpose))).filter((m) => /withdraw consent|peruuttaa suostumuksensa|peruuttaa suostumus/u.test(m)).length).toBe(1);
  });

  it('keeps the contract said after the customer’s duty', async () => {
    const text = notice('fi', 'Käsittelemme tietoja tilaamasi palvelun toimittamiseksi. Käyttäjä vastaa siitä, että hänellä on oikeus antaa tiedot, ja käsittely perustuu käyttäjän kanssa tehtyyn sopimukseen.');
    expect((await auditText(text)).filter((d) => d.ruleId === 'legal-basis').map((d) => d.message)).toEqual([]);
  });
});
