/**
 * A published notice that says how long some data are kept and never how long the logs, the analytics
 * data, the photos or the billing data it collects are kept is reported at its retention; one that
 * speaks of the data as a whole, or says the kind's own lifetime anywhere, is not.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const KINDS_MESSAGE = /but not the|mutta ei sitä|men inte hur länge/u;

function notice(lang: 'fi' | 'sv' | 'en', data: string, retention: string, more = ''): string {
  const heads = {
    fi: ['Tietosuojaseloste', 'Rekisterinpitäjä', 'Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi', 'Käsiteltävät tiedot', 'Säilytysaika'],
    sv: ['Integritetspolicy', 'Personuppgiftsansvarig', 'Exempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi', 'Uppgifter som behandlas', 'Lagringstid'],
    en: ['Privacy notice', 'Controller', 'Example Ltd, Street 1, 00100 Helsinki, info@example.fi', 'Data we process', 'Retention'],
  }[lang];
  return `# ${heads[0]}\n\n## ${heads[1]}\n\n${heads[2]}\n\n## ${heads[3]}\n\n${data}\n\n## ${heads[4]}\n\n${retention}\n${more}`;
}

const MISSING: [string, string, string, RegExp][] = [
  ['fi', '- Nimi ja sähköposti\n- Laskutustiedot\n- Käyttöloki (kirjautumiset)', '- Asiakastiedot: 2 vuotta asiakassuhteen päättymisestä\n- Yhteydenottolomakkeen tiedot: 1 vuosi', /logs and IP addresses/u],
  ['sv', '- Namn och e-postadress\n- Besöksstatistik (Matomo)', '- Kontaktuppgifter: 24 månader efter senaste kontakt\n- Nyhetsbrev: tills du avregistrerar dig', /analytics data/u],
  ['en', '- Name and e-mail address\n- Photos taken at our events', '- Ticket orders: 2 years from the event\n- Newsletter subscribers: until you unsubscribe', /photos and recordings/u],
  ['en', '- Name and e-mail address\n- Access logs on our servers', '- Customer accounts: two years\n- Newsletter subscribers: until you unsubscribe', /logs and IP addresses/u],
];

/** Visitors of a fair or an office are not the web site's: their period says nothing of the logs. */
const OTHER_VISITORS: [string, string, string][] = [
  ['fi', '- Nimi ja sähköposti\n- IP-osoite palvelimen lokeissa', '- Asiakastiedot: 2 vuotta\n- Messukävijöiden ilmoittautumistiedot säilytetään vuoden ajan tapahtuman jälkeen.'],
  ['sv', '- Namn och e-postadress\n- IP-adress i serverns loggar', '- Kunduppgifter: 2 år\n- Mässbesökarnas anmälningar sparas i ett år efter mässan.'],
  ['en', '- Name and e-mail address\n- IP address in the server logs', '- Customer accounts: two years\n- Entries in the guest book signed by visitors to our office are kept for three months.'],
];

describe('a period for visitors who are not the web site’s', () => {
  it.each(OTHER_VISITORS)('leaves the logs without one (%s)', async (lang, data, retention) => {
    const found = (await auditText(notice(lang as 'fi', data, retention))).filter((d) => d.ruleId === 'retention' && KINDS_MESSAGE.test(d.message));
    expect(found.length).toBeGreaterThan(0);
  });
});

const KEPT: [string, string, string, string][] = [
  ['fi', '- Nimi ja sähköposti\n- Käyttöloki (kirjautumiset)', 'Henkilötietoja säilytetään kaksi vuotta asiakassuhteen päättymisestä.', ''],
  ['sv', '- Namn och e-postadress\n- Besöksstatistik (Matomo)', '- Kontaktuppgifter: 24 månader efter senaste kontakt', '\n## Kakor\n\nMatomo-kakorna och besöksstatistiken raderas efter 13 månader.\n'],
  ['en', '- Name and e-mail address\n- Billing details', '- Customer accounts: until the account is closed\n- Accounting records: six years under the Accounting Act', ''],
  // The site's visitors, whose data the logs and analytics are, given a period.
  ['fi', '- Nimi ja sähköposti\n- IP-osoitteesi (lokitiedoissa)', '- Asiakastiedot: 2 vuotta asiakassuhteen päättymisestä\n- Verkkosivuston kävijöihin liitettäviä henkilötietoja säilytetään kuusi (6) kuukautta.', ''],
  ['sv', '- Namn och e-postadress\n- Besöksstatistik (Matomo)', '- Kontaktuppgifter: 24 månader efter senaste kontakt\n- Webbplatsens besökares uppgifter sparas i sex månader.', ''],
  ['en', '- Name and e-mail address\n- IP address in the server logs', '- Customer accounts: until the account is closed\n- Website visitors: six months', ''],
  // A blog ("bloggen") is no log.
  ['sv', '- Namn och e-postadress\n- Kommentarer på bloggen', '- Kontaktuppgifter: 24 månader efter senaste kontakt\n- Kommentarer: tills du tar bort dem', ''],
  // Logging in is no log.
  ['en', '- Name, e-mail address and a password, so that you can log in and see your orders', '- Your account: until you ask us to delete it\n- Orders: seven years', ''],
];

