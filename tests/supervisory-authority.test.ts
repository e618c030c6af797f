/**
 * The notice names the supervisory authority of the controller's country, in each language, from a
 * dated table of every EU/EEA authority; a Finnish controller's notice is unchanged (tests/golden).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, tempProject } from './helpers.js';

interface Entry {
  country: string;
  name: Record<string, string>;
  native: string[];
  postal_address?: unknown;
  website?: unknown;
  checked?: string;
  source?: string[];
}

const table = JSON.parse(readFileSync(join(ROOT, 'data', 'supervisory-authorities.json'), 'utf8')) as { as_of: string; authorities: Entry[] };
/** The 27 EU member states and Iceland, Liechtenstein and Norway. */
const EEA = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('the table of supervisory authorities', () => {
  it('has exactly one authority for each of the 30 EU/EEA countries', () => {
    const codes = table.authorities.map((a) => a.country);
    expect([...codes].sort()).toEqual(EEA);
    const eea = JSON.parse(readFileSync(join(ROOT, 'data', 'eea.json'), 'utf8')) as { countries: string[] };
    expect([...eea.countries].sort()).toEqual(EEA);
    expect(table.as_of).toMatch(DATE);
  });

  it('gives every authority its own name, an English or own name, a postal address, a web site, the date checked and a source', () => {
    for (const a of table.authorities) {
      expect(a.native.length, a.country).toBeGreaterThan(0);
      for (const lang of a.native) expect(a.name[lang], `${a.country} name in ${lang}`).toBeTruthy();
      expect(a.postal_address, `${a.country} postal address`).toBeTruthy();
      const sites = typeof a.website === 'string' ? [a.website] : Object.values(a.website as Record<string, string>);
      for (const site of sites) expect(site, `${a.country} web site`).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/);
      expect(a.checked, `${a.country} checked`).toMatch(DATE);
      expect(a.source?.length, `${a.country} source`).toBeGreaterThan(0);
    }
  });

  it('keeps the Finnish authority as its contact page gives it', () => {
    expect(table.authorities.find((a) => a.country === 'FI')).toMatchObject({
      name: { fi: 'Tietosuojavaltuutetun toimisto', sv: 'Dataombudsmannens byrå', en: 'Office of the Data Protection Ombudsman' },
      postal_address: { fi: 'PL 800, 00531 Helsinki', sv: 'PB 800, 00531 Helsingfors', en: 'P.O. Box 800, FI-00531 Helsinki, Finland' },
      visiting_address: { fi: 'Lintulahdenkuja 4, 00530 Helsinki', sv: 'Fågelviksgränden 4, 00530 Helsingfors', en: 'Lintulahdenkuja 4, 00530 Helsinki, Finland' },
      phone: '+358 29 566 6700',
      email: 'tietosuoja@om.fi',
      website: { fi: 'https://tietosuoja.fi', sv: 'https://tietosuoja.fi/sv', en: 'https://tietosuoja.fi/en' },
      outdated: ['Ratapihantie 9', '00521'],
    });
  });
});

const register = (controller: string, extra = ''): string => `name: {fi: Asiakasrekisteri, en: Customer register, sv: Kundregister}
updated: 2026-01-15
controller:
${controller}
purposes:
  - description: {fi: Asiakassuhteen hoitaminen, en: Managing the customer relationship, sv: Kundrelationen}
    legal_basis: contract
${extra}`;

const FILES: Record<string, string> = {
  'seloste.config.yaml': 'languages: [fi, en, sv]\n',
  'notices/sweden.yaml': register('  name: Exempel AB\n  address: {street: Storgatan 1, postal_code: "111 22", city: Stockholm, country: SE}'),
  'notices/germany.yaml': register('  name: Beispiel GmbH\n  address: {street: Hauptstraße 1, postal_code: "10115", city: Berlin, country: DE}'),
  'notices/ireland.yaml': register('  name: Example Ltd\n  address: {street: 1 Main Street, postal_code: D02 XY12, city: Dublin, country: IE}'),
  'notices/finland.yaml': register('  name: Esimerkki Oy\n  address: {street: Esimerkkikatu 1, postal_code: "00100", city: Helsinki}'),
  // Establishments in Sweden and Ireland; the lead authority is Ireland's (Art. 56).
  'notices/lead.yaml': register('  name: Exempel AB\n  address: {street: Storgatan 1, postal_code: "111 22", city: Stockholm, country: SE}', 'supervisory_authority: IE\n'),
  'notices/group.org.yaml': 'controller:\n  name: Esimerkki Oy\nsupervisory_authority: SE\n',
  'notices/from-organisation.yaml': `organisation: ./group.org.yaml\n${register('  name: Esimerkki Oy').replace(/controller:\n {2}name: Esimerkki Oy\n/, '')}`,
  // Outside the EEA with a representative in the Netherlands (Art. 27), and one without a representative.
  'notices/represented.yaml': register('  name: Example Inc.\n  address: {street: 1 Main St, postal_code: "10001", city: New York, country: US}', 'representative:\n  name: Rep B.V.\n  address: {street: Damrak 1, postal_code: 1012 LG, city: Amsterdam, country: NL}\n'),
  'notices/unrepresented.yaml': register('  name: Example Inc.\n  address: {street: 1 Main St, postal_code: "10001", city: New York, country: US}'),
};

