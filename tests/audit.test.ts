/**
 * `seloste audit` on notices as published (written for these tests, in Finnish, Swedish and
 * English): each finding at the line of the original where it is or where it belongs, the rights the
 * notice's own text leaves out or limits, the conditions it puts on them, and nothing written.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findPassage, type Passage } from '../src/audit/passages.js';
import { rightsStated } from '../src/audit/rights-stated.js';
import { cli, FIXTURES } from './helpers.js';

const DIR = join(FIXTURES, 'audit');
const work = mkdtempSync(join(tmpdir(), 'seloste-audit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Found {
  line: number;
  ruleId: string;
  message: string;
  severity: string;
}

async function audit(file: string, ...flags: string[]): Promise<Found[]> {
  const { code, stdout, stderr } = await cli(['audit', join(DIR, file), '--format', 'json', ...flags], work, { LANG: 'C' });
  expect(stderr).toBe('');
  expect(code).toBe(1);
  return JSON.parse(stdout) as Found[];
}

const at = (found: Found[], ruleId: string): number[] => found.filter((f) => f.ruleId === ruleId).map((f) => f.line);

describe('a Finnish notice in Markdown', async () => {
  const found = await audit('fi-kuntosali.md');

  it('reports the rights its consent and contract give that it does not state, at its rights section', () => {
    const missing = found.filter((f) => f.ruleId === 'right-missing');
    expect(missing.map((f) => f.line)).toEqual([32, 32, 32, 32]);
    expect(missing.map((f) => f.message).join('\n')).toMatch(/data portability \(Art\. 20\)[\s\S]*complaint[\s\S]*object to direct marketing[\s\S]*withdraw consent/u);
  });

  it('reports the conditions it puts on the rights at their lines', () => {
    expect(at(found, 'access-charge')).toEqual([34]);
    expect(at(found, 'right-condition')).toEqual([38]);
    expect(at(found, 'response-time')).toEqual([40]);
    expect(found.find((f) => f.ruleId === 'response-time')!.message).toContain('`kolmen kuukauden`');
  });

  it('reports what `check` finds on the register it describes at the line the fact stands on', () => {
    // The newsletter is direct marketing: the notice is asked for the objection to it (above), not the
    // draft for its `direct_marketing` flag. That it rests on consent with no word on withdrawing it is
    // one finding, the missing right to withdraw (above), not a second one of `consent-withdrawal`.
    expect(at(found, 'right-to-object')).toEqual([]);
    expect(at(found, 'consent-withdrawal')).toEqual([]);
  });

  it('does not report what the notice states', () => {
    expect(at(found, 'controller-contact')).toEqual([]);
    expect(at(found, 'retention')).toEqual([]);
    expect(at(found, 'notice-date')).toEqual([]);
    expect(found.filter((f) => f.ruleId === 'right-missing' && /access|rectification|erasure|restriction/u.test(f.message))).toEqual([]);
  });
});

describe('a Swedish notice saved as a web page', async () => {
  const found = await audit('sv-forening.html');

  it('reports a right said not to apply where the notice’s bases give it, at that sentence', () => {
    expect(at(found, 'right-limited')).toEqual([20]);
    expect(found.find((f) => f.ruleId === 'right-limited')!.message).toContain('data portability');
  });

  it('reports the supervisory authority under its old name', () => {
    expect(at(found, 'complaint-authority')).toEqual([22]);
    expect(found.find((f) => f.ruleId === 'complaint-authority')!.message).toContain('Integritetsskyddsmyndigheten');
  });

  it('takes withdrawal and the complaint as stated', () => {
    expect(found.filter((f) => f.ruleId === 'right-missing')).toEqual([]);
  });
});

describe('an English notice in plain text that states every right', async () => {
  const found = await audit('en-bookshop.txt');

  it('reports no right as missing, limited or conditioned', () => {
    expect(found.filter((f) => /^right-|complaint-authority|response-time/u.test(f.ruleId))).toEqual([]);
  });
});

describe('the command', () => {
  it('writes its messages in the interface language', async () => {
    const { stdout } = await cli(['audit', join(DIR, 'fi-kuntosali.md'), '--format', 'compact'], work, { LANG: 'fi_FI.UTF-8' });
    expect(stdout).toContain('Selosteessa ei mainita oikeutta tehdä valitus valvontaviranomaiselle (77 artikla)');
    expect(stdout).toMatch(/fi-kuntosali\.md:40:1: error Pyyntöön luvataan vastata `kolmen kuukauden` kuluessa/u);
  });

  it('ends with a summary a person reads: what is missing, what to fix, what is fine', async () => {
    const { stdout } = await cli(['audit', join(DIR, 'fi-kuntosali.md')], work, { LANG: 'sv_FI.UTF-8' });
    expect(stdout).toMatch(/Saknas: [^\n]*\n {4}rättigheter som inte nämns: dataportabilitet, återkallelse av samtycke, klagomål till en tillsynsmyndighet, invändning mot direktmarknadsföring\n {2}Att rätta: [^\n]*den registrerades rättigheter/u);
    expect(stdout).toMatch(/I sin ordning: personuppgiftsansvarig, [^\n]*lagringstid/u);
    // The notice names the complaint nowhere: the authority it goes to is missing with it, not fine.
    expect(stdout).toMatch(/Saknas: [^\n]*tillsynsmyndighet\n/u);
    // A part the notice does not have and nothing asks for is said so, not called fine.
    expect(stdout).toMatch(/Finns inte i beskrivningen, och inget som hittades kräver det: [^\n]*dataskyddsombud/u);
  });

  it('prints a fix plan: the register draft with every finding as a TODO, which `check` reports', async () => {
    const { code, stdout } = await cli(['audit', join(DIR, 'fi-kuntosali.md'), '--fix-plan'], work, { LANG: 'C' });
    expect(code).toBe(0);
    const draft = parse(stdout) as { controller: { name: string }; purposes: unknown[] };
    expect(draft.controller.name).toBe('Kuntosali Voima Oy');
    expect(draft.purposes).toHaveLength(2);
    expect(stdout).toMatch(/^# TODO: The notice does not state the right to data portability .* \[right-missing\] \(line 32 of the notice\)$/mu);
    writeFileSync(join(work, 'plan.yaml'), stdout);
    const checked = await cli(['check', join(work, 'plan.yaml'), '--format', 'json'], work, { LANG: 'C' });
    expect((JSON.parse(checked.stdout) as Found[]).filter((f) => f.ruleId === 'todo-left').length).toBeGreaterThan(3);
    rmSync(join(work, 'plan.yaml'));
  });

  it('gives the same bytes for the same notice', async () => {
    const [a, b] = [await cli(['audit', join(DIR, 'sv-forening.html'), '--format', 'sarif'], work), await cli(['audit', join(DIR, 'sv-forening.html'), '--format', 'sarif'], work)];
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('right-limited');
  });

  it('refuses a file that is no notice in one line, exit 2, and writes nothing', async () => {
    writeFileSync(join(work, 'empty.md'), '');
    const before = readdirSync(work).sort();
    const { code, stdout, stderr } = await cli(['audit', join(work, 'empty.md')], work, { LANG: 'C' });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^seloste: .*empty\.md: the file is empty\n$/u);
    expect(readdirSync(work).sort()).toEqual(before);
    rmSync(join(work, 'empty.md'));
  });

  it('reports proof of identity always required and a complaint with no authority named as warnings', async () => {
    const notice = '# Privacy notice\n\nUpdated 1 October 2025\n\n## Your rights\n\nYou have the right to access, rectify and erase your data and to restrict its processing. To make a request, you must show photo ID. You may complain to the supervisory authority.\n';
    writeFileSync(join(work, 'warn.md'), notice);
    const found = JSON.parse((await cli(['audit', join(work, 'warn.md'), '--format', 'json'], work, { LANG: 'C' })).stdout) as Found[];
    expect(found.filter((f) => f.ruleId === 'right-condition').map((f) => f.severity)).toEqual(['warning']);
    expect(found.filter((f) => f.ruleId === 'complaint-authority').map((f) => f.severity)).toEqual(['warning']);
    rmSync(join(work, 'warn.md'));
  });
});

describe('a notice printed to PDF', () => {
  it('says where each finding is as the page and the line on it', async () => {
    const { readFileSync } = await import('node:fs');
    const { printPdfs } = await import('./format-fixtures.js');
    const [pdf] = await printPdfs([readFileSync(join(DIR, 'sv-forening.html'), 'utf8')]);
    writeFileSync(join(work, 'forening.pdf'), pdf!);
    const { stdout } = await cli(['audit', join(work, 'forening.pdf'), '--format', 'json'], work, { LANG: 'C' });
    const found = JSON.parse(stdout) as Found[];
    const limited = found.find((f) => f.ruleId === 'right-limited');
    expect(limited?.message).toMatch(/\(page 1, line \d+\)$/u);
    expect(found.find((f) => f.ruleId === 'complaint-authority')?.message).toMatch(/Datainspektionen.*\(page 1, line \d+\)$/u);
    rmSync(join(work, 'forening.pdf'));
  }, 60_000);
});

describe('a notice of a public body', () => {
  const notice = (controller: string): string =>
    `# Tietosuojaseloste\n\nPäivitetty 1.2.2025\n\n## Rekisterinpitäjä\n\n${controller}\nKaupungintalo, Aleksanterinkatu 1, 00100 Helsinki\nkirjaamo@esimerkki.fi\n\n## Rekisteröidyn oikeudet\n\nSinulla on oikeus saada pääsy tietoihisi, oikaista ne ja rajoittaa niiden käsittelyä. Voit tehdä valituksen tietosuojavaltuutetulle.\n`;
  const dpoFindings = async (controller: string): Promise<Found[]> => {
    writeFileSync(join(work, 'kunta.md'), notice(controller));
    const found = JSON.parse((await cli(['audit', join(work, 'kunta.md'), '--format', 'json'], work, { LANG: 'C' })).stdout) as Found[];
    rmSync(join(work, 'kunta.md'));
    return found.filter((f) => f.ruleId === 'dpo-contact');
  };

  it('asks for the data protection officer a municipality, a city or a parish union must have', async () => {
    for (const name of ['Esimerkin kaupunki', 'Esimerkin seurakuntayhtymä', 'Esimerkkilän kunta']) {
      expect((await dpoFindings(name)).map((f) => f.line), name).toEqual([7]);
    }
  });

  it('does not ask a company for one', async () => {
    expect(await dpoFindings('Kaupunkipyörät Oy')).toEqual([]);
  });

  it('asks for one where the city is named only in the text, again and again', async () => {
    const text = ['# Palvelun käyttöehdot', '', 'Palvelua ylläpitää Esimerkin kaupunki.', '', '## Tietosuoja', '', 'Esimerkin kaupunki käsittelee kommentteja kuulemisten valmisteluun. Esimerkin kaupunki säilyttää ne vuoden.', ''];
    const found = await auditText('kaupunki.md', text);
    expect(found.filter((f) => f.ruleId === 'dpo-contact')).toHaveLength(1);
  });
});

describe('a notice without a section on what it leaves out', () => {
  it('reports it at the first sentence that speaks of it', async () => {
    const notice = [
      '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.fi', '',
      '## Tietojen käyttö', '', 'Käytämme tietoja tilausten toimittamiseen.', '', 'Tiedot säilytetään palvelimella Euroopan unionin alueella.', '',
    ].join('\n');
    writeFileSync(join(work, 'ilman.md'), notice);
    const found = JSON.parse((await cli(['audit', join(work, 'ilman.md'), '--format', 'json'], work, { LANG: 'C' })).stdout) as Found[];
    rmSync(join(work, 'ilman.md'));
    expect(at(found, 'retention')).toEqual([13]);
    expect(at(found, 'legal-basis')).toEqual([11]);
  });
});

describe('a notice in running text, without sections on its controller or officer', () => {
  it('puts a controller reachable only by e-mail at the sentence that gives the address, unnamed, and asks for the officer it speaks of', async () => {
    const found = await auditText('seura.md', [
      '# Jäsenrekisterin tietosuojaseloste 1.2.2025', '', 'Esimerkkiseura ry ylläpitää jäsenrekisteriä, johon tallennetaan jäsenen nimi ja sähköpostiosoite.', '',
      'Tietoja käytetään jäsenyyden hoitamiseen.', '', 'Seuralla on tietosuojavastaava.', '',
      'Rekisteriä koskeviin kysymyksiin vastaa puheenjohtaja osoitteessa hallitus@esimerkkiseura.fi',
    ]);
    expect(at(found, 'controller-contact')).toEqual([9]);
    expect(at(found, 'dpo-contact')).toEqual([7]);
    // The draft's stand-in for a controller the notice does not name is no words of the notice.
    expect(found.filter((f) => f.message.includes('TODO'))).toEqual([]);
  });
});

describe('the draft\'s stand-in name for the register', () => {
  it('is no placeholder of a notice whose words hold the letters of one ("Mastodon")', async () => {
    const found = await auditText('mastodon.md', [
      '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## Rekisterinpitäjä', '', 'Esimerkkiseura ry, Katu 1, 00100 Helsinki, hallitus@esimerkkiseura.fi', '',
      '## Käsitellyt tiedot', '', 'Nimi, sähköpostiosoite ja Mastodon-tilin liittämisestä syntyvä pääsytunnus.',
    ]);
    expect(found.filter((f) => f.ruleId === 'placeholder-text')).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
  });
});

describe('a consent whose withdrawal is named but not how', () => {
  it('is reported at the sentence that names the withdrawal', async () => {
    const found = await auditText('peruutus.md', [
      '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.fi', '',
      '## Käsittelyn peruste', '', 'Tietoja käsitellään asiakkaan suostumuksella.', '',
      '## Rekisteröidyn oikeudet', '', 'Rekisteröidyllä on oikeus tarkastaa tietonsa.', '', 'Rekisteröidyllä on oikeus peruuttaa antamansa suostumus.',
    ]);
    expect(at(found, 'consent-withdrawal')).toEqual([17]);
  });
});

describe('a withdrawal named only as a ground for erasure', () => {
  const notice = (withdraw: string) => [
    '# Privacy notice', '', 'Updated 1 February 2025.', '', '## Controller', '', 'Example Ltd, 1 High Street, 00100 Helsinki, privacy@example.com', '',
    '## Legal basis', '', 'We send the newsletter on your consent.', '', '## Your rights', '', 'You have the right to access and rectify your data.', '',
    'You can ask us to erase your data when:', '', '- the data are no longer needed', '- you withdraw consent where processing is based on consent', '', withdraw,
  ];
  it('does not state the right to withdraw', async () => {
    const found = await auditText('erasure-ground.md', notice(''));
    expect(found.filter((f) => f.ruleId === 'right-missing' && f.message.includes('withdraw consent'))).toHaveLength(1);
  });
  it('does when the notice says the person can withdraw at any time', async () => {
    const found = await auditText('withdraw.md', notice('You can withdraw your consent at any time by e-mail.'));
    expect(found.filter((f) => f.ruleId === 'right-missing' && f.message.includes('withdraw consent'))).toEqual([]);
  });
});

describe('a complaint spoken of only after a refused request', () => {
  const notice = (lines: readonly string[]) => [
    '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.fi', '',
    '## Tietojen korjaaminen', '', ...lines,
  ];
  it('is a right narrowed, in the three languages', async () => {
    for (const [name, line, lines] of [
      ['fi.md', 13, ['Korjauspyynnöt osoitetaan yhteyshenkilölle.', '', 'Jollei pyyntöä hyväksytä, annetaan kirjallinen todistus. Rekisteröity voi saattaa asian tietosuojavaltuutetun käsiteltäväksi.']],
      ['sv.md', 11, ['Om begäran avslås får du ett skriftligt besked och kan föra ärendet till Dataombudsmannen.']],
      ['en.md', 11, ['If we refuse your request, you may complain to the Data Protection Ombudsman.']],
      ['fi-noudata.md', 11, ['Asiakkaalla on oikeus saattaa asia tietosuojavaltuutetun käsittelyyn, jos rekisterinpitäjä ei noudata asiakkaan oikaisu- tai muuta pyyntöä.']],
      ['sv-folja.md', 11, ['Om vi inte följer din begäran kan du lämna in ett klagomål till Integritetsskyddsmyndigheten.']],
      ['en-comply.md', 11, ['If we do not comply with your request, you may lodge a complaint with the Data Protection Ombudsman.']],
      ['fi-emme.md', 11, ['Jos emme noudata pyyntöäsi, voit tehdä valituksen tietosuojavaltuutetulle.']],
      ['en-cannot.md', 11, ['If we cannot comply with it, you may lodge a complaint with the Data Protection Ombudsman.']],
      ['sv-kan.md', 11, ['Om vi inte kan tillmötesgå din begäran kan du lämna in ett klagomål till Integritetsskyddsmyndigheten.']],
    ] as const) {
      expect(at(await auditText(name, notice(lines)), 'right-limited'), name).toEqual([line]);
    }
  });
  it('is not when the condition is a breach of the law, not a request refused', async () => {
    for (const text of [
      'Rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle, jos rekisterinpitäjä ei ole noudattanut toiminnassaan soveltuvaa tietosuojasääntelyä.',
      'You may lodge a complaint with the Data Protection Ombudsman if you consider that we do not comply with the data protection law.',
      'Rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle, jos hän katsoo, että häntä koskevien henkilötietojen käsittely ei täytä tietosuoja-asetuksen vaatimuksia.',
      'Sinulla on oikeus tehdä valitus tietosuojavaltuutetulle milloin tahansa, myös jos pyyntöäsi ei noudateta.',
      'You can lodge a complaint with the supervisory authority at any time, including if we do not comply with your request.',
      'Du har alltid rätt att lämna in ett klagomål till Dataombudsmannen, även om vi inte följer din begäran.',
    ]) expect(at(await auditText('law.md', notice([text])), 'right-limited'), text).toEqual([]);
  });
  it('is not when the notice also states the complaint as a right of its own', async () => {
    const found = await auditText('both.md', notice(['Jollei pyyntöä hyväksytä, rekisteröity voi saattaa asian tietosuojavaltuutetun käsiteltäväksi.', '', 'Rekisteröidyllä on oikeus tehdä valitus tietosuojavaltuutetulle.']));
    expect(at(found, 'right-limited')).toEqual([]);
  });
});

describe('the data required, said as the required ones', () => {
  it('is not reported missing, in the three languages', async () => {
    const head = ['# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.fi', ''];
    for (const [name, text] of [
      ['pakolliset.md', 'Tilauslomakkeen pakolliset tiedot ovat tarpeen tilauksen käsittelemiseksi. Jos pakollisia tietoja ei anneta, tilausta ei voida käsitellä.'],
      ['obligatoriska.md', 'De obligatoriska uppgifterna behövs för att hantera beställningen. Om de obligatoriska uppgifterna saknas kan vi inte leverera.'],
      ['required.md', 'The required information is needed to process the order. If the required fields are left empty, we cannot deliver the order.'],
      ['edellytys.md', 'Yhdistyksellä on velvoite pitää jäsenistään luetteloa, mikä tarkoittaa, että henkilötietojen luovuttaminen on edellytys jäsenyydelle.'],
      ['forutsattning.md', 'Att lämna uppgifterna är en förutsättning för medlemskapet i föreningen.'],
      ['condition.md', 'Providing the data is a condition of membership in the association.'],
      ['condition-your.md', 'Providing your personal data is a condition of membership.'],
      ['forutsattning-dina.md', 'Att lämna dina personuppgifter är en förutsättning för medlemskapet.'],
    ] as const) {
      const found = await auditText(name, [...head, '## Tiedot', '', text]);
      expect(at(found, 'provision-requirement'), name).toEqual([]);
    }
  });
});

describe('where findings on the controller and on transfers stand', () => {
  it('puts a public body’s missing officer at the controller, a named provider at the section on transfers, and reads no transfer in the name of the GDPR', async () => {
    const found = await auditText('kaupunki.md', [
      '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025. Käsittelemme kuntalaisten tietoja EU:n tietosuoja-asetuksen mukaisesti.', '',
      '## Rekisterinpitäjä', '', 'Esimerkin kaupunki, PL 1, 00100 Esimerkki, kirjaamo@esimerkki.fi', '',
      '## Tietojen käyttö', '', 'Käytämme tietoja tilausten toimittamiseen. Sähköpostit säilytetään Microsoft 365 -palvelussa.', '',
      '## Tietojen siirto', '', 'Tietoja voidaan siirtää EU:n ulkopuolelle vakiosopimuslausekkeilla.',
    ]);
    expect(at(found, 'dpo-contact')).toEqual([7]);
    expect(at(found, 'provider-transfer')).toEqual([15]);
    const silent = await auditText('yhdistys.md', [
      '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025. Käsittelemme jäsenten tietoja EU:n tietosuoja-asetuksen mukaisesti.', '',
      '## Rekisterinpitäjä', '', 'Esimerkkiseura ry, Katu 1, 00100 Helsinki, hallitus@esimerkkiseura.fi', '', '## Tietojen käyttö', '', 'Käytämme tietoja jäsenyyden hoitamiseen. Jäsenrekisteri on pilvipalvelussa.',
    ]);
    // Not at line 3, which names the regulation: at the section on what the data are used for.
    expect(at(silent, 'transfer-consistency')).toEqual([9]);
  });

  it('puts a controller reachable only by e-mail, whose name the import did not read, at the section that gives its contact', async () => {
    const found = await auditText('contact.md', [
      '# Privacy policy', '', 'Last updated 1 February 2025.', '', '## Your rights', '', 'To use your rights, write to us at hello@example.org.', '',
      '## How to contact us', '', 'Questions about this policy: hello@example.org',
    ]);
    expect(at(found, 'controller-contact')).toEqual([11]);
  });
});

describe('legitimate interests given by examples of a relationship', () => {
  it('are reported at the item that names them, not at the heading of the section', async () => {
    const found = await auditText('esimerkit.md', [
      '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.fi', '',
      '## Oikeusperuste ja käsittelyn tarkoitus', '', 'Käsittelyn oikeusperuste on', '', '- henkilön suostumus', '- rekisterinpitäjän oikeutettu etu (esim. asiakassuhde, työsuhde, jäsenyys)', '',
      'Tietoja käytetään yhteydenpitoon asiakkaisiin.',
    ]);
    expect(at(found, 'legitimate-interest')).toEqual([14]);
  });
});

describe('a notice without sections that gives no basis', () => {
  it('is reported where it says what the processing is for', async () => {
    const found = await auditText('tarkoitus.md', [
      '# Rekisteriseloste', '', 'Rekisterinpitäjä on Esimerkki Oy (tietosuoja@esimerkki.fi). Tietojen käsittelyn tarkoitus on mahdollistaa ilmoittautuminen tapahtumiin.', '',
      'Seuraavat tiedot tallennetaan:', '', '- käyttäjätunnus', '- nimi ja sähköposti, joita järjestäjät voivat käyttää yhteydenottoa varten',
    ]);
    expect(at(found, 'legal-basis')).toEqual([3]);
  });
});

describe('a purpose worded as marketing', () => {
  const notice = (rights: string, basis = 'on our legitimate interest') => [
    '# Privacy notice', '', 'Updated 1 February 2025.', '', '## Controller', '', 'Example Ltd, 1 High Street, 00100 Helsinki, privacy@example.com', '',
    '## Purposes', '', `We use your e-mail address to send our newsletter and other marketing, ${basis}.`, '', '## Your rights', '', rights,
  ];
  const asked = (found: Found[]) => found.filter((f) => f.ruleId === 'right-missing' && f.message.includes('direct marketing'));
  it('asks for the objection to direct marketing where the notice states only the general one', async () => {
    expect(asked(await auditText('marketing.md', notice('You have the right to access, rectify and erase your data, to restrict and object to processing, and to withdraw your consent at any time. You may complain to the Data Protection Ombudsman.')))).toHaveLength(1);
  });
  it('does not where the notice lets the person refuse the newsletter and marketing', async () => {
    expect(asked(await auditText('refuse.md', notice('You have the right to access, rectify and erase your data, to restrict processing, and to withdraw your consent at any time. You may always forbid us to send you newsletters or other marketing messages. You may complain to the Data Protection Ombudsman.')))).toEqual([]);
  });
  it('does not where the marketing rests on consent alone and the notice says consent can be withdrawn', async () => {
    const rights = 'You have the right to access, rectify and erase your data, to restrict processing, and to withdraw your consent at any time. You may complain to the Data Protection Ombudsman.';
    const onConsent = (said: string) => notice(said).map((l) => (l.startsWith('We use') ? '- Newsletter and other marketing: consent' : l.replace('## Purposes', '## Purposes and legal bases')));
    expect(asked(await auditText('consent.md', onConsent(rights)))).toEqual([]);
    expect(asked(await auditText('consent-kept.md', onConsent(rights.replace(', and to withdraw your consent at any time', ''))))).toHaveLength(1);
  });
  it('asks for it where the marketing is said when the notice has no section on the rights', async () => {
    const flat = notice('').slice(0, 12).concat(['', 'To change your details, contact us at privacy@example.com. You may withdraw your consent at any time.']);
    const found = asked(await auditText('flat.md', flat));
    expect(found.map((f) => f.line)).toEqual([flat.findIndex((l) => l.includes('newsletter')) + 1]);
  });
});

describe('consent and the way to withdraw it', () => {
  it('takes a sentence that names a way to withdraw as enough, and asks nothing more', async () => {
    const notice = [
      '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.fi', '',
      '## Käsittelyn tarkoitus ja oikeusperuste', '', '- Uutiskirjeen lähettäminen (suostumus)', '',
      '## Rekisteröidyn oikeudet', '', 'Voit peruuttaa suostumuksesi milloin tahansa uutiskirjeen lopussa olevasta linkistä.', '',
    ].join('\n');
    writeFileSync(join(work, 'suostumus.md'), notice);
    const found = JSON.parse((await cli(['audit', join(work, 'suostumus.md'), '--format', 'json'], work, { LANG: 'C' })).stdout) as Found[];
    rmSync(join(work, 'suostumus.md'));
    expect(at(found, 'consent-withdrawal')).toEqual([]);
    expect(found.filter((f) => f.ruleId === 'right-missing' && f.message.includes('withdraw'))).toEqual([]);
  });
});

/** The findings of the audit on a notice written here. */
async function auditText(name: string, lines: readonly string[]): Promise<Found[]> {
  writeFileSync(join(work, name), `${lines.join('\n')}\n`);
  const { stdout } = await cli(['audit', join(work, name), '--format', 'json'], work, { LANG: 'C' });
  rmSync(join(work, name));
  return JSON.parse(stdout) as Found[];
}

