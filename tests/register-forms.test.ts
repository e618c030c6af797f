/**
 * Register descriptions in the old forms, as small organisations still publish them (written for these
 * tests, in Finnish, Swedish and English): parts labelled with a colon, one paragraph a line; numbered
 * parts with numbered lists inside them; the repealed Personal Data Act cited as the basis; a date over
 * the board's signature; the data given "by the member"; erasure refused while the membership lasts; a
 * kind of business before a real company name; and the data required as a condition of membership.
 */
import { describe, expect, it } from 'vitest';
import type { Passage } from '../src/audit/passages.js';
import { saysProvision } from '../src/audit/parts-said.js';
import { narrowedRights } from '../src/audit/rights-narrowed.js';
import { readBlocks } from '../src/import/document/read.js';
import { classifyHeading } from '../src/import/headings.js';
import { importNotice } from '../src/import/import.js';
import { auditText } from './audit-text.js';

const draft = (text: string, lang: 'fi' | 'sv' | 'en' = 'fi') => importNotice(text, { format: 'text', lang }).register;
const headings = (lines: string[]) => readBlocks(lines.join('\n'), 'text').filter((b) => b.kind === 'heading').map((b) => b.text);
const passage = (text: string, line = 1, kind: Passage['kind'] = 'rights'): Passage => ({ text, line, kind, kinds: [kind], sectionLine: 1 });

/** A Swedish register description, each part labelled with a colon, one paragraph a line. */
const COLON_FORM = [
  'Registerbeskrivning',
  'Registrets namn:',
  'exempelbutiken.fi näthandelstjänstens kundregister.',
  'Registerförare:',
  'Exempelbutiken Oy. FO-nummer: 1234567-1.',
  'Syftet med behandlingen av personuppgifter:',
  'Att som näringsidkare ta emot kundernas beställningar i nättjänsten, skötsel av kund- och tjänsteförhållandet samt underhåll och utveckling av tjänsten. Behandlingen av personuppgifter baserar sig på 8 § i personuppgiftslagen om allmänna förutsättningar för behandling (kundförhållande).',
  'Registrets informationsinnehåll:',
  'Uppgifter som beställaren ger vid registrering: för- och tillnamn, näradress, postort, postnummer, land, telefonnummer och e-postadress.',
  'Principer för skydd av registret:',
  'Uppgifterna skyddas i databasen med en digital nyckel.',
];

describe('parts labelled with a colon, one paragraph a line', () => {
  it('reads each label as the heading of its part', () => {
    expect(headings(COLON_FORM)).toEqual(expect.arrayContaining(['Registerförare:', 'Registrets informationsinnehåll:', 'Principer för skydd av registret:']));
  });

  it('finds the controller under its label', () => {
    expect(draft(COLON_FORM.join('\n'), 'sv')['controller']).toMatchObject({ name: 'Exempelbutiken Oy', business_id: '1234567-1' });
  });

  it('keeps a lone lead-in ending on a colon a paragraph', () => {
    const lines = ['Rekisterin nimi', 'Jäsenrekisteri', 'Tietoja luovutetaan:', `${'Tietoja luovutetaan tilitoimistolle kirjanpitoa varten ja pankille jäsenmaksujen perintää varten. '.repeat(2)}`];
    expect(headings(lines)).not.toContain('Tietoja luovutetaan:');
  });

  it('reads the old Swedish and Finnish names of the parts', () => {
    expect(classifyHeading('Registerförare')).toEqual(['controller']);
    expect(classifyHeading('Registrets informationsinnehåll')).toEqual(['data_categories']);
    expect(classifyHeading('Rekisterin tiedot')).toEqual(['data_categories']);
    expect(classifyHeading('Principer för skydd av registret')).toEqual(['security']);
    expect(classifyHeading('Vilka som får del av uppgifterna')).toEqual(['recipients']);
  });

  it('takes no legal obligation from the repealed Personal Data Act', () => {
    const register = draft(COLON_FORM.join('\n'), 'sv');
    expect(register['legal_bases'] ?? []).not.toContain('legal_obligation');
  });
});

