import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importCommand } from '../src/import/command.js';
import { importNotice, importRegisters } from '../src/import/import.js';
import { checkPaths } from '../src/pipeline.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const CONFIG = join(FIXTURES, 'rules', 'seloste.config.yaml');

type Text = Record<string, string>;
type Item = { description: Text; [key: string]: unknown };
type Draft = Record<string, any>;

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seloste-import-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function seed(n: string): string {
  return readFileSync(join(FIXTURES, 'seed-texts', `${n}.txt`), 'utf8');
}

function texts(items: readonly Item[] | undefined, lang = 'fi'): string[] {
  return (items ?? []).map((i) => i.description[lang]!);
}

/** The draft loads: it parses to the same data and `seloste check` finds no schema or YAML errors. */
async function expectLoads(yaml: string, register: object, languages: string[] = ['fi']): Promise<void> {
  expect(parse(yaml)).toEqual(register);
  const dir = tempDir();
  writeFileSync(join(dir, 'draft.yaml'), yaml);
  const result = await checkPaths({ cwd: dir, paths: ['draft.yaml'], configFile: CONFIG, languages });
  expect(result.problems).toEqual([]);
  const file = result.files[0]!;
  expect(file.diagnostics.filter((d) => /^(?:schema|yaml|file|register)\//u.test(d.ruleId))).toEqual([]);
  expect(file.loaded).toBeDefined();
}

function importSeed(n: string): { yaml: string; register: Draft; todos: number } {
  const result = importNotice(seed(n), { source: `${n}.txt` });
  // Deterministic: the same notice gives the same bytes.
  expect(importNotice(seed(n), { source: `${n}.txt` }).yaml).toBe(result.yaml);
  const schema = /^# yaml-language-server: \$schema=(file:\S+)\n/u.exec(result.yaml)?.[1];
  expect(schema && fileURLToPath(schema)).toBe(join(FIXTURES, '..', '..', 'schemas', 'register.schema.json'));
  expect(result.todos).toBeGreaterThan(0);
  expect(result.yaml.match(/(?:^\s*|\s)# TODO: /gmu)?.length).toBe(result.todos);
  return result as { yaml: string; register: Draft; todos: number };
}

function bases(register: Draft): unknown[] {
  return (register['purposes'] as Draft[]).map((p) => p['legal_basis']);
}

describe('seloste import: the legacy seeds', () => {
  it('000: headings as standalone lines', async () => {
    const { yaml, register } = importSeed('000');
    expect(register['name']).toEqual({ fi: 'Markkinointirekisteri' });
    expect(register['updated']).toBe('2021-06-21');
    expect(register['controller']).toEqual({ name: 'Sospro Oy' });
    expect(register['contact_person']).toEqual({ name: 'Satu Silanto', email: 'satu.silanto@sospro.fi' });
    expect(register['dpo']).toEqual({ email: 'tietosuojavastaava@sospro.fi' });
    expect(texts(register['purposes'])).toEqual([
      'Myynnin, markkinoinnin ja tiedottamisen hoitaminen',
      'Asiakassuhteiden ja yhteistyökumppanuuksien hoitaminen',
      'Uusiasiakashankinta',
      'Kutsut Sospro-konsernin järjestämiin tilaisuuksiin ja tilaisuuksien hallinnointi',
    ]);
    // The notice states no legal basis: none is invented.
    expect(bases(register)).toEqual([undefined, undefined, undefined, undefined]);
    expect(texts(register['data_categories'])).toEqual([
      'Kuntien/kuntayhtymien ja yhteistyökumppaneiden työntekijöiden henkilötiedot: nimi, tehtävänimike, yhteystiedot, organisaatio',
      'Mahdolliset suoramarkkinoinnin kieltävät tiedot',
    ]);
    expect(register['sources']).toEqual([
      { type: 'data_subject', description: { fi: 'Sospro-konsernissa kuntia/kuntayhtymiä ja yhteistyökumppaneita koskeva tieto saadaan pääsääntöisesti heiltä itseltään.' } },
      { type: 'public', description: { fi: 'Myös julkisista tietolähteistä voidaan saada tietoja.' } },
    ]);
    // "Tietoja ei säännönmukaisesti luovuteta": not disclosed as a rule, which leaves other disclosures open.
    expect(register['recipients']).toBeUndefined();
    expect(yaml).toMatch(/# TODO: recipients not mapped[^\n]*\n#\s+Tietoja ei säännönmukaisesti luovuteta/u);
    expect(register['transfers']).toBe('none');
    expect(register['retention']).toHaveLength(3);
    expect(register['retention'].some((r: Draft) => r['period'])).toBe(false);
    expect(register['security'].electronic.fi).toMatch(/^Sospro-konsernin tietokoneet on suojattu/u);
    // The rest stays as commented original text.
    expect(yaml).toMatch(/# TODO: rights of the data subject: Seloste writes this text itself/u);
    expect(yaml).toMatch(/#   Manuaalista aineistoa ei ole\./u);
    expect(yaml).toMatch(/#   Rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle/u);
    await expectLoads(yaml, register);
  });

  it('001: a two-column table with HTML fragments', async () => {
    const { yaml, register } = importSeed('001');
    expect(register['name']).toEqual({ fi: 'Asiakasrekisteri' });
    expect(register['created']).toBe('2019-05-29');
    expect(register['updated']).toBe('2019-05-29');
    expect(register['controller']).toEqual({
      name: 'Varsinais-Suomen Sosiaalipalvelut Oy',
      business_id: '2747637-5',
      address: { street: 'Kytinkatu 2', postal_code: '20380', city: 'Turku' },
      email: 'toimisto@vaspoy.fi',
    });
    expect(register['contact_person']).toEqual({ name: 'Sasu Mikkola', email: 'sasu.mikkola@vaspoy.fi', phone: '044-7716834' });
    expect(texts(register['data_categories'])).toEqual([
      'Henkilön etu- ja sukunimi',
      'Sähköpostiosoite',
      'Postiosoite',
      'Puhelinnumero',
      'Tiedot aikaisemmista tilauksista',
      'Henkilötunnus',
    ]);
    expect(register['personal_identity_code']).toEqual({});
    expect(register['sources'].map((s: Draft) => s['type'])).toEqual(['data_subject', 'data_subject', 'authority', 'organisation', 'observation']);
    expect(texts(register['sources'])[0]).toBe(
      'Tietoja saadaan asiakkaan tekemistä ostoksista yrityksen liikkeissä, verkkopalvelussa tai jälleenmyyjillä sekä palvelun käytön aikana asiakasjärjestelmään liittyvistä ilmoituksista.',
    );
    // "Käsittely perustuu sopimukseen" and a separate "Oikeutetun edun peruste": two bases for the
    // register as a whole, so none is set on the purposes.
    expect(texts(register['purposes'])).toHaveLength(4);
    expect(bases(register).every((b) => b === undefined)).toBe(true);
    expect(yaml).toMatch(/# TODO: the original states legal bases for the register as a whole/u);
    expect(yaml).toMatch(/#   Käsittely perustuu sopimukseen\./u);
    expect(register['security'].manual.fi).toMatch(/^Asiakastapahtumissa kerättävät/u);
    expect(register['cookies'].tools).toEqual([{ name: 'Google Analytics' }]);
    expect(register['cookies'].description.fi).toContain('- vierailijan IP-osoite\n- vierailun ajankohta\n- selatut sivut ja sivujen katseluaajat\n- vierailijan selain');
    expect(register['transfers']).toBeUndefined();
    // The period in words, counted from the event written next to it.
    expect(register['retention']).toContainEqual(expect.objectContaining({ period: 'P2W', trigger: { fi: 'asiakassuhteen päättyminen' } }));
    // The recipients row names outsourcing partners; a sentence elsewhere says the company uses partners;
    // the part on cookies says usage statistics are collected into Google Analytics, and its demographics are in use.
    expect(register['recipients']).toEqual([
      { category: { fi: 'Rekisterinpitäjän henkilöstö sekä ulkoituskumppanit (taloushallinto jne) soveltuvien osin' } },
      { category: { fi: expect.stringMatching(/paitsi käyttäessä ulkoista palveluntarjoajaa/u) }, role: 'processor' },
      { category: { fi: expect.stringMatching(/^Yritys saattaa käyttää asiakas- ja palvelusuhteen ylläpitämiseen yhteistyökumppaneita/u) } },
      { name: 'Google', category: { fi: expect.stringMatching(/^GOOGLE ANALYTICS Sivustolta kerätään käyttöstatistiikkaa Google Analytics -palveluun.*\(Google Analytics Demographics\)/su) } },
    ]);
    expect(yaml).toMatch(/# TODO: the original has the heading "Kyseessä olevat henkilötietoryhmät" but no text under it/u);
    expect(yaml).not.toMatch(/<\/?p>|<ul/u);
    await expectLoads(yaml, register);
  });

  it('002: numbered uppercase headings and a table of contents', async () => {
    const { yaml, register } = importSeed('002');
    expect(register['name']).toEqual({ fi: 'Sofor Oy:n Asiakas- ja sidosryhmärekisteri' });
    // A year alone is not a date: no day is made up.
    expect(register['updated']).toBeUndefined();
    expect(yaml).toMatch(/^# TODO: the original gives only the year 2018, not the day/mu);
    expect(register['controller']).toEqual({
      name: 'Sofor Oy',
      business_id: '0855050-9',
      address: { street: 'Takakaarre 3', po_box: 'PL 51', postal_code: '62201', city: 'Kauhava' },
      phone: '+358 10 235 90',
      email: 'gdpr@sofor.fi',
    });
    expect(register['contact_person']).toEqual({ name: 'Jukka-Pekka Sorvisto' });
    expect(texts(register['data_categories'])).toEqual([
      'Sukunimi, Etunimi, mahdolliset muut etunimet',
      'Asiakasorganisaatio (yritys, yksikkö, julkinen laitos, yhdistys tai toiminimi)',
      'Tehtävä ja toimenkuva organisaatiossa',
      'Organisaation ja Rekisteröidyn toimipisteen osoitteet',
      'Organisaation sekä Rekisteröidyn puhelinnumerot ja matkapuhelinnumerot',
      'Sähköpostiosoitteet sekä mahdolliset sosiaalisen median kontaktitiedot',
      'Soforin Toimitus- ja Palvelusopimukset sekä tarjoukset, tarjouspyynnöt, liidit ja tietopyynnöt',
      'Asiakastapaamisten ja -yhteydenottojen sekä verkkokokousten ajankohdat ja aiheet.',
    ]);
    expect(texts(register['sources'])).toEqual([
      'Tarjous- ja tietopyynnöt sekä asiakasorganisaation sopimusdokumentit',
      'Käyntikortit',
      'Sähköpostin ja sosiaalisen median kontaktitiedot',
      'Asiakastapaamiset',
      'Kumppanitapahtumissa sekä muissa markkinointitapahtumissa – kuten messulla ja näyttelyissä Rekisteröityjen antamat yhteystiedot',
      'Julkisista lähteistä haetut sekä kaupallisista asiakastietopalveluista ostetut henkilötiedot (Fonecta Oy, Asiakastieto Oy yms.)',
      'Palveluportaaleihin tunnistautumisessa annetut rekisteröintitiedot',
      'Asiakkaan oma ilmoitus palveluun rekisteröitymisvaiheessa tai myöhemmin itse muokkaamana oman käyttäjätilinsä kautta.',
    ]);
    expect(register['sources'][5].type).toBe('public');
    // The Privacy Shield transfer keeps its (invalid) mechanism, for `seloste check` to report.
    expect(register['transfers']).toEqual([
      expect.objectContaining({ country: 'US', recipient: 'LogMeIn', mechanism: 'privacy_shield', safeguard_url: 'https://www.privacyshield.gov/participant?id=a2zt0000000013fAAA' }),
    ]);
    // Only the purpose that says so rests on consent.
    expect(texts(register['purposes'])[0]).toBe('Sofor Oy:n asiakastietojen hallinnointi.');
    expect(bases(register)).toEqual([undefined, undefined, undefined, undefined, 'consent']);
    expect(register['purposes'][4].direct_marketing).toBe(true);
    expect(register['retention'].map((r: Draft) => r['period'])).toEqual([undefined, undefined, undefined, 'P26M']);
    expect(yaml).toMatch(/# Table of contents of the original/u);
    // Processors named in a paragraph are recipients with that role; the controller is not their name.
    // The sentences after it that go on about them ("Nämä kolmannet osapuolet …") join it. The webinar service the
    // transfer names is a recipient too, its role for the author to set.
    expect(register['recipients']).toEqual([
      {
        category: { fi: expect.stringMatching(/^Voimme siirtää henkilötietoja Sofor Oy:n puolesta toimiville alihankkijoille.* Nämä kolmannet osapuolet .* Käyttäessämme alihankkijoita/u) },
        role: 'processor',
      },
      { name: 'LogMeIn', category: { fi: expect.stringMatching(/^Webinaarien järjestämiseen käytetään palvelua \(LogMeIn\)/u) } },
    ]);
    expect(yaml).toMatch(/#   Rekisteröidyn tietoja käytetään vain kohdassa 3/u);
    await expectLoads(yaml, register);
  });

  it('003: two registers in one file', async () => {
    const { yaml, register } = importSeed('003');
    expect(register['name']).toEqual({ fi: 'Pro-Stories Oy:n asiakas- ja sidosryhmärekisteri' });
    expect(register['updated']).toBe('2018-04-06');
    expect(register['controller']).toEqual({
      name: 'Pro-Stories Oy',
      business_id: '2298585-9',
      address: { street: 'Eino Leinon tie 9 M', postal_code: '04310', city: 'Tuusula' },
      phone: '+358 40 4510757',
      email: 'info@pro-stories.fi',
    });
    expect(register['contact_person']).toEqual({
      name: 'Taru Uhrman',
      email: 'taru.uhrman@pro-stories.fi',
      address: { street: 'Eino Leinon tie 9 M', postal_code: '04310', city: 'Tuusula' },
    });
    expect(texts(register['purposes'])).toEqual([
      'Asiakassuhteen, asiakaspalvelun ja niihin liittyvän viestinnän ja markkinoinnin hoitaminen, toteuttaminen, kehittäminen ja seuranta.',
      'Asiakassuhteiden analysointi, ryhmittely ja raportointi, asiakasohjelman toteuttaminen sekä muut kokonaisasiakkuuden ja Pro-Stories Oy:n liiketoiminnan kehittämiseen liittyvät tarkoitukset.',
      'Asiakaspalautteen ja asiakkaan tyytyväisyystietojen kerääminen ja käsittely',
    ]);
    // "asiakassuhde, asiakkaan suostumus, asiakkaan antama toimeksianto tai muu asiallinen yhteys" is
    // a list of grounds for the whole register: not assigned to any purpose.
    expect(bases(register)).toEqual([undefined, undefined, undefined]);
    expect(yaml).toMatch(/#   Henkilötietojen käsittelyn ensisijaisena perusteena on/u);
    expect(texts(register['data_categories'])).toEqual([
      'nimi',
      'organisaatio',
      'sähköpostiosoite',
      'tiedon käsittelyyn liittyviä tietoja, kuten tallennuspäivämäärä ja tietolähde',
      'rekisteröidyn itse tuottama sisältö kuten asiakaspalautte sekä hänen itsestään antamat lisätiedot kuten asiakkuuteen liittyvät toiveet, tyytyväisyystiedot, kiinnostuksen kohteet tai muut vastaavat tiedot',
    ]);
    expect(register['sources']).toEqual([
      { type: 'organisation', description: { fi: 'Asiakasorganisaation yhteyshenkilön toimittamista osallistujatiedoista' } },
      { type: 'data_subject', description: { fi: 'Henkilön itse sähköpostitse tai paperilla antamista tiedoista' } },
      { type: 'public', description: { fi: 'Yleisesti saatavilla olevista internetlähteistä sekä mahdollisesti muista julkisista lähteistä' } },
    ]);
    expect(register['recipients']).toBe('none');
    expect(register['transfers']).toBe('none');
    expect(register['retention'][0].period).toBe('P5Y');
    // The second register is a draft of its own.
    expect(JSON.stringify(register)).not.toContain('väliaikainen');
    const all = importRegisters(seed('003'), { source: '003.txt' });
    expect(all).toHaveLength(2);
    expect(all[0]!.yaml).toBe(yaml);
    const second = all[1]!.register as Draft;
    expect(second['name']).toEqual({ fi: 'Pro-Stories Oy:n väliaikainen markkinointirekisteri' });
    expect(texts(second['purposes']).join(' ')).toMatch(/viestintään sekä sähköiseen B2B-suoramarkkinointiin/u);
    await expectLoads(all[1]!.yaml, second);
    await expectLoads(yaml, register);
  });

  it('004: numbered headings, lists with lead-ins, bases for the whole register', async () => {
    const { yaml, register } = importSeed('004');
    expect(register['name']).toEqual({ fi: 'Vastuu Group Oy:n asiakas- ja markkinointiviestintärekisteri' });
    expect(register['updated']).toBe('2019-11-18');
    expect(register['controller']).toEqual({
      name: 'Vastuu Group Oy',
      business_id: '2327327-1',
      address: { street: 'Tarvonsalmenkatu 17 B', postal_code: '02600', city: 'Espoo' },
    });
    expect(register['dpo']).toEqual({ email: 'tietosuoja@vastuugroup.fi', address: { street: 'Tarvonsalmenkatu 17 B', postal_code: '02600', city: 'Espoo' } });
    expect(register['data_subjects']).toHaveLength(1);
    // "oikeutettu etu tai … sopimuksen täytäntöönpano" for the register as a whole: not per purpose.
    expect(bases(register).every((b) => b === undefined)).toBe(true);
    expect(yaml).toMatch(/#   Henkilötietojen käsittelyn oikeusperusteena on rekisterinpitäjän oikeutettu etu tai/u);
    const categories = texts(register['data_categories']);
    expect(categories.slice(0, 14)).toEqual([
      'nimi, sähköpostiosoite, puhelin, tehtävänimike',
      'yrityksen/yhteisön nimi ja yhteystiedot',
      'postituslistojen tilaustiedot',
      'suoramarkkinointia ja asiakasviestintää koskevat kiellot',
      'verkkosivulla käyttäjän avaamat sivut ja pyytämät esitteet',
      'tieto kirjautumisesta rekisterinpitäjän tarjoamiin verkkopalveluihin',
      'tieto sähköpostitse lähetetystä asiakas- tai suoramarkkinointiviestistä ja onko viesti avattu',
      'käyttäjäprofiili',
      'rekisteröidyn kanssa käytyä viestintää koskevat tiedot, kuten viestien sisällöt ja lähetysajat',
      'asiakaspalveluun lähetetyt viestit ja siihen liittyvän tiketin käsittelytiedot',
      'verkkosivulla käydyt chat-keskustelut asiakaspalvelun kanssa',
      'asiakaspalvelun palvelunumeroon soitetujen puheluiden tallenteet',
      'asiakaspalvelun käytöstä antamasi palaute',
      'muita rekisterin tarkoitukseen liittyviä tietoja, kuten esimerkiksi rekisteröityyn yhdistettävissä oleva, palvelun käyttämisen yhteydessä tapahtuvasta verkkosivujen käytöstä kerättävä tieto, kuten esimerkiksi käyttäjän IP-osoite, käynnin kellonaika, vierailut sivut, käytetty selaintyyppi, verkko-osoite, josta käyttäjä on tullut verkkosivulle sekä palvelin, jolta käyttäjä on tullut verkkosivulle.',
    ]);
    expect(categories.slice(14)).toEqual([
      'IP-osoitetieto tai muu tunnistetieto',
      'Tilaus-, laskutus- ja toimitustiedot',
      'Evästeiden kautta kerättävät tiedot',
      'Rekisterinpitäjän verkkopalveluiden käytöstä kerättävät tiedot',
      'Asiakaspalvelukanavien käytöstä kerättävät tiedot',
    ]);
    // Lists introduced by "saamme …" (we receive) are sources, the list kept in the description.
    const sources = register['sources'] as Draft[];
    const direct = sources.find((s) => s['description'].fi.startsWith('Tyypillisesti saamme'))!;
    expect(direct['type']).toBe('data_subject');
    for (const item of [
      'Asiakasyrityksen nimi, yhteyshenkilön etu- ja sukunimi, työ sähköpostiosoite, puhelinnumero',
      'Tiedot yhteyshenkilön sähköisen suoramarkkinoinnin ja asiakasviestinnän luvista ja/tai kielloista',
      'Yhteyshenkilön itsensä antamat luokittelutiedot (esimerkiksi kiinnostuksen kohteet)',
      'Yhteydenottolomakkeiden kautta syötetyt tiedot',
      'Asiakaspalautetiedot, yhteydenottoviestit ja suostumukset',
    ]) {
      expect(direct['description'].fi).toContain(`- ${item}`);
    }
    const other = sources.find((s) => s['description'].fi.startsWith('Muista lähteistä saamme'))!;
    expect(other['description'].fi).toContain('- Sosiaalisten medioiden, kuten LinkedInin, Facebookin ja Twitterin käyttöön liittyvät tiedot kuten tykkäykset verkkosivuillamme');
    expect(sources.map((s) => s['type'])).toEqual(expect.arrayContaining(['data_subject', 'public', 'observation']));
    expect(register['retention'].map((r: Draft) => r['period'])).toEqual([undefined, 'P3M', 'P7M', undefined]);
    expect(register['recipients']).toEqual([
      { category: { fi: 'Voimme käyttää henkilötietojen käsittelyssä alihankkijoita.' }, role: 'processor' },
      // Partners named as those data may be disclosed to are recipients too, with no role the text gives.
      { category: { fi: expect.stringMatching(/^Voimme luovuttaa yhteystietoja suoramarkkinointitarkoituksiin yhteistyökumppaneillemme/u) } },
      { category: { fi: expect.stringMatching(/^Voimme luovuttaa rekisterin tietoja viranomaisille/u) }, role: 'authority' },
    ]);
    // Processing "partly outside the EEA", no country named: a transfer without a country, which `check` reports.
    expect(register['transfers']).toEqual([{ description: { fi: expect.stringMatching(/^Voimme käyttää asiakas- ja markkinointiviestinnässä/u) } }]);
    expect(yaml).toMatch(/# TODO: the original states a transfer outside the EU\/EEA but names no country/u);
    await expectLoads(yaml, register);
  });
});

describe('seloste import: formats and languages', () => {
  it('imports an English notice in Markdown', async () => {
    const text = readFileSync(join(FIXTURES, 'import', 'english-notice.md'), 'utf8');
    const result = importNotice(text, { source: 'english-notice.md' });
    const register = result.register as Draft;
    expect(result.format).toBe('markdown');
    expect(result.lang).toBe('en');
    expect(register['name']).toEqual({ en: 'Online shop customer register' });
    expect(register['updated']).toBe('2024-03-03');
    expect(register['controller']).toEqual({
      name: 'Kuura Outdoor Ltd',
      business_id: '3016254-5',
      address: { street: 'Hämeenkatu 14 B', postal_code: '33100', city: 'Tampere' },
      phone: '+358 3 555 0140',
      email: 'privacy@kuuraoutdoor.example',
    });
    expect(register['contact_person']).toEqual({
      name: 'Anna Virtanen',
      title: { en: 'Customer Service Manager' },
      email: 'anna.virtanen@kuuraoutdoor.example',
      phone: '+358 40 555 0192',
    });
    expect(register['dpo']).toEqual({ email: 'dpo@kuuraoutdoor.example' });
    // Each purpose states its own basis in words.
    expect(bases(register)).toEqual(['contract', 'contract', 'consent', 'legal_obligation', 'legitimate_interests']);
    expect(texts(register['data_categories'], 'en')).toEqual([
      'Name, email address, phone number and delivery address',
      'Order, payment and return history',
      'Newsletter subscription and the consent given for it',
      'Messages sent to customer service',
      'Technical data such as IP address, browser type and pages visited',
    ]);
    expect(register['sources']).toEqual([
      { type: 'data_subject', description: { en: 'From you when you place an order, subscribe to the newsletter or contact us' } },
      { type: 'observation', description: { en: 'Cookies and analytics on our website' } },
      { type: 'organisation', name: 'Osoitepalvelu Nordic Oy', description: { en: 'Address updates from Osoitepalvelu Nordic Oy' } },
      { type: 'public', description: { en: 'Public sources such as the Finnish Trade Register, for business customers' } },
    ]);
    expect(register['recipients'].map((r: Draft) => r['role'])).toEqual(['processor', undefined, 'processor', 'authority', undefined]);
    // Google Analytics, which the notice says it uses among its cookies, with a TODO asking for its role.
    expect(register['recipients'][4]).toMatchObject({ name: 'Google' });
    expect(register['transfers']).toEqual([expect.objectContaining({ country: 'US', recipient: 'Mailfox Inc.', mechanism: 'standard_contractual_clauses' })]);
    expect(register['retention'].map((r: Draft) => r['period'])).toEqual(['P6Y', undefined, 'P24M']);
    expect(register['automated_decisions']).toBe('none');
    expect(register['security']).toEqual({ electronic: expect.any(Object), manual: { en: 'Printed documents are kept in a locked room.' } });
    expect(register['cookies'].tools).toEqual([{ name: 'Google Analytics' }]);
    expect(result.yaml).toMatch(/# TODO: rights of the data subject/u);
    await expectLoads(result.yaml, register, ['en']);
  });

  it('reads the same notice as HTML', () => {
    const html = `<!doctype html><html><head><title>Notice</title></head><body>
<h1>Privacy notice: newsletter register</h1>
<p>Updated 5 May 2025</p>
<p><strong>1. Controller</strong></p>
<p>Lakeside Books Oy<br>Kauppakatu 3, 40100 Jyväskylä<br>info@lakesidebooks.example</p>
<h2>2. Purposes of processing</h2>
<ul><li>Sending the newsletter, based on your consent</li><li>Planning new titles</li></ul>
<h2>3. Categories of personal data</h2>
<ul><li>Email address</li><li>Reading interests &amp; language</li></ul>
</body></html>`;
    const result = importNotice(html);
    const register = result.register as Draft;
    expect(result.format).toBe('html');
    expect(register['name']).toEqual({ en: 'Newsletter register' });
    expect(register['updated']).toBe('2025-05-05');
    expect(register['controller']).toEqual({
      name: 'Lakeside Books Oy',
      address: { street: 'Kauppakatu 3', postal_code: '40100', city: 'Jyväskylä' },
      email: 'info@lakesidebooks.example',
    });
    expect(texts(register['purposes'], 'en')).toEqual(['Sending the newsletter, based on your consent', 'Planning new titles']);
    expect(bases(register)).toEqual(['consent', undefined]);
    expect(texts(register['data_categories'], 'en')).toEqual(['Email address', 'Reading interests & language']);
  });

  it('never guesses: no date, no name and no basis give TODOs, not values', () => {
    const result = importNotice('Tietosuojaseloste\n\nRekisterinpitäjä\n\nEsimerkki Oy\n\nKäyttötarkoitus\n\n- Asiakassuhteen hoito\n');
    const register = result.register as Draft;
    // No date is made up: \`updated\` is left out and a TODO says the original states none.
    expect(register['updated']).toBeUndefined();
    expect(result.yaml).not.toMatch(/^updated:/mu);
    expect(result.yaml).toMatch(/^# TODO: the original states no date: add `updated: YYYY-MM-DD`/mu);
    expect(register['name']).toEqual({ fi: 'TODO: rekisterin nimi' });
    expect(register['purposes']).toEqual([{ description: { fi: 'Asiakassuhteen hoito' } }]);
  });
});

describe('seloste import FILE', () => {
  function io(cwd: string) {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: { cwd, stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) } },
    };
  }

  it('writes the draft next to the working folder and never overwrites without --force', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'seloste.txt'), seed('000'));
    const first = io(dir);
    expect(await importCommand('seloste.txt', {}, first.io)).toBe(0);
    const written = readFileSync(join(dir, 'seloste.yaml'), 'utf8');
    expect(written).toBe(importNotice(seed('000'), { source: 'seloste.txt' }).yaml);
    expect(first.out.stdout).toMatch(/^Imported seloste\.txt \(plain text, Finnish\) into seloste\.yaml$/mu);
    expect(first.out.stdout).toMatch(/mapped: .*4 purposes/u);
    expect(first.out.stdout).toMatch(/left: \d+ TODO comments/u);
    expect(first.out.stdout).toMatch(/^Next: seloste check seloste\.yaml$/mu);
    await expectLoads(written, parse(written));

    writeFileSync(join(dir, 'seloste.yaml'), 'name: {fi: Oma}\n');
    const second = io(dir);
    expect(await importCommand('seloste.txt', {}, second.io)).toBe(2);
    expect(second.out.stderr).toMatch(/seloste\.yaml already exists; use --force/u);
    expect(readFileSync(join(dir, 'seloste.yaml'), 'utf8')).toBe('name: {fi: Oma}\n');

    expect(await importCommand('seloste.txt', { force: true }, io(dir).io)).toBe(0);
    expect(readFileSync(join(dir, 'seloste.yaml'), 'utf8')).toBe(written);
    // Written through a temporary file in the same folder; none is left behind.
    expect(readdirSync(dir).sort()).toEqual(['seloste.txt', 'seloste.yaml']);
  });

  it('writes a draft for each register a file holds, and none when one of them would replace a file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rekisterit.txt'), seed('003'));
    writeFileSync(join(dir, 'rekisterit-2.yaml'), 'name: {fi: Oma}\n');
    const refused = io(dir);
    expect(await importCommand('rekisterit.txt', {}, refused.io)).toBe(2);
    expect(refused.out.stderr).toMatch(/rekisterit-2\.yaml already exists/u);
    expect(readdirSync(dir).sort()).toEqual(['rekisterit-2.yaml', 'rekisterit.txt']);

    rmSync(join(dir, 'rekisterit-2.yaml'));
    const done = io(dir);
    expect(await importCommand('rekisterit.txt', {}, done.io)).toBe(0);
    expect(done.out.stdout).toMatch(/^Imported rekisterit\.txt \(plain text, Finnish\) into 2 drafts, one for each register it holds:$/mu);
    expect(done.out.stdout).toMatch(/^  rekisterit-2\.yaml: Pro-Stories Oy:n väliaikainen markkinointirekisteri$/mu);
    expect(done.out.stdout).toMatch(/^Next: seloste check rekisterit\.yaml rekisterit-2\.yaml$/mu);
    const drafts = importRegisters(seed('003'), { source: 'rekisterit.txt' });
    expect(readFileSync(join(dir, 'rekisterit.yaml'), 'utf8')).toBe(drafts[0]!.yaml);
    expect(readFileSync(join(dir, 'rekisterit-2.yaml'), 'utf8')).toBe(drafts[1]!.yaml);
  });

  it('--force replaces the draft named and earlier drafts beside it, never another file beside it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rekisterit.txt'), seed('003'));
    expect(await importCommand('rekisterit.txt', {}, io(dir).io)).toBe(0);
    // Earlier drafts are replaced with --force.
    expect(await importCommand('rekisterit.txt', { force: true }, io(dir).io)).toBe(0);
    // A file of the user's own beside the draft is not.
    writeFileSync(join(dir, 'rekisterit-2.yaml'), 'name: {fi: Oma}\n');
    const refused = io(dir);
    expect(await importCommand('rekisterit.txt', { force: true }, refused.io)).toBe(2);
    expect(refused.out.stderr).toMatch(/rekisterit-2\.yaml already exists and is not a draft of `seloste import`/u);
    expect(readFileSync(join(dir, 'rekisterit-2.yaml'), 'utf8')).toBe('name: {fi: Oma}\n');
  });

  it('points the schema line at a schema it can reach, honours --out and --lang', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'schemas'));
    writeFileSync(join(dir, 'schemas', 'register.schema.json'), '{}');
    writeFileSync(join(dir, 'notice.md'), readFileSync(join(FIXTURES, 'import', 'english-notice.md')));
    expect(await importCommand('notice.md', { out: 'registers/shop.yaml', lang: 'en' }, io(dir).io)).toBe(0);
    const yaml = readFileSync(join(dir, 'registers', 'shop.yaml'), 'utf8');
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/register.schema.json');
  });

  it('refuses files it cannot read as text', async () => {
    const dir = tempDir();
    const missing = io(dir);
    expect(await importCommand('missing.txt', {}, missing.io)).toBe(2);
    expect(missing.out.stderr).toBe('seloste: missing.txt: file not found\n');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x52, 0x65, 0x6b, 0x69, 0x73, 0x74, 0x65, 0x72, 0x69, 0x6e, 0x70, 0x69, 0x74, 0xe4, 0x6a, 0xe4]));
    const latin1 = io(dir);
    expect(await importCommand('latin1.txt', {}, latin1.io)).toBe(2);
    expect(latin1.out.stderr).toMatch(/latin1\.txt: not UTF-8 text/u);
    expect(readdirSync(dir)).toEqual(['latin1.txt']);
  });
});