describe('a part the notice states in words the import does not read', () => {
  const head = ['# Privacy policy of Example Club', ''];
  const controller = ['## Who we are', '', 'Example Club, Street 1, 00100 Helsinki, club@example.fi, is the controller.', ''];
  const rights = [
    '## Your rights', '',
    'You have the right to access your data, to have them rectified or erased, to restrict their processing, to object to it and to receive your data to move them elsewhere. You may lodge a complaint with the Data Protection Ombudsman (tietosuoja.fi).',
  ];
  const parts = ['data-sources', 'provision-requirement', 'notice-date', 'recipients', 'legal-basis'];

  it('is not reported missing', async () => {
    const found = await auditText('said.md', [
      ...head, 'This privacy policy was written on 3 March 2025.', '', ...controller,
      '## Our members', '',
      'We keep the names and e-mail addresses of our members. You give us this information when you join. You are not obliged to provide it, but without it you cannot become a member.', '',
      'We use the data to run the club, and the legal basis for this processing is the membership contract.', '',
      'We share the member list with Example Sports Federation.', '',
      'The data are deleted one year after the membership ends. They are stored in the EU.', '', ...rights,
    ]);
    expect(found.filter((f) => [...parts, 'retention', 'transfer-consistency'].includes(f.ruleId))).toEqual([]);
  });

  it('is, where the notice does not state it', async () => {
    const found = await auditText('unsaid.md', [...head, ...controller, '## Our members', '', 'We keep the names and e-mail addresses of our members. Addresses are also obtained from other sources.', '', ...rights]);
    expect(parts.filter((rule) => !found.some((f) => f.ruleId === rule))).toEqual([]);
  });

  it('takes a right stated in other words as stated, and choosing for complaining as neither', async () => {
    const found = await auditText('oikeudet.md', [
      '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.fi', '',
      '## Käsiteltävät tiedot', '', 'Kielitietoa käytetään valittaessa kieli, jolla asioidaan.', '',
      '## Rekisteröidyn oikeudet', '', 'Sinulla on oikeus pyytää pääsyä tietoihisi, oikaista ne ja rajoittaa niiden käsittelyä.',
    ]);
    expect(found.filter((f) => f.ruleId === 'right-missing' && f.message.includes('access'))).toEqual([]);
    expect(at(found, 'complaint-authority')).toEqual([]);
    expect(found.filter((f) => f.ruleId === 'right-missing' && f.message.includes('complaint')).length).toBe(1);
  });
});