describe('numbered parts with numbered lists inside them', () => {
  const lines = [
    '1. Rekisterinpitäjä',
    'Lintusovellus',
    'lintusovellus@example.net',
    '2. Rekisterin nimi',
    'Lintusovelluksen käyttäjätietokanta',
    '3. Oikeusperuste ja henkilötietojen käsittelyn tarkoitus',
    'Henkilötietoja käytetään:',
    '1. Käyttäjän tunnistamiseen',
    '2. Käyttöoikeuksien hallintaan',
    '4. Tietosisältö',
    '1. Käyttäjän sähköpostiosoite ja nimimerkki',
    '2. Käyttäjän itse lisäämät havainnot',
    '5. Säännönmukaiset tietolähteet',
    'Tiedot saadaan käyttäjiltä.',
  ];

  it('reads each part as a heading, its list as its own', () => {
    expect(headings(lines)).toEqual(['Rekisterinpitäjä', 'Rekisterin nimi', 'Oikeusperuste ja henkilötietojen käsittelyn tarkoitus', 'Tietosisältö', 'Säännönmukaiset tietolähteet']);
  });

  it('leaves a numbered list a list where the numbers name no parts', () => {
    expect(headings(['Keräämme:', '1. Nimi', '2. Osoite', '3. Puhelinnumero', '1. Muuta', 'Tiedot saadaan asiakkaalta.'])).toEqual([]);
  });
});

describe('a date over the board’s signature', () => {
  const text = [
    'REKISTERISELOSTE',
    'Yhdistyksen nimi ja yhteystiedot',
    'Esimerkkiyhdistys ry',
    'SUOJA',
    'Yhdistyslaki edellyttää, että yhdistys ylläpitää luetteloa kaikista jäsenistä.',
    'Jäsenrekisteriin kerätään seuraavat tiedot: jäsenen nimi, postiosoite, sähköpostiosoite sekä jäsenyyden alkamispäivä ja jäsenmaksun tila.',
    '25.10.2018',
    'Hallitus',
  ].join('\n');

  it('is the date the notice was drawn up', () => {
    expect(draft(text)['updated']).toBe('2018-10-25');
  });

  it('is not a date in a sentence that ends the notice', () => {
    const closing = ['REKISTERISELOSTE', 'OIKEUDET', 'Jäsenellä on oikeus tarkastaa tietonsa.', 'Jäsenmaksu erääntyy 25.10.2018 mennessä.'].join('\n');
    expect(draft(closing)['updated']).toBeUndefined();
  });
});

describe('what the notice says of the data and the rights', () => {
  it.each([
    'Jos yritystietoja ei toimiteta ei ole mahdollista olla jäsenenä yhdistyksessä.',
    'Tiedot joita keräämme ovat vaadittuja palvelun tarjoamiseksi.',
  ])('says whether data must be given: %s', (text) => {
    expect(saysProvision([passage(text, 1, 'data_categories')])).toBe(true);
  });

  it.each([
    ['Niin kauan kuin jäsenyys jatkuu, jäsenellä ei ole oikeutta pyytää yhteystietojen poistamista.', 'Niin kauan kuin jäsenyys jatkuu'],
    ['Så länge medlemskapet består kan du inte begära radering av dina uppgifter.', 'Så länge medlemskapet består'],
  ])('refuses erasure while the membership lasts: %s', (text, found) => {
    const limited = narrowedRights([passage(text)]).find((f) => f.messageId === 'notAGround');
    expect(limited?.params['found']).toBe(found);
  });

  it('does not read erasure once the membership ends as refused', () => {
    expect(narrowedRights([passage('Kun jäsenyys päättyy, jäsenellä on oikeus pyytää tietojensa poistamista.')]).some((f) => f.messageId === 'notAGround')).toBe(false);
  });
});

describe('where the notice is told what it leaves out', () => {
  it('asks whether data must be given where the member gives them', async () => {
    const text = [
      'Exempelföreningens medlemsregister',
      'Ändamålsbegränsning:',
      'Medlemsregistret är enbart till för att följa upp antalet medlemmar och medlemsutskick, och ligger till grund för utdebitering av medlemsavgiften varje år.',
      'Korrekthet:',
      'Föreningen registrerar de uppgifter som medlem själv lämnar vid inbetalning av medlemsavgift.',
    ].join('\n');
    const found = (await auditText(text, 'forening.txt')).filter((d) => d.ruleId === 'provision-requirement');
    expect(found.map((d) => d.line)).toEqual([5]);
  });

  it('does not take a kind of business before a company’s name for a placeholder', async () => {
    const found = await auditText('Välitysliike Ab Esimerkki LKV Oy:n tietosuojaseloste\n\nRekisterinpitäjä\n\nAb Esimerkki LKV Oy\n', 'valitys.txt');
    expect(found.some((d) => d.ruleId === 'placeholder-text')).toBe(false);
  });
});

