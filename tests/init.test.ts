import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { initCommand, parseTextFlag, type InitOptions } from '../src/init/command.js';
import { parseBusinessId, parseEmail, parseRetention, slugify } from '../src/init/questions.js';
import { allDiagnostics, checkPaths } from '../src/pipeline.js';
import type { Register } from '../src/types.js';
import { ROOT, tempProject } from './helpers.js';

const FINNISH = { 'seloste.config.yaml': 'languages: [fi]\n' };
const NOW = () => new Date(2026, 4, 4, 12, 0, 0);

async function init(opts: InitOptions, cwd: string, input?: string, isTTY = false, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  if (input !== undefined) stdin.end(input);
  const code = await initCommand(opts, {
    stdin,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    isTTY,
    now: NOW,
    env,
  });
  return { code, stdout, stderr };
}

async function diagnosticsOf(dir: string, file: string) {
  const result = await checkPaths({ cwd: dir, paths: [file] });
  expect(result.problems).toEqual([]);
  return allDiagnostics(result).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
}

const FLAGS: InitOptions = {
  name: 'Verkkokaupan asiakasrekisteri',
  controller: 'Testikahvila Oy',
  businessId: '1234567-1',
  address: 'Kauppakatu 1',
  postalCode: '00100',
  city: 'Helsinki',
  email: 'tietosuoja@testikahvila.fi',
  phone: '+358 40 123 4567',
  purpose: ['Tilausten toimittaminen', 'Uutiskirje kahviuutuuksista', 'Kirjanpito'],
  basis: ['contract', 'consent', 'legal_obligation'],
  withdraw: ['Peruuta tilaus uutiskirjeen lopussa olevasta linkistä.'],
  law: ['Kirjanpitolaki (1336/1997)'],
  category: ['Nimi, sähköpostiosoite ja toimitusosoite', 'Tilaustiedot'],
  provision: ['contract_precondition'],
  consequence: ['Ilman yhteystietoja tilausta ei toimiteta.', 'Ilman tilaustietoja tilausta ei synny.'],
  source: ['data_subject'],
  recipient: ['Kassavirta Oy:processor:FI'],
  retention: '3 years',
  retentionTrigger: 'asiakassuhteen päättyminen',
};