describe('a part a notice states in its own way', () => {
  const parts = ['data-sources', 'recipients', 'dpo-contact', 'legitimate-interest', 'consent-withdrawal', 'right-to-object'];

  // Each notice gives its data as the person's own (what the person gives, or the person's account), denies
  // disclosure before its first section, gives the officer's e-mail on the line under the officer, names the
  // interest beside its basis, states withdrawal at any time and the objection to direct marketing.
  for (const file of ['fi-muistio.html', 'sv-anteckna.md', 'en-notely.md']) {
    it(`is not reported missing: ${file}`, async () => {
      const found = await audit(file);
      expect(found.filter((f) => parts.includes(f.ruleId))).toEqual([]);
    });
  }

  it('is, where a denial of disclosure stands beside a cloud service or a disclosure after all', async () => {
    const cloud = await auditText('pilvi.md', [
      '# Tietosuojaseloste', '', 'Päivitetty 1.3.2026', '', 'Lyhyesti: emme luovuta tietojasi kolmansille osapuolille.', '',
      '## Rekisterinpitäjä', '', 'Muistio Oy, Esimerkkikatu 1, 00100 Helsinki, tietosuoja@muistio.fi', '',
      '## Tietojen säilytys', '', 'Tiedot säilytetään pilvipalvelussa EU:n alueella, ja ne poistetaan vuoden kuluttua tilin sulkemisesta.',
    ]);
    // The draft says `recipients: none` from line 5; the finding stands where the cloud service is said.
    expect(at(cloud, 'recipients')).toEqual([13]);
    const after = await auditText('undantag.md', [
      '# Integritetspolicy', '', 'Uppdaterad 1.3.2026', '', 'I korthet: dina uppgifter lämnas inte ut till tredje part.', '',
      '## Personuppgiftsansvarig', '', 'Anteckna Ab, Exempelgatan 1, 00100 Helsingfors, info@anteckna.fi', '',
      '## Uppgifter', '', 'Vi behandlar namn och e-postadress som du lämnar själv. Uppgifterna raderas ett år efter att kontot har avslutats.', '',
      'I undantagsfall kan uppgifter ändå lämnas ut, om en särskild situation kräver det.',
    ]);
    expect(at(after, 'recipients')).toEqual([15]);
  });

  it('is, where the account data come from a broker too, withdrawal is not said to be possible at any time, or only the article stands beside the basis', async () => {
    const found = await auditText('broker.md', [
      '# Privacy notice', '', 'Updated 1 March 2026', '', '## Controller', '', 'Notely Ltd, Example Street 1, 00100 Helsinki, privacy@notely.fi', '',
      '## Your account', '', 'We keep your account data: name and e-mail address. We also buy address data from a data broker.', '',
      '## Purposes', '', '- Newsletter: consent', '- Legitimate interests (Art. 6(1)(f)): our business', '', 'You may withdraw your consent.',
    ]);
    expect(['data-sources', 'consent-withdrawal', 'legitimate-interest'].filter((rule) => !found.some((f) => f.ruleId === rule))).toEqual([]);
  });

  it('is, where no e-mail or phone stands under the officer', async () => {
    const found = await auditText('ombud.md', [
      '# Integritetspolicy', '', 'Uppdaterad 1.3.2026', '', '## Personuppgiftsansvarig', '', 'Anteckna Ab, Exempelgatan 1, 00100 Helsingfors', '',
      'Personuppgiftsansvariges kontaktuppgifter:', '', 'Anteckna Dataskyddsombud', '', 'Webbplats: www.anteckna.fi', '', '## Uppgifter', '', '- namn',
    ]);
    expect(at(found, 'dpo-contact')).toEqual([11]);
  });
});