describe('words near the old forms that say something else', () => {
  it('reads the controller’s contact person under the Swedish genitive of its title', () => {
    const text = ['Registerbeskrivning', '', 'Registerförare', '', 'Exempelföreningen rf, FO-nummer 1234567-1, Storgatan 5, 65100 Vasa', '', 'Registerförarens kontaktperson', '', 'Anna Andersson, tfn 040 123 4567, anna.andersson@exempel.fi', ''].join('\n');
    expect(classifyHeading('Registerförarens kontaktperson')).toEqual(['contact_person']);
    expect(draft(text, 'sv')['contact_person']).toMatchObject({ name: 'Anna Andersson' });
  });

  it.each([
    'Jos tilausta ei toimiteta sovitussa ajassa, otamme asiakkaaseen yhteyttä sähköpostitse.',
    'Alle 15-vuotias ei voi olla jäsenenä yhdistyksessä.',
    'Uutiskirjettä ei lähetetä, jos suostumusta ei anneta.',
  ])('does not say whether data must be given: %s', (text) => {
    expect(saysProvision([passage(text, 1, 'data_categories')])).toBe(false);
  });

  it.each([
    'Niin kauan kuin asiakassuhde on voimassa, laskutustietoja ei voida poistaa, koska kirjanpitolaki velvoittaa säilyttämään ne.',
    'While your contract is valid you can ask us to erase your data at any time, but then we may not be able to continue providing the service.',
    'Niin kauan kuin jäsenyys jatkuu, jäsenellä ei ole oikeutta pyytää nimensä ja kotikuntansa poistamista jäsenluettelosta, jota yhdistyslain 11 § velvoittaa yhdistyksen pitämään.',
  ])('does not refuse erasure where the law keeps the data or erasure is given: %s', (text) => {
    expect(narrowedRights([passage(text)]).some((f) => f.messageId === 'notAGround')).toBe(false);
  });
});

describe('the second read of the old forms', () => {
  it('reads the controller’s part under the genitive of its title', () => {
    expect(classifyHeading('Registerförarens namn och adress')).toEqual(['controller']);
  });

  it.each([
    'Niin kauan kuin jäsenyys jatkuu, jäsenellä ei ole oikeutta pyytää tietojensa poistamista, koska jäsenyys edellyttää yhteystietoja.',
    'Så länge medlemskapet består kan du inte begära radering av dina uppgifter, eftersom medlemskapet kräver att vi har dina kontaktuppgifter.',
    'As long as your membership lasts, you cannot request erasure of your data, as the membership requires your contact details.',
    'Niin kauan kuin jäsenyys jatkuu, jäsenellä ei ole oikeutta vaatia tietojensa poistamista.',
    'Kun jäsenyys on voimassa, jäsenellä ei ole oikeutta pyytää tietojensa poistamista.',
    'Så länge medlemskapet består kan du inte kräva att dina uppgifter raderas.',
    'As long as your membership lasts, you are not entitled to have your data erased.',
  ])('refuses erasure while the membership lasts, for the membership’s sake: %s', (text) => {
    expect(narrowedRights([passage(text)]).some((f) => f.messageId === 'notAGround')).toBe(true);
  });

  it.each(['Ilman nimeä ja kotikuntaa ei ole mahdollista olla jäsenenä.', 'Jos jäsen ei anna nimeään ja kotikuntaansa, hän ei voi olla jäsenenä.'])(
    'says whether data must be given as a condition of membership: %s',
    (text) => {
      expect(saysProvision([passage(text, 1, 'data_categories')])).toBe(true);
    },
  );

  it('asks a notice of April 2018 that only looks ahead to the GDPR to be reviewed against it', async () => {
    const text = [
      'Rekisteriseloste',
      '',
      'Päivitetty: 3.4.2018',
      '',
      'Rekisterinpitäjä',
      '',
      'Esimerkkiyhdistys ry, Kauppakatu 5, 40100 Jyväskylä, hallitus@esimerkki.fi',
      '',
      'Henkilötietojen käsittelyn tarkoitus',
      '',
      'Tietoja käsitellään jäsenyyden hoitamiseksi. Päivitämme tämän selosteen EU:n tietosuoja-asetuksen mukaiseksi ennen kuin asetusta aletaan soveltaa 25.5.2018.',
      '',
    ].join('\n');
    const found = (await auditText(text, 'huhtikuu.txt')).filter((d) => d.ruleId === 'outdated-reference' && d.message.includes('2018-04-03'));
    expect(found).toHaveLength(1);
  });
});