describe('retention of some data, not of the kinds a notice often forgets', () => {
  it.each(MISSING)('is reported at the retention, naming the kind (%s)', async (lang, data, retention, kind) => {
    const text = notice(lang as 'fi', data, retention);
    const found = (await auditText(text)).filter((d) => d.ruleId === 'retention' && KINDS_MESSAGE.test(d.message));
    expect(found.length, JSON.stringify(found)).toBeGreaterThan(0);
    // The first item of the retention section.
    const line = text.split('\n').indexOf(retention.split('\n')[0]!) + 1;
    expect(found.map((d) => d.line)).toEqual(found.map(() => line));
    expect(found.map((d) => d.message).join('\n')).toMatch(kind);
  });

  it.each(KEPT)('is not asked when the data as a whole, or the kind itself, have a period (%s)', async (lang, data, retention, more) => {
    const found = (await auditText(notice(lang as 'fi', data, retention, more))).filter((d) => KINDS_MESSAGE.test(d.message));
    expect(found).toEqual([]);
  });
});

describe('a kind of data kept only for a while', () => {
  const FOR_A_WHILE: [string, string, string][] = [
    ['fi', '- Nimi ja sähköposti\n\nPalvelin käsittelee laitteesi IP-osoitetta väliaikaisesti väärinkäytösten estämiseksi. IP-osoitetta ei tallenneta pysyvästi.', 'väliaikaisesti'],
    ['sv', '- Namn och e-postadress\n\nVid besök registreras din IP-adress tillfälligt i serverns säkerhetsloggar.', 'tillfälligt'],
    ['en', '- Name and e-mail address\n\nThe server stores your IP address temporarily to prevent abuse.', 'temporarily'],
  ];
  const WHOLE = { fi: 'Tietoja säilytetään niin kauan kuin palvelu on käytössä.', sv: 'Uppgifterna sparas så länge tjänsten används.', en: 'We keep your personal data as long as the service is in use.' };

  it.each(FOR_A_WHILE)('is reported where the notice says so, even beside a period for the data as a whole (%s)', async (lang, data, word) => {
    const text = notice(lang as 'fi', data, WHOLE[lang as 'fi']);
    const found = (await auditText(text)).filter((d) => d.ruleId === 'retention' && d.message.includes(`\`${word}\``));
    expect(found.map((d) => d.line)).toEqual([text.split('\n').findIndex((l) => l.includes(word)) + 1]);
  });

  it.each([
    ['fi', '- Nimi ja sähköposti\n\nIP-osoitetta ei tallenneta edes väliaikaisesti.'],
    ['sv', '- Namn och e-postadress\n\nIP-adressen lagras tillfälligt i serverns loggar. Den raderas efter sju dagar.'],
    ['en', '- Name and e-mail address\n\nThe server stores your IP address temporarily. It is deleted after 7 days.'],
  ])('is not reported where it is not kept even so, or the sentence after gives its time (%s)', async (lang, data) => {
    const text = notice(lang as 'fi', data, WHOLE[lang as 'fi']);
    expect((await auditText(text)).filter((d) => d.ruleId === 'retention' && /`(?:väliaikaisesti|tillfälligt|temporarily)`/u.test(d.message))).toEqual([]);
  });

  it('is not reported where the kind\'s own period is given', async () => {
    const text = notice('en', FOR_A_WHILE[2]![1], WHOLE.en, '\nServer logs with IP addresses are deleted after 30 days.\n');
    expect((await auditText(text)).filter((d) => d.ruleId === 'retention' && d.message.includes('temporarily'))).toEqual([]);
  });
});

/** Data the notice says it does not collect: no period to give. */
const DENIED: [string, string, string][] = [
  ['sv', '- Namn och e-postadress\n- Vi använder ingen besöksstatistik och sätter inga kakor.', '- Kontaktuppgifter: 24 månader efter senaste kontakt'],
  ['en', '- Name and e-mail address\n- We do not use analytics or server logs.', '- Contact messages: 24 months after the last contact'],
  ['fi', '- Nimi ja sähköposti\n- Emme käytä kävijätilastointia.', '- Yhteydenotot: 24 kuukautta viimeisestä yhteydestä'],
];

describe('a kind of data the notice denies collecting', () => {
  it.each(DENIED)('asks no period of it (%s)', async (lang, data, retention) => {
    const found = (await auditText(notice(lang as 'fi', data, retention))).filter((d) => d.ruleId === 'retention' && KINDS_MESSAGE.test(d.message));
    expect(found).toEqual([]);
  });

  it.each([
    ['en', '- Name and e-mail address\n- We use no cookies, but keep server logs with IP addresses.', '- Contact messages: 24 months after the last contact'],
    ['en', '- Name and e-mail address\n- We set no cookies, but we log IP addresses.', '- Contact messages: 24 months after the last contact'],
    ['en', '- Name and e-mail address\n- We do not use Google Analytics but Matomo.', '- Contact messages: 24 months after the last contact'],
    ['fi', '- Nimi ja sähköposti\n- Emme luovuta IP-osoitteita kolmansille osapuolille.', '- Yhteydenotot: 24 kuukautta viimeisestä yhteydestä'],
    ['sv', '- Namn och e-postadress\n- Vi publicerar inte fotografier från evenemangen utan ditt samtycke.', '- Kontaktuppgifter: 24 månader efter senaste kontakt'],
  ])('still asks of a kind collected beside a denial of another, or of something else done with it (%s)', async (lang, data, retention) => {
    const found = (await auditText(notice(lang as 'fi', data, retention))).filter((d) => d.ruleId === 'retention' && KINDS_MESSAGE.test(d.message));
    expect(found.length).toBe(1);
  });
});