describe('a hedge that leads into its list, a source named by its kind, a qualifier in brackets', () => {
  // Each notice lists its data per group of people under subheadings, obtains data "also" from authorities
  // and public registers, hedges a disclosure in a sentence followed by the list of those who process the
  // data, and qualifies a line with "(tarvittaessa)", "(vid behov)", "(if applicable)".
  const cases: [string, { hedge: number; source: number; kindOnly: boolean }][] = [
    ['fi-rauta.html', { hedge: 23, source: 21, kindOnly: true }],
    ['sv-jarn.md', { hedge: 31, source: 27, kindOnly: true }],
    ['en-iron.md', { hedge: 31, source: 27, kindOnly: false }],
  ];
  for (const [file, lines] of cases) {
    it(`are no vague wording, template filler or missing data: ${file}`, async () => {
      const found = await audit(file);
      expect(at(found, 'vague-language').filter((line) => line === lines.hedge || line === lines.source)).toEqual([]);
      expect(at(found, 'placeholder-text')).toEqual([]);
      expect(at(found, 'data-categories')).toEqual([]);
      // A public register named only by its kind is asked for by name, as `data-sources` asks it of a register.
      if (lines.kindOnly) expect(at(found, 'data-sources')).toEqual([lines.source]);
    });
  }
});

describe('a right narrowed rather than denied', () => {
  it('reports a complaint made to wait on the controller, and restriction described as deletion', async () => {
    const found = await auditText('narrowed.md', [
      '# Privacy notice', '', 'Updated 1 March 2025.', '', '## Controller', '', 'Example Club, 1 High Street, 00100 Helsinki, club@example.fi.', '',
      '## Your rights', '',
      'You have the right to access your data, to have them corrected or erased and to restrict their processing; in practice restriction might mean that we delete the data.', '',
      'Please contact us first. If you are dissatisfied with how we dealt with your concern, then you have the right to complain to the Data Protection Ombudsman.',
    ]);
    const limited = found.filter((f) => f.ruleId === 'right-limited');
    expect(limited.map((f) => f.line)).toEqual([11, 13]);
    expect(limited[0]!.message).toMatch(/restriction of processing \(Art\. 18\) as deletion \(`mean that we delete`\)/u);
    expect(limited[1]!.message).toMatch(/complaint .* wait on a condition the GDPR does not set \(`If you are dissatisfied with how we dealt with your concern`\)/u);
  });

  it('reports a complaint offered only where the controller cannot resolve the concern', async () => {
    const found = await auditText('unresolved.md', [
      '# Privacy policy', '', 'Effective 25 May 2018.', '', '## Contact us', '',
      'You have the right to access, rectify and erase your data and to restrict their processing. If Example cannot resolve your concern, residents in Europe may raise the matter with the Data Protection Ombudsman.',
    ]);
    expect(found.filter((f) => f.ruleId === 'right-limited').map((f) => f.message)).toEqual([expect.stringMatching(/`If Example cannot resolve your concern`/u)]);
  });

  it.each([
    ['fi', ['# Kameravalvontarekisteri', '', '## Tarkastus-, kielto- ja korjausoikeus', '', 'Videokuvaa käytetään ainoastaan viranomaisyhteistyöhön, eikä materiaalia luovuteta asukkaille.']],
    ['sv', ['# Kameraövervakning', '', '## Dina rättigheter', '', 'Inspelningarna används bara i samarbete med polisen och lämnas inte ut till de registrerade.']],
    ['en', ['# Camera surveillance', '', '## Your rights', '', 'The recordings are used only in cooperation with the police and are not disclosed to the data subjects.']],
  ])('reports the data refused to the persons they are about (%s)', async (_lang, lines) => {
    const found = await auditText('refused.md', lines as string[]);
    expect(found.filter((f) => f.ruleId === 'right-limited').map((f) => f.line)).toEqual([5]);
  });

  it('does not take data kept from other customers for access refused', async () => {
    const found = await auditText('others.md', ['# Tietosuojaseloste', '', '## Rekisteröidyn oikeudet', '', 'Sinulla on oikeus tarkastaa tietosi. Tietojasi ei luovuteta muille asiakkaille.']);
    expect(found.filter((f) => f.ruleId === 'right-limited')).toEqual([]);
  });

  it('does not take an invitation to contact the controller first, or dissatisfaction with the processing, for a condition', async () => {
    const found = await auditText('first.md', [
      '# Privacy notice', '', 'Updated 1 March 2025.', '', '## Your rights', '',
      'You have the right to access, rectify and erase your data and to restrict their processing. You may contact us first, and you always have the right to complain to the Data Protection Ombudsman.', '',
      'If you are dissatisfied with the way we process your data, you may complain to the Data Protection Ombudsman.',
    ]);
    expect(at(found, 'right-limited')).toEqual([]);
  });

  it('does not read a Swedish word that holds another ("behandlingen", "ansvar") as the handling of a request, nor flag an old name beside the new one', async () => {
    const found = await auditText('missnojd.md', [
      '# Integritetspolicy', '', 'Uppdaterad 1 mars 2025.', '', '## Dina rättigheter', '',
      'Du har rätt till tillgång, rättelse, radering och begränsning. Du har rätt att vända dig till datainspektionen/Integritetsskyddsmyndigheten med klagomål om du är missnöjd med personuppgiftsbehandlingen, men vi hoppas att du först vänder dig till oss.',
    ]);
    expect(at(found, 'right-limited')).toEqual([]);
    expect(at(found, 'complaint-authority')).toEqual([]);
  });
});