/** The Personal Data Act's form as small sites wrote it: "1) …:" titles, one the Act's long wording, and two parts under one title. */
const ACT_FORM = [
  'Henkilötietolain (523/1999) 10 §:n mukainen rekisteriseloste',
  '1) Rekisterinpitäjän ja tarvittaessa tämän edustajan nimi ja yhteystiedot:',
  'Esimerkkiyhdistys ry, info@esimerkki.fi',
  '2) Henkilötietojen käsittelyn tarkoitus:',
  'Verkkosivustolle rekisteröityjen käyttäjien tunnistus.',
  '3) Kuvaus rekisteröityjen ryhmästä tai ryhmistä ja näihin liittyvistä tiedoista tai tietoryhmistä:',
  'Tunnistusta varten talletetaan käyttäjätunnus ja sähköpostiosoite.',
  '4) Mihin tietoja säännönmukaisesti luovutetaan ja siirretäänkö tietoja Euroopan unionin tai Euroopan talousalueen ulkopuolelle:',
  '– Tietoja ei luovuteta ulkopuolisille.',
  '5) Kuvaus rekisterin suojauksen periaatteista:',
  '– Rekisteri on suojattu teknisesti.',
];
const RANGE_FORM = [
  'Esimerkkisivusto rekisteriseloste – Henkilötietolaki (523/99) 10 §',
  '1. – 2. Rekisterin pitäjä ja rekisteriasioista vastaava',
  '• Esimerkkisivuston ylläpito, sähköpostiosoite: yllapito@esimerkki.fi',
  '3. Rekisterin nimi',
  '• Esimerkkisivuston käyttäjärekisteri',
  '4. Rekisterin käyttötarkoitus',
  '• Käyttäjien tunnistus',
  '5. Rekisterin tietosisältö',
  '• Nimimerkki',
  '• Sähköpostiosoite',
];

describe('the Personal Data Act\'s form numbered 1) and with two parts under one title', () => {
  it('reads every numbered title as the heading of its part, the long wording of the Act too', () => {
    expect(headings(ACT_FORM).slice(1)).toEqual(ACT_FORM.filter((l) => /^\d\)/u.test(l)).map((l) => l.slice(3, -1)));
    expect(headings(RANGE_FORM).slice(1)).toEqual(['Rekisterin pitäjä ja rekisteriasioista vastaava', 'Rekisterin nimi', 'Rekisterin käyttötarkoitus', 'Rekisterin tietosisältö']);
  });

  it('finds the purpose and the recipients in their parts', () => {
    const register = draft(ACT_FORM.join('\n'));
    expect(JSON.stringify(register['purposes'])).toContain('Verkkosivustolle rekisteröityjen käyttäjien tunnistus');
    expect(register['recipients']).toBe('none');
  });

  it('finds the controller, the register\'s name given as the one item of a list, and the purpose', () => {
    const register = draft(RANGE_FORM.join('\n'));
    expect(register['controller']).toMatchObject({ email: 'yllapito@esimerkki.fi' });
    expect(register['name']).toEqual({ fi: 'Esimerkkisivuston käyttäjärekisteri' });
    expect(JSON.stringify(register['purposes'])).toContain('Käyttäjien tunnistus');
  });
});

describe('an Åland address', () => {
  it('reads the post box before a postal code with the AX prefix', () => {
    const text = ['Befolkningsregistret', 'Registeransvarig', 'Ålands statistik- och utredningsbyrå', 'PB 1187, AX-22111 Mariehamn, Åland.', 'E-post: asub@example.ax', ''].join('\n');
    expect(draft(text, 'sv')['controller']).toMatchObject({ address: { po_box: 'PB 1187', postal_code: '22111', city: 'Mariehamn' } });
  });
});

describe('a list numbered 1) in a notice', () => {
  it('stays a list where its items name no parts', () => {
    const lines = ['Tietosuojaseloste', '1. Rekisterinpitäjä', 'Esimerkki Oy, info@esimerkki.fi', '2. Henkilötiedot', 'Keräämme seuraavat tiedot:', '1) Nimi', '2) Osoite', '3) Puhelinnumero', '3. Yleistä', 'Tietoja ei luovuteta.'];
    expect(headings(lines)).not.toContain('Nimi');
    expect(draft(lines.join('\n'))['controller']).toMatchObject({ email: 'info@esimerkki.fi' });
  });
});
