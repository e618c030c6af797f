/**
 * A published notice that gives bases for its purposes and says logs are kept of the visitors or users,
 * with no purpose or basis that covers the logs, is asked for their basis at the line of the logs; one
 * whose purposes or bases speak of the logs or of security is not, nor logs of the safeguards.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const LOGS_MESSAGE = /logs are kept|tallentuu lokitietoja|loggas besökarnas/u;

function notice(lang: 'fi' | 'sv' | 'en', data: string, purposes: string, more = ''): string {
  const heads = {
    fi: ['Tietosuojaseloste', 'Rekisterinpitäjä', 'Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi', 'Käsiteltävät tiedot', 'Käsittelyn tarkoitus ja oikeusperuste'],
    sv: ['Integritetspolicy', 'Personuppgiftsansvarig', 'Exempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi', 'Uppgifter som behandlas', 'Ändamål och rättslig grund'],
    en: ['Privacy notice', 'Controller', 'Example Ltd, Street 1, 00100 Helsinki, info@example.fi', 'Data we process', 'Purposes and legal basis'],
  }[lang];
  return `# ${heads[0]}\n\n## ${heads[1]}\n\n${heads[2]}\n\n## ${heads[3]}\n\n${data}\n\n## ${heads[4]}\n\n${purposes}\n${more}`;
}

const line = (text: string, words: string): number => text.split('\n').findIndex((l) => l.includes(words)) + 1;

const UNBASED: ['fi' | 'sv' | 'en', string, string, string][] = [
  ['fi', 'Nimi ja sähköpostiosoite. Lisäksi palvelimille tallentuu teknisiä lokitietoja, kuten IP-osoite ja lähetysajankohta.', 'Tietoja käsitellään yhteydenottopyyntöihin vastaamiseksi. Käsittelyn oikeusperuste on rekisteröidyn pyynnöstä tehtävät toimenpiteet (6 artiklan 1 kohdan b alakohta).', 'teknisiä lokitietoja'],
  ['sv', 'Namn och e-postadress. Webbhotellet kan tillfälligt logga teknisk information i sina serverloggar, till exempel din IP-adress.', 'Ändamålet är att kunna svara dig. Den rättsliga grunden är vårt berättigade intresse av att besvara förfrågningar.', 'serverloggar'],
  ['en', 'Name and e-mail address. Our server keeps access logs with your IP address.', 'We use the data to answer your messages. The legal basis is our legitimate interest in answering them.', 'access logs'],
];

describe('logs no purpose or basis covers', () => {
  it.each(UNBASED)('are asked for their basis at their line (%s)', async (lang, data, purposes, words) => {
    const text = notice(lang, data, purposes);
    const found = (await auditText(text)).filter((d) => d.ruleId === 'legal-basis' && LOGS_MESSAGE.test(d.message));
    expect(found.map((d) => d.line)).toEqual([line(text, words)]);
  });
});

const COVERED: ['fi' | 'sv' | 'en', string, string][] = [
  ['fi', 'Nimi ja sähköpostiosoite. Palvelimille tallentuu lokitietoja, kuten IP-osoite.', 'Tietoja käsitellään yhteydenottopyyntöihin vastaamiseksi rekisteröidyn pyynnöstä. Lokitietoja käsitellään tietoturvan varmistamiseksi oikeutetun edun perusteella.'],
  ['sv', 'Namn och e-postadress. Servern loggar din IP-adress.', 'Vi svarar på dina frågor; den rättsliga grunden är vårt berättigade intresse. Loggarna behandlas för säkerheten med stöd av vårt berättigade intresse.'],
  ['en', 'Name and e-mail address. Our server keeps access logs with your IP address.', 'We answer your messages on our legitimate interest. We keep logs to protect the service against abuse, on our legitimate interest in its security.'],
];

describe('logs a purpose or a basis covers', () => {
  it.each(COVERED)('are not asked for one (%s)', async (lang, data, purposes) => {
    const found = (await auditText(notice(lang, data, purposes))).filter((d) => LOGS_MESSAGE.test(d.message));
    expect(found).toEqual([]);
  });
});

describe('a basis that covers the logs without naming them', () => {
  it.each([
    ['fi', 'Nimi ja sähköpostiosoite. Palvelimelle tallentuu lokitietoja, kuten IP-osoite.', 'Käsittelemme tietoja asiakassuhteen hoitamiseksi.\n\nKäsittely perustuu oikeutettuun etuumme. Tällaisia oikeutettuja etuja ovat:\n\n- asiakassuhteen ylläpito\n- järjestelmien tietoturvasta ja toimivuudesta huolehtiminen'],
    ['en', 'Name and e-mail address. Our server keeps access logs with your IP address.', 'We use the data to run the service. All collected personal information is processed on the lawful basis of public interest.'],
    ['fi', 'Nimi ja sähköpostiosoite. Palvelimelle tallentuu lokitietoja, kuten IP-osoite.', 'Käsittelemme tietoja sivuston toiminnan varmistamiseksi. Käsittelyn oikeusperuste on oikeutettu etu.'],
    ['fi', 'Nimi ja sähköpostiosoite. Palvelimelle tallentuu lokitietoja, kuten IP-osoite.', 'Käsittelemme tietoja seuraaviin tarkoituksiin:\n\n- Yhteydenottoihin vastaaminen\n- Tietoturvan varmistaminen ja tekninen ylläpito\n\nKäsittely perustuu seuraaviin oikeusperusteisiin:\n\n- Sopimuksen valmistelu: yhteydenotot\n- Suostumus: evästeet'],
  ] as const)('asks nothing of them (%s)', async (lang, data, purposes) => {
    const found = (await auditText(notice(lang, data, purposes))).filter((d) => LOGS_MESSAGE.test(d.message));
    expect(found).toEqual([]);
  });
});

describe('logs the notice does not keep', () => {
  it.each([
    ['fi', 'Nimi ja sähköpostiosoite. Emme tallenna lokitietoja.', 'Tietoja käsitellään yhteydenottopyyntöihin vastaamiseksi. Käsittelyn oikeusperuste on oikeutettu etu.'],
    ['en', 'Name and e-mail address. You log in with your e-mail address.', 'We use the data to answer your messages. The legal basis is our legitimate interest in answering them.'],
    ['sv', 'Namn och e-postadress. När du loggar in på webbplatsen används din e-postadress.', 'Ändamålet är att kunna svara dig. Den rättsliga grunden är vårt berättigade intresse av att besvara förfrågningar.'],
    ['en', 'Name and e-mail address, and a contact log of the e-mails we have sent you.', 'We use the data to answer your messages. The legal basis is our legitimate interest in answering them.'],
    ['fi', 'Nimi, sähköpostiosoite ja maksutapahtumien lokitiedot.', 'Tietoja käsitellään jäsenmaksujen perimiseksi. Käsittelyn oikeusperuste on sopimus.'],
    ['fi', 'Nimi ja sähköpostiosoite. Palvelimen lokitietoja, kuten IP-osoitteita, ei kerätä.', 'Tietoja käsitellään yhteydenottoihin vastaamiseksi. Käsittelyn oikeusperuste on oikeutettu etu.'],
    ['en', 'Name and e-mail address. Server logs with IP addresses are not kept.', 'We use the data to answer your messages. The legal basis is our legitimate interest in answering them.'],
    ['sv', 'Namn och e-postadress. Serverloggar med IP-adresser sparas inte.', 'Ändamålet är att kunna svara dig. Den rättsliga grunden är vårt berättigade intresse av att besvara förfrågningar.'],
    ['en', 'Name and e-mail address. Logged-in users see their own page in the browser.', 'We use the data to answer your messages. The legal basis is our legitimate interest in answering them.'],
    ['sv', 'Namn och e-postadress. Vår logga visas på webbplatsen som besökaren ser.', 'Ändamålet är att kunna svara dig. Den rättsliga grunden är vårt berättigade intresse av att besvara förfrågningar.'],
    ['fi', 'Nimi ja sähköpostiosoite. Järjestelmän käytöstä tallentuu lokitieto.', 'Tietoja käsitellään yhteydenottoihin vastaamiseksi. Käsittelyn oikeusperuste on oikeutettu etu.'],
  ] as const)('are not asked for a basis (%s)', async (lang, data, purposes) => {
    const found = (await auditText(notice(lang, data, purposes))).filter((d) => LOGS_MESSAGE.test(d.message));
    expect(found).toEqual([]);
  });

  it('nor the logs of who handles the register, among the safeguards', async () => {
    const more = '\n## Rekisterin suojaus\n\nJärjestelmän käytöstä tallentuu lokitiedot, ja pääsy on rajattu.\n';
    const found = (await auditText(notice('fi', 'Nimi ja sähköpostiosoite.', 'Tietoja käsitellään yhteydenottopyyntöihin vastaamiseksi. Käsittelyn oikeusperuste on oikeutettu etu.', more))).filter((d) => LOGS_MESSAGE.test(d.message));
    expect(found).toEqual([]);
  });
});