describe('where a finding stands', async () => {
  const found = await auditText('paikka.md', [
    '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.fi', '',
    '## Rekisterin pitämisen peruste', '', 'Rekisteriä pidetään asiakkuuksien hoitamiseksi.', '',
    '## Käsittelyn tarkoitus', '', 'Käytämme tietoja tilausten toimittamiseen.', 'Tietoja voidaan luovuttaa yhteistyökumppaneille markkinointia varten.', '',
    '## Säilytys', '', '* tilaustiedot kuusi vuotta tilauksesta', '', '* sähköpostit Microsoftin palvelussa', '',
  ]);

  it('puts a missing basis at the section that should give it', () => {
    expect(at(found, 'legal-basis')).toEqual([9]);
  });

  it('puts it at the sentence on the bases of a section about several parts', async () => {
    const shared = await auditText('osat.md', [
      '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.fi', '',
      '## Käsittelyn tarkoitukset ja oikeusperusteet', '', 'Käyttötarkoitukset ovat:', '', '- asiakassuhteen hoito', '- laskutus', '',
      'Käsittelyn oikeusperusteet:', '', '- Laki yhdistyksistä (503/1989)',
    ]);
    expect(at(shared, 'legal-basis')).toEqual([16]);
  });

  it('puts a hedge at the sentence that holds it, not at the first sentence of its value', () => {
    expect(at(found, 'vague-language')).toEqual([16]);
  });

  it('counts the lines of a loose list with the blank lines between its items', () => {
    expect(at(found, 'provider-transfer')).toEqual([22]);
  });

  it('puts a finding on the controller’s contact at the sentence that gives it, in the register’s own part of the page', async () => {
    const page = await auditText('sivu.md', [
      '---', 'title: "Esimerkki ry rekisteriselosteet"', '---', '', '# Esimerkki ry rekisteriselosteet', '', 'Tällä sivulla ovat Esimerkki ry:n rekisteriselosteet.', '',
      '## Esimerkki ry jäsenrekisterin rekisteriseloste 1.2.2025', '', 'Esimerkki ry ylläpitää jäsenrekisteriä, johon tallennetaan jäsenen nimi ja sähköpostiosoite.', '',
      'Rekisteriä koskeviin kysymyksiin vastaa puheenjohtaja osoitteessa esimerkki@gmail.com',
    ]);
    expect(at(page, 'controller-contact')).toEqual([13]);
  });
});

describe('what a notice says beside its legal bases', () => {
  /** The parts of a notice in one language: its start, its rights, and its bases said four ways. */
  interface Bases {
    head: string[];
    rights: string[];
    /** Each purpose in a sentence, its basis in the sentence after it. */
    paired: string[];
    /** The purposes, then their bases in one sentence for them all. */
    unpaired: string[];
    /** Purpose and basis in rows, with the law, the interest and the objection to marketing beside them. */
    beside: string[];
    /** The same rows without them. */
    unsaid: string[];
    /** Bases for the register as a whole, the interests listed after them, then the purposes. */
    interests: string[];
    /** The same without the interests. */
    noInterests: string[];
  }
  const notices: Record<'fi' | 'sv' | 'en', Bases> = {
    fi: {
      head: ['# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.fi', ''],
      rights: [
        '## Rekisteröidyn oikeudet', '',
        'Sinulla on oikeus saada pääsy tietoihisi, oikaista ja poistaa ne, rajoittaa ja vastustaa niiden käsittelyä sekä siirtää ne. Voit peruuttaa suostumuksesi uutiskirjeen linkistä. Voit tehdä valituksen tietosuojavaltuutetun toimistolle (tietosuoja.fi).',
      ],
      paired: [
        'Keräämme asiakkaiden yhteystietoja tilausten toimittamista varten. Käsittelyn oikeusperusteena on välinen sopimus ja siitä johtuvat lakisääteiset velvoitteet (esim. kirjanpitolaki).', '',
        'Keräämme sähköpostiosoitteita myös uutiskirjeen lähettämistä varten. Käsittelyn oikeusperusteena on tällöin suostumus.', '',
      ],
      unpaired: [
        'Keräämme asiakkaiden yhteystietoja tilausten toimittamista varten. Keräämme sähköpostiosoitteita myös uutiskirjeen lähettämistä varten.', '',
        'Henkilötietojen käsittely perustuu sopimukseen ja suostumukseen.', '',
      ],
      beside: [
        '## Käsittelyn tarkoitukset ja oikeusperusteet', '', '- Tilausten toimittaminen: sopimus',
        '- Kirjanpito ja verotus: lakisääteinen velvoite (kirjanpitolaki ja arvonlisäverolaki)',
        '- Verkkosivujen kävijätilastot: oikeutettu etu, jotta voimme korjata sivuston virheet', '- Uutiskirjeen lähettäminen: suostumus', '',
        'Voit milloin tahansa kieltää uutiskirjeiden lähettämisen.', '',
      ],
      unsaid: [
        '## Käsittelyn tarkoitukset ja oikeusperusteet', '', '- Tilausten toimittaminen: sopimus', '- Kirjanpito ja verotus: lakisääteinen velvoite',
        '- Verkkosivujen kävijätilastot: oikeutettu etu', '- Uutiskirjeen lähettäminen: suostumus', '',
      ],
      interests: ['## Käsittelyn tarkoitukset ja oikeusperusteet', '', 'Käsittely perustuu sopimukseen ja oikeutettuun etuun. Tällaisia oikeutettuja etuja ovat:', '', '- omien tuotteiden markkinointi nykyisille asiakkaille', '- tietojärjestelmien tietoturvasta huolehtiminen', '', 'Käytämme asiakkaiden tietoja asiakassuhteen hoitamiseen ja markkinointiin.', ''],
      noInterests: ['## Käsittelyn tarkoitukset ja oikeusperusteet', '', 'Käsittely perustuu sopimukseen ja oikeutettuun etuun.', '', 'Käytämme asiakkaiden tietoja asiakassuhteen hoitamiseen ja markkinointiin.', ''],
    },
    sv: {
      head: ['# Dataskyddsbeskrivning', '', 'Uppdaterad 1.2.2025', '', '## Personuppgiftsansvarig', '', 'Exempel Ab, Gatan 1, 00100 Helsingfors, dataskydd@exempel.fi', ''],
      rights: [
        '## Dina rättigheter', '',
        'Du har rätt att få tillgång till dina uppgifter, att få dem rättade och raderade, att begränsa och invända mot behandlingen och att flytta dem. Du kan återkalla ditt samtycke via länken i nyhetsbrevet. Du kan lämna klagomål till dataombudsmannens byrå (tietosuoja.fi).',
      ],
      paired: [
        'Vi samlar in kundernas kontaktuppgifter för att leverera beställningar. Den rättsliga grunden är avtalet och de rättsliga förpliktelser som följer av det (t.ex. bokföringslagen).', '',
        'Vi samlar även in e-postadresser för att skicka nyhetsbrev. Den rättsliga grunden är i detta fall samtycke.', '',
      ],
      unpaired: [
        'Vi samlar in kundernas kontaktuppgifter för att leverera beställningar. Vi samlar även in e-postadresser för att skicka nyhetsbrev.', '',
        'Behandlingen grundar sig på avtal och samtycke.', '',
      ],
      beside: [
        '## Ändamål och rättslig grund', '', '- Leverans av beställningar: avtal',
        '- Bokföring och beskattning: rättslig förpliktelse (bokföringslagen och mervärdesskattelagen)',
        '- Besöksstatistik för webbplatsen: berättigat intresse, för att kunna rätta fel på webbplatsen', '- Nyhetsbrev: samtycke', '',
        'Du kan när som helst invända mot att få nyhetsbrev.', '',
      ],
      unsaid: [
        '## Ändamål och rättslig grund', '', '- Leverans av beställningar: avtal', '- Bokföring och beskattning: rättslig förpliktelse',
        '- Besöksstatistik för webbplatsen: berättigat intresse', '- Nyhetsbrev: samtycke', '',
      ],
      interests: ['## Ändamål och rättslig grund', '', 'Behandlingen grundar sig på avtal och berättigade intressen. Sådana berättigade intressen är:', '', '- marknadsföring av egna produkter till befintliga kunder', '- informationssäkerheten i våra system', '', 'Vi använder kundernas uppgifter för att sköta kundrelationen och för marknadsföring.', ''],
      noInterests: ['## Ändamål och rättslig grund', '', 'Behandlingen grundar sig på avtal och berättigade intressen.', '', 'Vi använder kundernas uppgifter för att sköta kundrelationen och för marknadsföring.', ''],
    },
    en: {
      head: ['# Privacy notice', '', 'Updated 1 February 2025', '', '## Controller', '', 'Example Ltd, Street 1, 00100 Helsinki, privacy@example.fi', ''],
      rights: [
        '## Your rights', '',
        'You have the right to access your data, to have them rectified or erased, to restrict and object to their processing and to move them. You can withdraw your consent through the link in the newsletter. You may lodge a complaint with the Data Protection Ombudsman (tietosuoja.fi).',
      ],
      paired: [
        "We collect customers' contact details in order to deliver their orders. The legal basis is the contract and the legal obligations that follow from it (e.g. the Accounting Act).", '',
        'We also collect e-mail addresses in order to send a newsletter. In this case the legal basis is consent.', '',
      ],
      unpaired: [
        "We collect customers' contact details in order to deliver their orders. We also collect e-mail addresses in order to send a newsletter.", '',
        'The processing is based on the contract and on consent.', '',
      ],
      beside: [
        '## Purposes and legal bases', '', '- Delivering orders: contract', '- Bookkeeping and taxes: legal obligation (the Accounting Act and the Value Added Tax Act)',
        '- Website visitor statistics: legitimate interest, in order to fix errors on the site', '- Newsletter: consent', '',
        'You may object to receiving the newsletter at any time.', '',
      ],
      unsaid: [
        '## Purposes and legal bases', '', '- Delivering orders: contract', '- Bookkeeping and taxes: legal obligation',
        '- Website visitor statistics: legitimate interest', '- Newsletter: consent', '',
      ],
      interests: ['## Purposes and legal bases', '', 'The processing is based on the contract and on legitimate interests. Such legitimate interests are:', '', '- marketing our own products to existing customers', '- keeping our systems secure', '', 'We use customer data to manage the customer relationship and for marketing.', ''],
      noInterests: ['## Purposes and legal bases', '', 'The processing is based on the contract and on legitimate interests.', '', 'We use customer data to manage the customer relationship and for marketing.', ''],
    },
  };
  const unpaired = (found: Found[]): Found[] => found.filter((f) => f.ruleId === 'legal-basis' && f.message.includes('not which covers which purpose'));
  const unsaid = (found: Found[]): string[] =>
    found.flatMap((f) => {
      if (f.ruleId === 'legal-basis' && f.message.includes('does not name the law')) return ['law'];
      if (f.ruleId === 'legitimate-interest') return ['interest'];
      return f.ruleId === 'right-missing' && f.message.includes('direct marketing') ? ['objection'] : [];
    });

  for (const [lang, n] of Object.entries(notices)) {
    it(`(${lang}) takes a basis said after its purpose, or a legal obligation with its law, as paired with it; bases said for all purposes at once are not`, async () => {
      expect(unpaired(await auditText(`${lang}-paired.md`, [...n.head, ...n.paired, ...n.rights]))).toEqual([]);
      expect(unpaired(await auditText(`${lang}-unpaired.md`, [...n.head, ...n.unpaired, ...n.rights])).length).toBe(1);
    });

    it(`(${lang}) takes an interest said beside the basis as said, and reports it where it is not; the law of a legal obligation is not asked; a newsletter on consent whose withdrawal is said asks no objection of its own`, async () => {
      expect(unsaid(await auditText(`${lang}-beside.md`, [...n.head, ...n.beside, ...n.rights]))).toEqual([]);
      expect(unsaid(await auditText(`${lang}-unsaid.md`, [...n.head, ...n.unsaid, ...n.rights])).sort()).toEqual(['interest']);
    });

    it(`(${lang}) takes legitimate interests listed after the bases of the register as named`, async () => {
      expect(unsaid(await auditText(`${lang}-interests.md`, [...n.head, ...n.interests]))).not.toContain('interest');
      expect(unsaid(await auditText(`${lang}-no-interests.md`, [...n.head, ...n.noInterests]))).toContain('interest');
    });
  }
});