const FINNISH = /Tietosuojavaltuutet|Data Protection Ombudsman|Dataombudsman|tietosuoja\.fi/;

describe('the authority a notice names', () => {
  let dir = '';
  let cleanup = (): void => {};
  const notice = (lang: string, id: string): string => readFileSync(join(dir, 'dist', lang, `${id}.md`), 'utf8');

  beforeAll(async () => {
    ({ dir, cleanup } = tempProject(FILES));
    const r = await cli(['build', '--format', 'md', '--force'], dir);
    expect(r.code, r.stderr).toBe(0);
  }, 120_000);
  afterAll(() => cleanup());

  it('a Swedish controller: Integritetsskyddsmyndigheten, in each language', () => {
    expect(notice('fi', 'sweden')).toContain('Rekisterinpitäjän toimivaltainen valvontaviranomainen on:\n\n- **Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)**\n- Postiosoite: Box 8114, 104 20 Stockholm, Ruotsi\n- Verkkosivusto: <https://www.imy.se>');
    expect(notice('en', 'sweden')).toContain('The supervisory authority competent for the controller is:\n\n- **Swedish Authority for Privacy Protection (IMY)**\n- Postal address: Box 8114, 104 20 Stockholm, Sweden\n- Website: <https://www.imy.se>');
    expect(notice('sv', 'sweden')).toContain('Den tillsynsmyndighet som är behörig för den personuppgiftsansvarige är:\n\n- **Integritetsskyddsmyndigheten (IMY)**\n- Postadress: Box 8114, 104 20 Stockholm, Sverige\n- Webbplats: <https://www.imy.se>');
    expect(notice('sv', 'sweden')).toContain('Du kan lämna in ett klagomål till tillsynsmyndigheten (Integritetsskyddsmyndigheten).');
    for (const lang of ['fi', 'en', 'sv']) expect(notice(lang, 'sweden')).not.toMatch(FINNISH);
  });

  it('a German controller: the Land authority is competent, the federal one is listed', () => {
    expect(notice('fi', 'germany')).toContain('Saksassa kullakin osavaltiolla on oma valvontaviranomaisensa');
    expect(notice('fi', 'germany')).toContain('- **Federal Commissioner for Data Protection and Freedom of Information (Bundesbeauftragte für den Datenschutz und die Informationsfreiheit, BfDI)**\n- Postiosoite: Graurheindorfer Str. 153, 53117 Bonn, Saksa');
    expect(notice('en', 'germany')).toContain('In Germany each federal state (Land) has its own supervisory authority');
    expect(notice('en', 'germany')).toContain('- **Federal Commissioner for Data Protection and Freedom of Information (BfDI)**\n- Postal address: Graurheindorfer Str. 153, 53117 Bonn, Germany\n- Website: <https://www.bfdi.bund.de>');
    expect(notice('sv', 'germany')).toContain('I Tyskland har varje delstat en egen tillsynsmyndighet');
    expect(notice('sv', 'germany')).toContain('- Postadress: Graurheindorfer Str. 153, 53117 Bonn, Tyskland');
    // The summary names no authority where the one listed is not the competent one.
    expect(notice('en', 'germany')).toContain('You can lodge a complaint with a supervisory authority. [Read more](#4-right-to-lodge-a-complaint-with-a-supervisory-authority)');
    for (const lang of ['fi', 'en', 'sv']) expect(notice(lang, 'germany')).not.toMatch(FINNISH);
  });

  it('an Irish controller: the Data Protection Commission, in each language', () => {
    expect(notice('fi', 'ireland')).toContain('- **Data Protection Commission (DPC)**\n- Postiosoite: 21 Fitzwilliam Square South, Dublin 2, D02 RD28, Irlanti\n- Verkkosivusto: <https://www.dataprotection.ie>');
    expect(notice('en', 'ireland')).toContain('- **Data Protection Commission (DPC)**\n- Postal address: 21 Fitzwilliam Square South, Dublin 2, D02 RD28, Ireland');
    expect(notice('sv', 'ireland')).toContain('- Postadress: 21 Fitzwilliam Square South, Dublin 2, D02 RD28, Irland');
    for (const lang of ['fi', 'en', 'sv']) expect(notice(lang, 'ireland')).not.toMatch(FINNISH);
  });

  it('a Finnish controller: the Data Protection Ombudsman, as before', () => {
    expect(notice('fi', 'finland')).toContain('Suomessa valvontaviranomaisena toimii tietosuojavaltuutettu. Yhteystiedot:\n\n- **Tietosuojavaltuutetun toimisto**\n- Postiosoite: PL 800, 00531 Helsinki');
    expect(notice('sv', 'finland')).toContain('I Finland är tillsynsmyndigheten dataombudsmannen. Kontaktuppgifter:\n\n- **Dataombudsmannens byrå**');
    expect(notice('en', 'finland')).toContain('In Finland, the supervisory authority is the Data Protection Ombudsman. Contact details:');
    // The first layer names the authority, not its office.
    expect(notice('fi', 'finland')).toMatch(/Voit tehdä valituksen tietosuojavaltuutetulle\. \[Lue lisää\]\(#\d+-oikeus-tehdä-valitus-valvontaviranomaiselle\)/);
    expect(notice('sv', 'finland')).toMatch(/Du kan lämna in ett klagomål till dataombudsmannen\. \[Läs mer\]\(#\d+-rätt-att-lämna-in-klagomål-till-en-tillsynsmyndighet\)/);
    expect(notice('en', 'finland')).toContain('- **Office of the Data Protection Ombudsman**\n- Postal address: P.O. Box 800, FI-00531 Helsinki, Finland');
  });

  it('`supervisory_authority` names the lead authority, in the register or its organisation file', () => {
    expect(notice('en', 'lead')).toContain('- **Data Protection Commission (DPC)**');
    expect(notice('en', 'lead')).not.toContain('Swedish Authority for Privacy Protection');
    expect(notice('fi', 'from-organisation')).toContain('- **Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)**');
    expect(notice('fi', 'from-organisation')).not.toMatch(FINNISH);
  });

  it('a controller outside the EEA: its representative\'s authority, or none beyond the right to complain', () => {
    expect(notice('en', 'represented')).toContain("The supervisory authority of the country where the controller’s representative is located is:\n\n- **Dutch Data Protection Authority (AP)**");
    expect(notice('fi', 'represented')).toContain('Rekisterinpitäjän edustajan sijaintivaltion valvontaviranomainen on:\n\n- **Dutch Data Protection Authority (Autoriteit Persoonsgegevens, AP)**');
    expect(notice('sv', 'represented')).toContain('- Postadress: Postbus 93374, 2509 AJ Den Haag, Nederländerna');
    for (const lang of ['fi', 'en', 'sv']) expect(notice(lang, 'unrepresented')).not.toMatch(FINNISH);
    expect(notice('en', 'unrepresented')).toContain('You can lodge the complaint in particular in the Member State of your habitual residence, place of work or place of the alleged infringement.');
    expect(notice('fi', 'unrepresented')).toContain('Voit tehdä valituksen erityisesti siinä jäsenvaltiossa, jossa vakinainen asuinpaikkasi tai työpaikkasi on tai jossa väitetty rikkominen on tapahtunut.');
    expect(notice('sv', 'unrepresented')).toContain('Du kan lämna in klagomålet särskilt i den medlemsstat där du har din hemvist eller din arbetsplats eller där det påstådda intrånget begicks.');
    expect(notice('en', 'unrepresented')).not.toContain('Postal address: ');
  });

  it('every notice keeps the official terms of the complaint right', () => {
    for (const id of ['sweden', 'germany', 'ireland', 'unrepresented']) {
      expect(notice('fi', id)).toContain('Oikeus tehdä valitus valvontaviranomaiselle');
      expect(notice('sv', id)).toContain('Rätt att lämna in klagomål till en tillsynsmyndighet');
      expect(notice('en', id)).toContain('Right to lodge a complaint with a supervisory authority');
    }
  });
});
