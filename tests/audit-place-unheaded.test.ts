/**
 * Where a short notice with no headings of its parts is told what it leaves out: the rights at the sentence
 * that points to them elsewhere, the controller at the sentence that invites questions, whether data must be
 * given at the sentence that leads into the data collected.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditBytes } from '../src/audit/audit.js';

const work = mkdtempSync(join(tmpdir(), 'seloste-place-unheaded-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function linesOf(lines: readonly string[], ruleId: string): Promise<number[]> {
  const result = await auditBytes(new TextEncoder().encode(`${lines.join('\n')}\n`), 'notice.txt', { cwd: work });
  if ('problem' in result) throw new Error(result.problem);
  return [...new Set(result.diagnostics.filter((d) => d.ruleId === ruleId).map((d) => d.line))];
}

/** A camera notice: the rights only pointed to at line 5, questions invited at line 4. */
const CAMERAS: Record<'fi' | 'sv' | 'en', string[]> = {
  fi: [
    'Kameravalvonta',
    'Taloyhtiö valvoo porraskäytäviä kameroilla rikosten ehkäisemiseksi ja selvittämiseksi, ja tallenteita säilytetään neljätoista päivää palvelimella.',
    'Tallenteita katsovat vain hallituksen jäsenet, ja tallenne luovutetaan poliisille rikosilmoituksen jälkeen.',
    'Kysymyksissä ota yhteyttä hallitukseen sähköpostilla hallitus@esimerkki.fi.',
    'Oikeuksistasi kerrotaan tietosuojavaltuutetun sivuilla osoitteessa tietosuoja.fi.',
  ],
  sv: [
    'Kameror',
    'Föreningen bevakar trapphusen med kameror för att förhindra och utreda brott, och inspelningarna sparas i fjorton dagar på en server.',
    'Endast styrelsens ledamöter ser inspelningarna, och de lämnas till polisen efter en polisanmälan.',
    'Vid frågor kontakta styrelsen på styrelsen@exempel.se.',
    'Vilka rättigheter du har finns sammanställt hos Integritetsskyddsmyndigheten på imy.se.',
  ],
  en: [
    'Cameras',
    'The housing company watches its stairways with cameras to prevent and investigate crime, and the recordings are kept for fourteen days on a server.',
    'Only the members of the board see the recordings, and they are given to the police after a report of a crime.',
    'If you have any questions, write to the board at board@example.com.',
    'Your rights are set out on the pages of the Data Protection Ombudsman at tietosuoja.fi.',
  ],
};

describe('a notice with no headings of its parts', () => {
  it.each(Object.entries(CAMERAS))('is told of the rights it leaves out where it points to them (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'right-missing')).toEqual([5]);
  });

  it.each(Object.entries(CAMERAS))('is told of the controller it leaves out where it invites questions (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'controller-contact')).toEqual([4]);
  });

  it('is told of rights at the notice’s start where it names none, nor a copyright', async () => {
    const lines = [...CAMERAS.en.slice(0, 4), 'All rights reserved.'];
    expect(await linesOf(lines, 'right-missing')).toEqual([1]);
  });

  it.each([
    ['fi', 'Hyvän tiedonkulun, viihtyvyyden ja turvallisuuden vuoksi festivaali kerää festivaaliin osallistuvista henkilöistä seuraavat tiedot.'],
    ['sv', 'För god kommunikation, trivsel och säkerhet samlar festivalen in följande information om de personer som deltar i festivalen.'],
    ['en', 'For good communication, comfort and safety the festival collects the following information about the people who take part in it.'],
  ])('is told whether data must be given where it leads into the data collected, in a page copied out one paragraph a line (%s)', async (_lang, lead) => {
    const lines = ['Festival', lead, '• First and last name', '• E-mail address', 'The data are deleted when the festival is over.'];
    expect(await linesOf(lines, 'provision-requirement')).toEqual([2]);
  });
});

describe('a notice of camera surveillance alone', () => {
  it.each(Object.entries(CAMERAS))('is not asked whether the recordings must be given, nor of transfers where it keeps them at home (%s)', async (lang, lines) => {
    expect(await linesOf(lines, 'provision-requirement')).toEqual([]);
    const home = { fi: 'Tallenteet säilytetään palvelimella Suomessa.', sv: 'Inspelningarna lagras på servrar i Sverige.', en: 'The recordings are stored on a server in Finland.' }[lang as 'fi' | 'sv' | 'en'];
    expect(await linesOf([...lines, home], 'transfer-consistency')).toEqual([]);
  });

  it('is asked whether data must be given where it also has a form, or is a club of cameras that keeps members', async () => {
    const lines = [...CAMERAS.en, 'Visitors may also book a sauna turn through the contact form on our site, giving their name and flat.'];
    expect(await linesOf(lines, 'provision-requirement')).toHaveLength(1);
    const club = ['Camera Club', 'The club keeps a register of its members, their names, addresses and e-mail addresses, given when they join, for sending the club magazine and collecting fees.', 'Only the board sees the register.'];
    expect(await linesOf(club, 'provision-requirement')).toHaveLength(1);
  });

  it('is asked of transfers where it denies keeping the recordings at home', async () => {
    expect(await linesOf([...CAMERAS.en, 'The recordings are not stored in Finland.'], 'transfer-consistency')).toHaveLength(1);
  });
});