describe('a missing interest of a purpose whose basis is stated apart from it', () => {
  it('(fi) stands at the sentence that states the basis', async () => {
    const found = await auditText('peruste.md', [
      '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## 1. Rekisterinpitäjä', '', 'Esimerkki ry, Katu 1, 00100 Helsinki, hallitus@esimerkki.fi', '',
      '## 2. Oikeusperuste ja henkilötietojen käsittelyn tarkoitus', '',
      'EU:n yleisen tietosuoja-asetuksen mukainen oikeusperuste henkilötietojen käsittelylle on rekisterinpitäjän oikeutettu etu, sekä ruokavaliota koskevien terveystietojen kohdalla rekisteröidyn suostumus.', '',
      'Rekisteriin kerättyjä yhteystietoja käytetään vain tapahtumista tiedottamiseen.', '', 'Ruokavaliotiedot kerätään vain, jos tapahtumassa tarjoillaan ruokaa.',
    ]);
    expect(at(found, 'legitimate-interest')).toEqual([11]);
  });

  it('(sv) stands at the row of the table that pairs the purpose with its basis, on a saved web page', async () => {
    const rows = [['Ändamål med behandling', 'Laglig grund'], ['Medlemskap i föreningen', 'Avtal'], ['Föreningsadministration', 'Avtal'], ['Deltagande i träningar', 'Avtal'],
      ['Deltagande i tävlingar', 'Avtal'], ['Licenshantering', 'Avtal'], ['Ansökan om bidrag', 'Berättigat intresse']];
    const found = await auditText('grund.html', [
      '<!DOCTYPE html>', '<html lang="sv">', '<body>', '<h1>Integritetspolicy</h1>', '<p>Uppdaterad 2025-02-01</p>', '<h2>Personuppgiftsansvarig</h2>',
      '<p>Exempelföreningen, Gatan 1, 00100 Helsingfors, är personuppgiftsansvarig.</p>', '<h2>Varför behandlar vi dina personuppgifter?</h2>',
      '<p>Föreningen är personuppgiftsansvarig för behandlingen av de personuppgifter som sker vid:</p>', '<ul>', ...rows.slice(1).map(([p]) => `<li>${p}</li>`), '</ul>',
      '<h2>Vilken laglig grund har vi för personuppgiftsbehandling?</h2>', '<table>', '<tbody>',
      ...rows.flatMap(([p, b]) => ['<tr>', '<td>', `<p>${p}</p>`, '</td>', '<td>', `<p>${b}</p>`, '</td>', '</tr>']), '</tbody>', '</table>', '</body>', '</html>',
    ]);
    // The rows start at line 21, eight lines each; a purpose's cell is the third line of its row.
    expect(at(found, 'legitimate-interest')).toEqual([21 + 6 * 8 + 2]);
  });

  it('(en) stands at the row of the table that pairs the purpose with its basis', async () => {
    const found = await auditText('basis.md', [
      '# Privacy notice', '', 'Updated 1 February 2025', '', '## Controller', '', 'Example Ltd, Street 1, 00100 Helsinki, privacy@example.fi', '',
      '## Why we process your data', '', 'We process personal data for the following purposes:', '', '- Delivering orders', '- Visitor statistics', '',
      '## What is our legal basis?', '', '| Purpose | Legal basis |', '|---|---|', '| Delivering orders | Contract |', '| Visitor statistics | Legitimate interest |',
    ]);
    expect(at(found, 'legitimate-interest')).toEqual([21]);
  });
});

describe('a country named for its law', () => {
  it('is no transfer there', async () => {
    const found = await auditText('law.md', [
      '# Privacy notice', '', 'Updated 1 March 2025.', '', '## Data protection', '',
      'Example Club Ltd, 1 High Street, London, club@example.co.uk, is the data controller. We will ensure that data is collected, stored and processed in accordance with current and future UK data protection legislation.',
    ]);
    expect(found.filter((f) => f.ruleId === 'transfer-mechanism' || f.message.includes('`GB`'))).toEqual([]);
  });
});

describe('what a notice says of transfers outside the EEA, under any heading', () => {
  // The controller's Gmail address names a provider outside the EEA: the notice's words alone do not settle the transfers.
  const stays: [string, string[]][] = [
    ['eu-alue.md', ['# Tietosuojaseloste', '', 'Päivitetty 1.2.2025.', '', '## Rekisterinpitäjä', '', 'Latuseura Hanki ry, latuseura.hanki@gmail.com', '', '## Tietoturva', '', 'Käytämme salattuja yhteyksiä. Jäsentietojen käsittely tapahtuu EU- ja ETA-maiden alueella.']],
    ['inom-ees.md', ['# Integritetspolicy', '', 'Uppdaterad 1 februari 2025.', '', '## Personuppgiftsansvarig', '', 'Skidklubben Snöspår, skidklubben.snospar@gmail.com', '', '## Säkerhet', '', 'Vi använder krypterade förbindelser. Behandlingen av uppgifterna sker inom EU/EES.']],
    ['within.md', ['# Privacy policy', '', 'Updated 1 February 2025.', '', '## Controller', '', 'Snowtrail Ski Club, snowtrail.club@gmail.com', '', '## Security', '', 'We use encrypted connections. Processing of member data takes place within the EU/EEA.']],
  ];
  for (const [name, lines] of stays) {
    it(`says nothing is missing of transfers where processing stays in the EU/EEA: ${name}`, async () => {
      const found = await auditText(name, lines);
      expect(found.filter((f) => f.ruleId.startsWith('transfer') || f.ruleId === 'provider-transfer')).toEqual([]);
    });
  }

  const unsafeOnly: [string, string[]][] = [
    ['suojatoimet.md', ['# Tietosuojaseloste', '', 'Päivitetty 1.2.2025.', '', '## Tietojen luovutukset', '', 'Tietoja luovutetaan kirjanpitäjälle.', '', 'Emme siirrä tietoja EU/ETA-alueen ulkopuolelle ilman asianmukaisia suojatoimia.']],
    ['skyddsatgarder.md', ['# Integritetspolicy', '', 'Uppdaterad 1 februari 2025.', '', '## Mottagare', '', 'Vi anlitar en redovisningsbyrå.', '', 'Personuppgifter överförs inte till tredje land utan lämpliga skyddsåtgärder.']],
    ['safeguards.md', ['# Privacy policy', '', 'Updated 1 February 2025.', '', '## Sharing', '', 'We use a mailing service for the newsletter.', '', 'We do not transfer personal data outside the EEA without appropriate safeguards.']],
  ];
  for (const [name, lines] of unsafeOnly) {
    it(`reports a denial only of transfers without safeguards as a conditional transfer, at its line: ${name}`, async () => {
      const found = await auditText(name, lines);
      expect(found.filter((f) => f.ruleId === 'transfer-consistency' && f.message.startsWith('Missing'))).toEqual([]);
      expect(at(found, 'transfer-consistency')).toEqual([9]);
      expect(found.filter((f) => f.ruleId === 'transfer-consistency')[0]!.message).toMatch(/conditional/u);
      expect(at(found, 'transfer-mechanism')).toEqual([]);
    });
  }
});