describe('seloste init from flags', () => {
  it('writes a register that checks clean', async () => {
    const { dir, cleanup } = tempProject(FINNISH);
    try {
      const r = await init({ ...FLAGS, purpose: ['Tilausten toimittaminen', 'Kirjanpito'], basis: ['contract', 'legal_obligation'], withdraw: [] }, dir);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      // Without --out, into notices/ (as the help says), where `seloste check` looks.
      expect(r.stdout).toContain('Next: seloste check notices/verkkokaupan-asiakasrekisteri.yaml');
      const text = readFileSync(join(dir, 'notices', 'verkkokaupan-asiakasrekisteri.yaml'), 'utf8');
      expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+\/schemas\/register\.schema\.json$/);
      const schema = text.split('\n')[0]!.replace(/^.*\$schema=/, '');
      expect(existsSync(join(dir, 'notices', schema))).toBe(true);
      const register = parse(text) as Register;
      expect(register).toMatchObject({
        id: 'verkkokaupan-asiakasrekisteri',
        name: { fi: 'Verkkokaupan asiakasrekisteri' },
        created: '2026-05-04',
        updated: '2026-05-04',
        controller: { name: 'Testikahvila Oy', business_id: '1234567-1', address: { street: 'Kauppakatu 1', postal_code: '00100', city: 'Helsinki' } },
        purposes: [
          { id: 'tilausten-toimittaminen', legal_basis: 'contract' },
          { id: 'kirjanpito', legal_basis: 'legal_obligation', law: { fi: 'Kirjanpitolaki (1336/1997)' } },
        ],
        recipients: [{ name: 'Kassavirta Oy', role: 'processor', country: 'FI' }],
        transfers: 'none',
        retention: [{ period: 'P3Y', trigger: { fi: 'asiakassuhteen päättyminen' } }],
        automated_decisions: 'none',
        rights: { channels: [{ type: 'email', email: 'tietosuoja@testikahvila.fi' }] },
      });
      expect(await diagnosticsOf(dir, 'notices/verkkokaupan-asiakasrekisteri.yaml')).toEqual([]);
      // No temporary file is left behind.
      expect(readdirSync(join(dir, 'notices'))).toEqual(['verkkokaupan-asiakasrekisteri.yaml']);
    } finally {
      cleanup();
    }
  });

  it('takes texts in several languages as `fi=…|en=…`', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi, en]\n' });
    try {
      const r = await init(
        {
          ...FLAGS,
          out: 'notices/shop.yaml',
          name: 'fi=Asiakasrekisteri|en=Customer register',
          purpose: ['fi=Tilausten toimittaminen|en=Delivering orders'],
          basis: ['contract'],
          withdraw: [],
          law: [],
          category: ['fi=Yhteystiedot|en=Contact details'],
          provision: ['voluntary'],
          consequence: [],
          retentionTrigger: 'fi=asiakassuhteen päättyminen|en=the end of the customer relationship',
          transfer: ['US:Helpline Harbor Inc.:standard_contractual_clauses:https://testikahvila.fi/scc'],
          recipient: ['Helpline Harbor Inc.:processor:US'],
        },
        dir,
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Next: seloste check notices/shop.yaml');
      const register = parse(readFileSync(join(dir, 'notices', 'shop.yaml'), 'utf8')) as Register;
      expect(register.id).toBe('asiakasrekisteri');
      expect(register.transfers).toEqual([
        { country: 'US', recipient: 'Helpline Harbor Inc.', mechanism: 'standard_contractual_clauses', safeguard_url: 'https://testikahvila.fi/scc' },
      ]);
      expect(await diagnosticsOf(dir, 'notices/shop.yaml')).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('leaves out what the flags leave open, and check reports it', async () => {
    const { dir, cleanup } = tempProject(FINNISH);
    try {
      const r = await init({ name: 'Rekisteri', controller: 'Testikahvila Oy', email: 'tietosuoja@testikahvila.fi', purpose: ['Uutiskirje'], basis: ['consent'] }, dir);
      expect(r.code).toBe(0);
      const ids = (await diagnosticsOf(dir, 'notices/rekisteri.yaml')).map((d) => d.split(' ')[1]);
      expect(ids).toEqual(expect.arrayContaining(['consent-withdrawal', 'data-sources', 'retention']));
    } finally {
      cleanup();
    }
  });

  it('lists the missing required flags and exits 2', async () => {
    const { dir, cleanup } = tempProject(FINNISH);
    try {
      const r = await init({ controller: 'Testikahvila Oy' }, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('seloste: init needs --name, --email, --purpose, --basis when it does not ask');
      expect(readdirSync(dir)).toEqual(['seloste.config.yaml']);
    } finally {
      cleanup();
    }
  });

  it('rejects a wrong check digit, a bad e-mail and an unknown basis', async () => {
    const { dir, cleanup } = tempProject(FINNISH);
    try {
      const r = await init({ ...FLAGS, businessId: '1234567-2', email: 'tietosuoja@example.com', basis: ['contract', 'consent', 'duty'] }, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--business-id: The check digit of 1234567-2 is wrong');
      expect(r.stderr).toContain('--email: tietosuoja@example.com is an example address');
      expect(r.stderr).toContain('--basis: Choose a number from 1 to 6');
    } finally {
      cleanup();
    }
  });

  it('never overwrites an existing register without --force', async () => {
    const { dir, cleanup } = tempProject({ ...FINNISH, 'r.yaml': 'name: {fi: Vanha}\nupdated: 2026-01-01\n' });
    try {
      const r = await init({ ...FLAGS, out: 'r.yaml' }, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('seloste: r.yaml already exists; run again with --force to replace it\n');
      expect(readFileSync(join(dir, 'r.yaml'), 'utf8')).toBe('name: {fi: Vanha}\nupdated: 2026-01-01\n');
      const forced = await init({ ...FLAGS, out: 'r.yaml', force: true }, dir);
      expect(forced.code).toBe(0);
      expect(readFileSync(join(dir, 'r.yaml'), 'utf8')).toContain('Verkkokaupan asiakasrekisteri');
      expect(readdirSync(dir).sort()).toEqual(['r.yaml', 'seloste.config.yaml']);
    } finally {
      cleanup();
    }
  });
});

/** The questions asked with `languages: [fi]`: [text to wait for, answer]; `null` waits for a message only. */
const INTERVIEW: [string, string | null][] = [
  ['Name of the register (rekisterin nimi), in Finnish (suomeksi):', 'Jäsenrekisteri'],
  ['File to write: [notices/jasenrekisteri.yaml]', ''],
  ['Legal name of the controller (virallinen nimi):', 'Kerho ry'],
  ['Business ID (Y-tunnus)', '1234567-2'],
  ['The check digit of 1234567-2 is wrong', null],
  ['Business ID (Y-tunnus)', '1234567-1'],
  ['Street address (katuosoite):', 'Seuratie 3'],
  ['Postal code (postinumero):', '100'],
  ['five digits', null],
  ['Postal code (postinumero):', '00100'],
  ['City (postitoimipaikka):', 'Helsinki'],
  ['E-mail address of the controller (sähköposti):', 'hallitus@kerho.fi'],
  ['Phone number (puhelinnumero)', ''],
  ['designated a data protection officer? (y/n) [n]', 'n'],
  ['What are the data used for (käyttötarkoitus), in Finnish (suomeksi):', 'Jäsenyyden hoitaminen ja jäsenmaksujen laskutus'],
  ['Choose 1–6:', '2'],
  ['Add another purpose? (y/n) [n]', 'y'],
  ['What are the data used for (käyttötarkoitus), in Finnish (suomeksi):', 'Kirjanpito'],
  ['Choose 1–6:', '3'],
  ['Which law sets the obligation or task (laki)', 'Kirjanpitolaki (1336/1997)'],
  ['Add another purpose? (y/n) [n]', ''],
  ['Do the data come from the people themselves (rekisteröity itse)? (y/n) [y]', ''],
  ['Do some data come from other sources? (y/n) [n]', 'n'],
  ['Which data (tiedot), e.g. name and e-mail address, in Finnish (suomeksi):', 'Nimi, sähköpostiosoite ja kotikunta'],
  ['Choose 1–4:', '2'],
  ['What follows if they are not given (seuraukset), in Finnish (suomeksi):', 'Ilman yhteystietoja jäsenmaksua ei laskuteta.'],
  ['Add another data category? (y/n) [n]', 'n'],
  ['Are the data disclosed to anyone, processors included? (y/n) [y]', 'y'],
  ['Name of the recipient (vastaanottaja)', 'Seurapalvelu Oy'],
  ['Choose 1–4: [1]', ''],
  ['Country where it processes the data (maa): [FI]', 'us'],
  ['Add another recipient? (y/n) [n]', 'n'],
  ['Seurapalvelu Oy is in US, outside the EU/EEA', null],
  ['Who receives the data in US (vastaanottaja): [Seurapalvelu Oy]', ''],
  ['Choose 1–13:', '1'],
  ['choose data_privacy_framework', null],
  ['Choose 1–13:', '2'],
  ['Any other transfers outside the EU/EEA? (y/n) [n]', 'n'],
  ['How long are the data kept?', 'two years'],
  ['Cannot read `two years` as a period', null],
  ['How long are the data kept?', '2 vuotta'],
  ['From what event does it count (alkaen)', 'jäsenyyden päättyminen'],
  ['Are decisions made solely by automated means? (y/n) [n]', 'n'],
  ['E-mail address for data protection requests: [hallitus@kerho.fi]', ''],
  ['Next: seloste check notices/jasenrekisteri.yaml', null],
];

/** The same interview in Finnish, with the answers in Finnish words where a word will do. */
const FI_INTERVIEW: [string, string | null][] = [
  ['Rekisterin nimi, suomeksi:', 'Jäsenrekisteri'],
  ['Kirjoitettava tiedosto: [notices/jasenrekisteri.yaml]', ''],
  ['Rekisterinpitäjän virallinen nimi:', 'Kerho ry'],
  ['Y-tunnus, esim. 1234567-1:', '1234567-2'],
  ['Y-tunnuksen 1234567-2 tarkistusmerkki on väärä', null],
  ['Y-tunnus, esim. 1234567-1:', '1234567-1'],
  ['Katuosoite:', 'Seuratie 3'],
  ['Postinumero:', '100'],
  ['✖ Suomalainen postinumero on viisi numeroa', null],
  ['Postinumero:', '00100'],
  ['Postitoimipaikka:', 'Helsinki'],
  ['Rekisterinpitäjän sähköpostiosoite:', 'hallitus@kerho.fi'],
  ['Puhelinnumero, tyhjä jos ei ole:', ''],
  ['Onko rekisterinpitäjä nimittänyt tietosuojavastaavan? (k/e) [e]', 'e'],
  ['Mihin tietoja käytetään, suomeksi:', 'Jäsenyyden hoitaminen ja jäsenmaksujen laskutus'],
  ['2. contract (sopimus): tarpeen henkilön kanssa tehdyn sopimuksen täytäntöönpanemiseksi', null],
  ['Valitse 1–6:', 'sopimus'],
  ['Lisätäänkö toinen tarkoitus? (k/e) [e]', 'k'],
  ['Mihin tietoja käytetään, suomeksi:', 'Kirjanpito'],
  ['Valitse 1–6:', '3'],
  ['Mikä laki säätää velvoitteesta tai tehtävästä', 'Kirjanpitolaki (1336/1997)'],
  ['Lisätäänkö toinen tarkoitus? (k/e) [e]', ''],
  ['Saadaanko tiedot rekisteröidyiltä itseltään? (k/e) [k]', ''],
  ['Saadaanko tietoja myös muista lähteistä? (k/e) [e]', 'ei'],
  ['Mitä tietoja, esim. nimi ja sähköpostiosoite, suomeksi:', 'Nimi, sähköpostiosoite ja kotikunta'],
  ['Valitse 1–4:', '2'],
  ['Mitä seuraa, jos tietoja ei anneta, suomeksi:', 'Ilman yhteystietoja jäsenmaksua ei laskuteta.'],
  ['Lisätäänkö toinen henkilötietoryhmä? (k/e) [e]', 'e'],
  ['Luovutetaanko tietoja kenellekään, henkilötietojen käsittelijät mukaan lukien? (k/e) [k]', 'kyllä'],
  ['Vastaanottajan nimi, esim. Palkkapalvelu Oy:', 'Seurapalvelu Oy'],
  ['Valitse 1–4: [1]', ''],
  ['Maa, jossa vastaanottaja käsittelee tietoja: [FI]', 'us'],
  ['Lisätäänkö toinen vastaanottaja? (k/e) [e]', 'e'],
  ['Seurapalvelu Oy on maassa US, EU- ja ETA-alueen ulkopuolella: kyse on siirrosta.', null],
  ['Kuka vastaanottaa tiedot maassa US: [Seurapalvelu Oy]', ''],
  ['Valitse 1–13:', '1'],
  ['✖ Siirto Yhdysvaltoihin voi perustua riittävyyspäätökseen vain', null],
  ['Valitse 1–13:', 'tietosuojakehys'],
  ['Siirretäänkö tietoja muualle EU- ja ETA-alueen ulkopuolelle? (k/e) [e]', 'e'],
  ['Kuinka kauan tietoja säilytetään?', 'kaksi vuotta'],
  ['✖ `kaksi vuotta` ei ole luettavissa ajanjaksona', null],
  ['Kuinka kauan tietoja säilytetään?', '2 vuotta'],
  ['Mistä tapahtumasta aika lasketaan', 'jäsenyyden päättyminen'],
  ['Tehdäänkö päätöksiä yksinomaan automaattisesti? (k/e) [e]', 'e'],
  ['Sähköpostiosoite tietosuojaa koskeville pyynnöille: [hallitus@kerho.fi]', ''],
  ['Seuraavaksi: seloste check notices/jasenrekisteri.yaml', null],
];

/** An interview in Swedish for a register published in Swedish. */
const SV_INTERVIEW: [string, string | null][] = [
  ['Fria texter frågas på `sv`', null],
  ['Registrets namn, på svenska:', 'Medlemsregister'],
  ['Fil som skrivs: [notices/medlemsregister.yaml]', ''],
  ['Den personuppgiftsansvariges officiella namn:', 'Klubben rf'],
  ['FO-nummer (Y-tunnus), t.ex. 1234567-1:', '1234567-1'],
  ['Gatuadress:', 'Föreningsvägen 3'],
  ['Postnummer:', '00100'],
  ['Postanstalt:', 'Helsingfors'],
  ['Den personuppgiftsansvariges e-postadress:', 'inte en adress'],
  ['✖ Väntade en e-postadress', null],
  ['Den personuppgiftsansvariges e-postadress:', 'styrelsen@klubben.fi'],
  ['Telefonnummer, tomt om inget finns:', ''],
  ['Har den personuppgiftsansvarige utsett ett dataskyddsombud? (j/n) [n]', 'j'],
  ['Dataskyddsombudets e-postadress:', 'dataskydd@klubben.fi'],
  ['Vad används uppgifterna till, på svenska:', 'Skötsel av medlemskapet och fakturering av medlemsavgifterna'],
  ['2. contract (avtal): nödvändigt för att fullgöra ett avtal med personen', null],
  ['Välj 1–6:', 'avtal'],
  ['Lägga till ännu ett ändamål? (j/n) [n]', 'n'],
  ['Kommer uppgifterna från de registrerade själva? (j/n) [j]', 'ja'],
  ['Kommer en del uppgifter från andra källor? (j/n) [n]', 'nej'],
  ['Vilka uppgifter, t.ex. namn och e-postadress, på svenska:', 'Namn, e-postadress och hemkommun'],
  ['Välj 1–4:', 'villkor för avtal'],
  ['Vad följer om de inte lämnas, på svenska:', 'Utan kontaktuppgifter kan medlemskapet inte skötas.'],
  ['Lägga till ännu en kategori? (j/n) [n]', 'n'],
  ['Lämnas uppgifterna ut till någon, personuppgiftsbiträden inräknade? (j/n) [j]', 'n'],
  ['Överförs uppgifter till länder utanför EU och EES? (j/n) [n]', 'n'],
  ['Hur länge lagras uppgifterna?', '0 år'],
  ['✖ Lagringstiden kan inte vara noll', null],
  ['Hur länge lagras uppgifterna?', '2 år'],
  ['Från vilken händelse räknas tiden', 'medlemskapets slut'],
  ['Fattas beslut enbart automatiserat? (j/n) [n]', 'n'],
  ['E-postadress för begäranden som gäller dataskydd: [styrelsen@klubben.fi]', ''],
  ['Nästa steg: seloste check notices/medlemsregister.yaml', null],
];

/** The answers alone, one a line, as piped input gives them. */
function answers(script: [string, string | null][]): string {
  return script.flatMap(([, answer]) => (answer === null ? [] : [`${answer}\n`])).join('');
}

/** The texts of a script that the output does not show in their order (none when all are there). */
function inOrder(output: string, script: [string, string | null][]): string[] {
  let at = 0;
  const absent: string[] = [];
  for (const [text] of script) {
    const found = output.indexOf(text, at);
    if (found === -1) absent.push(text);
    else at = found + text.length;
  }
  return absent;
}

describe('seloste init asking questions', () => {
  it('asks, re-asks wrong answers, and writes a register that checks clean (piped input)', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi, en]\n' });
    try {
      // Each free text is asked in Finnish and English: the answers carry both.
      const twice = (fi: string, en: string): [string, string][] => [
        ['in Finnish', fi],
        ['in English', en],
      ];
      const script: [string, string][] = [
        ...twice('Jäsenrekisteri', 'Member register'),
        ['File to write:', 'members.yaml'],
        ['Legal name', 'Kerho ry'],
        ['Business ID', '1234567-1'],
        ['Street address', 'Seuratie 3'],
        ['Postal code', '00100'],
        ['City', 'Helsinki'],
        ['E-mail address of the controller', 'not an address'],
        ['E-mail address of the controller', 'hallitus@kerho.fi'],
        ['Phone number', '+358 40 123 4567'],
        ['data protection officer?', 'y'],
        ['E-mail address of the data protection officer:', 'dpo@kerho.fi'],
        ...twice('Valokuvien julkaiseminen seuran verkkosivuilla', "Publishing photos on the club's website"),
        ['Choose 1–6:', 'consent'],
        ...twice('Ilmoita peruutuksesta sähköpostilla osoitteeseen hallitus@kerho.fi.', 'Send your withdrawal by e-mail to hallitus@kerho.fi.'),
        ['direct marketing', 'n'],
        ['Add another purpose?', 'y'],
        ...twice('Kirjanpito', 'Bookkeeping'),
        ['Choose 1–6:', 'legal_obligation'],
        ...twice('Kirjanpitolaki (1336/1997)', 'Accounting Act (1336/1997)'),
        ['Add another purpose?', 'n'],
        ['people themselves', 'y'],
        ['other sources?', 'y'],
        ['Choose 1–4:', '2'],
        ['Name of the source', 'Urheiluliitto ry'],
        ['other sources?', 'n'],
        ...twice('Valokuvat', 'Photos'),
        ['Choose 1–4:', 'voluntary'],
        ['Add another data category?', 'n'],
        ['disclosed to anyone', 'n'],
        ['transferred outside the EU/EEA?', 'n'],
        ['How long are the data kept?', ''],
        ...twice('Kirjanpitolaki (1336/1997) 2 luku 10 §', 'Accounting Act (1336/1997), chapter 2, section 10'),
        ['automated means?', 'n'],
        ['data protection requests:', ''],
      ];
      const r = await init({}, dir, `${script.map(([, a]) => a).join('\n')}\n`, true);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      let at = 0;
      for (const [prompt] of script) {
        const found = r.stdout.indexOf(prompt, at);
        expect(found, `"${prompt}" after offset ${at} in:\n${r.stdout.slice(at)}`).toBeGreaterThanOrEqual(0);
        at = found + prompt.length;
      }
      expect(r.stdout).toContain('✖ Expected an e-mail address');
      const register = parse(readFileSync(join(dir, 'members.yaml'), 'utf8')) as Register;
      expect(register).toMatchObject({
        id: 'jasenrekisteri',
        name: { fi: 'Jäsenrekisteri', en: 'Member register' },
        dpo: { email: 'dpo@kerho.fi' },
        purposes: [
          { legal_basis: 'consent', direct_marketing: false, consent: { how_to_withdraw: { en: 'Send your withdrawal by e-mail to hallitus@kerho.fi.' } } },
          { legal_basis: 'legal_obligation', law: { fi: 'Kirjanpitolaki (1336/1997)' } },
        ],
        sources: [{ type: 'data_subject' }, { type: 'organisation', name: 'Urheiluliitto ry' }],
        data_categories: [{ id: 'valokuvat', provision: 'voluntary' }],
        recipients: 'none',
        transfers: 'none',
        retention: [{ law: { fi: 'Kirjanpitolaki (1336/1997) 2 luku 10 §' } }],
      });
      expect(await diagnosticsOf(dir, 'members.yaml')).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('asks the same questions with piped input as on a terminal', async () => {
    const { dir, cleanup } = tempProject(FINNISH);
    try {
      const r = await init({}, dir, answers(INTERVIEW), true);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      let at = 0;
      for (const [prompt] of INTERVIEW) {
        const found = r.stdout.indexOf(prompt, at);
        expect(found, `"${prompt}" after offset ${at} in:\n${r.stdout.slice(at)}`).toBeGreaterThanOrEqual(0);
        at = found + prompt.length;
      }
      expect(await diagnosticsOf(dir, 'notices/jasenrekisteri.yaml')).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('asks in Finnish where Seloste speaks Finnish', async () => {
    const { dir, cleanup } = tempProject(FINNISH);
    try {
      const r = await init({}, dir, answers(FI_INTERVIEW), true, { LANG: 'fi_FI.UTF-8' });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(inOrder(r.stdout, FI_INTERVIEW)).toEqual([]);
      expect(r.stdout).toContain('\nRekisterinpitäjä\n  Organisaatio, joka päättää, miksi ja miten tietoja käsitellään.\n');
      const register = parse(readFileSync(join(dir, 'notices', 'jasenrekisteri.yaml'), 'utf8')) as Register;
      expect(register).toMatchObject({
        purposes: [{ legal_basis: 'contract' }, { legal_basis: 'legal_obligation' }],
        transfers: [{ country: 'US', mechanism: 'data_privacy_framework' }],
        retention: [{ period: 'P2Y', trigger: { fi: 'jäsenyyden päättyminen' } }],
      });
      expect(await diagnosticsOf(dir, 'notices/jasenrekisteri.yaml')).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('asks in Swedish where Seloste speaks Swedish, and takes answers in Swedish words', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [sv]\n' });
    try {
      const r = await init({}, dir, answers(SV_INTERVIEW), true, { LANG: 'sv_FI.UTF-8' });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(inOrder(r.stdout, SV_INTERVIEW)).toEqual([]);
      const register = parse(readFileSync(join(dir, 'notices', 'medlemsregister.yaml'), 'utf8')) as Register;
      expect(register).toMatchObject({
        name: { sv: 'Medlemsregister' },
        dpo: { email: 'dataskydd@klubben.fi' },
        purposes: [{ legal_basis: 'contract' }],
        data_categories: [{ provision: 'contract_precondition' }],
        recipients: 'none',
        retention: [{ period: 'P2Y', trigger: { sv: 'medlemskapets slut' } }],
      });
      expect(await diagnosticsOf(dir, 'notices/medlemsregister.yaml')).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('speaks the `message_language` of the configuration over the locale', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\nmessage_language: sv\n' });
    try {
      const r = await init({}, dir, 'Rekisteri\n', true, { LANG: 'fi_FI.UTF-8' });
      expect(r.stdout).toMatch(/^Seloste: ett nytt register\. Fria texter frågas på `fi` \(inställningar: seloste\.config\.yaml\)\./);
      expect(r.stderr).toBe('\nseloste: indata tog slut innan alla frågor hade besvarats; ingenting skrevs\n');
      const english = await init({}, dir, 'Rekisteri\n', true);
      expect(english.stdout).toMatch(/^Seloste: ett nytt register/);
    } finally {
      cleanup();
    }
  });

  it('refuses flags in the language of the interface', async () => {
    const { dir, cleanup } = tempProject(FINNISH);
    try {
      const r = await init({ ...FLAGS, businessId: '1234567-2', basis: ['contract', 'consent', 'duty'] }, dir, undefined, false, { LANG: 'fi_FI.UTF-8' });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('seloste: --business-id: Y-tunnuksen 1234567-2 tarkistusmerkki on väärä');
      expect(r.stderr).toContain('seloste: --basis: Valitse numero 1–6 tai jokin näistä: consent, contract');
      const missing = await init({ controller: 'Kerho ry' }, dir, undefined, false, { LANG: 'sv_FI.UTF-8' });
      expect(missing.stderr).toContain('seloste: init behöver --name, --email, --purpose, --basis när det inte frågar');
    } finally {
      cleanup();
    }
  });

  it('writes nothing when the input ends early', async () => {
    const { dir, cleanup } = tempProject(FINNISH);
    try {
      const r = await init({}, dir, 'Rekisteri\n\nKerho ry\n', true);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('the input ended before every question was answered; nothing was written');
      expect(readdirSync(dir)).toEqual(['seloste.config.yaml']);
    } finally {
      cleanup();
    }
  });

  it('on a terminal, with flags given, takes the flags instead of asking', async () => {
    const { dir, cleanup } = tempProject(FINNISH);
    try {
      const r = await init({ controller: 'Kerho ry' }, dir, '', true);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('init needs --name');
    } finally {
      cleanup();
    }
  });
});

/** Python's pty module runs the command in a pseudo-terminal of 120 columns, copying both ways. */
const PTY = `
import fcntl, os, pty, select, struct, sys, termios
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 120, 0, 0))
    os.execvp(sys.argv[1], sys.argv[1:])
stdin_open = True
while True:
    ready, _, _ = select.select([fd] + ([0] if stdin_open else []), [], [])
    if fd in ready:
        try:
            data = os.read(fd, 4096)
        except OSError:
            data = b''
        if not data:
            break
        os.write(1, data)
    if 0 in ready:
        data = os.read(0, 4096)
        if data:
            os.write(fd, data)
        else:
            stdin_open = False
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
`;

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[()][0-9A-Za-z]|\u001b[=>]/g;
const hasPython = spawnSync('python3', ['-c', 'import pty, termios'], { stdio: 'ignore' }).status === 0;
const BIN = join(ROOT, 'bin', 'seloste.js');

/**
 * Run `seloste init` in a pseudo-terminal in a new project, answering each prompt of `script` as it
 * appears; `check` looks at the project the interview left before it is removed.
 */
async function interviewInPty(script: [string, string | null][], project: Record<string, string>, env: Record<string, string>, check: (dir: string) => Promise<void>): Promise<void> {
  expect(hasPython, 'python3 with the pty module runs the pseudo-terminal').toBe(true);
  expect(existsSync(join(ROOT, 'lib', 'init', 'command.js')), 'lib/init/command.js is missing: run `npm run compile` first').toBe(true);
  const { dir, cleanup } = tempProject(project);
  const child = spawn('python3', ['-c', PTY, process.execPath, BIN, 'init'], { cwd: dir, env: { ...process.env, TERM: 'xterm', NO_COLOR: '1', ...env } });
  let raw = '';
  let exit: number | null | undefined;
  child.stdout.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done((exit = code))));
  const screen = (): string => raw.replace(ANSI, '').replace(/\r/g, '');
  const transcript = (): string => `\n----- transcript -----\n${screen()}\n----- end -----`;
  let cursor = 0;
  const waitFor = async (text: string, ms = 10_000): Promise<void> => {
    const until = Date.now() + ms;
    for (;;) {
      const found = screen().indexOf(text, cursor);
      if (found !== -1) {
        cursor = found + text.length;
        return;
      }
      if (exit !== undefined) throw new Error(`init exited (${exit}) before showing "${text}"${transcript()}`);
      if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for "${text}"${transcript()}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  try {
    for (const [i, [prompt, answer]] of script.entries()) {
      // The first prompt waits for Node to start, which is slow on a busy machine.
      await waitFor(prompt, i === 0 ? 30_000 : 10_000);
      if (answer !== null) child.stdin.write(`${answer}\r`);
    }
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000))]);
    expect(code, `init did not exit 0${transcript()}`).toBe(0);
    await check(dir);
  } finally {
    if (exit === undefined) child.kill('SIGKILL');
    cleanup();
  }
}

describe('seloste init in a pseudo-terminal', () => {
  it('answers each prompt as it appears and writes a register that checks clean', async () => {
    await interviewInPty(INTERVIEW, FINNISH, {}, async (dir) => {
      const register = parse(readFileSync(join(dir, 'notices', 'jasenrekisteri.yaml'), 'utf8')) as Register;
      expect(register).toMatchObject({
        id: 'jasenrekisteri',
        controller: { name: 'Kerho ry', business_id: '1234567-1', address: { postal_code: '00100' } },
        purposes: [{ legal_basis: 'contract' }, { legal_basis: 'legal_obligation' }],
        recipients: [{ name: 'Seurapalvelu Oy', role: 'processor', country: 'US' }],
        transfers: [{ country: 'US', recipient: 'Seurapalvelu Oy', mechanism: 'data_privacy_framework' }],
        retention: [{ period: 'P2Y', trigger: { fi: 'jäsenyyden päättyminen' } }],
      });
      expect(await diagnosticsOf(dir, 'notices/jasenrekisteri.yaml')).toEqual([]);
    });
  });

  it('asks in Swedish with a Swedish locale', async () => {
    await interviewInPty(SV_INTERVIEW, { 'seloste.config.yaml': 'languages: [sv]\n' }, { LANG: 'sv_FI.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, async (dir) => {
      const register = parse(readFileSync(join(dir, 'notices', 'medlemsregister.yaml'), 'utf8')) as Register;
      expect(register).toMatchObject({ name: { sv: 'Medlemsregister' }, dpo: { email: 'dataskydd@klubben.fi' }, retention: [{ period: 'P2Y' }] });
      expect(await diagnosticsOf(dir, 'notices/medlemsregister.yaml')).toEqual([]);
    });
  });
});

describe('answers', () => {
  it('reads retention periods in words or ISO 8601', () => {
    expect(parseRetention('3 years')).toBe('P3Y');
    expect(parseRetention('26 months')).toBe('P26M');
    expect(parseRetention('p3y')).toBe('P3Y');
    expect(parseRetention('1 year and 6 months')).toBe('P1Y6M');
    expect(parseRetention('2 vuotta')).toBe('P2Y');
    expect(parseRetention('6 kk')).toBe('P6M');
    expect(parseRetention('30 päivää')).toBe('P30D');
    expect(parseRetention('2 weeks')).toBe('P2W');
    expect(() => parseRetention('as long as needed')).toThrow(/Cannot read/);
    expect(() => parseRetention('3 years 2 years')).toThrow(/Cannot read/);
    expect(() => parseRetention('0 days')).toThrow(/zero/);
  });

  it('checks business IDs and e-mail addresses', () => {
    expect(parseBusinessId(' 1234567-1 ')).toBe('1234567-1');
    expect(() => parseBusinessId('1234567-2')).toThrow(/check digit/);
    expect(() => parseBusinessId('1234567')).toThrow(/seven digits/);
    expect(parseEmail('a.b@kerho.fi')).toBe('a.b@kerho.fi');
    expect(() => parseEmail('a@b')).toThrow(/e-mail address/);
    expect(() => parseEmail('info@example.org')).toThrow(/example address/);
  });

  it('makes ids and texts', () => {
    expect(slugify('Jäsenrekisteri – Åland & Öljy')).toBe('jasenrekisteri-aland-oljy');
    expect(parseTextFlag('Asiakasrekisteri', ['fi', 'en'])).toEqual({ fi: 'Asiakasrekisteri' });
    expect(parseTextFlag('fi=Rekisteri|en=Register | list', ['fi'])).toEqual({ fi: 'Rekisteri', en: 'Register | list' });
  });

});

describe('seloste init -o', () => {
  it('a path ending in a slash is a folder: made when missing, with <id>.yaml inside', async () => {
    const { dir, cleanup } = tempProject(FINNISH);
    try {
      const r = await init({ ...FLAGS, out: 'new/deeper/' }, dir);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(readdirSync(join(dir, 'new', 'deeper'))).toEqual(['verkkokaupan-asiakasrekisteri.yaml']);
      expect(r.stdout).toContain('Next: seloste check new/deeper/verkkokaupan-asiakasrekisteri.yaml');
      const existing = await init({ ...FLAGS, out: 'new/deeper/' }, dir);
      expect(existing).toMatchObject({ code: 2, stderr: 'seloste: new/deeper/verkkokaupan-asiakasrekisteri.yaml already exists; run again with --force to replace it\n' });
    } finally {
      cleanup();
    }
  });

  it('a name that would be an id of the site\'s own pages gets an id of its own', async () => {
    const { dir, cleanup } = tempProject(FINNISH);
    try {
      const r = await init({ ...FLAGS, name: 'Index', out: 'notices/' }, dir);
      expect(r.code, r.stderr).toBe(0);
      expect(readdirSync(join(dir, 'notices'))).toEqual(['index-register.yaml']);
      expect(parse(readFileSync(join(dir, 'notices', 'index-register.yaml'), 'utf8'))).toMatchObject({ id: 'index-register' });
    } finally {
      cleanup();
    }
  });
});