describe('a camera notice that speaks of its recordings as the material or the images', () => {
  const LINES: Record<'fi' | 'sv' | 'en', string[]> = {
    fi: ['Kameravalvonta', 'Valvonnan tarkoitus on ehkäistä ja selvittää rikoksia tiloissamme, ja kamerat kuvaavat vastaanottoa, käytäviä ja kulkuportteja.', 'Kuvamateriaali säilytetään kaksi kuukautta, ja sen jälkeen se poistetaan automaattisesti.', 'Kävijällä on oikeus saada itseään koskeva kuvamateriaali.'],
    sv: ['Dataskydd - Kameraövervakning', 'Syftet med bevakningen är att förebygga eller utreda brott, och kamerorna övervakar receptioner och entréspärrar.', 'Materialet lagras på säker plats i två månader och raderas därefter automatiskt.', 'Den som besöker anläggningen har rätt att begära ut bevakningsbilder på sig själv.'],
    en: ['Camera surveillance', 'The purpose of the surveillance is to prevent or investigate crime, and the cameras watch the receptions and the entry gates.', 'The footage is kept for two months and then deleted automatically.', 'A visitor has the right to ask for the images of themselves.'],
  };
  it.each(Object.entries(LINES))('is not asked whether they must be given, nor told its period is not theirs (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'provision-requirement')).toEqual([]);
    expect(await linesOf(lines, 'retention')).toEqual([]);
  });
});

describe('rights a notice with no headings leaves out', () => {
  const NOTICE = [
    'Privacy notice',
    'The Example Club maintains a register of its members, and the register is used to collect membership fees and to send news of the club.',
    'The data are removed from the register when membership ends, and data are deleted immediately upon the member’s request.',
    'Members have the right to request access to their personal data and to request correction or deletion of the data, by e-mail to info@club.example.',
  ];
  it('stand at the sentence that states the most rights, not at one that names a right in passing before it', async () => {
    expect(await linesOf(NOTICE, 'right-missing')).toEqual([4]);
  });
});

describe('rights an old register form leaves out', () => {
  /** The retention sentence names the request first (line 8); the part on deleting (lines 9-10) speaks of it twice. */
  const FORMS: Record<'fi' | 'sv' | 'en', string[]> = {
    fi: ['1. Rekisterinpitäjä', 'Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi', '2. Rekisterin nimi', 'Palauterekisteri', '3. Henkilötietojen käsittelyn tarkoitus', 'Palautteisiin vastaaminen.', '4. Säilytysaika', 'Tietoja säilytetään, kunnes rekisteröity pyytää niiden poistamista.', '5. Tietojen poistaminen', 'Kaikki tiedot poistetaan, kun rekisteröity sitä pyytää. Jokaisessa viestissä kerrotaan, miten poistamista voi pyytää.'],
    sv: ['1. Personuppgiftsansvarig', 'Exempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi', '2. Registrets namn', 'Responsregister', '3. Ändamålet med behandlingen', 'Att svara på respons.', '4. Lagringstid', 'Uppgifterna sparas tills den registrerade begär att de raderas.', '5. Radering av uppgifter', 'Alla uppgifter raderas när den registrerade begär det. Varje meddelande berättar hur man begär radering.'],
    en: ['1. Registry administrator', 'Example Oy, Street 1, 00100 Helsinki, info@example.fi', '2. Name of the registry', 'Feedback register', '3. The reason for processing personal data', 'To reply to feedback.', '4. The retention time', 'The data will be stored in the registry until the registered requests deleting them.', '5. Deleting data', 'All data will be deleted when the registered requests it. All messages include instructions how to request deleting.'],
  };
  it.each(Object.entries(FORMS))('stand in the part that speaks of them most, not at the first sentence that names one (%s)', async (_lang, lines) => {
    const found = await linesOf(lines, 'right-missing');
    expect(found).toHaveLength(1);
    expect(found[0]).toBeGreaterThanOrEqual(9);
  });
});

describe('a short answer under a heading on transfers', () => {
  const FORMS: Record<'fi' | 'sv' | 'en', string[]> = {
    fi: ['1. Rekisterinpitäjä', 'Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi', '2. Rekisterin tietosisältö', 'Tiedot tallennetaan CRM-järjestelmään.', '3. Tietojen siirto EU:n tai ETA:n ulkopuolelle', 'Ei luovuteta.'],
    sv: ['1. Personuppgiftsansvarig', 'Exempel Ab, Gatan 1, 00100 Helsingfors, info@exempel.fi', '2. Registrets innehåll', 'Uppgifterna sparas i ett CRM-system.', '3. Överföring av uppgifter utanför EU eller EES', 'Lämnas inte ut.'],
    en: ['1. Controller', 'Example Oy, Street 1, 00100 Helsinki, info@example.fi', '2. Content of the register', 'The data are kept in a CRM system.', '3. Transfer of data outside the EU or the EEA', 'Not disclosed.'],
  };
  it.each(Object.entries(FORMS))('answers the heading, and denies no disclosure beside the systems named (%s)', async (_lang, lines) => {
    expect(await linesOf(lines, 'contradiction')).toEqual([]);
  });
});

describe('rights a notice states in two parts', () => {
  const LINES = [
    '1. Rekisterinpitäjä', 'Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi', '2. Käsittelyn tarkoitus', 'Palautteisiin vastaaminen.',
    '3. Säilytysaika', 'Tietoja säilytetään, kunnes rekisteröity pyytää niiden poistamista.', 'Poistopyynnön voi lähettää sähköpostilla, ja poistamme tiedot viikon kuluessa pyynnöstä.',
    'Jos pyydät tietojesi poistamista, poistamme myös varmuuskopiot.', '4. Yhteydenotot', 'Voit pyytää pääsyä tietoihisi ja niiden korjaamista ottamalla yhteyttä info@esimerkki.fi.',
  ];
  it('leave the missing ones at the part that states more rights, not at one that names one right often', async () => {
    expect(await linesOf(LINES, 'right-missing')).toEqual([10]);
  });
});