describe('a transfer section with its safeguards listed under it', () => {
  const notices: [string, string[]][] = [
    ['siirto.html', [
      '<h1>Tietosuojaseloste</h1>', '<h2>Tietojen siirto ETA:n ulkopuolelle</h2>',
      '<p>Tietoja voidaan siirtää ETA-alueen ulkopuolelle. Käytämme asianmukaisia suojatoimia.</p>',
      '<h3>Suojatoimet siirroissa</h3>',
      '<ul><li>Euroopan komission vakiosopimuslausekkeet</li><li>Komission riittävyyspäätökset</li></ul>',
      '<p>Jäljennöksen suojatoimista saa pyytämällä osoitteesta tietosuoja@esimerkki.fi.</p>',
    ]],
    ['overforing.html', [
      '<h1>Dataskyddsbeskrivning</h1>', '<h2>Överföring utanför EES</h2>',
      '<p>Uppgifter kan överföras utanför EES. Vi använder lämpliga skyddsåtgärder.</p>',
      '<h3>Skyddsåtgärder vid överföring</h3>',
      '<ul><li>EU-kommissionens standardavtalsklausuler</li><li>Kommissionens beslut om adekvat skyddsnivå</li></ul>',
      '<p>Du kan begära en kopia av skyddsåtgärderna från dataskydd@exempel.se.</p>',
    ]],
    ['transfer.html', [
      '<h1>Privacy notice</h1>', '<h2>Transfers outside the EEA</h2>',
      '<p>Your data may be transferred to countries outside the EEA. We use appropriate safeguards.</p>',
      '<h3>Transfer mechanisms</h3>',
      '<ul><li>Standard contractual clauses of the Commission</li><li>Adequacy decisions of the Commission</li></ul>',
      '<p>You can request a copy of the safeguards by e-mail at privacy@example.com.</p>',
    ]],
  ];
  for (const [name, lines] of notices) {
    it(`is one transfer, reported once for the country and recipient it does not name: ${name}`, async () => {
      const found = at(await auditText(name, lines), 'transfer-mechanism');
      expect(found).toEqual([3]);
    });
  }
});

describe('recipients by what they do', () => {
  const notices: [string, string[]][] = [
    ['vastaanottajat.md', ['# Tietosuojaseloste', '', '## Tietojen luovutukset', '', 'Tietoja luovutetaan seuraaville vastaanottajille:', '',
      '- palkanlaskennan palveluntarjoajat', '- IT- ja tietojärjestelmäpalvelujen tarjoajat', '- kuljetuspalvelujen tarjoajat', '- ulkoiset palveluntarjoajat']],
    ['mottagare.md', ['# Dataskyddsbeskrivning', '', '## Mottagare', '', 'Uppgifterna lämnas ut till följande mottagare:', '',
      '- leverantörer av lönetjänster', '- IT- och systemleverantörer för e-post och bokföring', '- underleverantörer och installatörer', '- externa tjänsteleverantörer']],
    ['recipients.md', ['# Privacy notice', '', '## Recipients', '', 'We disclose the data to these recipients:', '',
      '- payroll service providers', '- technical providers of databases, login and payments', '- courier service providers', '- external service providers']],
  ];
  for (const [name, lines] of notices) {
    it(`are specific enough; a bare kind of party is not: ${name}`, async () => {
      const found = (await auditText(name, lines)).filter((f) => f.ruleId === 'recipients');
      expect(found.map((f) => f.line)).toEqual([10]);
    });
  }
});

describe('a project whose configuration is broken', () => {
  it('is refused with the configuration problem and exit 2, as `check` refuses it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-audit-config-'));
    writeFileSync(join(dir, 'seloste.config.yaml'), 'languages: [xx\n');
    const { code, stdout, stderr } = await cli(['audit', join(DIR, 'fi-kuntosali.md'), '--format', 'compact'], dir, { LANG: 'C' });
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(2);
    expect(stdout).toMatch(/^seloste\.config\.yaml:2:\d+: error /mu);
    expect(stderr).toBe('seloste: seloste.config.yaml: the configuration has errors; fix them first\n');
  });
});

describe('where a short value of the draft stands in the original', () => {
  const passage = (text: string, line: number): Passage => ({ text, line, kind: 'purposes', kinds: ['purposes'], sectionLine: 1 });
  const cases: [string, string, string][] = [
    ['Asiakaspalvelu', 'Kun otat yhteyttä asiakaspalveluun:', 'Asiakaspalvelu – Oikeutettu etu – 2 vuotta'],
    ['Kundtjänst', 'När du kontaktar kundtjänst:', 'Kundtjänst – Berättigat intresse – 2 år'],
    ['Customer service', 'When you write to customer service:', 'Customer service – Legitimate interest – 2 years'],
  ];
  it.each(cases)('"%s" is the row that opens on it, not an earlier sentence that holds it', (value, earlier, row) => {
    expect(findPassage([passage(earlier, 3), passage(row, 9)], value)?.line).toBe(9);
  });
});

describe('what states the right to withdraw consent', () => {
  const passage = (text: string): Passage => ({ text, line: 1, kind: 'rights', kinds: ['rights'], sectionLine: 1 });
  const states = (text: string) => rightsStated([passage(text)]).stated.has('withdraw_consent');
  it('is a sentence that gives the person the right, a way or "at any time", in the three languages', () => {
    expect(states('Voit peruuttaa suostumuksesi milloin tahansa.')).toBe(true);
    expect(states('Du har rätt att återkalla ditt samtycke.')).toBe(true);
    expect(states('Consent can be withdrawn by e-mail.')).toBe(true);
  });
  it('is not a withdrawal named as a ground for erasure or the end of a retention', () => {
    expect(states('Om behandlingen grundar sig på samtycke och du återkallar samtycket')).toBe(false);
    expect(states('Tiedot poistetaan, kun suostumus peruutetaan')).toBe(false);
    expect(states('Until consent withdrawal')).toBe(false);
  });
});

describe('a purpose that says what it protects or pursues, beside its basis', () => {
  /** Per language: the head of a notice, purposes whose own words name the interest, and purposes whose words name none. */
  const notices: Record<'fi' | 'sv' | 'en', { head: string[]; aims: string[]; bare: string[] }> = {
    fi: {
      head: ['# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.fi', '', '## Käsittelyn tarkoitukset ja oikeusperusteet', ''],
      aims: [
        '- Huijausviestien ja tietomurtojen torjunta: oikeusperusteena oikeutettu etu.',
        '- Palautteen julkaiseminen: oikeusperusteena suostumus sekä häirinnän estämisen osalta oikeutettu etu.',
        '- Tilausten toimittaminen: oikeusperusteena sopimus. Lomakkeen väärinkäytön rajoittaminen perustuu oikeutettuun etuun.',
        '- Asiakkaiden kysymyksiin vastaaminen: oikeusperusteena oikeutettu etu.',
      ],
      bare: ['- Yhteydenotot yhdistykseen: oikeusperusteena oikeutettu etu.', '- Palvelun kehittäminen: oikeusperusteena oikeutettu etu.'],
    },
    sv: {
      head: ['# Dataskyddsbeskrivning', '', 'Uppdaterad 1.2.2025', '', '## Personuppgiftsansvarig', '', 'Exempel Ab, Gatan 1, 00100 Helsingfors, dataskydd@exempel.fi', '', '## Ändamål och rättslig grund', ''],
      aims: [
        '- Bekämpning av bedrägerier och intrång: rättslig grund berättigat intresse.',
        '- Publicering av omdömen: rättslig grund samtycke, och för att förhindra trakasserier berättigat intresse.',
        '- Leverans av beställningar: rättslig grund avtal. Skydd mot missbruk av formuläret grundar sig på berättigat intresse.',
        '- Att besvara kundernas frågor: rättslig grund berättigat intresse.',
      ],
      bare: ['- Kontakt med föreningen: rättslig grund berättigat intresse.', '- Utveckling av tjänsten: rättslig grund berättigat intresse.'],
    },
    en: {
      head: ['# Privacy notice', '', 'Updated 1 February 2025', '', '## Controller', '', 'Example Ltd, Street 1, 00100 Helsinki, privacy@example.fi', '', '## Purposes and legal bases', ''],
      aims: [
        '- Preventing fraud and intrusions: legal basis legitimate interest.',
        '- Publishing reviews: legal basis consent, and for the prevention of harassment legitimate interest.',
        '- Delivering orders: legal basis contract. Protection of the form against misuse rests on legitimate interest.',
        "- Answering customers' questions: legal basis legitimate interest.",
      ],
      bare: ['- Contact with the club: legal basis legitimate interest.', '- Development of the service: legal basis legitimate interest.'],
    },
  };
  for (const [lang, n] of Object.entries(notices)) {
    it(`(${lang}) names the interest itself; a purpose that names no aim, or only developing the service, does not`, async () => {
      const interest = (found: Found[]): number[] => at(found, 'legitimate-interest');
      expect(interest(await auditText(`${lang}-aims.md`, [...n.head, ...n.aims]))).toEqual([]);
      // The two that name none are one finding, at the first of them.
      expect(interest(await auditText(`${lang}-bare.md`, [...n.head, ...n.bare]))).toEqual([11]);
    });
  }
});

describe('legitimate interests listed for the whole register', () => {
  const notices: Record<'fi' | 'sv' | 'en', string[]> = {
    fi: ['# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## Rekisterinpitäjä', '', 'Esimerkki ry, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.fi', '', '## Oikeusperusteet', '', '- Suostumus', '- Oikeutettu etu', '', '## Oikeutesi', '', 'Voit vastustaa käsittelyä, jos perusteesi painavat enemmän kuin yhdistyksen oikeutetut edut, joita käsittelyllä tavoitellaan.'],
    sv: ['# Dataskyddsbeskrivning', '', 'Uppdaterad 1.2.2025', '', '## Personuppgiftsansvarig', '', 'Exempel rf, Gatan 1, 00100 Helsingfors, dataskydd@exempel.fi', '', '## Rättslig grund', '', '- Samtycke', '- Intresseavvägning enligt artikel 6.1 f', '', '## Dina rättigheter', '', 'Du kan invända mot en intresseavvägning föreningen har gjort, om dina skäl väger tyngre än föreningens berättigade intressen för behandlingen.'],
    en: ['# Privacy notice', '', 'Updated 1 February 2025', '', '## Controller', '', 'Example Association, Street 1, 00100 Helsinki, privacy@example.fi', '', '## Legal bases', '', '- Consent', '- Legitimate interests', '', '## Your rights', '', 'You may object when your grounds outweigh the legitimate interests of the association for which the data are processed.'],
  };
  for (const [lang, lines] of Object.entries(notices)) {
    it(`(${lang}) are asked for the interest, which a right weighed against them does not say`, async () => {
      expect(at(await auditText(`${lang}-listed.md`, lines), 'legitimate-interest')).toEqual([12]);
    });
  }
});

describe('bookkeeping on a legal obligation', () => {
  /** Per language: the head, a purpose of bookkeeping, one of legal requirements with bookkeeping an example, and a retention that names the accounting law. */
  const notices: Record<'fi' | 'sv' | 'en', { head: string[]; bookkeeping: string; example: string; law: string[] }> = {
    fi: {
      head: ['# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.fi', '', '## Käsittelyn tarkoitukset ja oikeusperusteet', ''],
      bookkeeping: '- Kirjanpito ja lakisääteiset velvoitteet: oikeusperusteena lakisääteinen velvoite.',
      example: '- Lakisääteiset velvoitteet, esim. kirjanpito ja veroilmoitukset: oikeusperusteena lakisääteinen velvoite.',
      law: ['', '## Säilytys', '', 'Laskut säilytetään kirjanpitolainsäädännön edellyttämän ajan.'],
    },
    sv: {
      head: ['# Dataskyddsbeskrivning', '', 'Uppdaterad 1.2.2025', '', '## Personuppgiftsansvarig', '', 'Exempel Ab, Gatan 1, 00100 Helsingfors, dataskydd@exempel.fi', '', '## Ändamål och rättslig grund', ''],
      bookkeeping: '- Bokföring och lagstadgade skyldigheter: rättslig grund rättslig förpliktelse.',
      example: '- Lagkrav, t.ex. bokföring och skatterapportering: rättslig grund rättslig förpliktelse.',
      law: ['', '## Lagring', '', 'Fakturor sparas så länge bokföringslagen kräver.'],
    },
    en: {
      head: ['# Privacy notice', '', 'Updated 1 February 2025', '', '## Controller', '', 'Example Ltd, Street 1, 00100 Helsinki, privacy@example.fi', '', '## Purposes and legal bases', ''],
      bookkeeping: '- Bookkeeping and statutory duties: legal basis legal obligation.',
      example: '- Legal requirements, e.g. bookkeeping and tax reporting: legal basis legal obligation.',
      law: ['', '## Retention', '', 'Invoices are kept for as long as the accounting legislation requires.'],
    },
  };
  const law = (found: Found[]): number[] => found.filter((f) => f.ruleId === 'legal-basis' && f.message.includes('does not name the law')).map((f) => f.line);
  for (const [lang, n] of Object.entries(notices)) {
    it(`(${lang}) is not asked to cite the law, whether the notice names it or not (Art. 13(1)(c) asks for the basis)`, async () => {
      const found = [
        ...(await auditText(`${lang}-bookkeeping.md`, [...n.head, n.bookkeeping, ...n.law])),
        ...(await auditText(`${lang}-example.md`, [...n.head, n.example, ...n.law])),
        ...(await auditText(`${lang}-no-law.md`, [...n.head, n.bookkeeping])),
      ];
      expect(law(found)).toEqual([]);
      // The findings are read: the notices have their gaps, the rights among them.
      expect(found.filter((f) => f.ruleId === 'right-missing').length).toBeGreaterThan(0);
    });
  }

  it('the law of a public task is asked, where the notice names none beside it', async () => {
    const task = (basis: string) => [...notices.en.head, `- Statistics and follow-up: legal basis ${basis}.`];
    expect(law(await auditText('task.md', task('public task')))).toEqual([11]);
    expect(law(await auditText('task-law.md', task('public task under the Statistics Act (280/2004)')))).toEqual([]);
  });
});

describe('a controller established outside Finland', () => {
  const notice = (who: string): string[] => [
    '# Integritetspolicy', '', who, '', '## Vilka uppgifter vi behandlar', '', 'Vi behandlar namn, lägenhetsnummer och personnummer för att föra lägenhetsförteckningen.',
  ];
  it('is not asked for the ground of the Finnish Tietosuojalaki 29 § where the notice gives it a Swedish organisation number or postal code', async () => {
    const code = async (name: string, who: string): Promise<number[]> => at(await auditText(name, notice(who)), 'personal-identity-code');
    expect(await code('org.md', 'Bostadsrättsföreningen Exempel, organisationsnummer 769900-1234, är personuppgiftsansvarig.')).toEqual([]);
    expect(await code('post.md', 'Exempel AB, Storgatan 1, 211 20 Malmö, är personuppgiftsansvarig.')).toEqual([]);
    expect(await code('fo.md', 'Exempel Ab, FO-nummer 1234567-8, Gatan 1, 00100 Helsingfors, är personuppgiftsansvarig.')).toEqual([7]);
  });

  it('nor where complaints go to the Swedish authority and the Finnish one is named nowhere', async () => {
    const complaint = (authority: string): string[] => [...notice('Förskolan Exempel är personuppgiftsansvarig.'), '', '## Klagomål', '', `Du kan klaga hos ${authority}.`];
    expect(at(await auditText('imy.md', complaint('Integritetsskyddsmyndigheten (IMY)')), 'personal-identity-code')).toEqual([]);
    expect(at(await auditText('both.md', complaint('Integritetsskyddsmyndigheten eller dataombudsmannen')), 'personal-identity-code')).toEqual([7]);
  });
});

describe('a notice that says no personal data reach its publisher', () => {
  const notices: [string, string, string][] = [
    ['fi', 'Tietosuojaseloste', 'Tämä sovellus tallentaa tietoja ainoastaan käyttäjän laitteelle. Tiedot voi poistaa poistamalla sovelluksen.'],
    ['sv', 'Integritetspolicy', 'Appen sparar uppgifter endast på din enhet. Du tar bort dem genom att avinstallera appen.'],
    ['en', 'Privacy policy', 'The app does not collect any personal data. Your notes are stored only on your device.'],
  ];
  it.each(notices)('asks only for its date, and says why in the summary (%s)', async (lang, title, text) => {
    const lines = [`# ${title}`, '', 'Esimerkki Oy, Katu 1, 00100 Helsinki', '', text];
    writeFileSync(join(work, `nothing-${lang}.md`), `${lines.join('\n')}\n`);
    const { stdout } = await cli(['audit', join(work, `nothing-${lang}.md`)], work, { LANG: 'C' });
    expect(stdout).toMatch(/notice-date/u);
    expect(stdout).not.toMatch(/right-missing|legal-basis|retention|provision-requirement/u);
    expect(stdout).toContain('The notice says no personal data reach its publisher (line 5)');
    rmSync(join(work, `nothing-${lang}.md`));
  });

  it('is read as any other where it goes on to say it uses analytics', async () => {
    const found = await auditText('analytics.md', ['# Privacy policy', '', 'Example Ltd, 1 Street, 00100 Helsinki', '', 'The app does not collect any personal data.', '', 'We use Google Analytics to count visitors.']);
    expect(found.some((f) => f.ruleId === 'legal-basis' || f.ruleId === 'right-missing')).toBe(true);
  });
});

describe('bases listed apart from the purposes', () => {
  it('are reported where the notice names them, not at the heading above', async () => {
    const lines = [
      '# Privacy notice', '', 'Example Ltd, 1 Street, 00100 Helsinki, privacy@example.com', '', '## Purpose and legal basis of processing', '',
      'We use the data for:', '', '- managing access rights', '- teaching arrangements', '', 'The processing is based on:', '',
      '- a task carried out in the public interest', '- consent, in some cases',
    ];
    const found = await auditText('apart.md', lines);
    const line = found.find((f) => f.ruleId === 'legal-basis' && /not which covers which/u.test(f.message))?.line;
    expect(line).toBe(lines.indexOf('- a task carried out in the public interest') + 1);
  });
});

describe('a template\'s instruction after a condition', () => {
  it('is placeholder text where it follows the condition\'s comma, not where the condition names its own verb', async () => {
    const notice = (sentence: string) => ['# Privacy notice', '', 'Updated 1 February 2025', '', '## Controller', '', 'Example Ltd, Street 1, 00100 Helsinki, info@example.example', '', '## Retention', '', sentence];
    const at = async (sentence: string) => (await auditText('notice.md', notice(sentence))).filter((f) => f.ruleId === 'placeholder-text').length;
    expect(await at('Data are kept for 3 years. If there are processors, list them here.')).toBe(1);
    expect(await at('Data are kept for 3 years, or longer if there is other justified reason to retain or delete them.')).toBe(0);
    expect(await at('Data are kept for 3 years. If there is a joint controller: describe the arrangement.')).toBe(1);
  });
});

describe('a notice dated in the last month before the GDPR applied', () => {
  it('was written for it where it gives the rights the GDPR brought, in a translation\'s words', async () => {
    const notice = (right: string) => ['Privacy statement 24.5.2018', '', 'Example Ltd, Street 1, 00100 Helsinki, info@example.example', '', 'You have the following rights:', '', '- the right to check your personal details', `- ${right}`];
    const outdated = async (right: string) => (await auditText('notice.txt', notice(right))).filter((f) => f.ruleId === 'outdated-reference').length;
    expect(await outdated('the right to limit the processing of your personal details')).toBe(0);
    expect(await outdated('the right to correct your personal details')).toBe(1);
  });
});

describe('a sentence that limits the processing, in a notice dated in the last month before the GDPR', () => {
  it('is no right the GDPR brought: the date still stands', async () => {
    const found = await auditText('notice.txt', ['Privacy statement 24.5.2018', '', 'Example Ltd, Street 1, 00100 Helsinki, info@example.example', '', 'We limit the processing of personal data to what is necessary for the purposes below.']);
    expect(found.filter((f) => f.ruleId === 'outdated-reference')).toHaveLength(1);
  });
});
